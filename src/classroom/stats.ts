/** The class's centre and spread: median and quartiles (linear interpolation between order statistics, R's type 7). */

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
