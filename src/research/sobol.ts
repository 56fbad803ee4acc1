/**
 * Variance-based sensitivity: Saltelli's design on the Sobol' sequence and the
 * first-order and total indices with bootstrap intervals, as SALib computes them
 * (SALib src/SALib/sample/saltelli.py and src/SALib/analyze/sobol.py):
 *
 *   rows per base sample i: A_i, AB_i^1 … AB_i^D, [BA_i^1 … BA_i^D,] B_i
 *   S1_j = mean(B·(AB^j − A)) / Var(A ∪ B)          Saltelli et al. 2010
 *   ST_j = ½ mean((A − AB^j)²) / Var(A ∪ B)          Jansen 1999 (Saltelli 2010, table 2)
 *   S2_jk = mean(BA^j·AB^k − A·B)/Var − S1_j − S1_k  Saltelli 2002 (second-order designs)
 *
 * The outputs are first centred and scaled over all rows, as SALib does. Each
 * interval is S ± z·sd over bootstrap resamples of the base samples (the same
 * resamples for every index), drawn from a seeded stream of src/sim/rng.ts.
 */
import { Rng } from '../sim/rng';
import { mean, sd, Z975 } from '../shared/stats';
import { sobolPoints } from './sobolSequence';

export interface SaltelliOptions {
  /** also the BA^j rows, for second-order indices (SALib's calc_second_order; default false) */
  secondOrder?: boolean;
  /** Sobol' points skipped first; default SALib's: the power of two ≥ n, at least 16 */
  skip?: number;
}

/** SALib's default skip for n base samples. */
export function defaultSkip(n: number): number {
  let p = 1;
  while (p < n) p *= 2;
  return Math.max(p, 16);
}

/** Rows of the design per base sample. */
export function rowsPerSample(dims: number, secondOrder = false): number {
  return secondOrder ? 2 * dims + 2 : dims + 2;
}

/** Saltelli's design in the unit cube: n·(D+2) rows (n·(2D+2) with second order), in SALib's row order. */
export function saltelliDesign(n: number, dims: number, options: SaltelliOptions = {}): number[][] {
  const skip = options.skip ?? defaultSkip(n);
  const base = sobolPoints(n, 2 * dims, skip);
  const rows: number[][] = [];
  for (const point of base) {
    const a = point.slice(0, dims);
    const b = point.slice(dims);
    rows.push(a);
    for (let k = 0; k < dims; k++) rows.push(a.map((x, j) => (j === k ? b[j] : x)));
    if (options.secondOrder) for (let k = 0; k < dims; k++) rows.push(b.map((x, j) => (j === k ? a[j] : x)));
    rows.push(b);
  }
  return rows;
}

export interface SobolOptions {
  secondOrder?: boolean;
  /** bootstrap resamples (default 1000) */
  resamples?: number;
  /** seed of the bootstrap stream */
  seed?: string;
}

/** An index and its 95% bootstrap half-width (SALib's *_conf). */
export interface IndexEstimate {
  value: number;
  conf: number;
}

export type SobolResult =
  | { status: 'ok'; s1: IndexEstimate[]; st: IndexEstimate[]; s2?: IndexEstimate[][]; n: number }
  /** an output that is NaN in some row cannot be analysed; `rows` counts them */
  | { status: 'nan'; rows: number; n: number }
  /** every row the same value: no variance to share out */
  | { status: 'constant'; value: number; n: number };

interface Blocks {
  a: Float64Array;
  b: Float64Array;
  ab: Float64Array[];
  ba: Float64Array[];
}

function blocks(y: ArrayLike<number>, dims: number, n: number, secondOrder: boolean): Blocks {
  const step = rowsPerSample(dims, secondOrder);
  const out: Blocks = { a: new Float64Array(n), b: new Float64Array(n), ab: [], ba: [] };
  for (let j = 0; j < dims; j++) {
    out.ab.push(new Float64Array(n));
    if (secondOrder) out.ba.push(new Float64Array(n));
  }
  for (let i = 0; i < n; i++) {
    const at = i * step;
    out.a[i] = y[at];
    for (let j = 0; j < dims; j++) {
      out.ab[j][i] = y[at + 1 + j];
      if (secondOrder) out.ba[j][i] = y[at + 1 + dims + j];
    }
    out.b[i] = y[at + step - 1];
  }
  return out;
}

/** Population variance of A ∪ B over the chosen base samples (numpy's var). */
function varianceAB(bl: Blocks, idx: ArrayLike<number>): number {
  const m = idx.length;
  let sum = 0;
  for (let i = 0; i < m; i++) sum += bl.a[idx[i]] + bl.b[idx[i]];
  const mean = sum / (2 * m);
  let ss = 0;
  for (let i = 0; i < m; i++) ss += (bl.a[idx[i]] - mean) ** 2 + (bl.b[idx[i]] - mean) ** 2;
  return ss / (2 * m);
}

function firstOrder(bl: Blocks, j: number, idx: ArrayLike<number>, v: number): number {
  let s = 0;
  for (let i = 0; i < idx.length; i++) {
    const r = idx[i];
    s += bl.b[r] * (bl.ab[j][r] - bl.a[r]);
  }
  return s / idx.length / v;
}

function totalOrder(bl: Blocks, j: number, idx: ArrayLike<number>, v: number): number {
  let s = 0;
  for (let i = 0; i < idx.length; i++) {
    const r = idx[i];
    s += (bl.a[r] - bl.ab[j][r]) ** 2;
  }
  return (0.5 * s) / idx.length / v;
}

function secondOrder(bl: Blocks, j: number, k: number, idx: ArrayLike<number>, v: number): number {
  let s = 0;
  for (let i = 0; i < idx.length; i++) {
    const r = idx[i];
    s += bl.ba[j][r] * bl.ab[k][r] - bl.a[r] * bl.b[r];
  }
  return s / idx.length / v - firstOrder(bl, j, idx, v) - firstOrder(bl, k, idx, v);
}

function sampleSd(xs: Float64Array): number {
  let m = 0;
  for (const x of xs) m += x;
  m /= xs.length;
  let ss = 0;
  for (const x of xs) ss += (x - m) ** 2;
  return Math.sqrt(ss / (xs.length - 1));
}

/**
 * First-order and total indices (and second-order ones on a second-order
 * design) of the outputs `y` of saltelliDesign(n, dims) rows, in that order.
 */
export function sobolIndices(y: ArrayLike<number>, dims: number, options: SobolOptions = {}): SobolResult {
  const so = options.secondOrder ?? false;
  const step = rowsPerSample(dims, so);
  if (y.length === 0 || y.length % step !== 0) throw new RangeError(`sobolIndices: ${y.length} outputs is not a multiple of ${step} rows per base sample`);
  const n = y.length / step;
  let nanRows = 0;
  let lo = Infinity;
  let hi = -Infinity;
  let sum = 0;
  for (let i = 0; i < y.length; i++) {
    if (!Number.isFinite(y[i])) nanRows++;
    else {
      lo = Math.min(lo, y[i]);
      hi = Math.max(hi, y[i]);
      sum += y[i];
    }
  }
  if (nanRows > 0) return { status: 'nan', rows: nanRows, n };
  if (lo === hi) return { status: 'constant', value: lo, n };
  // centre and scale over every row, as SALib does (the centring changes S1's estimate)
  const mean = sum / y.length;
  let ss = 0;
  for (let i = 0; i < y.length; i++) ss += (y[i] - mean) ** 2;
  const scale = Math.sqrt(ss / y.length);
  const z = Float64Array.from(y, (x) => (x - mean) / scale);
  const bl = blocks(z, dims, n, so);

  const all = Uint32Array.from({ length: n }, (_, i) => i);
  const resamples = options.resamples ?? 1000;
  const rng = Rng.fromSeed(options.seed ?? 'sobol-bootstrap');
  const draws = Array.from({ length: resamples }, () => Uint32Array.from({ length: n }, () => Math.floor(rng.next() * n)));
  const variances = draws.map((idx) => varianceAB(bl, idx));
  const v = varianceAB(bl, all);

  const estimate = (f: (idx: ArrayLike<number>, v: number) => number): IndexEstimate => {
    const boot = Float64Array.from(draws, (idx, r) => f(idx, variances[r]));
    return { value: f(all, v), conf: resamples > 1 ? Z975 * sampleSd(boot) : NaN };
  };
  const s1 = Array.from({ length: dims }, (_, j) => estimate((idx, vv) => firstOrder(bl, j, idx, vv)));
  const st = Array.from({ length: dims }, (_, j) => estimate((idx, vv) => totalOrder(bl, j, idx, vv)));
  const result: SobolResult = { status: 'ok', s1, st, n };
  if (so) {
    result.s2 = Array.from({ length: dims }, (_, j) =>
      Array.from({ length: dims }, (_, k) => (k > j ? estimate((idx, vv) => secondOrder(bl, j, k, idx, vv)) : { value: NaN, conf: NaN })),
    );
  }
  return result;
}

/**
 * The design rows re-run on a second, disjoint seed set to measure the seed
 * noise of ST: A and AB^1 … AB^D of the first m base samples (indices into
 * saltelliDesign(n, dims) without second order), m · (D + 1) rows.
 */
export function floorRows(m: number, dims: number): number[] {
  const step = rowsPerSample(dims);
  return Array.from({ length: m }, (_, i) => Array.from({ length: dims + 1 }, (_, k) => i * step + k)).flat();
}

/**
 * The seed-noise floor of each ST: the part of Jansen's estimate that the
 * seeds alone give. An output averaged over a few seeds is f + e, e the seed
 * noise; ST_j's ½·mean((f(A) − f(AB^j))²)/V then holds ½·Var(e_A − e_AB)/V
 * even where f does not depend on j at all. With d = f(A) − f(AB^j) on the
 * design's seeds and d' on a disjoint seed set of the same size, d − d' is
 * noise only, E[(d − d')²] = 2·Var(e_A − e_AB), so the floor is
 * ¼·mean((d − d')²)/V over the base samples re-run (V: the variance of the A
 * and B outputs of the whole design, as ST's). `y`: the outputs of every
 * design row; `again`: those of floorRows(m, dims) on the other seeds.
 * Each floor comes with a 95% half-width (normal, over the m samples).
 */
export function stNoiseFloor(y: ArrayLike<number>, again: ArrayLike<number>, dims: number): IndexEstimate[] {
  const step = rowsPerSample(dims);
  const n = y.length / step;
  const m = again.length / (dims + 1);
  if (!Number.isInteger(n) || !Number.isInteger(m) || m < 1 || m > n) throw new RangeError(`stNoiseFloor: ${again.length} re-run outputs do not fit ${y.length} design outputs`);
  const ab: number[] = [];
  for (let i = 0; i < n; i++) ab.push(y[i * step], y[i * step + step - 1]);
  const m0 = mean(ab);
  const v = ab.reduce((s, x) => s + (x - m0) ** 2, 0) / ab.length;
  return Array.from({ length: dims }, (_, j) => {
    const q = Array.from({ length: m }, (_, i) => {
      const d = y[i * step] - y[i * step + 1 + j];
      const d2 = again[i * (dims + 1)] - again[i * (dims + 1) + 1 + j];
      return (d - d2) ** 2 / 4 / v;
    });
    return { value: mean(q), conf: m > 1 ? (Z975 * sd(q)) / Math.sqrt(m) : NaN };
  });
}

/**
 * An ST not told apart from its seed-noise floor, so not an effect: ST − floor
 * no more than 1.96 standard deviations of that difference (the two 95%
 * half-widths combined as for independent estimates; they are positively
 * correlated, so this asks a little more than it needs).
 */
export function withinSeedNoise(st: IndexEstimate, floor: IndexEstimate): boolean {
  const a = Number.isFinite(st.conf) ? st.conf : 0;
  const b = Number.isFinite(floor.conf) ? floor.conf : 0;
  const half = Math.sqrt(a * a + b * b);
  return st.value - floor.value <= half;
}
