/**
 * The one statistics module. The statistics of a paired experiment (the
 * validation): the same seeds under two conditions (common random numbers),
 * one difference per seed, a mean and its 95% confidence interval from
 * Student's t. The lab's fans (per-week quantile bands) and paired
 * differences, and the class view's median and quartiles, use the same
 * quantile and interval. No dependencies, no randomness.
 *
 * Hand-written, not a statistics package: a few formulas with their tests,
 * whose every digit must be the same in Node and in each browser.
 */

export type Interval = [number, number];

export interface Estimate {
  /** seeds that gave a finite value */
  n: number;
  mean: number;
  sd: number;
  ci: Interval;
}

/** Two-sided 97.5% quantiles of Student's t for 1..30 degrees of freedom. */
const T975 = [
  12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.16, 2.145, 2.131, 2.12, 2.11,
  2.101, 2.093, 2.086, 2.08, 2.074, 2.069, 2.064, 2.06, 2.056, 2.052, 2.048, 2.045, 2.042,
];
/** The normal 0.975 quantile, for a 95% interval (norm.ppf(0.975) = 1.95996398…). */
export const Z975 = 1.959964;

/**
 * The 0.975 quantile of Student's t with df degrees of freedom: the table up
 * to 30, then the Cornish-Fisher expansion (error below 1e-4 there).
 */
export function tQuantile975(df: number): number {
  if (!(df >= 1)) return Infinity;
  const k = Math.floor(df);
  if (k <= 30) return T975[k - 1];
  const z = Z975;
  const z3 = z * z * z;
  const z5 = z3 * z * z;
  return z + (z3 + z) / (4 * k) + (5 * z5 + 16 * z3 + 3 * z) / (96 * k * k);
}

export function finite(xs: readonly number[]): number[] {
  return xs.filter((x) => Number.isFinite(x));
}

export function mean(xs: readonly number[]): number {
  const v = finite(xs);
  return v.length === 0 ? NaN : v.reduce((s, x) => s + x, 0) / v.length;
}

export function sd(xs: readonly number[]): number {
  const v = finite(xs);
  if (v.length < 2) return 0;
  const m = mean(v);
  return Math.sqrt(v.reduce((s, x) => s + (x - m) * (x - m), 0) / (v.length - 1));
}

/** The median of the finite values (NaN for none): the 0.5 quantile. */
export function median(xs: readonly number[]): number {
  return quantile(finite(xs).sort((a, b) => a - b), 0.5);
}

/** Mean of a sample with its 95% t interval. Non-finite values (a seed where the metric is undefined) are left out. */
export function estimate(xs: readonly number[]): Estimate {
  const v = finite(xs);
  const m = mean(v);
  if (v.length < 2) return { n: v.length, mean: m, sd: 0, ci: [m, m] };
  const s = sd(v);
  const half = tHalfWidth(s, v.length);
  return { n: v.length, mean: m, sd: s, ci: [m - half, m + half] };
}

/** Half the width of the 95% interval of a mean from Student's t: t₀.₉₇₅,ₙ₋₁·sd/√n (a few seeds give a wide band, as they should). */
function tHalfWidth(sdev: number, n: number): number {
  return (tQuantile975(n - 1) * sdev) / Math.sqrt(n);
}

export interface MeanCi {
  n: number;
  mean: number;
  /** half-width of the 95% interval of estimate(); 0 for one value */
  half: number;
}

/** estimate() as the lab shows it: a mean ± a half-width. */
export function meanCi(values: readonly number[]): MeanCi {
  const e = estimate(values);
  return { n: e.n, mean: e.mean, half: e.n < 2 ? (e.n === 0 ? NaN : 0) : tHalfWidth(e.sd, e.n) };
}

/** Paired differences a_i - b_i over the same seeds. */
export function paired(a: readonly number[], b: readonly number[]): Estimate {
  if (a.length !== b.length) throw new RangeError(`paired samples differ in length (${a.length} vs ${b.length})`);
  return estimate(a.map((x, i) => x - b[i]));
}

/**
 * Ratio of means sum(num)/sum(den) over seeds, with a delta-method 95%
 * interval: stable where a per-seed ratio would blow up on a small denominator.
 */
export function ratioOfMeans(num: readonly number[], den: readonly number[]): Estimate {
  const pairs = num.map((x, i) => [x, den[i]]).filter(([x, y]) => Number.isFinite(x) && Number.isFinite(y));
  const n = pairs.length;
  const mx = pairs.reduce((s, p) => s + p[0], 0) / n;
  const my = pairs.reduce((s, p) => s + p[1], 0) / n;
  const r = mx / my;
  if (n < 2 || my === 0) return { n, mean: r, sd: 0, ci: [r, r] };
  const z = pairs.map(([x, y]) => x - r * y);
  const s = sd(z) / Math.abs(my);
  const half = tHalfWidth(s, n);
  return { n, mean: r, sd: s, ci: [r - half, r + half] };
}

/** Wilson 95% interval for a share of k successes in n trials. */
export function wilson(k: number, n: number): Estimate {
  if (n === 0) return { n, mean: NaN, sd: 0, ci: [NaN, NaN] };
  const p = k / n;
  const z = Z975;
  const denom = 1 + (z * z) / n;
  const centre = (p + (z * z) / (2 * n)) / denom;
  const half = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / denom;
  return { n, mean: p, sd: Math.sqrt(p * (1 - p)), ci: [Math.max(0, centre - half), Math.min(1, centre + half)] };
}

/** Pearson correlation; NaN when either side has no spread. */
export function correlation(x: readonly number[], y: readonly number[]): number {
  const n = Math.min(x.length, y.length);
  if (n < 3) return NaN;
  const mx = mean(x.slice(0, n));
  const my = mean(y.slice(0, n));
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (x[i] - mx) * (y[i] - my);
    sxx += (x[i] - mx) * (x[i] - mx);
    syy += (y[i] - my) * (y[i] - my);
  }
  return sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : NaN;
}

/** Ordinary least squares y = a + b x. */
export function linearFit(x: readonly number[], y: readonly number[]): { a: number; b: number } {
  const n = Math.min(x.length, y.length);
  const mx = mean(x.slice(0, n));
  const my = mean(y.slice(0, n));
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < n; i++) {
    sxy += (x[i] - mx) * (y[i] - my);
    sxx += (x[i] - mx) * (x[i] - mx);
  }
  const b = sxx > 0 ? sxy / sxx : NaN;
  return { a: my - b * mx, b };
}

/** The CI lies wholly above (1), below (-1) or straddles (0) a value. */
export function side(e: Estimate, value = 0): 1 | -1 | 0 {
  if (e.ci[0] > value) return 1;
  if (e.ci[1] < value) return -1;
  return 0;
}

// --- quantiles: the class view's spread and the lab's fans (linear interpolation between order statistics, R's type 7)

export interface Spread {
  n: number;
  min: number;
  q1: number;
  median: number;
  q3: number;
  max: number;
  /** interquartile range, q3 − q1 */
  iqr: number;
}

/** The p-quantile (0 ≤ p ≤ 1) of values already sorted ascending. */
export function quantile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const at = (sorted.length - 1) * p;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (at - lo);
}

/** Median, quartiles and range of a list of numbers; null for an empty list. */
export function spread(values: readonly number[]): Spread | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const q1 = quantile(s, 0.25);
  const q3 = quantile(s, 0.75);
  return { n: s.length, min: s[0], q1, median: quantile(s, 0.5), q3, max: s[s.length - 1], iqr: q3 - q1 };
}

// --- the lab: many runs week by week

export interface Fan {
  median: number[];
  q25: number[];
  q75: number[];
  q05: number[];
  q95: number[];
}

/** Quantile bands of series[run][week], week by week (runs of unequal length count where they have a value). */
export function fan(series: readonly (readonly number[])[]): Fan {
  const weeks = Math.max(0, ...series.map((s) => s.length));
  const out: Fan = { median: [], q25: [], q75: [], q05: [], q95: [] };
  for (let w = 0; w < weeks; w++) {
    const col = series.map((s) => s[w]).filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
    out.median.push(quantile(col, 0.5));
    out.q25.push(quantile(col, 0.25));
    out.q75.push(quantile(col, 0.75));
    out.q05.push(quantile(col, 0.05));
    out.q95.push(quantile(col, 0.95));
  }
  return out;
}

/** a[run][week] − b[run][week] on paired runs (the same seeds, in the same order). */
export function pairedDiff(a: readonly (readonly number[])[], b: readonly (readonly number[])[]): number[][] {
  if (a.length !== b.length) throw new Error(`paired runs differ in number: ${a.length} and ${b.length}`);
  return a.map((s, i) => s.map((v, w) => v - b[i][w]));
}

// --- weighted samples: a calibration's posterior (importance-weighted particles)

/** The p-quantile of values carrying weights (not necessarily summing to 1): the smallest value whose cumulative weight reaches p of the total. */
export function weightedQuantile(values: readonly number[], weights: readonly number[], p: number): number {
  const order = values.map((_, i) => i).filter((i) => Number.isFinite(values[i]) && weights[i] > 0).sort((a, b) => values[a] - values[b]);
  if (order.length === 0) return NaN;
  const total = order.reduce((s, i) => s + weights[i], 0);
  let cumulative = 0;
  for (const i of order) {
    cumulative += weights[i];
    if (cumulative >= p * total * (1 - 1e-12)) return values[i];
  }
  return values[order[order.length - 1]];
}

/** The weighted mean and standard deviation of values. */
export function weightedMeanSd(values: readonly number[], weights: readonly number[]): { mean: number; sd: number } {
  let total = 0;
  let m = 0;
  values.forEach((v, i) => {
    total += weights[i];
    m += weights[i] * v;
  });
  m /= total;
  let v2 = 0;
  values.forEach((v, i) => (v2 += weights[i] * (v - m) * (v - m)));
  return { mean: m, sd: Math.sqrt(v2 / total) };
}
