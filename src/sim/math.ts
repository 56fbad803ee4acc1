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

/** 2^k for k from -1000 to 1000, looked up rather than multiplied out on every call: the same exact values. */
const POW2_MAX = 1000;
const POW2 = new Float64Array(2 * POW2_MAX + 1);
for (let k = -POW2_MAX; k <= POW2_MAX; k++) POW2[k + POW2_MAX] = pow2(k);

/** e^x to within a few ulps. */
export function exp(x: number): number {
  if (x !== x) return NaN;
  if (x > 709.78) return Infinity;
  if (x < -745.2) return 0;
  const k = Math.floor(x * INV_LN2 + 0.5);
  const r = x - k * LN2_HI - k * LN2_LO;
  // Taylor series on |r| <= ln2/2, Horner form, 16 terms from 1/15! down to
  // 1/0!, written out: the same operations in the same order as a loop over a
  // table of the terms, which the engine runs about a third slower.
  let p = 1 / 1307674368000;
  p = p * r + 1 / 87178291200;
  p = p * r + 1 / 6227020800;
  p = p * r + 1 / 479001600;
  p = p * r + 1 / 39916800;
  p = p * r + 1 / 3628800;
  p = p * r + 1 / 362880;
  p = p * r + 1 / 40320;
  p = p * r + 1 / 5040;
  p = p * r + 1 / 720;
  p = p * r + 1 / 120;
  p = p * r + 1 / 24;
  p = p * r + 1 / 6;
  p = p * r + 1 / 2;
  p = p * r + 1;
  p = p * r + 1;
  // scale in two steps so that 2^k never overflows on its own
  if (k > POW2_MAX || k < -POW2_MAX) {
    const h = k >> 1;
    return p * pow2(h) * pow2(k - h);
  }
  return p * POW2[k + POW2_MAX];
}

/** The high 20 bits of sqrt(2)'s mantissa (its high word is 0x3ff6a09e). */
const SQRT2_MANTISSA_HIGH = 0x6a09e;
const bits = new DataView(new ArrayBuffer(8));

/** Natural logarithm to within a few ulps. */
export function log(x: number): number {
  if (x !== x || x < 0) return NaN;
  if (x === 0) return -Infinity;
  if (x === Infinity) return Infinity;
  // x = m * 2^e with m in [sqrt(1/2), sqrt(2))
  let e = 0;
  let m = x;
  bits.setFloat64(0, x, true);
  const high = bits.getUint32(4, true);
  const biased = high >>> 20;
  const mantissaHigh = high & 0xfffff;
  if (biased >= 23 && biased <= 2022 && mantissaHigh !== SQRT2_MANTISSA_HIGH) {
    // the usual case, without a data-dependent loop: e from the exponent bits, plus one when
    // the mantissa is above sqrt(2)'s (the same m and e; scaling by 2^-e is exact)
    e = biased - 1023 + ((SQRT2_MANTISSA_HIGH - mantissaHigh) >>> 31);
    m = x * POW2[POW2_MAX - e];
  } else {
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
  }
  // log(m) = 2 atanh(s), s = (m-1)/(m+1), |s| <= 0.1716: the series' terms
  // 1/23, 1/21 ... 1/1 in Horner form, written out (no division per term)
  const s = (m - 1) / (m + 1);
  const s2 = s * s;
  let sum = 1 / 23;
  sum = sum * s2 + 1 / 21;
  sum = sum * s2 + 1 / 19;
  sum = sum * s2 + 1 / 17;
  sum = sum * s2 + 1 / 15;
  sum = sum * s2 + 1 / 13;
  sum = sum * s2 + 1 / 11;
  sum = sum * s2 + 1 / 9;
  sum = sum * s2 + 1 / 7;
  sum = sum * s2 + 1 / 5;
  sum = sum * s2 + 1 / 3;
  sum = sum * s2 + 1;
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

/** How far the cheap sigmoid of atLeastSigmoid may be from sigmoid: about 30 times its proven error. */
const SIGMOID_MARGIN = 1e-7;

/**
 * u >= sigmoid(z), exactly as that comparison decides. A sigmoid from an
 * exponential with 8 terms of its series instead of 16 is within 3e-9 of
 * sigmoid(z) (|r| <= ln2/2: the terms left out sum to under 1e-8 of e^r, and
 * the sigmoid moves by at most a quarter of that); when u is further than
 * SIGMOID_MARGIN from it, it decides, and only the rare close calls pay for
 * the exact sigmoid. Visits ask this twice; the answer is all they need.
 */
export function atLeastSigmoid(u: number, z: number): boolean {
  if (z > -30 && z < 30) {
    const x = -Math.abs(z);
    const k = Math.floor(x * INV_LN2 + 0.5);
    const r = x - k * LN2_HI - k * LN2_LO;
    let p = 1 / 5040;
    p = p * r + 1 / 720;
    p = p * r + 1 / 120;
    p = p * r + 1 / 24;
    p = p * r + 1 / 6;
    p = p * r + 1 / 2;
    p = p * r + 1;
    p = p * r + 1;
    const e = p * POW2[k + POW2_MAX];
    const approx = z >= 0 ? 1 / (1 + e) : e / (1 + e);
    if (u - approx > SIGMOID_MARGIN) return true;
    if (approx - u > SIGMOID_MARGIN) return false;
  }
  return u >= sigmoid(z);
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
