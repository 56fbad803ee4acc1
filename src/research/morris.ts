/**
 * Morris elementary effects (Morris 1991; the |EE| mean mu* of Campolongo,
 * Cariboni & Saltelli 2007): a global screening that ranks the factors an
 * output depends on, over each factor's whole range, at a cost linear in the
 * number of factors. Each trajectory starts at a random point of a p-level
 * grid and moves one factor at a time by delta; the output's change per move
 * is that factor's elementary effect at that point. The design is drawn from
 * its own seeded stream, so a report can be reproduced exactly.
 */
import { Rng } from '../sim/rng';
import { mean, sd } from '../shared/stats';
import { scaleUnit } from './designs';

export interface Factor {
  key: string;
  min: number;
  max: number;
  integer: boolean;
}

/** A point of the unit hypercube, one coordinate per factor. */
export type Unit = number[];

export interface Trajectory {
  /** k + 1 points; point j + 1 differs from point j in factor order[j] only */
  points: Unit[];
  order: number[];
  /** the move of factor order[j]: +delta or -delta on the unit scale */
  steps: number[];
}

export const LEVELS = 4;
/** The standard step for an even number of levels p: p / (2 (p - 1)). */
export function morrisDelta(levels: number): number {
  return levels / (2 * (levels - 1));
}
export const DELTA = morrisDelta(LEVELS);

/** r trajectories over k factors on a grid of `levels` levels (even, ≥ 2). */
export function design(k: number, r: number, seed: string, levels = LEVELS): Trajectory[] {
  if (!Number.isInteger(levels) || levels < 2 || levels % 2 !== 0) throw new RangeError(`Morris levels must be an even whole number ≥ 2, got ${levels}`);
  const LEVELS = levels;
  const DELTA = morrisDelta(levels);
  const stream = Rng.fromSeed(`morris/${seed}`);
  const next = () => stream.next();
  const rng = { next, int: (n: number) => Math.floor(next() * n) };
  const level = (i: number) => i / (LEVELS - 1);
  const out: Trajectory[] = [];
  for (let t = 0; t < r; t++) {
    const x: Unit = [];
    const dir: number[] = [];
    for (let i = 0; i < k; i++) {
      const up = rng.next() < 0.5;
      // a start from which a step of delta stays in [0, 1]: the lower half going up, the upper half going down
      const start = rng.int(LEVELS / 2);
      x.push(up ? level(start) : level(LEVELS - 1 - start));
      dir.push(up ? DELTA : -DELTA);
    }
    const order = Array.from({ length: k }, (_, i) => i);
    for (let i = k - 1; i > 0; i--) {
      const j = rng.int(i + 1);
      [order[i], order[j]] = [order[j], order[i]];
    }
    const points: Unit[] = [x.slice()];
    const steps: number[] = [];
    for (const i of order) {
      x[i] += dir[i];
      steps.push(dir[i]);
      points.push(x.slice());
    }
    out.push({ points, order, steps });
  }
  return out;
}

/** A unit coordinate as the factor's value (whole numbers in equal strata: designs.ts scaleUnit). */
export function toValue(f: Factor, u: number): number {
  return scaleUnit(u, f.min, f.max, f.integer);
}

export function toOverrides(factors: readonly Factor[], point: Unit): Record<string, number> {
  return Object.fromEntries(factors.map((f, i) => [f.key, toValue(f, point[i])]));
}

export interface FactorEffect {
  key: string;
  /** mean of |EE|: how much the output depends on the factor, in the output's units per full range */
  muStar: number;
  /** mean EE: the sign of a monotone effect */
  mu: number;
  /** sd of EE: interactions or non-linearity */
  sigma: number;
  /** trajectories where both points gave a finite output */
  n: number;
}

/**
 * Elementary effects of each factor from the outputs at every point of every
 * trajectory (outputs[t][j] at trajectories[t].points[j]), scaled to a move
 * across the factor's whole range: each change of the output over the change
 * the move made in the factor's value (for a whole-number factor not the
 * nominal step; a move that left the value unchanged gives no effect).
 * Sorted by mu*, largest first.
 */
export function effects(factors: readonly Factor[], trajectories: readonly Trajectory[], outputs: readonly (readonly number[])[]): FactorEffect[] {
  const ee: number[][] = factors.map(() => []);
  trajectories.forEach((tr, t) => {
    tr.order.forEach((i, j) => {
      const f = factors[i];
      const moved = (toValue(f, tr.points[j + 1][i]) - toValue(f, tr.points[j][i])) / (f.max - f.min);
      const d = outputs[t][j + 1] - outputs[t][j];
      if (Number.isFinite(d) && Number.isFinite(moved) && moved !== 0) ee[i].push(d / moved);
    });
  });
  return factors
    .map((f, i) => {
      const xs = ee[i];
      const n = xs.length;
      const mu = mean(xs);
      const muStar = mean(xs.map(Math.abs));
      const sigma = n > 1 ? sd(xs) : NaN;
      return { key: f.key, muStar, mu, sigma, n };
    })
    .sort((a, b) => (b.muStar || 0) - (a.muStar || 0));
}
