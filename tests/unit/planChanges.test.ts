/**
 * Plan changes in the middle of a run, as the game's planning and a
 * researcher's decision log make them: the books stay sound.
 */
import { describe, expect, it } from 'vitest';
import { createRun, decisionsAt, isDone, step, type Decision, type RunState, type SimEvent } from '../../src/sim';
import { scenarioParams } from '../../src/scenarios';

interface Played {
  state: RunState;
  /** bonus paid per week, all reps together */
  bonusByWeek: Map<number, number>;
  /** a snapshot of every active rep's quota at the start of some weeks */
  quotas: Map<number, Map<number, number>>;
}

function play(scenario: string, seed: string, log: Decision[], watch: number[] = [], set: Record<string, unknown> = {}): Played {
  const state = createRun(scenarioParams(scenario, set), seed);
  const bonusByWeek = new Map<number, number>();
  const quotas = new Map<number, Map<number, number>>();
  while (!isDone(state)) {
    const week = state.week;
    step(state, decisionsAt(log, week), (e: SimEvent) => {
      if (e.type === 'bonus') bonusByWeek.set(week, (bonusByWeek.get(week) ?? 0) + e.amount);
    });
    if (watch.includes(week)) quotas.set(week, new Map(state.reps.filter((r) => r.active).map((r) => [r.id, r.quota])));
  }
  return { state, bonusByWeek, quotas };
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

describe('a change of quota period', () => {
  it('from quarter to year at week 26 opens a new period with its own quota (no quarter quota carried into the year)', () => {
    const { state, bonusByWeek } = play('ambivalent-ceo', '5', [{ week: 26, type: 'set', key: 'plan.quotaPeriod', value: 'year' }]);
    const p = state.params;
    const reps = state.reps.filter((r) => r.hiredWeek === 0 && r.periods.length >= 3);
    const attainment = (r: RunState['reps'][number], k: number) => r.periods[k].sales / r.periods[k].quota;
    // quarters 1 and 2, then the half-year from week 26 to the end of the year, then whole years
    for (const r of reps) expect(r.periods.map((x) => [x.start, x.end])).toEqual([[0, 13], [13, 26], [26, 52], [52, 104]].slice(0, r.periods.length));
    const quarterly = mean(reps.flatMap((r) => [attainment(r, 0), attainment(r, 1)]));
    const halfYear = mean(reps.map((r) => attainment(r, 2)));
    expect(halfYear).toBeLessThan(1.6 * quarterly);
    // a period of 26 weeks pays at most twice the quarterly bonus, at the best satisfaction multiplier
    const most = state.reps.length * p['plan.quotaBonus'] * 2 * 1.4;
    expect(bonusByWeek.get(51) ?? 0).toBeLessThanOrEqual(most);
  });
});

describe('the ratchet', () => {
  const ratchet = { 'plan.ratchet': 0.5 };

  it('moves every rep when the plan changes the quota', () => {
    const doubled = play('quarterly-quota', '9', [{ week: 26, type: 'set', key: 'plan.quota', value: 540000 }], [25, 26], ratchet);
    const before = [...(doubled.quotas.get(25)?.values() ?? [])];
    const after = [...(doubled.quotas.get(26)?.values() ?? [])];
    expect(mean(after) / mean(before)).toBeGreaterThan(1.5);
  });

  it('gives a hire the plan’s full quota from their first full period, moved only by their own ratchet', () => {
    // the plan's quota as set: no sizing to potential, no re-basing on the team's last period
    const same = { ...ratchet, 'plan.quotaByPotential': 0, 'plan.quotaForecast': 0 };
    const { quotas, state } = play('quarterly-quota', '9', [{ week: 20, type: 'hire', count: 1 }], [26], same);
    const hire = state.reps.find((r) => r.hiredWeek === 20);
    const base = state.params['plan.quota'];
    const q = quotas.get(26)?.get(hire?.id ?? -1) ?? 0;
    // not the 6/13 of a quarter prorated at week 20 (about 0.46 of it), but the plan's quota times the ratchet's move
    expect(q).toBeGreaterThan(0.8 * base);
    expect(q).toBeLessThan(1.3 * base);
    // a hire's first (prorated) period is settled like any other
    expect(hire?.periods[0]).toMatchObject({ start: 13, end: 26 });
    expect(hire?.periods[0].quota).toBeCloseTo((base * 6) / 13, 6);
  });
});
