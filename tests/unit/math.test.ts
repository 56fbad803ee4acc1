import { describe, expect, it } from 'vitest';
import { exp, log, normCdf, pow, sigmoid } from '../../src/sim/math';

/** distance in units in the last place between two doubles */
function ulps(a: number, b: number): number {
  if (a === b) return 0;
  const view = new DataView(new ArrayBuffer(16));
  view.setFloat64(0, a);
  view.setFloat64(8, b);
  return Math.abs(Number(view.getBigInt64(0) - view.getBigInt64(8)));
}

describe('deterministic transcendentals', () => {
  const xs: number[] = [];
  for (let i = -7000; i <= 7000; i += 7) xs.push(i / 100 + 0.00123 * (i % 13));

  it('exp agrees with Math.exp to within 4 ulps on [-70, 70]', () => {
    let worst = 0;
    for (const x of xs) worst = Math.max(worst, ulps(exp(x), Math.exp(x)));
    expect(worst).toBeLessThanOrEqual(4);
  });

  it('log agrees with Math.log to within 4 ulps across magnitudes', () => {
    let worst = 0;
    for (let k = -300; k <= 300; k += 3) {
      for (const m of [1, 1.1, 1.5, 2.9, 7.3, 0.37]) {
        const x = m * Math.pow(10, k / 10);
        if (Math.abs(Math.log(x)) < 1e-3) continue;
        worst = Math.max(worst, ulps(log(x), Math.log(x)));
      }
    }
    expect(worst).toBeLessThanOrEqual(4);
  });

  it('log near 1 is accurate in absolute terms', () => {
    for (const x of [1, 1 + 1e-12, 0.999999, 1.0001]) expect(Math.abs(log(x) - Math.log(x))).toBeLessThan(1e-16);
  });

  it('handles edges', () => {
    expect(exp(0)).toBe(1);
    expect(exp(-1000)).toBe(0);
    expect(exp(1000)).toBe(Infinity);
    expect(log(0)).toBe(-Infinity);
    expect(Number.isNaN(log(-1))).toBe(true);
    expect(pow(2, 10)).toBeCloseTo(1024, 9);
    expect(sigmoid(0)).toBe(0.5);
    expect(sigmoid(-800)).toBe(0);
    expect(sigmoid(800)).toBe(1);
  });

  it('normCdf matches known quantiles', () => {
    expect(normCdf(0)).toBeCloseTo(0.5, 7);
    expect(normCdf(1.959964)).toBeCloseTo(0.975, 6);
    expect(normCdf(-1.644854)).toBeCloseTo(0.05, 6);
  });
});
