/**
 * A sweep's size before the lab runs it: runs, points and run-weeks counted
 * from the spec without building its runs (the panel's run length and market
 * size resolved per point), the estimate scaled by the work and the workers
 * and learnt from a timed batch, and which sweeps keep their weeks table.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { checkSpec, expandSpec } from '../../src/lab/sweepSpec';
import { CONFIRM_RUNS, estimateSeconds, keepsWeeks, resetCost, sizeOf, timed, WEEKS_KEPT_MAX } from '../../src/ui/lab/size';

afterEach(resetCost);

describe('a sweep’s size', () => {
  it('counts runs, points, seeds and the work, a varied run length or market size point by point', () => {
    const spec = checkSpec({ scenario: ['founder', 'sales-director'], seeds: 3, set: { 'market.size': 200 }, vary: { 'run.weeks': [10, 20], 'plan.commissionRate': [0, 0.1] } });
    expect(sizeOf(spec)).toEqual({ runs: 24, points: 4, seeds: 3, scenarios: 2, runWeeks: 2 * 3 * 2 * (10 + 20), work: 2 * 3 * 2 * (10 + 20) * 200 });
  });

  it('counts a sampled design\'s points, and a sampled run length or market size run by run', () => {
    const lhs = checkSpec({ scenario: 'founder', seeds: 2, sample: { method: 'lhs', n: 64, ranges: { 'plan.commissionRate': [0, 0.1] } } });
    expect(sizeOf(lhs)).toMatchObject({ runs: 128, points: 64, seeds: 2, runWeeks: 13_312 });
    const sampled = checkSpec({ scenario: 'founder', seeds: 2, vary: { 'plan.commissionRate': [0, 0.1] }, sample: { method: 'lhs', n: 8, ranges: { 'run.weeks': [10, 60], 'market.size': [100, 900] } } });
    const runs = expandSpec(sampled);
    expect(sizeOf(sampled)).toMatchObject({
      runs: 32,
      runWeeks: runs.reduce((s, r) => s + r.params['run.weeks'], 0),
      work: runs.reduce((s, r) => s + r.params['run.weeks'] * r.params['market.size'], 0),
    });
  });

  it('estimates from the work and the workers, then from what a batch took', () => {
    const size = { work: 1e7 };
    expect(estimateSeconds(size, 2)).toBeCloseTo(estimateSeconds(size, 1) / 2, 12);
    timed({ work: 1e6 }, 3, 2);
    expect(estimateSeconds(size, 2)).toBeCloseTo(30, 9);
    expect(estimateSeconds(size, 4)).toBeCloseTo(15, 9);
  });

  it('keeps the weeks of up to 1,000 runs of 104 weeks', () => {
    expect(WEEKS_KEPT_MAX).toBe(104_000);
    expect(CONFIRM_RUNS).toBe(5000);
    expect(keepsWeeks(checkSpec({ scenario: 'founder', seeds: 1000, weeks: 104 }))).toBe(true);
    expect(keepsWeeks(checkSpec({ scenario: 'founder', seeds: 1001, weeks: 104 }))).toBe(false);
    expect(keepsWeeks(checkSpec({ scenario: 'founder', seeds: 10, vary: { 'run.weeks': [520] } }))).toBe(true);
  });
});
