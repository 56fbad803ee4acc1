/** The sweep spec: checked, expanded in one fixed order, sharded so that shards merge back into it. */
import { describe, expect, it } from 'vitest';
import { checkSpec, expandSpec, shardOf, sweepSize, SweepSpecError } from '../../src/lab/sweepSpec';
import { checkMeasures } from '../../src/research/measures';
import { SpecError } from '../../src/research/specError';
import { hasKey, t } from '../../src/i18n';
import { specRefusal } from '../fixtures/specRefusal';

const ISSUE_SPEC = {
  scenario: 'founder', seeds: 20, weeks: 104, set: { 'plan.quotaPeriod': 'quarter' },
  vary: { 'plan.commissionRate': [0, 0.04, 0.08], 'market.wordOfMouth': [0.5, 1] },
};

describe('sweep specs', () => {
  it('expands the issue\'s example into 3 × 2 points × 20 seeds, the first key slowest, seeds fastest', () => {
    const runs = expandSpec(checkSpec(ISSUE_SPEC));
    expect(runs).toHaveLength(120);
    expect(sweepSize(checkSpec(ISSUE_SPEC))).toBe(120);
    expect(runs.map((r) => r.index)).toEqual(runs.map((_, i) => i));
    expect(runs[0]).toMatchObject({ scenario: 'founder', seed: '1', point: 0, values: { 'plan.commissionRate': 0, 'market.wordOfMouth': 0.5 } });
    expect(runs[20].values).toEqual({ 'plan.commissionRate': 0, 'market.wordOfMouth': 1 });
    expect(runs[40].values).toEqual({ 'plan.commissionRate': 0.04, 'market.wordOfMouth': 0.5 });
    expect(runs[119]).toMatchObject({ seed: '20', point: 5, values: { 'plan.commissionRate': 0.08, 'market.wordOfMouth': 1 } });
    // the runs of a point share one parameter object (one copy per message to a worker)
    expect(runs[21].params).toBe(runs[20].params);
    // set, vary and weeks all reach the parameters
    expect(runs[45].params).toMatchObject({ 'plan.quotaPeriod': 'quarter', 'plan.commissionRate': 0.04, 'market.wordOfMouth': 0.5, 'run.weeks': 104 });
  });

  it('takes run.weeks from weeks, set or vary, and a varied value over the scenario\'s', () => {
    expect(expandSpec(checkSpec({ scenario: 'founder', seeds: 1, vary: { 'run.weeks': [26, 39] } })).map((r) => r.params['run.weeks'])).toEqual([26, 39]);
    expect(expandSpec(checkSpec({ scenario: 'founder', seeds: 1, weeks: 52 }))[0].params['run.weeks']).toBe(52);
    expect(expandSpec(checkSpec({ scenario: 'founder', seeds: 1, set: { 'run.weeks': 13 } }))[0].params['run.weeks']).toBe(13);
  });

  it('takes seeds as a list and scenarios as a list', () => {
    const runs = expandSpec(checkSpec({ scenario: ['founder', 'sales-director'], seeds: ['a', 7] }));
    expect(runs.map((r) => `${r.scenario}/${r.seed}`)).toEqual(['founder/a', 'founder/7', 'sales-director/a', 'sales-director/7']);
  });

  it('splits into shards that together hold every run once, in order', () => {
    const runs = expandSpec(checkSpec(ISSUE_SPEC));
    const shards = [0, 1, 2, 3].map((i) => shardOf(runs, i, 4));
    expect(shards.flat().map((r) => r.index).sort((a, b) => a - b)).toEqual(runs.map((r) => r.index));
    for (const s of shards) expect(s.map((r) => r.index)).toEqual([...s.map((r) => r.index)].sort((a, b) => a - b));
  });

  it('refuses a bad spec with one sentence naming the problem', () => {
    const bad: [unknown, RegExp][] = [
      [{ seeds: 2 }, /scenario/],
      [{ scenario: 'nope', seeds: 2 }, /unknown scenario "nope"/],
      [{ scenario: 'founder', seeds: 0 }, /seeds/],
      [{ scenario: 'founder', seeds: 2, vary: { 'plan.commissionRate': [0.04, 9] } }, /plan\.commissionRate/],
      [{ scenario: 'founder', seeds: 2, set: { 'plan.nope': 1 } }, /plan\.nope/],
      [{ scenario: 'founder', seeds: 2, weeks: 0 }, /run\.weeks/],
      [{ scenario: 'founder', seeds: 2, extra: true }, /extra|Unrecognized/i],
      [{ scenario: 'founder', seeds: 200, vary: { 'market.wordOfMouth': Array.from({ length: 60 }, (_, i) => i / 20), 'plan.commissionRate': Array.from({ length: 60 }, (_, i) => i / 600) } }, /at most/],
    ];
    for (const [spec, message] of bad) expect(() => checkSpec(spec), JSON.stringify(spec)).toThrow(message);
    expect(() => checkSpec({ seeds: 2 })).toThrow(SweepSpecError);
  });

  it("one error class: a sweep's refusal and its measure's are the research SpecError, thrown as is", () => {
    expect(SweepSpecError).toBe(SpecError);
    const bad = { sum: 'profits' };
    let thrown: unknown;
    try {
      checkMeasures({ m: bad });
    } catch (error) {
      thrown = error;
    }
    expect(() => checkSpec({ scenario: 'founder', seeds: 2, measures: { m: bad } })).toThrow(thrown as Error);
    expect(() => checkSpec({ scenario: 'founder', seeds: 2, measures: { m: bad } })).toThrow(SpecError);
  });
});

describe('sweep spec errors in the reader\'s language', () => {
  const problem = (spec: unknown) => specRefusal(checkSpec, spec);

  it('suggests the nearest key and scenario, and says it in French through its key', () => {
    const key = problem({ scenario: 'founder', seeds: 2, vary: { 'plan.comissionRate': [0.04] } });
    expect(key.message).toBe('unknown parameter "plan.comissionRate"; did you mean plan.commissionRate?');
    expect(t(key.key, key.vars, 'fr')).toBe('paramètre inconnu « plan.comissionRate » ; vouliez-vous dire plan.commissionRate ?');
    const scenario = problem({ scenario: 'foundr', seeds: 2 });
    expect(scenario.message).toMatch(/did you mean founder\?/);
    expect(t(scenario.key, scenario.vars, 'fr')).toBe('scénario inconnu « foundr » ; vouliez-vous dire founder ?');
  });

  it('every problem has a key with a French sentence that differs from the English one', () => {
    const specs: unknown[] = [
      { seeds: 2 },
      { scenario: 'nope', seeds: 2 },
      { scenario: 'founder', seeds: 2, vary: { 'plan.commissionRate': [0.04, 9] } },
      { scenario: 'founder', seeds: 2, set: { 'plan.quotaPeriod': 'month' } },
      { scenario: 'founder', seeds: 2, weeks: 0.5 },
      { scenario: 'founder', seeds: 2, set: { 'plan.quota': 'lots' } },
    ];
    for (const spec of specs) {
      const error = problem(spec);
      expect(hasKey(error.key, 'fr'), error.key).toBe(true);
      expect(t(error.key, error.vars, 'en'), error.key).toBe(error.message);
      expect(t(error.key, error.vars, 'fr'), error.key).not.toBe(error.message);
      expect(t(error.key, error.vars, 'fr'), error.key).not.toMatch(/\{\w+\}/);
    }
  });
});
