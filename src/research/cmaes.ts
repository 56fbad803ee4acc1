/**
 * CMA-ES, the covariance matrix adaptation evolution strategy (Hansen 2016,
 * "The CMA Evolution Strategy: A Tutorial", arXiv:1604.00772), with the
 * tutorial's default constants, in an ask/tell form: ask() gives λ
 * candidates, the caller ranks them (best first) and tell() moves the
 * search distribution. Ranking rather than values is all CMA-ES uses, which
 * is what lets the optimiser handle constraints by ranking (feasible before
 * infeasible, src/research/optimize.ts) and stay invariant to the objective's
 * scale.
 *
 * The search runs in the unit box [0, 1]ⁿ (each lever scaled by its range);
 * a candidate that falls outside is drawn again (up to 50 times, then
 * clipped), so every candidate is a plan that can run and the mean, an
 * average of candidates, stays inside. Draws come from one seeded stream
 * (src/sim/rng.ts) and logarithms from src/sim/math.ts: a seed gives the
 * same search in every engine.
 */
import { exp, log, pow } from '../sim/math';
import { Rng } from '../sim/rng';
import { symmetricEigen, zeros, type Matrix } from './linalg';

export interface CmaState {
  generation: number;
  mean: number[];
  sigma: number;
}

const clip01 = (x: number) => Math.min(1, Math.max(0, x));
const inBox = (x: readonly number[]) => x.every((v) => v >= 0 && v <= 1);

export class Cmaes {
  readonly n: number;
  readonly lambda: number;
  private readonly mu: number;
  private readonly weights: number[];
  private readonly mueff: number;
  private readonly cs: number;
  private readonly ds: number;
  private readonly cc: number;
  private readonly c1: number;
  private readonly cmu: number;
  private readonly chiN: number;
  private readonly rng: Rng;
  mean: number[];
  sigma: number;
  generation = 0;
  private c: Matrix;
  private b: Matrix;
  private d: number[];
  private ps: number[];
  private pc: number[];
  private asked: number[][] = [];

  constructor(x0: readonly number[], sigma0: number, seed: string, lambda?: number) {
    const n = x0.length;
    this.n = n;
    this.lambda = lambda ?? 4 + Math.floor(3 * log(n));
    this.mu = Math.floor(this.lambda / 2);
    const raw = Array.from({ length: this.mu }, (_, i) => log((this.lambda + 1) / 2) - log(i + 1));
    const total = raw.reduce((s, w) => s + w, 0);
    this.weights = raw.map((w) => w / total);
    this.mueff = 1 / this.weights.reduce((s, w) => s + w * w, 0);
    this.cs = (this.mueff + 2) / (n + this.mueff + 5);
    this.ds = 1 + 2 * Math.max(0, Math.sqrt((this.mueff - 1) / (n + 1)) - 1) + this.cs;
    this.cc = (4 + this.mueff / n) / (n + 4 + (2 * this.mueff) / n);
    this.c1 = 2 / ((n + 1.3) * (n + 1.3) + this.mueff);
    this.cmu = Math.min(1 - this.c1, (2 * (this.mueff - 2 + 1 / this.mueff)) / ((n + 2) * (n + 2) + this.mueff));
    this.chiN = Math.sqrt(n) * (1 - 1 / (4 * n) + 1 / (21 * n * n));
    this.rng = Rng.fromSeed(seed);
    this.mean = x0.map(clip01);
    this.sigma = sigma0;
    this.c = zeros(n).map((row, i) => row.map((_, j) => (i === j ? 1 : 0)));
    this.b = this.c.map((row) => [...row]);
    this.d = new Array<number>(n).fill(1);
    this.ps = new Array<number>(n).fill(0);
    this.pc = new Array<number>(n).fill(0);
  }

  /** λ candidates in the unit box. */
  ask(): number[][] {
    const out: number[][] = [];
    for (let k = 0; k < this.lambda; k++) {
      let x: number[] = [];
      for (let tries = 0; tries < 50; tries++) {
        const z = Array.from({ length: this.n }, () => this.rng.normal());
        const dz = z.map((v, i) => this.d[i] * v);
        x = this.mean.map((m, i) => m + this.sigma * this.b[i].reduce((s, bij, j) => s + bij * dz[j], 0));
        if (inBox(x)) break;
      }
      out.push(x.map(clip01));
    }
    this.asked = out;
    return out;
  }

  /** Moves the distribution toward the candidates of the last ask(), given their order best first (indices into it). */
  tell(order: readonly number[]): void {
    const { n, mu, weights, sigma } = this;
    const old = this.mean;
    const ys = order.slice(0, mu).map((k) => this.asked[k].map((x, i) => (x - old[i]) / sigma));
    const yw = new Array<number>(n).fill(0);
    ys.forEach((y, k) => y.forEach((v, i) => (yw[i] += weights[k] * v)));
    this.mean = old.map((m, i) => clip01(m + sigma * yw[i]));
    // C^{-1/2}·yw = B·D⁻¹·Bᵀ·yw
    const bty = this.b[0].map((_, j) => this.b.reduce((s, row, i) => s + row[j] * yw[i], 0));
    const scaled = bty.map((v, j) => v / this.d[j]);
    const invSqrt = this.b.map((row) => row.reduce((s, bij, j) => s + bij * scaled[j], 0));
    const ks = Math.sqrt(this.cs * (2 - this.cs) * this.mueff);
    this.ps = this.ps.map((p, i) => (1 - this.cs) * p + ks * invSqrt[i]);
    const psNorm = Math.sqrt(this.ps.reduce((s, v) => s + v * v, 0));
    const hs = psNorm / Math.sqrt(1 - pow(1 - this.cs, 2 * (this.generation + 1))) < (1.4 + 2 / (n + 1)) * this.chiN ? 1 : 0;
    const kc = Math.sqrt(this.cc * (2 - this.cc) * this.mueff);
    this.pc = this.pc.map((p, i) => (1 - this.cc) * p + hs * kc * yw[i]);
    const keep = 1 - this.c1 - this.cmu + (1 - hs) * this.c1 * this.cc * (2 - this.cc);
    this.c = this.c.map((row, i) =>
      row.map((cij, j) => {
        let rankMu = 0;
        ys.forEach((y, k) => (rankMu += weights[k] * y[i] * y[j]));
        return keep * cij + this.c1 * this.pc[i] * this.pc[j] + this.cmu * rankMu;
      }),
    );
    this.sigma = sigma * exp((this.cs / this.ds) * (psNorm / this.chiN - 1));
    this.generation++;
    const { values, vectors } = symmetricEigen(this.c);
    this.b = vectors;
    this.d = values.map((v) => Math.sqrt(Math.max(v, 1e-20)));
  }

  /** The largest standard deviation of the distribution along a coordinate (σ·√max Cᵢᵢ): the search stops below a tolerance. */
  spread(): number {
    return this.sigma * Math.sqrt(Math.max(...this.c.map((row, i) => row[i])));
  }

  state(): CmaState {
    return { generation: this.generation, mean: [...this.mean], sigma: this.sigma };
  }
}
