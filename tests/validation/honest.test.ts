/**
 * The one reading of honest revenue (src/validation/honest.ts) that E5 and the
 * customer lifetime value of E12 share: misconduct is not output, and a refund
 * is taken from the side its order was on.
 */
import { describe, expect, it } from 'vitest';
import { HonestLedger } from '../../src/validation/honest';
import type { SimEvent } from '../../src/sim';

const deal = (customer: number, value: number, misconduct: boolean) =>
  ({ type: 'deal', rep: 0, customer, value, misconduct }) as unknown as SimEvent;
const back = (customer: number) => ({ type: 'return', rep: 0, customer }) as SimEvent;

describe('honest revenue', () => {
  it('counts honest deals and takes back a refunded honest order', () => {
    const l = new HonestLedger();
    expect(l.read(deal(1, 100, false))).toBe(100);
    expect(l.read(deal(1, 80, false))).toBe(80);
    expect(l.read(back(1))).toBe(-80);
  });

  it('a deal booked by misconduct adds nothing, and its refund takes nothing back from the honest orders before it', () => {
    const l = new HonestLedger();
    expect(l.read(deal(2, 100, false))).toBe(100);
    expect(l.read(deal(2, 60, true))).toBe(0);
    expect(l.read(back(2))).toBe(0);
  });

  it('a return with no order seen, and every other event, is 0', () => {
    const l = new HonestLedger();
    expect(l.read(back(3))).toBe(0);
    expect(l.read({ type: 'churn', rep: 0, customer: 3 } as SimEvent)).toBe(0);
  });
});
