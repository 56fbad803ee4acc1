/**
 * Customer lifetime value, measured on the simulation rather than assumed:
 * the customers a plan first sells to in a window after the market has settled
 * (a cohort), each followed to the end of the run, their margin after sales
 * commission discounted back to the week they were won (Gupta, Lehmann &
 * Stuart 2004 define value this way, at a 12% yearly rate).
 */
import { WEEKS_PER_YEAR } from '../sim';
import type { Params } from '../sim';
import { stepRun } from './harness';
import { HonestLedger } from './honest';

/** Gupta, Lehmann & Stuart (2004) discount future margins at 12% a year. */
export const CLV_YEARLY_RATE = 0.12;

export interface CohortWindow {
  /** first week a customer may be won in to join the cohort */
  from: number;
  /** the week after the last */
  to: number;
}

export interface CohortValue {
  /** mean discounted margin after commission per customer of the cohort */
  value: number;
  /** customers in the cohort */
  size: number;
  /** share of the value earned in a customer's first year (the first sale and the reorders soon after it) */
  firstYear: number;
}

/**
 * The cohort's mean value: every honest deal of a cohort customer (first sale
 * and reorders) adds its net revenue times (gross margin - commission rate),
 * discounted weekly; a return takes the refunded order's margin back when it
 * was honest (honest.ts). A customer
 * who leaves, or whose business closes, is gone (Gupta, Lehmann & Stuart's
 * retention): what they, or the new business in their slot, buy later is
 * another acquisition. Customers who had bought before the window are not in
 * the cohort (their value began earlier); deals booked by misconduct are not
 * value.
 */
export function cohortValue(p: Params, seed: string, window: CohortWindow): CohortValue {
  const margin = p['market.grossMargin'] - p['plan.commissionRate'];
  // weekly discount factor (validation code, not the core: Math's powers are fine here)
  const weekly = (1 + CLV_YEARLY_RATE) ** (-1 / WEEKS_PER_YEAR);
  const wonAt = new Map<number, number>();
  const earlier = new Set<number>();
  const ledger = new HonestLedger();
  const gone = new Set<number>();
  let value = 0;
  let firstYear = 0;
  stepRun(p, seed, {
    events: true,
    after(_state, record, events) {
      const week = record.week;
      for (const e of events) {
        const honest = ledger.read(e);
        if (e.type === 'churn' || e.type === 'closure') {
          if (wonAt.has(e.customer)) gone.add(e.customer);
        } else if (e.type === 'deal') {
          if (e.misconduct || gone.has(e.customer)) continue;
          let won = wonAt.get(e.customer);
          if (won === undefined) {
            if (earlier.has(e.customer)) continue;
            if (week < window.from || week >= window.to) {
              earlier.add(e.customer);
              continue;
            }
            won = week;
            wonAt.set(e.customer, won);
          }
          const v = margin * honest * weekly ** (week - won);
          value += v;
          if (week - won < WEEKS_PER_YEAR) firstYear += v;
        } else if (e.type === 'return') {
          const won = wonAt.get(e.customer);
          if (won !== undefined && !gone.has(e.customer)) value += margin * honest * weekly ** (week - won);
        }
      }
    },
  });
  return { value: wonAt.size > 0 ? value / wonAt.size : 0, size: wonAt.size, firstYear: value > 0 ? firstYear / value : NaN };
}
