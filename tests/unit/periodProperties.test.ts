/**
 * Any sequence of plan changes at quarter boundaries keeps the quota books
 * sound: settled periods lie inside one calendar block, never overlap for a
 * rep, pay a bonus only at quota and never more than the plans allowed, and
 * credit no more sales than the rep made.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRun, decisionsAt, isDone, QUOTA_PERIODS, step, WEEKS_PER_QUARTER, WEEKS_PER_YEAR, type Decision } from '../../src/sim';
import { scenarioParams } from '../../src/scenarios';

const QUARTERS = 8;
const change = fc.oneof(
  fc.record({ key: fc.constant('plan.quotaPeriod'), value: fc.constantFrom(...QUOTA_PERIODS) }),
  fc.record({ key: fc.constant('plan.quota'), value: fc.integer({ min: 50_000, max: 600_000 }) }),
  fc.record({ key: fc.constant('plan.quotaBonus'), value: fc.integer({ min: 0, max: 40_000 }) }),
  fc.record({ key: fc.constant('plan.ratchet'), value: fc.constantFrom(0, 0.3, 1) }),
  fc.record({ key: fc.constant('plan.quotaByPotential'), value: fc.constantFrom(0, 0.5, 1) }),
  fc.record({ key: fc.constant('plan.acceleratorRate'), value: fc.constantFrom(1, 2, 4) }),
);
const log = fc.array(fc.record({ quarter: fc.integer({ min: 1, max: QUARTERS - 1 }), change }), { maxLength: 6 }).map((xs) =>
  xs.map(({ quarter, change: c }): Decision => ({ week: quarter * WEEKS_PER_QUARTER, type: 'set', key: c.key, value: c.value })),
);

describe('quota periods under plan changes', () => {
  it('settle inside their calendar block, pay bonuses only as the plans allow', () => {
    fc.assert(
      fc.property(log, fc.constantFrom('ambivalent-ceo', 'quarterly-quota', 'annual-quota', 'founder'), fc.integer({ min: 1, max: 1e6 }), (decisions, scenario, seed) => {
        const state = createRun(scenarioParams(scenario, { 'market.size': 800, 'reps.count': 5 }), String(seed));
        let maxBonus = state.params['plan.quotaBonus'];
        for (const d of decisions) if (d.type === 'set' && d.key === 'plan.quotaBonus') maxBonus = Math.max(maxBonus, Number(d.value));
        const bonusByRep = new Map<number, number>();
        while (!isDone(state)) {
          step(state, decisionsAt(decisions, state.week), (e) => {
            if (e.type === 'bonus') bonusByRep.set(e.rep, (bonusByRep.get(e.rep) ?? 0) + e.amount);
          });
        }
        for (const rep of state.reps) {
          let last = -1;
          let paid = 0;
          let credited = 0;
          for (const p of rep.periods) {
            expect(p.start).toBeGreaterThanOrEqual(last);
            expect(p.end).toBeGreaterThan(p.start);
            // inside one quarter or one year of the calendar
            const inQuarter = Math.floor(p.start / WEEKS_PER_QUARTER) === Math.floor((p.end - 1) / WEEKS_PER_QUARTER);
            const inYear = Math.floor(p.start / WEEKS_PER_YEAR) === Math.floor((p.end - 1) / WEEKS_PER_YEAR);
            expect(inQuarter || inYear).toBe(true);
            expect(p.quota).toBeGreaterThan(0);
            if (p.bonus > 0) expect(p.sales).toBeGreaterThanOrEqual(p.quota);
            // the best satisfaction multiplier is 1.4
            expect(p.bonus).toBeLessThanOrEqual((maxBonus * (p.end - p.start) * 1.4) / WEEKS_PER_QUARTER + 1e-6);
            last = p.end;
            paid += p.bonus;
            credited += p.sales;
          }
          expect(paid).toBeCloseTo(bonusByRep.get(rep.id) ?? 0, 6);
          expect(credited).toBeLessThanOrEqual(rep.revenue + 1e-6);
        }
      }),
      { numRuns: 40 },
    );
  });
});
