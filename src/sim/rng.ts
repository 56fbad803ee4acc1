/**
 * Seeded randomness. Each subsystem draws from its own seedrandom (alea)
 * stream derived from the run seed, so an extra draw in one never shifts the
 * others. Stream states live in the run state; a live generator is built at
 * the start of a step and its state written back at the end.
 */
import seedrandom from 'seedrandom';
import { exp, log } from './math';
import type { RngState, StreamName, Streams } from './types';

export const STREAM_NAMES: readonly StreamName[] = ['setup', 'market', 'reps', 'selling', 'customers', 'people'];

type AleaPrng = seedrandom.PRNG & { state(): RngState };

let drawCount = 0;

/** Random numbers drawn so far by every stream in this process (for the benchmark's floor loop). */
export function drawsSoFar(): number {
  return drawCount;
}

/**
 * seedrandom's Alea generator, stepped in place. Seeding and the state format
 * are seedrandom's own (`seedrandom.alea(seed, {state: true})`), and the
 * sequence is identical to it (a test pins that); stepping it here keeps each
 * draw a few inlined arithmetic operations with no allocation.
 */
export class Rng {
  // `declare`: no class-field definition, so the fields are first written with
  // numbers in the constructor. A defined field starts as undefined, and V8
  // then boxes every double stored in it: one heap allocation per draw.
  private declare c: number;
  private declare s0: number;
  private declare s1: number;
  private declare s2: number;
  private spare = NaN;

  constructor(state: RngState) {
    this.c = state.c;
    this.s0 = state.s0;
    this.s1 = state.s1;
    this.s2 = state.s2;
  }

  static fromSeed(seed: string): Rng {
    const prng = seedrandom.alea(seed, { state: true }) as unknown as AleaPrng;
    return new Rng(prng.state());
  }

  /** The saved state. Forgets the spare normal deviate, so a generator rebuilt from it draws the same. */
  state(): RngState {
    this.spare = NaN;
    return { c: this.c, s0: this.s0, s1: this.s1, s2: this.s2 };
  }

  /** uniform on [0, 1): Alea's step, exactly as seedrandom computes it */
  next(): number {
    drawCount++;
    const t = 2091639 * this.s0 + this.c * 2.3283064365386963e-10;
    this.s0 = this.s1;
    this.s1 = this.s2;
    this.c = t | 0;
    this.s2 = t - this.c;
    return this.s2;
  }

  /** uniform integer on [0, n) */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  /** standard normal (Marsaglia polar method: only log and sqrt) */
  normal(): number {
    if (this.spare === this.spare) {
      const s = this.spare;
      this.spare = NaN;
      return s;
    }
    let u: number;
    let v: number;
    let s: number;
    do {
      u = 2 * this.next() - 1;
      v = 2 * this.next() - 1;
      s = u * u + v * v;
    } while (s >= 1 || s === 0);
    const f = Math.sqrt((-2 * log(s)) / s);
    this.spare = v * f;
    return u * f;
  }

  /**
   * `count` standard normals into out[0, count): exactly what `count` calls of
   * normal() return, and the same spare left over. The draws and rejections
   * come first and the logarithms after, each independent of the others, so
   * the processor overlaps them (setting up a market takes thousands).
   */
  fillNormals(out: Float64Array, count: number): void {
    let k = 0;
    if (count > 0 && this.spare === this.spare) {
      out[k++] = this.spare;
      this.spare = NaN;
    }
    const lastV = drawPairs(this, out, k, count);
    this.spare = scalePairs(out, k, count, lastV, this.spare);
  }

  /** Poisson count by inversion (small means) or a rounded normal (large means). */
  poisson(mean: number): number {
    if (mean <= 0) return 0;
    if (mean > 30) return Math.max(0, Math.round(mean + Math.sqrt(mean) * this.normal()));
    const limit = exp(-mean);
    let k = 0;
    let p = this.next();
    while (p > limit) {
      k++;
      p *= this.next();
    }
    return k;
  }
}

/*
 * fillNormals' two loops, each in a function of its own that ends with its
 * loop: a run calls fillNormals once, so the engine compiles a loop on the fly
 * (on-stack replacement) before what follows it has ever run, and code
 * compiled so gave up at the first operation after the loop, and ran the rest
 * unoptimised, in every run thereafter.
 */

/**
 * The accepted pairs (u, v) of the polar method into out[k, count), in draw
 * order, u then v; returns the v of a last pair only half used (else NaN).
 */
function drawPairs(rng: Rng, out: Float64Array, k: number, count: number): number {
  let lastV = NaN;
  while (k < count) {
    let u: number;
    let v: number;
    let s: number;
    do {
      u = 2 * rng.next() - 1;
      v = 2 * rng.next() - 1;
      s = u * u + v * v;
    } while (s >= 1 || s === 0);
    out[k++] = u;
    if (k < count) out[k++] = v;
    else lastV = v;
  }
  return lastV;
}

/**
 * Turns the accepted pairs in out[first, count) (lastV: the v of a last pair
 * only half used) into normals; returns the spare deviate left, else `spare`
 * as it was.
 */
function scalePairs(out: Float64Array, first: number, count: number, lastV: number, spare: number): number {
  for (let j = first; j < count; j += 2) {
    const u = out[j];
    const v = j + 1 < count ? out[j + 1] : lastV;
    const s = u * u + v * v;
    const f = Math.sqrt((-2 * log(s)) / s);
    out[j] = u * f;
    if (j + 1 < count) out[j + 1] = v * f;
    else spare = v * f;
  }
  return spare;
}

/** The independent streams of a run, derived from its seed. */
export function deriveStreams(seed: string): Streams {
  const out = {} as Streams;
  for (const name of STREAM_NAMES) out[name] = Rng.fromSeed(`${seed}/${name}`).state();
  return out;
}
