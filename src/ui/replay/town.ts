/**
 * Puts a replayed week in the town at most once a frame: scrubbing the
 * timeline can ask for many weeks between two frames, and only the last one
 * is worth drawing. Nothing is drawn once the page that asked has gone.
 */
import type { RunState } from '../../sim';
import type { AppContext } from '../shell/context';

export function townPainter(ctx: AppContext, live: () => boolean): (state: RunState) => void {
  let pending: RunState | null = null;
  let frame = 0;
  return (state) => {
    pending = state;
    if (frame) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      const s = pending;
      pending = null;
      if (s && live()) ctx.showState(s);
    });
  };
}
