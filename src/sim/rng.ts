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

export class Rng {
  private readonly prng: AleaPrng;
  private spare = NaN;

  constructor(state: RngState) {
    this.prng = seedrandom.alea('', { state: { ...state } }) as unknown as AleaPrng;
  }

  static fromSeed(seed: string): Rng {
    const prng = seedrandom.alea(seed, { state: true }) as unknown as AleaPrng;
    return new Rng(prng.state());
  }

  state(): RngState {
    return this.prng.state();
  }

  /** uniform on [0, 1) */
  next(): number {
    drawCount++;
    return this.prng();
  }

  /** uniform integer on [0, n) */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  chance(p: number): boolean {
    return this.next() < p;
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

  /** lognormal with median 1 and log-sd sigma */
  lognormal(sigma: number): number {
    return exp(sigma * this.normal());
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

/** The independent streams of a run, derived from its seed. */
export function deriveStreams(seed: string): Streams {
  const out = {} as Streams;
  for (const name of STREAM_NAMES) out[name] = Rng.fromSeed(`${seed}/${name}`).state();
  return out;
}
