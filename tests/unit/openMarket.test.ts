/**
 * The mechanisms model 2.0 added for E1b, E5 and E12: an open market
 * (businesses close and new ones open), orders that grow with a customer's
 * tenure, and quotas set from the team's last period. Each does what it says,
 * and each switched off (0) leaves the model without it.
 */
import { describe, expect, it } from 'vitest';
import { createRun, simulate, step, Status, WEEKS_PER_QUARTER } from '../../src/sim';
import { scenarioParams } from '../../src/scenarios';

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

describe('an open market (market.turnover)', () => {
  it('replaces about n·turnover/52 businesses a week, and none in a closed market', () => {
    const open = simulate({ params: scenarioParams('linear-commission', { 'market.turnover': 0.5, 'run.weeks': 52 }), seed: 'm1' });
    const perWeek = sum(open.weeks.map((w) => w.closures)) / 52;
    const expected = (open.params['market.size'] * 0.5) / 52;
    // a business with a deal pending does not close that week, so a little under
    expect(perWeek).toBeGreaterThan(0.9 * expected);
    expect(perWeek).toBeLessThanOrEqual(expected + 1);
    const closed = simulate({ params: scenarioParams('linear-commission', { 'market.turnover': 0, 'run.weeks': 52 }), seed: 'm1' });
    expect(sum(closed.weeks.map((w) => w.closures))).toBe(0);
  });

  it('keeps fresh prospects coming: more of the town never bought after five years than in a closed market', () => {
    const fresh = (turnover: number) => {
      const state = createRun(scenarioParams('linear-commission', { 'market.turnover': turnover, 'run.weeks': 260 }), 'm2');
      while (state.week < 260) step(state, []);
      return state.marketCounts.fresh;
    };
    expect(fresh(0.2)).toBeGreaterThan(fresh(0) + 200);
  });

  it('gives a business that closes a clean slate: a prospect who never bought, with no rep and no orders', () => {
    const state = createRun(scenarioParams('linear-commission', { 'market.turnover': 0.5, 'run.weeks': 104 }), 'm3');
    const cu = state.customers;
    const wasActive = new Set<number>();
    let seen = 0;
    while (state.week < 104) {
      for (let c = 0; c < cu.status.length; c++) if (cu.status[c] === Status.Active) wasActive.add(c);
      step(state, []);
      for (const c of wasActive) {
        if (cu.status[c] === Status.Prospect && cu.adopted[c] === 0) {
          seen++;
          expect(cu.rep[c]).toBe(-1);
          expect(cu.orders[c]).toBe(0);
          expect(cu.saleWeek[c]).toBe(-1);
          wasActive.delete(c);
        }
      }
    }
    expect(seen).toBeGreaterThan(10);
  });
});

describe('orders that grow with tenure (market.walletGrowth)', () => {
  const reorderValue = (growth: number) => {
    // no timing games: a pulled-in reorder carries a discount
    const r = simulate({ params: scenarioParams('founder', { 'market.walletGrowth': growth, 'reps.timingControl': 0, 'run.weeks': 156 }), seed: 'w1' });
    return sum(r.weeks.map((w) => w.revenueReorder)) / sum(r.weeks.map((w) => w.dealsReorder));
  };

  it('books every reorder at list value when off, and above it when on, by at most five steps', () => {
    const list = scenarioParams('founder')['market.dealValue'];
    expect(reorderValue(0)).toBeCloseTo(list, 6);
    const grown = reorderValue(0.1);
    expect(grown).toBeGreaterThan(list * 1.1);
    expect(grown).toBeLessThanOrEqual(list * 1.5 + 1e-6);
  });
});

describe('quotas from a forecast (plan.quotaForecast)', () => {
  const periods = (forecast: number) => {
    const p = scenarioParams('quarterly-quota', { 'plan.quotaForecast': forecast, 'plan.quotaByPotential': 0, 'run.weeks': 2 * WEEKS_PER_QUARTER });
    const state = createRun(p, 'f1');
    while (state.week < WEEKS_PER_QUARTER + 1) step(state, []);
    return { state, quota: p['plan.quota'] };
  };

  it('sets the next quarter\'s quota to the team\'s sales per rep in the last one at 1, and leaves plan.quota at 0', () => {
    const full = periods(1);
    const reps = full.state.reps.filter((r) => r.active && r.periods.length > 0);
    const pace = sum(reps.map((r) => r.periods[0].sales)) / sum(reps.map((r) => r.periods[0].end - r.periods[0].start));
    for (const r of reps) expect(r.quota).toBeCloseTo(pace * WEEKS_PER_QUARTER, 6);
    const none = periods(0);
    for (const r of none.state.reps.filter((x) => x.active)) expect(r.quota).toBeCloseTo(none.quota, 6);
  });
});
