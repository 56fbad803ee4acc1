/**
 * A research spec's ranges as parameter values (src/research/researchSpec.ts
 * valuesOf, unitOf): a whole-number range gives each of its values the same
 * share of the unit interval, the rule of a sweep's sample (designs.ts
 * scaleUnit), so a calibration's uniform prior is uniform.
 */
import { describe, expect, it } from 'vitest';
import { unitOf, valuesOf, type Range } from '../../src/research/researchSpec';

describe('valuesOf on a whole-number range', () => {
  const range: Range = { key: 'k', min: 2, max: 6, integer: true };

  it('[2, 6] gives each whole value 1/5 of the unit interval, the ends included', () => {
    const n = 1000;
    const counts = new Map<number, number>();
    for (let i = 0; i < n; i++) {
      const v = valuesOf([range], [(i + 0.5) / n]).k;
      counts.set(v, (counts.get(v) ?? 0) + 1);
    }
    expect([...counts.entries()].sort((a, b) => a[0] - b[0])).toEqual([2, 3, 4, 5, 6].map((v) => [v, n / 5]));
    expect(valuesOf([range], [1]).k).toBe(6);
  });

  it('unitOf is its inverse: a whole value maps to the middle of its share', () => {
    for (const v of [2, 3, 4, 5, 6]) expect(valuesOf([range], [unitOf(range, v)]).k).toBe(v);
    expect(unitOf(range, 2)).toBeCloseTo(0.1, 12);
    expect(unitOf({ key: 'x', min: 0, max: 2, integer: false }, 0.5)).toBe(0.25);
  });
});
