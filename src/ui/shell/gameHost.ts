/**
 * Loads the Phaser scenes lazily (their own chunk, after the first screen is
 * interactive) and forwards commands to them once they are up. Falls back to
 * timer-driven controls when the scenes cannot start. While a page covers
 * the town (SLEEP_UNDER: the screen the app names in body[data-screen]), the
 * scenes sleep: under software WebGL the unseen town took half a core.
 */
import type { GameBridge, GameControls } from '../../game/bridge';
import { createFallbackControls } from './fallbackControls';

type GameModule = { createGame(parent: HTMLElement, bridge: GameBridge): GameControls | Promise<GameControls> };

// a glob, so the app still builds and plays while the scenes are missing
const loaders = import.meta.glob<GameModule>('../../game/index.ts');

/**
 * The screens (body[data-screen]) that cover the town whole: the lab and the
 * class view, whose Web Workers need the cores, and the pages whose #main is
 * opaque and a screen high (styles.css, library.css, room.css) — the story
 * choice, the briefing, the review and the debrief, where a player reads for
 * minutes, My runs, and the live room's join page and dashboard (the room's
 * process shares the instructor's laptop): an unseen town would keep a core
 * busy.
 */
const SLEEP_UNDER: ReadonlySet<string> = new Set(['lab', 'class', 'scenarios', 'briefing', 'review', 'debrief', 'runs', 'join', 'room']);

export class GameHost {
  private controls: GameControls | null = null;
  private loading: Promise<GameControls> | null = null;

  private asleep = false;
  private readonly screens = new MutationObserver(() => this.followScreen());
  private disposed = false;

  constructor(
    private readonly parent: HTMLElement,
    private readonly bridge: GameBridge,
  ) {
    this.screens.observe(document.body, { attributes: true, attributeFilter: ['data-screen'] });
    this.followScreen();
  }

  /** Stops the scenes (or their fallback) and forgets the page: nothing runs after it. */
  dispose(): void {
    this.disposed = true;
    this.screens.disconnect();
    this.controls?.destroy();
  }

  /** Sleeps or wakes the scenes for the screen now up; loads nothing. */
  private followScreen(): void {
    const asleep = SLEEP_UNDER.has(document.body.dataset.screen ?? '');
    if (asleep === this.asleep) return;
    this.asleep = asleep;
    this.controls?.sleep?.(asleep);
  }

  load(): Promise<GameControls> {
    if (!this.loading) this.loading = this.start();
    return this.loading;
  }

  /** Runs a command now if the scenes are up, else as soon as they are. */
  send(command: (c: GameControls) => void): void {
    if (this.disposed) return;
    if (this.controls) command(this.controls);
    else void this.load().then((c) => !this.disposed && command(c));
  }

  private async start(): Promise<GameControls> {
    const loader = Object.values(loaders)[0];
    let controls: GameControls | null = null;
    if (loader && webglAvailable()) {
      try {
        const mod = await loader();
        controls = await mod.createGame(this.parent, this.bridge);
      } catch (err) {
        console.warn('The town could not start; playing without it.', err);
        this.parent.replaceChildren();
      }
    }
    this.controls = controls ?? createFallbackControls(this.parent, this.bridge);
    if (this.asleep) this.controls.sleep?.(true);
    if (this.disposed) this.controls.destroy();
    return this.controls;
  }
}

function webglAvailable(): boolean {
  try {
    const canvas = document.createElement('canvas');
    return !!(canvas.getContext('webgl2') ?? canvas.getContext('webgl'));
  } catch {
    return false;
  }
}
