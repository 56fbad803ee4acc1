/**
 * The facilitator's market events: each moves what it says against the same
 * seed without it, leaves the weeks before it untouched, ends when it says,
 * keeps the books, and a bad one is refused with a plain ParamError.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkDecisions, createRun, isDone, ParamError, resolveParams, simulate, Status, step, decisionsAt, type Decision, type RunState, type WeekRecord } from '../../src/sim';
import { scenarioParams } from '../../src/scenarios';
import golden from '../golden/hashes.json';
import { EVENT_CASES } from '../golden/eventCases';

const seed = '7';

function play(scenario: string, log: Decision[]): RunState {
  const state = createRun(scenarioParams(scenario), seed);
  while (!isDone(state)) step(state, decisionsAt(log, state.week));
  return state;
}

const sum = (h: readonly WeekRecord[], from: number, to: number, k: keyof WeekRecord) => h.slice(from, to).reduce((s, r) => s + r[k], 0);

describe('market events', () => {
  const base = play('founder', []);

  it('a recession cuts inbound interest while it lasts, and only then', () => {
    const log: Decision[] = [{ week: 13, type: 'event', event: 'recession', size: 0.5, weeks: 26 }];
    const run = play('founder', log);
    expect(run.history.slice(0, 13)).toEqual(base.history.slice(0, 13));
    const leads = sum(run.history, 13, 39, 'leads');
    const baseLeads = sum(base.history, 13, 39, 'leads');
    expect(leads).toBeLessThan(0.75 * baseLeads);
    expect(run.events).toEqual([]);
  });

  it('a competitor’s price cut lowers reorders and raises churn', () => {
    const log: Decision[] = [{ week: 26, type: 'event', event: 'priceCut', size: 0.6, weeks: 26 }];
    const run = play('founder', log);
    expect(run.history.slice(0, 26)).toEqual(base.history.slice(0, 26));
    expect(sum(run.history, 26, 52, 'dealsReorder')).toBeLessThan(0.7 * sum(base.history, 26, 52, 'dealsReorder'));
    expect(sum(run.history, 26, 52, 'churned')).toBeGreaterThan(sum(base.history, 26, 52, 'churned'));
  });

  it('a product launch lifts what a deal is worth', () => {
    const log: Decision[] = [{ week: 13, type: 'event', event: 'launch', size: 0.3, weeks: 13 }];
    const run = play('founder', log);
    const perDeal = (s: RunState, from: number, to: number) => sum(s.history, from, to, 'revenue') / sum(s.history, from, to, 'deals');
    expect(perDeal(run, 14, 26)).toBeGreaterThan(1.2 * perDeal(base, 14, 26));
    // over: deals agreed from week 26 are at list price again (those agreed during the launch close a few weeks on)
    expect(perDeal(run, 40, 52)).toBeLessThan(1.05 * perDeal(base, 40, 52));
  });

  it('the star rep leaves: the active rep with the most revenue quits that week, through the quit path', () => {
    const at = createRun(scenarioParams('sales-director'), seed);
    while (at.week < 40) step(at, []);
    const star = at.reps.filter((r) => r.active).reduce((a, b) => (b.revenue > a.revenue ? b : a));
    const record = step(at, [{ week: 40, type: 'event', event: 'starLeaves' }]);
    expect(at.reps[star.id].active).toBe(false);
    expect(at.reps[star.id].leftWeek).toBe(40);
    expect(at.reps[star.id].pipeline).toEqual([]);
    expect(record.quits).toBeGreaterThanOrEqual(1);
    expect(at.pendingHires.some((h) => h.territory === star.territory)).toBe(true);
  });

  it('two recessions in force multiply', () => {
    const one = simulate({ params: scenarioParams('founder'), seed, decisions: [{ week: 0, type: 'event', event: 'recession', size: 0.75, weeks: 20 }] });
    const two = simulate({
      params: scenarioParams('founder'), seed,
      decisions: [{ week: 0, type: 'event', event: 'recession', size: 0.5, weeks: 20 }, { week: 0, type: 'event', event: 'recession', size: 0.5, weeks: 20 }],
    });
    expect(two.hash).toBe(one.hash);
  });
});

describe('bad events are refused', () => {
  const cases: [unknown, RegExp][] = [
    [{ week: 3, type: 'event', event: 'meteor', size: 0.5, weeks: 4 }, /unknown event "meteor".*recession, priceCut, launch, starLeaves/],
    [{ week: 3, type: 'event', event: 'recession', size: 1.5, weeks: 4 }, /size must be a number from 0.01 to 1/],
    [{ week: 3, type: 'event', event: 'recession', size: 0, weeks: 4 }, /size/],
    [{ week: 3, type: 'event', event: 'launch', size: 0.2, weeks: 0 }, /whole number of weeks from 1/],
    [{ week: 3, type: 'event', event: 'priceCut', size: 0.2, weeks: 2.5 }, /weeks/],
    [{ week: 3, type: 'event', event: 'priceCut', size: 0.2 }, /weeks/],
  ];
  it.each(cases)('%o', (d, message) => {
    expect(() => checkDecisions([d])).toThrow(ParamError);
    expect(() => checkDecisions([d])).toThrow(message);
  });
});

describe('golden runs with events', () => {
  it('match their pinned hashes (regenerate with `npm run golden` on an intended change)', () => {
    const pinned = (golden as { events?: Record<string, string> }).events ?? {};
    const actual: Record<string, string> = {};
    for (const c of EVENT_CASES) actual[c.name] = simulate({ params: scenarioParams(c.scenario), seed: golden.seed, decisions: c.decisions }).hash;
    expect(actual).toEqual(pinned);
  });
});

describe('events keep the books', () => {
  const arbEvent = fc.oneof(
    fc.record({
      week: fc.integer({ min: 0, max: 29 }), type: fc.constant('event' as const), event: fc.constantFrom('recession' as const, 'priceCut' as const, 'launch' as const),
      size: fc.double({ min: 0.01, max: 1, noNaN: true }), weeks: fc.integer({ min: 1, max: 40 }),
    }),
    fc.record({ week: fc.integer({ min: 0, max: 29 }), type: fc.constant('event' as const), event: fc.constant('starLeaves' as const) }),
  );

  it('customers, pending deals, reps and cash add up under any events', () => {
    fc.assert(
      fc.property(fc.array(arbEvent, { maxLength: 6 }), fc.integer({ min: 1, max: 1e6 }), (events, s) => {
        const params = resolveParams({}, { 'run.weeks': 30, 'market.size': 400, 'reps.count': 4 });
        const log = checkDecisions(events, params);
        const state = createRun(params, String(s));
        while (!isDone(state)) {
          const r = step(state, decisionsAt(log, state.week));
          for (const [k, v] of Object.entries(r)) expect(Number.isFinite(v), `${k} is ${v}`).toBe(true);
          expect(r.headcount).toBe(state.reps.filter((x) => x.active).length);
          const profit = (r.revenue - r.refunds) * params['market.grossMargin'] - r.pay - r.managementCost - params['market.fixedCosts'];
          expect(Math.abs(r.profit - profit)).toBeLessThanOrEqual(1e-6 * Math.max(1, Math.abs(profit)));
        }
        const counts = [0, 0, 0, 0];
        for (const st of state.customers.status) counts[st]++;
        expect(counts.reduce((a, b) => a + b, 0)).toBe(400);
        expect(counts[Status.Active]).toBe(state.customers.activeCount);
        expect(counts[Status.Pending]).toBe(state.reps.reduce((n, r) => n + r.pipeline.length, 0));
        for (const r of state.reps) if (!r.active) expect(r.pipeline).toEqual([]);
        const cash = state.history.reduce((n, r) => n + r.profit, 0);
        expect(Math.abs(state.cash - cash)).toBeLessThan(1e-6 * Math.max(1, Math.abs(cash)));
        const quits = state.history.reduce((n, r) => n + r.quits, 0);
        expect(quits).toBe(state.reps.filter((r) => !r.active).length);
        expect(state.events.every((e) => e.until > state.week - 1)).toBe(true);
      }),
      { numRuns: 25 },
    );
  });
});
