/** The lab's statistics: fan bands, paired differences and the mean's confidence interval. */
import { describe, expect, it } from 'vitest';
import { fan, meanCi, pairedDiff } from '../../src/shared/stats';

describe('lab stats', () => {
  it('fan gives each week its median and 50%/90% bands', () => {
    // week 0: 1..5, week 1: 10..50
    const runs = [1, 2, 3, 4, 5].map((v) => [v, v * 10]);
    const f = fan(runs);
    expect(f.median).toEqual([3, 30]);
    expect(f.q25).toEqual([2, 20]);
    expect(f.q75).toEqual([4, 40]);
    expect(f.q05[0]).toBeCloseTo(1.2);
    expect(f.q95[1]).toBeCloseTo(48);
  });

  it('pairs runs by position and refuses unequal counts', () => {
    expect(pairedDiff([[5, 7]], [[2, 10]])).toEqual([[3, -3]]);
    expect(() => pairedDiff([[1]], [])).toThrow(/differ/);
  });

  it('meanCi is the mean ± t(0.975, n−1)·sd/√n', () => {
    const ci = meanCi([2, 4, 6, 8]);
    expect(ci.mean).toBe(5);
    expect(ci.half).toBeCloseTo((3.182 * Math.sqrt(20 / 3)) / 2, 10); // t with 3 degrees of freedom, not 1.96
    expect(meanCi([7])).toEqual({ n: 1, mean: 7, half: 0 });
  });
});
