/**
 * The town's week clock. The sim runs at its own weekly pace: the clock
 * moves through week windows (1.6 s each at 1×, faster at 2× and 4×, frozen
 * at 0) and says when a window ends, which is when the scene asks the bridge
 * for the next week. A long frame never skips a week: the clock stops at the
 * boundary until the scene has fetched it. A window can be longer or shorter
 * than the base week (pacing.ts: the town dwells on a week where something
 * happens and speeds through a quiet one).
 */

export const WEEK_MS = 1600;
/** longest frame the clock honours, in ms (a hidden tab must not jump weeks) */
const MAX_FRAME_MS = 100;

export class WeekClock {
  /** weeks since the quarter started playing */
  time = 0;
  /** the week window being shown; -1 before the first */
  window = -1;
  running = false;
  /** the current window's length, in base weeks */
  private length = 1;

  start(): void {
    this.time = 0;
    this.window = -1;
    this.length = 1;
    this.running = true;
  }

  stop(): void {
    this.running = false;
  }

  /** Advances the clock; true when it has reached the end of the current window. */
  tick(deltaMs: number, speed: number): boolean {
    if (!this.running) return false;
    if (speed > 0) {
      const dt = Math.min(Math.max(deltaMs, 0), MAX_FRAME_MS);
      // the pace's contrast is the player's at 1×; at 2× and 4× it is compressed toward even weeks (4×: 0.9 and 1.15 base weeks)
      const length = 1 + (this.length - 1) / speed;
      this.time = Math.min(this.time + (dt * speed) / (WEEK_MS * length), this.window + 1);
    }
    return this.time >= this.window + 1;
  }

  /** Enters the next window (after the scene fetched its week), `length` base weeks long. */
  nextWindow(length = 1): void {
    this.window++;
    this.length = Math.max(0.05, length);
  }

  /** How far the current window has played, 0..1. */
  get fraction(): number {
    if (this.window < 0) return 0;
    return Math.min(1, Math.max(0, this.time - this.window));
  }
}
