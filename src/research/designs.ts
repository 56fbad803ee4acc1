/**
 * Designs beyond grids for a sweep's `sample`: n points over ranges of
 * numeric parameters, as a Latin hypercube (seeded) or a Sobol sequence
 * (quasi-random, no seed), the same numbers in every engine and every shard.
 * Framework-free: no DOM, no Node.
 *
 * Latin hypercube, in draw order: for each dimension in the ranges' key order,
 * a Fisher–Yates shuffle of the strata 0…n-1 (for i from n-1 down to 1, swap i
 * with rng.int(i + 1)), then for each point i one uniform jitter u, the point's
 * coordinate being (stratum[i] + u) / n. The generator is src/sim/rng.ts
 * (seedrandom's Alea) seeded with `lhs:` + the sample's seed.
 *
 * A coordinate c in [0, 1) becomes a parameter value: min + c × (max − min)
 * for a number; for a whole-number parameter min + ⌊c × (max − min + 1)⌋, so
 * every whole number of [min, max] is equally likely (each is one stratum's
 * worth of the unit interval).
 */
import { Rng } from '../sim/rng';
import { sobolPoints } from './sobolSequence';

export const SAMPLE_METHODS = ['lhs', 'sobol'] as const;
export type SampleMethod = (typeof SAMPLE_METHODS)[number];

/** n points of a Latin hypercube in [0, 1)^dims, seeded: every dimension has exactly one point in each of its n strata. */
export function lhsPoints(n: number, dims: number, seed: string): number[][] {
  const rng = Rng.fromSeed(`lhs:${seed}`);
  const points = Array.from({ length: n }, () => new Array<number>(dims));
  const strata = new Array<number>(n);
  for (let d = 0; d < dims; d++) {
    for (let i = 0; i < n; i++) strata[i] = i;
    for (let i = n - 1; i > 0; i--) {
      const j = rng.int(i + 1);
      [strata[i], strata[j]] = [strata[j], strata[i]];
    }
    for (let i = 0; i < n; i++) points[i][d] = (strata[i] + rng.next()) / n;
  }
  return points;
}

/** The unit-cube points of a sample: a Latin hypercube from its seed, or the Sobol sequence from its skip. */
export function unitPoints(method: SampleMethod, n: number, dims: number, seed: string, skip = 0): number[][] {
  return method === 'lhs' ? lhsPoints(n, dims, seed) : sobolPoints(n, dims, skip);
}

/** A coordinate in [0, 1) as a value of [min, max]: whole numbers equally likely when `integer`. */
export function scaleUnit(c: number, min: number, max: number, integer: boolean): number {
  if (!integer) return min + c * (max - min);
  return Math.min(max, min + Math.floor(c * (max - min + 1)));
}
