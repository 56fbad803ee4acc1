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
    // the first few breaches, not one assertion per customer and week (3,000 × 104 of them)
    const wrong: string[] = [];
    while (!isDone(state)) {
      step(state, []);
      let adopters = 0;
      for (let c = 0; c < cu.status.length; c++) {
        const adopted = cu.adopted[c];
        if (adopted !== Adopted.Never) adopters++;
        if (adopted === Adopted.WonBack) wonBack++;
        if (cu.status[c] === Status.Prospect && adopted !== Adopted.Never && wrong.length < 5) wrong.push(`prospect ${c} in week ${state.week} has bought`);
        if (cu.status[c] === Status.Lost && adopted === Adopted.Never && wrong.length < 5) wrong.push(`lost customer ${c} in week ${state.week} never bought`);
      }
      if (state.marketCounts.adopters !== adopters && wrong.length < 5) wrong.push(`week ${state.week}: ${state.marketCounts.adopters} adopters counted, ${adopters} in the market`);
    }
    expect(wrong).toEqual([]);
    // the case is not vacuous: customers were won back
    expect(wonBack).toBeGreaterThan(0);
  });
});
