/** A token bucket per connection: a burst of messages, then a steady rate; beyond it the room refuses `rate`. */
export const RATE_BURST = 40;
export const RATE_PER_SECOND = 20;

export class TokenBucket {
  private tokens: number;
  private last: number;

  constructor(
    private readonly now: () => number,
    private readonly burst = RATE_BURST,
    private readonly perSecond = RATE_PER_SECOND,
  ) {
    this.tokens = burst;
    this.last = now();
  }

  /** Takes one token; false when none is left. */
  take(): boolean {
    const t = this.now();
    this.tokens = Math.min(this.burst, this.tokens + ((t - this.last) / 1000) * this.perSecond);
    this.last = t;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}
