/**
 * Moving a deal conserves deals: a reorder a rep asks for early is the
 * customer's next order, moved, not a new one. With reps free to pull
 * reorders in (full timing control) the market places about as many reorders
 * per customer-week as when they cannot.
 */
import { describe, expect, it } from 'vitest';
import { createRun, isDone, Status, step } from '../../src/sim';
import { scenarioParams } from '../../src/scenarios';

/** Reorders (orders of customers already active at the start of the week) per active customer-week. */
function reorderRate(timingControl: number, seed: string): number {
  const state = createRun(scenarioParams('quarterly-quota', { 'reps.timingControl': timingControl }), seed);
  let reorders = 0;
  let customerWeeks = 0;
  while (!isDone(state)) {
    const before = state.customers.status.slice();
    const record = step(state, [], (e) => {
      if (e.type === 'deal' && before[e.customer] === Status.Active) reorders++;
    });
    customerWeeks += record.activeCustomers;
  }
  return reorders / customerWeeks;
}

describe('pulling reorders in', () => {
  it('moves orders without adding any', () => {
    let free = 0;
    let fixed = 0;
    for (let s = 0; s < 12; s++) {
      free += reorderRate(1, `pull-${s}`);
      fixed += reorderRate(0, `pull-${s}`);
    }
    expect(Math.abs(free / fixed - 1)).toBeLessThan(0.03);
  });
});
