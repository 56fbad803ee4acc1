import { describe, expect, it } from 'vitest';
import { estimate, paired, ratioOfMeans, tQuantile975, wilson, correlation, median } from '../../src/shared/stats';

describe('validation statistics', () => {
  it('gives the t quantiles of the table and a close approximation beyond it', () => {
    expect(tQuantile975(1)).toBeCloseTo(12.706, 3);
    expect(tQuantile975(29)).toBeCloseTo(2.045, 3);
    expect(tQuantile975(40)).toBeCloseTo(2.021, 3);
    expect(tQuantile975(120)).toBeCloseTo(1.98, 3);
    expect(tQuantile975(1e6)).toBeCloseTo(1.96, 3);
  });

  it('computes a paired mean difference with its t interval', () => {
    const a = [3, 5, 4, 6, 7];
    const b = [1, 2, 2, 3, 3];
    const e = paired(a, b);
    // differences 2, 3, 2, 3, 4: mean 2.8, sd 0.8367, se 0.3742, t(4) 2.776
    expect(e.mean).toBeCloseTo(2.8, 10);
    expect(e.ci[0]).toBeCloseTo(2.8 - 2.776 * 0.374166, 3);
    expect(e.ci[1]).toBeCloseTo(2.8 + 2.776 * 0.374166, 3);
  });

  it('leaves non-finite seeds out', () => {
    expect(estimate([1, NaN, 3, Infinity]).n).toBe(2);
    expect(median([3, NaN, 1, 2])).toBe(2);
  });

  it('computes ratio-of-means, Wilson and correlation', () => {
    expect(ratioOfMeans([1, 2, 3], [2, 4, 6]).mean).toBeCloseTo(0.5, 12);
    const w = wilson(27, 30);
    expect(w.mean).toBeCloseTo(0.9, 12);
    expect(w.ci[0]).toBeGreaterThan(0.73);
    expect(w.ci[1]).toBeLessThan(0.98);
    expect(correlation([1, 2, 3, 4], [2, 4, 6, 8])).toBeCloseTo(1, 12);
  });
});
