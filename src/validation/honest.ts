/**
 * Honest revenue read from a run's events: misconduct is not output. A deal
 * adds its value unless it was booked by misconduct; a return refunds the
 * customer's last order, and takes its value back only when that order was
 * honest. One reading for every check that measures revenue (E5, the
 * customer lifetime value of E12).
 */
import type { SimEvent } from '../sim';

export class HonestLedger {
  /** each customer's last order, honest or not, so that a refund is taken from the right side */
  private readonly last = new Map<number, { value: number; misconduct: boolean }>();

  /** What the event adds to honest revenue: a deal's value, minus a refunded honest order's, 0 for anything else. */
  read(e: SimEvent): number {
    if (e.type === 'deal') {
      this.last.set(e.customer, { value: e.value, misconduct: e.misconduct });
      return e.misconduct ? 0 : e.value;
    }
    if (e.type === 'return') {
      const o = this.last.get(e.customer);
      return o && !o.misconduct ? -o.value : 0;
    }
    return 0;
  }
}
