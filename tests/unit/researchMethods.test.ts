/**
 * The research methods against known answers, as pure functions (no model):
 * ABC-SMC's posterior where it is known exactly, and CMA-ES's evaluation
 * counts against Hansen's reference figures. A wrong weight, kernel or
 * constant can leave the model-level tests (calibrate.test.ts,
 * optimize.test.ts) passing; these cannot.
 */
import { describe, expect, it } from 'vitest';
import { abcSmc } from '../../src/research/abcSmc';
import { Cmaes } from '../../src/research/cmaes';
import { Rng } from '../../src/sim/rng';
import { weightedMeanSd } from '../../src/shared/stats';

describe('ABC-SMC on a problem with a known posterior', () => {
  it('θ uniform on [0, 1]², summaries θ + N(0, 0.02²): a normal posterior inside, a truncated one at the edge', async () => {
    // observed (0.3, 0.03): the first coordinate's posterior is N(0.3, 0.02²) (the box two sd's away does not cut it); the second's is
    // N(0.03, 0.02²) truncated at 0, whose mean is 0.03 + 0.02 φ(1.5)/Φ(1.5) = 0.0328 and sd 0.0176
    const noise = 0.02;
    const r = await abcSmc(
      {
        dims: 2,
        observed: [0.3, 0.03],
        simulate: async (points, tags) =>
          points.map((p, i) => {
            const rng = Rng.fromSeed(tags[i]);
            return p.map((v) => v + noise * rng.normal());
          }),
      },
      { particles: 1000, generations: 12, quantile: 0.5, minAcceptance: 0.02, pilot: 0, seed: 'known-posterior' },
    );
    const inside = weightedMeanSd(r.points.map((p) => p[0]), r.weights);
    const edge = weightedMeanSd(r.points.map((p) => p[1]), r.weights);
    // the ABC posterior at the last tolerance is a little wider than the exact one
    expect(inside.mean).toBeCloseTo(0.3, 2);
    expect(inside.sd).toBeGreaterThan(0.018);
    expect(inside.sd).toBeLessThan(0.024);
    expect(Math.abs(edge.mean - 0.0328)).toBeLessThan(0.003);
    expect(edge.sd).toBeGreaterThan(0.015);
    expect(edge.sd).toBeLessThan(0.02);
  });
});

describe('CMA-ES evaluation counts in 8 dimensions (Hansen 2016, arXiv:1604.00772; default λ = 10)', () => {
  const n = 8;
  /** evaluations until a candidate's value is under 1e-10, on three seeds, starting 0.1 off the optimum with σ 0.1 */
  const evaluations = (f: (x: readonly number[]) => number): number[] =>
    ['a', 'b', 'c'].map((seed) => {
      const cma = new Cmaes(new Array<number>(n).fill(0.6), 0.1, `count/${seed}`);
      let count = 0;
      for (let g = 0; g < 2000; g++) {
        const xs = cma.ask();
        const fs = xs.map(f);
        count += xs.length;
        if (Math.min(...fs) < 1e-10) return count;
        cma.tell(xs.map((_, i) => i).sort((a, b) => fs[a] - fs[b]));
      }
      return Infinity;
    });
  const mean = (xs: readonly number[]) => xs.reduce((s, v) => s + v, 0) / xs.length;

  // CMA-ES is robust to its constants: halving or doubling c1, cσ or cc moves these counts by 5–15%, so the band is ±15% around
  // the reference figures (it fails with no rank-μ update, half the rank-μ rate, half c1 on the ellipsoid, or doubled damping), and the
  // seeded counts are pinned too, so that any change of a constant shows here and has to be checked against the reference again
  it('the sphere to 1e-10 in about 1,240 evaluations', () => {
    const counts = evaluations((x) => x.reduce((s, v) => s + (v - 0.5) ** 2, 0));
    expect(mean(counts)).toBeGreaterThan(1240 / 1.15);
    expect(mean(counts)).toBeLessThan(1240 * 1.15);
    expect(counts).toEqual([1210, 1140, 1150]);
  });

  it('the ellipsoid of condition 10⁶ in about 4,000', () => {
    const counts = evaluations((x) => x.reduce((s, v, i) => s + 10 ** ((6 * i) / (n - 1)) * (v - 0.5) ** 2, 0));
    expect(mean(counts)).toBeGreaterThan(4000 / 1.15);
    expect(mean(counts)).toBeLessThan(4000 * 1.15);
    expect(counts).toEqual([4360, 4160, 4350]);
  });
});
