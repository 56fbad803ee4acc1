import { describe, expect, it } from 'vitest';
import { SOBOL_MAX_DIMS, sobolPoints } from '../../src/research/sobolSequence';

// Expected points from scipy.stats.qmc.Sobol(d, scramble=False), which SALib's
// sobol_sequence.sample (src/SALib/sample/sobol_sequence.py) reproduces exactly:
// Joe–Kuo new-joe-kuo-6.21201 direction numbers, Gray-code order, origin first.
describe('sobolPoints', () => {
  it('gives the unscrambled Joe–Kuo points, origin first', () => {
    expect(sobolPoints(8, 6)).toEqual([
      [0, 0, 0, 0, 0, 0],
      [0.5, 0.5, 0.5, 0.5, 0.5, 0.5],
      [0.75, 0.25, 0.25, 0.25, 0.75, 0.75],
      [0.25, 0.75, 0.75, 0.75, 0.25, 0.25],
      [0.375, 0.375, 0.625, 0.875, 0.375, 0.125],
      [0.875, 0.875, 0.125, 0.375, 0.875, 0.625],
      [0.625, 0.125, 0.875, 0.625, 0.625, 0.875],
      [0.125, 0.625, 0.375, 0.125, 0.125, 0.375],
    ]);
  });

  it('skips like fast_forward, up to the last embedded dimension', () => {
    const rows = sobolPoints(2, SOBOL_MAX_DIMS, 1000);
    const pick = (r: number[]) => [0, 1, 2, 511, 1023].map((i) => r[i]);
    expect(pick(rows[0])).toEqual([0.2197265625, 0.0966796875, 0.5185546875, 0.3955078125, 0.7138671875]);
    expect(pick(rows[1])).toEqual([0.7197265625, 0.5966796875, 0.0185546875, 0.8955078125, 0.2138671875]);
    expect(sobolPoints(40, 7, 0).slice(13)).toEqual(sobolPoints(27, 7, 13));
  });

  it('stays in [0, 1) and is balanced on a power of two', () => {
    const rows = sobolPoints(256, 40);
    for (let d = 0; d < 40; d++) {
      const col = rows.map((r) => r[d]);
      expect(Math.min(...col)).toBeGreaterThanOrEqual(0);
      expect(Math.max(...col)).toBeLessThan(1);
      expect(col.filter((x) => x < 0.5)).toHaveLength(128);
    }
  });

  it('refuses impossible requests', () => {
    expect(() => sobolPoints(4, 0)).toThrow(RangeError);
    expect(() => sobolPoints(4, SOBOL_MAX_DIMS + 1)).toThrow(RangeError);
    expect(() => sobolPoints(-1, 2)).toThrow(RangeError);
    expect(() => sobolPoints(2, 2, 1.5)).toThrow(RangeError);
  });
});
