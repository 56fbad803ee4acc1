/**
 * Transcendental functions built only from operations IEEE 754 fixes exactly
 * (+ - * /, sqrt, comparisons), so a run replays bit for bit in every engine.
 * Engines may disagree on the last bit of Math.exp / Math.log / Math.pow.
 */

const LN2_HI = 6.931471803691238e-1;
const LN2_LO = 1.9082149292705877e-10;
const INV_LN2 = 1.4426950408889634;
const SQRT_HALF = 0.7071067811865476;

/** 2^k for an integer k, by exact multiplications. */
function pow2(k: number): number {
  let r = 1;
  let b = k >= 0 ? 2 : 0.5;
  let n = k >= 0 ? k : -k;
  while (n > 0) {
    if (n & 1) r *= b;
    b *= b;
    n >>= 1;
  }
  return r;
}

/** 1/14! down to 1/0!, for exp's Taylor series. */
const EXP_TAYLOR = [
  1 / 87178291200, 1 / 6227020800, 1 / 479001600, 1 / 39916800, 1 / 3628800, 1 / 362880, 1 / 40320, 1 / 5040,
  1 / 720, 1 / 120, 1 / 24, 1 / 6, 1 / 2, 1, 1,
];

/** e^x to within a few ulps. */
export function exp(x: number): number {
  if (x !== x) return NaN;
  if (x > 709.78) return Infinity;
  if (x < -745.2) return 0;
  const k = Math.floor(x * INV_LN2 + 0.5);
  const r = x - k * LN2_HI - k * LN2_LO;
  // Taylor series on |r| <= ln2/2, Horner form, 16 terms.
  let p = 1 / 1307674368000; // 1/15!
  for (let i = 0; i < EXP_TAYLOR.length; i++) p = p * r + EXP_TAYLOR[i];
  // scale in two steps so that 2^k never overflows on its own
  if (k > 1000 || k < -1000) {
    const h = k >> 1;
    return p * pow2(h) * pow2(k - h);
  }
  return p * pow2(k);
}

/** Natural logarithm to within a few ulps. */
export function log(x: number): number {
  if (x !== x || x < 0) return NaN;
  if (x === 0) return -Infinity;
  if (x === Infinity) return Infinity;
  // x = m * 2^e with m in [sqrt(1/2), sqrt(2))
  let e = 0;
  let m = x;
  while (m >= 1.4142135623730951) {
    m *= 0.5;
    e++;
    if (m >= 1024) { m *= 1 / 1024; e += 10; }
  }
  while (m < SQRT_HALF) {
    m *= 2;
    e--;
    if (m < 1 / 1024) { m *= 1024; e -= 10; }
  }
  // log(m) = 2 atanh(s), s = (m-1)/(m+1), |s| <= 0.1716
  const s = (m - 1) / (m + 1);
  const s2 = s * s;
  let sum = 1 / 23;
  for (let n = 21; n >= 1; n -= 2) sum = sum * s2 + 1 / n;
  return 2 * s * sum + e * LN2_LO + e * LN2_HI;
}

/** x^y for x > 0. */
export function pow(x: number, y: number): number {
  if (x === 0) return y === 0 ? 1 : 0;
  return exp(y * log(x));
}

export function sigmoid(x: number): number {
  if (x >= 0) return 1 / (1 + exp(-x));
  const e = exp(x);
  return e / (1 + e);
}

export function logit(p: number): number {
  return log(p / (1 - p));
}

export function clamp(x: number, lo: number, hi: number): number {
  return x < lo ? lo : x > hi ? hi : x;
}

const INV_SQRT_2PI = 0.3989422804014327;

/** Standard normal density. */
export function normPdf(z: number): number {
  return INV_SQRT_2PI * exp(-0.5 * z * z);
}

/** Standard normal distribution function (Zelen & Severo 26.2.17, |error| < 7.5e-8). */
export function normCdf(z: number): number {
  if (z < -10) return 0;
  if (z > 10) return 1;
  const a = z < 0 ? -z : z;
  const t = 1 / (1 + 0.2316419 * a);
  const poly = t * (0.319381530 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));
  const upper = normPdf(a) * poly;
  return z < 0 ? upper : 1 - upper;
}
