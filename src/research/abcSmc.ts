/**
 * Approximate Bayesian computation by sequential Monte Carlo (ABC-SMC), the
 * population Monte Carlo form of Beaumont, Cornuet, Marin & Robert (2009,
 * Biometrika 96:983) with an adaptive tolerance (each generation's ε is a
 * quantile of the previous population's distances: Drovandi & Pettitt 2011,
 * Del Moral, Doucet & Jasra 2012). Likelihood-free: the model is only run,
 * never differentiated or given a likelihood.
 *
 * The parameters live in the unit box [0, 1]^d under a uniform prior (the
 * caller maps each to its range). Generation 0 draws N particles from the
 * prior and accepts them all; its summaries set the distance's scales (the
 * median absolute deviation of each summary over the prior predictive, so a
 * column counted in thousands does not drown one counted in units). Each
 * Unless `pilot` is 0, the prior draw nearest the data is then run on
 * `pilot` seeds, and the distance becomes a Mahalanobis distance under the
 * summaries' noise covariance from those runs (noiseFactor). Each
 * later generation: ε_t = the q-quantile of the population's distances; a
 * proposal is a particle drawn by weight and moved by a Gaussian kernel of
 * twice the population's weighted covariance (Beaumont et al.'s choice),
 * drawn again when it leaves the box; it is simulated and kept when its
 * distance is at most ε_t, until N are kept. Weights: prior / Σ_j w_j K(θ|θ_j).
 * The search stops after the generations asked for, or when a generation
 * would need more than N / minAcceptance simulations (the tolerance has
 * reached what the model's noise allows).
 *
 * Proposals are simulated in batches of N, each with its own seed (its tag),
 * and kept in proposal order, so the result depends on the seed alone, not
 * on how many workers ran the batch or which finished first.
 */
import { exp } from '../sim/math';
import { Rng } from '../sim/rng';
import { quantile, sd } from '../shared/stats';
import { cholesky, mulLower, solveLower, type Matrix } from './linalg';

export interface AbcProblem {
  /** parameters, each in [0, 1] */
  dims: number;
  /** the data's summaries */
  observed: readonly number[];
  /** the summaries of one run per point, the point's run seeded by its tag */
  simulate(points: readonly number[][], tags: readonly string[]): Promise<number[][]>;
}

export interface AbcOptions {
  particles: number;
  generations: number;
  /** ε_t is this quantile of the last population's distances */
  quantile: number;
  /** stop when a generation keeps fewer than this share of its simulations */
  minAcceptance: number;
  /** runs of the pilot point for the noise covariance (Mahalanobis distance); 0: a scaled Euclidean distance */
  pilot: number;
  seed: string;
}

export interface AbcGeneration {
  generation: number;
  epsilon: number;
  simulations: number;
  acceptance: number;
  /** effective sample size of the weights, (Σw)²/Σw² */
  ess: number;
}

export interface AbcResult {
  /** the last population, in the unit box */
  points: number[][];
  weights: number[];
  distances: number[];
  summaries: number[][];
  scales: number[];
  /** the noise covariance's Cholesky factor, null for a Euclidean distance */
  noise: Matrix | null;
  generations: AbcGeneration[];
  simulations: number;
  /** why it stopped: all generations run, or the acceptance fell under minAcceptance */
  stopped: 'generations' | 'acceptance';
}

/**
 * The distance between a run's summaries and the data's: Euclidean after
 * dividing each difference by its scale, then, with a noise factor L (the
 * Cholesky factor of the scaled summaries' noise covariance), Mahalanobis:
 * √(zᵀ(LLᵀ)⁻¹z). A summary that is not finite puts the run infinitely far.
 */
export function distance(s: readonly number[], observed: readonly number[], scales: readonly number[], noise: Matrix | null = null): number {
  const z = s.map((v, i) => (v - observed[i]) / scales[i]);
  const w = noise === null ? z : solveLower(noise, z);
  const d = w.reduce((sum, v) => sum + v * v, 0);
  return Number.isFinite(d) ? Math.sqrt(d) : Infinity;
}

/** Share of the pilot covariance moved onto its diagonal (shrinkage), so a few dozen runs give a well-conditioned matrix. */
export const NOISE_SHRINKAGE = 0.1;

/**
 * The Cholesky factor of the scaled summaries' noise covariance, from runs of
 * one parameter point on different seeds: how the summaries vary together by
 * chance alone. Deals and revenue move together when luck brings one more
 * sale; what a parameter changes is their ratio, which a Mahalanobis distance
 * sees and a Euclidean one drowns. Shrunk toward its diagonal.
 */
export function noiseFactor(replicates: readonly number[][], scales: readonly number[]): Matrix {
  const k = scales.length;
  const rows = replicates.filter((r) => r.every((v) => Number.isFinite(v))).map((r) => r.map((v, i) => v / scales[i]));
  const m = new Array<number>(k).fill(0);
  rows.forEach((r) => r.forEach((v, i) => (m[i] += v / rows.length)));
  const c: Matrix = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  rows.forEach((r) => {
    for (let i = 0; i < k; i++) for (let j = 0; j < k; j++) c[i][j] += ((r[i] - m[i]) * (r[j] - m[j])) / Math.max(1, rows.length - 1);
  });
  // a summary that never varied (a column always 0) keeps a unit variance rather than a singular matrix
  const shrunk = c.map((row, i) => row.map((v, j) => (i === j ? (v > 0 ? v : 1) : (1 - NOISE_SHRINKAGE) * v)));
  return cholesky(shrunk);
}

/** The median absolute deviation of each summary over runs (the sd when that is 0, then 1). */
export function madScales(summaries: readonly number[][]): number[] {
  const k = summaries[0]?.length ?? 0;
  return Array.from({ length: k }, (_, i) => {
    const col = summaries.map((s) => s[i]).filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
    const med = quantile(col, 0.5);
    const mad = 1.4826 * quantile(col.map((v) => Math.abs(v - med)).sort((a, b) => a - b), 0.5);
    if (mad > 0) return mad;
    const spread = sd(col);
    return spread > 0 ? spread : 1;
  });
}

function weightedCovariance(points: readonly number[][], weights: readonly number[]): Matrix {
  const d = points[0].length;
  const m = new Array<number>(d).fill(0);
  points.forEach((p, k) => p.forEach((v, i) => (m[i] += weights[k] * v)));
  const c: Matrix = Array.from({ length: d }, () => new Array<number>(d).fill(0));
  points.forEach((p, k) => {
    for (let i = 0; i < d; i++) for (let j = 0; j < d; j++) c[i][j] += weights[k] * (p[i] - m[i]) * (p[j] - m[j]);
  });
  return c;
}

const ess = (w: readonly number[]) => 1 / w.reduce((s, v) => s + v * v, 0);
const inBox = (x: readonly number[]) => x.every((v) => v >= 0 && v <= 1);

/** Index drawn with probability proportional to the weights (which sum to 1), given their running sums. */
export function pick(rng: Rng, cumulative: readonly number[]): number {
  const u = rng.next();
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cumulative[mid] > u) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

export async function abcSmc(problem: AbcProblem, options: AbcOptions, onGeneration?: (g: AbcGeneration) => void): Promise<AbcResult> {
  const { dims, observed } = problem;
  const n = options.particles;
  const rng = Rng.fromSeed(`${options.seed}/abc`);
  // generation 0: the prior, every particle kept
  let points = Array.from({ length: n }, () => Array.from({ length: dims }, () => rng.next()));
  let summaries = await problem.simulate(points, points.map((_, i) => `g0/${i}`));
  const scales = madScales(summaries);
  let distances = summaries.map((s) => distance(s, observed, scales));
  let noise: Matrix | null = null;
  let simulations = n;
  if (options.pilot > 0) {
    // the prior draw nearest the data, run on `pilot` seeds: the noise around a plausible point
    const best = points[distances.indexOf(Math.min(...distances))];
    const reps = await problem.simulate(Array.from({ length: options.pilot }, () => best), Array.from({ length: options.pilot }, (_, i) => `pilot/${i}`));
    noise = noiseFactor(reps, scales);
    simulations += options.pilot;
    distances = summaries.map((s) => distance(s, observed, scales, noise));
  }
  let weights = new Array<number>(n).fill(1 / n);
  const generations: AbcGeneration[] = [{ generation: 0, epsilon: Infinity, simulations, acceptance: 1, ess: n }];
  onGeneration?.(generations[0]);
  let stopped: AbcResult['stopped'] = 'generations';

  for (let g = 1; g < options.generations; g++) {
    const epsilon = quantile([...distances].sort((a, b) => a - b), options.quantile);
    const kernel = weightedCovariance(points, weights).map((row) => row.map((v) => 2 * v));
    const chol = cholesky(kernel);
    const cumulative: number[] = [];
    weights.reduce((s, w, i) => (cumulative[i] = s + w), 0);
    const budget = Math.ceil(n / options.minAcceptance);
    const kept: { point: number[]; summary: number[]; distance: number }[] = [];
    let used = 0;
    while (kept.length < n && used < budget) {
      const batch = Array.from({ length: Math.min(n, budget - used) }, () => {
        for (;;) {
          const from = points[pick(rng, cumulative)];
          const z = Array.from({ length: dims }, () => rng.normal());
          const step = mulLower(chol, z);
          const x = from.map((v, i) => v + step[i]);
          if (inBox(x)) return x;
        }
      });
      const sims = await problem.simulate(batch, batch.map((_, i) => `g${g}/${used + i}`));
      used += batch.length;
      sims.forEach((s, i) => {
        const d = distance(s, observed, scales, noise);
        if (d <= epsilon && kept.length < n) kept.push({ point: batch[i], summary: s, distance: d });
      });
    }
    simulations += used;
    if (kept.length < n) {
      stopped = 'acceptance';
      generations.push({ generation: g, epsilon, simulations: used, acceptance: kept.length / used, ess: NaN });
      break;
    }
    // importance weights: a uniform prior over the box, over the mixture of kernels the proposals came from
    const raw = kept.map(({ point }) => {
      let mix = 0;
      points.forEach((p, j) => {
        const z = solveLower(chol, point.map((v, i) => v - p[i]));
        mix += weights[j] * exp(-0.5 * z.reduce((s, v) => s + v * v, 0));
      });
      return 1 / mix;
    });
    const total = raw.reduce((s, w) => s + w, 0);
    weights = raw.map((w) => w / total);
    points = kept.map((k) => k.point);
    summaries = kept.map((k) => k.summary);
    distances = kept.map((k) => k.distance);
    generations.push({ generation: g, epsilon, simulations: used, acceptance: n / used, ess: ess(weights) });
    onGeneration?.(generations[generations.length - 1]);
  }
  return { points, weights, distances, summaries, scales, noise, generations, simulations, stopped };
}
