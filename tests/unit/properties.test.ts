import fc from 'fast-check';
import { DETRACTOR } from '../../src/sim/constants';
import { describe, expect, it } from 'vitest';
import { DEAL_SOURCES, SOURCE_FIELDS, PARAM_SPECS, Status, createRun, isDone, resolveParams, step, type WeekRecord } from '../../src/sim';

/** Any parameter set in range, kept small so a hundred runs stay fast. */
const arbOverrides = fc.record(
  Object.fromEntries(
    PARAM_SPECS.filter((s) => !['run.weeks', 'market.size', 'reps.count'].includes(s.key)).map((s) => [
      s.key,
      s.kind === 'choice'
        ? fc.constantFrom(...s.choices)
        : s.kind === 'integer'
          ? fc.integer({ min: s.min, max: s.max })
          : fc.double({ min: s.min, max: s.max, noNaN: true }),
    ]),
  ),
);

function checkWeek(r: WeekRecord, gm: number, fixed: number, n: number): void {
  for (const [k, v] of Object.entries(r)) expect(Number.isFinite(v), `${k} is ${v}`).toBe(true);
  // shares, each a mean over customers or reps of values in [0, 1]: a floating-point mean of values at 1 may land an ulp
  // above it (satisfaction 1.0000000000000002 over 400 customers in relating ≈ 2's town), never more
  for (const k of ['satisfaction', 'reputation', 'trust', 'pushShare', 'careMotive', 'effort'] as const) {
    expect(r[k]).toBeGreaterThanOrEqual(-1e-12);
    expect(r[k]).toBeLessThanOrEqual(1 + 1e-12);
  }
  expect(r.nps).toBeGreaterThanOrEqual(-100);
  expect(r.nps).toBeLessThanOrEqual(100);
  for (const k of ['deals', 'revenue', 'discount', 'returns', 'churned', 'leads', 'visits', 'headcount', 'misconduct'] as const) {
    expect(r[k]).toBeGreaterThanOrEqual(0);
  }
  expect(r.activeCustomers).toBeLessThanOrEqual(n);
  expect(r.adopters).toBeLessThanOrEqual(n);
  // every deal and every euro under exactly one source
  const bySource = (prefix: 'deals' | 'revenue') => SOURCE_FIELDS[prefix].reduce((sum, f) => sum + r[f], 0);
  expect(SOURCE_FIELDS.deals).toHaveLength(DEAL_SOURCES.length);
  expect(bySource('deals')).toBe(r.deals);
  expect(Math.abs(bySource('revenue') - r.revenue)).toBeLessThanOrEqual(1e-6 * Math.max(1, r.revenue));
  const profit = (r.revenue - r.refunds) * gm - r.pay - r.managementCost - fixed;
  expect(Math.abs(r.profit - profit)).toBeLessThanOrEqual(1e-6 * Math.max(1, Math.abs(profit)));
}

describe('properties over random parameters in range', () => {
  it('no NaN or Infinity, outputs in range, money and customers add up', () => {
    fc.assert(
      fc.property(arbOverrides, fc.integer({ min: 1, max: 1e6 }), (overrides, seed) => {
        const params = resolveParams(overrides, { 'run.weeks': 30, 'market.size': 400, 'reps.count': 4 });
        const state = createRun(params, String(seed));
        while (!isDone(state)) {
          const r = step(state, []);
          checkWeek(r, state.params['market.grossMargin'], state.params['market.fixedCosts'], 400);
        }
        const counts = [0, 0, 0, 0];
        for (const s of state.customers.status) counts[s]++;
        expect(counts.reduce((a, b) => a + b, 0)).toBe(400);
        expect(counts[Status.Active]).toBe(state.history[state.history.length - 1].activeCustomers);
        const pending = state.reps.reduce((s, r) => s + r.pipeline.length, 0);
        expect(counts[Status.Pending]).toBe(pending);
        const cash = state.history.reduce((s, r) => s + r.profit, 0);
        expect(Math.abs(state.cash - cash)).toBeLessThan(1e-6 * Math.max(1, Math.abs(cash)));
        expect(state.customers.activeCount).toBe(counts[Status.Active]);
        for (let i = 0; i < state.customers.activeCount; i++) {
          const c = state.customers.activeList[i];
          expect(state.customers.status[c]).toBe(Status.Active);
          expect(state.customers.activePos[c]).toBe(i);
        }
        let trusting = 0;
        for (const t of state.customers.trust) if (t > 0.5) trusting++;
        expect(trusting).toBe(state.marketCounts.trusting);
        // the counts kept up to date on every change agree with a recount
        const cu = state.customers;
        let fresh = 0;
        let unhappyLost = 0;
        const accounts = state.reps.map(() => ({ pushed: 0, related: 0 }));
        for (let c = 0; c < cu.status.length; c++) {
          if (cu.status[c] === Status.Prospect && cu.adopted[c] === 0) fresh++;
          if (cu.status[c] === Status.Lost && cu.sat[c] < DETRACTOR) unhappyLost++;
          if (cu.status[c] === Status.Active && cu.rep[c] >= 0) accounts[cu.rep[c]][cu.pushed[c] === 1 ? 'pushed' : 'related']++;
        }
        expect(state.marketCounts.fresh).toBe(fresh);
        expect(state.marketCounts.unhappyLost).toBe(unhappyLost);
        expect(state.reps.map((r) => r.accounts)).toEqual(accounts);
      }),
      { numRuns: 60 },
    );
  });

  it('keeps every number finite with a quota so small that the ratchet\'s move overflows (a case fast-check found)', () => {
    // plan.quota at the smallest positive number: a rep's beat over it, divided by it, overflowed the ratchet to Infinity
    const params = resolveParams(
      { 'plan.quotaPeriod': 'quarter', 'plan.quota': 5e-324, 'plan.ratchet': 4.440892098500626e-18, 'plan.quotaForecast': 0, 'plan.quotaByPotential': 0, 'reps.influence': 0 },
      { 'run.weeks': 30, 'market.size': 400, 'reps.count': 4 },
    );
    const state = createRun(params, '1');
    while (!isDone(state)) checkWeek(step(state, []), params['market.grossMargin'], params['market.fixedCosts'], 400);
    for (const r of state.reps) expect(Number.isFinite(r.ratchet) && Number.isFinite(r.quota)).toBe(true);
  });
});
