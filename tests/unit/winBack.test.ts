/**
 * A lost customer won back stays a customer who once bought: when their new
 * first order is returned, or their opportunity slips, or the customer will
 * not wait, or the rep leaves, they are a lost customer again, not a fresh
 * prospect of the Bass market (status.ts reopen, customers.ts returnOrder).
 */
import { describe, expect, it } from 'vitest';
import { Adopted, createRun, isDone, Status, step } from '../../src/sim';
import { scenarioParams } from '../../src/scenarios';

describe('win-backs', () => {
  it('a prospect has never bought and a lost customer always has, every week, and the adopters count agrees', () => {
    // a high return rate and fast churn, so that won-back orders are returned and win-back opportunities slip
    const params = { ...scenarioParams('capped-quota'), 'market.returnWindow': 8, 'market.baseChurn': 0.02 };
    const state = createRun(params, 'win-back');
    const cu = state.customers;
    let wonBack = 0;
    while (!isDone(state)) {
      step(state, []);
      let adopters = 0;
      for (let c = 0; c < cu.status.length; c++) {
        if (cu.adopted[c] !== Adopted.Never) adopters++;
        if (cu.adopted[c] === Adopted.WonBack) wonBack++;
        if (cu.status[c] === Status.Prospect) expect(cu.adopted[c], `prospect ${c} in week ${state.week}`).toBe(0);
        if (cu.status[c] === Status.Lost) expect(cu.adopted[c], `lost customer ${c} in week ${state.week}`).not.toBe(0);
      }
      expect(state.marketCounts.adopters).toBe(adopters);
    }
    // the case is not vacuous: customers were won back
    expect(wonBack).toBeGreaterThan(0);
  });
});
