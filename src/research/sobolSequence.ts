/**
 * The Sobol' low-discrepancy sequence with Joe & Kuo's direction numbers
 * (new-joe-kuo-6.21201), unscrambled, exactly as SALib's sobol_sequence.sample
 * computes it: 31-bit integers, Gray-code order, point 0 is the origin. Points are
 * therefore identical to SALib's (and to scipy.stats.qmc.Sobol with scramble=False),
 * which lets the Saltelli design be checked against SALib's published numbers.
 */
import { JOE_KUO_DIRECTIONS } from './sobolDirections';

/** Bits per coordinate; a design may hold up to 2^31 points. */
const BITS = 31;
const SCALE = 2 ** BITS;

/** The largest dimension the embedded direction numbers reach. */
export const SOBOL_MAX_DIMS = 1024;

let parsed: number[][] | null = null;
const vCache: Int32Array[] = [];

function directionRows(): number[][] {
  if (!parsed) parsed = JOE_KUO_DIRECTIONS.trim().split('\n').map((line) => line.split(' ').map(Number));
  return parsed;
}

/** Direction integers V[1..31] of dimension d (0-based), scaled to 31 bits (V[0] unused). */
function directions(d: number): Int32Array {
  const cached = vCache[d];
  if (cached) return cached;
  const v = new Int32Array(BITS + 1);
  if (d === 0) {
    for (let j = 1; j <= BITS; j++) v[j] = 1 << (BITS - j);
  } else {
    const row = directionRows()[d - 1];
    const a = row[0];
    const s = row.length - 1;
    for (let j = 1; j <= Math.min(s, BITS); j++) v[j] = row[j] << (BITS - j);
    for (let j = s + 1; j <= BITS; j++) {
      let x = v[j - s] ^ (v[j - s] >> s);
      for (let k = 1; k < s; k++) x ^= ((a >> (s - 1 - k)) & 1) * v[j - k];
      v[j] = x;
    }
  }
  vCache[d] = v;
  return v;
}

/**
 * n points of the `dims`-dimensional Sobol' sequence starting at index `skip`
 * (SALib's skip_values; 0 starts at the origin). Rows are in [0, 1).
 * Convergence is best when n and skip are powers of two.
 */
export function sobolPoints(n: number, dims: number, skip = 0): number[][] {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`sobolPoints: n must be a whole number ≥ 0, got ${n}`);
  if (!Number.isInteger(dims) || dims < 1 || dims > SOBOL_MAX_DIMS) throw new RangeError(`sobolPoints: dims must be 1–${SOBOL_MAX_DIMS}, got ${dims}`);
  if (!Number.isInteger(skip) || skip < 0) throw new RangeError(`sobolPoints: skip must be a whole number ≥ 0, got ${skip}`);
  if (skip + n > SCALE) throw new RangeError(`sobolPoints: at most 2^${BITS} points`);
  const vs = Array.from({ length: dims }, (_, d) => directions(d));
  const x = new Int32Array(dims);
  // Start at index `skip`: x = XOR of V[i+1] over the set bits i of gray(skip).
  const gray = skip ^ Math.floor(skip / 2);
  for (let i = 0; i < BITS; i++) {
    if (Math.floor(gray / 2 ** i) % 2 === 1) for (let d = 0; d < dims; d++) x[d] ^= vs[d][i + 1];
  }
  const rows: number[][] = [];
  for (let k = skip; k < skip + n; k++) {
    if (k > skip) {
      // Gray-code step from index k-1 to k: flip direction c, c = 1 + (trailing ones of k-1).
      let c = 1;
      let m = k - 1;
      while (m % 2 === 1) {
        m = (m - 1) / 2;
        c++;
      }
      for (let d = 0; d < dims; d++) x[d] ^= vs[d][c];
    }
    const row = new Array<number>(dims);
    for (let d = 0; d < dims; d++) row[d] = x[d] / SCALE;
    rows.push(row);
  }
  return rows;
}
