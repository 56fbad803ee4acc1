/**
 * Plays quarters without the Phaser scenes (no WebGL, or the scenes failed to
 * load): the same bridge calls on a timer, and a plain backdrop.
 */
import type { GameBridge, GameControls, Speed } from '../../game/bridge';

/** A week of the timer town at 1×, in ms. */
export const WEEK_MS = 450;

export function createFallbackControls(parent: HTMLElement, bridge: GameBridge): GameControls {
  parent.classList.add('stage-fallback');
  let speed: Speed = 1;
  let playing = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const stop = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };
  const finish = () => {
    playing = false;
    stop();
    bridge.quarterAnimated();
  };
  const schedule = () => {
    stop();
    if (playing && speed > 0) timer = setTimeout(tick, WEEK_MS / speed);
  };
  const tick = () => {
    timer = undefined;
    if (!playing) return;
    if (bridge.nextWeek() === null) finish();
    else schedule();
  };

  return {
    showTitle: () => {
      playing = false;
      stop();
    },
    showTown: () => {
      playing = false;
      stop();
    },
    playQuarter: () => {
      playing = true;
      schedule();
    },
    setSpeed: (s) => {
      speed = s;
      schedule();
    },
    skipQuarter: () => {
      stop();
      while (bridge.nextWeek() !== null) {
        // run the rest of the quarter at once
      }
      finish();
    },
    refreshTexts: () => undefined,
    destroy: () => {
      playing = false;
      stop();
    },
  };
}
