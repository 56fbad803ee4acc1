/**
 * What the lab draws from many runs: per-week quantile bands (a fan), the
 * paired difference of two configurations, and a mean with its 95%
 * confidence interval (Student's t) over replications.
 */
import { quantile } from '../classroom/stats';
import { tQuantile975 } from '../validation/stats';

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

export interface MeanCi {
  n: number;
  mean: number;
  /** half-width of the 95% interval from Student's t (t₀.₉₇₅,ₙ₋₁·sd/√n: a few seeds give a wide band, as they should); 0 for one value */
  half: number;
}

export function meanCi(values: readonly number[]): MeanCi {
  const n = values.length;
  if (n === 0) return { n, mean: NaN, half: NaN };
  const mean = values.reduce((s, v) => s + v, 0) / n;
  if (n === 1) return { n, mean, half: 0 };
  const variance = values.reduce((s, v) => s + (v - mean) ** 2, 0) / (n - 1);
  return { n, mean, half: (tQuantile975(n - 1) * Math.sqrt(variance)) / Math.sqrt(n) };
}
