/**
 * Plan optimisation: CMA-ES (src/research/cmaes.ts) over the plan levers'
 * ranges, each candidate plan run on the same paired seeds (common random
 * numbers: two candidates differ by their plans, not their luck, so the
 * search compares plans on a fixed sample of markets, a sample-average
 * approximation of the expected measure). Constraints by ranking (Deb 2000's
 * feasibility rules): a candidate that meets every constraint ranks before
 * one that does not; feasible ones rank by the objective, infeasible ones by
 * their total violation, each bound's shortfall relative to the bound. The
 * search stops after `generations`, or once the distribution's spread is
 * under 0.001 of every lever's range.
 *
 * The best candidate of the search has a winner's curse (it was picked on
 * the search seeds), so the report runs it and the scenario's own plan on
 * `check` fresh seeds, paired, and gives every measure's mean with its 95%
 * interval over those seeds, each constraint's interval against its bound,
 * and the difference between the two plans.
 */
import type { Params } from '../sim';
import { scenarioParams } from '../scenarios';
import { estimate, paired, side, type Estimate } from '../shared/stats';
import type { Runner } from './calibrate';
import { Cmaes } from './cmaes';
import type { Bound, OptimizeSpec } from './optimizeSpec';
import { refuse, unitOf, valuesOf } from './researchSpec';

/** A candidate's score: the objective to minimise and the total violation of its constraints (0: feasible). */
export interface Scored {
  objective: number;
  violation: number;
}

/** Deb's rules: negative when a ranks before b. Not-a-number objectives rank last. */
export function compareScored(a: Scored, b: Scored): number {
  if (a.violation > 0 || b.violation > 0) return a.violation === b.violation ? 0 : a.violation - b.violation;
  const ao = Number.isNaN(a.objective) ? Infinity : a.objective;
  const bo = Number.isNaN(b.objective) ? Infinity : b.objective;
  return ao === bo ? 0 : ao - bo;
}

export interface SearchOptions {
  generations: number;
  population: number | null;
  sigma: number;
  seed: string;
  /** stop once every coordinate's spread is under this (unit box) */
  tolerance?: number;
}

export interface SearchStep {
  generation: number;
  sigma: number;
  /** the best candidate so far */
  best: Scored;
  /** share of this generation's candidates that met the constraints */
  feasible: number;
}

export interface SearchResult {
  best: { x: number[]; score: Scored };
  mean: number[];
  history: SearchStep[];
  evaluations: number;
  stopped: 'generations' | 'converged';
}

/** CMA-ES over the unit box, the candidates of a generation scored together (one batch of runs). */
export async function searchCma(x0: readonly number[], score: (xs: number[][]) => Promise<Scored[]>, options: SearchOptions, onStep?: (step: SearchStep) => void): Promise<SearchResult> {
  const cma = new Cmaes(x0, options.sigma, `${options.seed}/cma`, options.population ?? undefined);
  const tolerance = options.tolerance ?? 1e-3;
  let best: SearchResult['best'] | null = null;
  const history: SearchStep[] = [];
  let evaluations = 0;
  let stopped: SearchResult['stopped'] = 'generations';
  for (let g = 0; g < options.generations; g++) {
    const xs = cma.ask();
    const scores = await score(xs);
    evaluations += xs.length;
    const order = xs.map((_, i) => i).sort((a, b) => compareScored(scores[a], scores[b]) || a - b);
    if (best === null || compareScored(scores[order[0]], best.score) < 0) best = { x: xs[order[0]], score: scores[order[0]] };
    cma.tell(order);
    history.push({ generation: g + 1, sigma: cma.sigma, best: best.score, feasible: scores.filter((s) => s.violation === 0).length / xs.length });
    onStep?.(history[history.length - 1]);
    if (cma.spread() < tolerance) {
      stopped = 'converged';
      break;
    }
  }
  return { best: best as SearchResult['best'], mean: cma.mean, history, evaluations, stopped };
}

/** How far a value misses its bounds, relative to each bound (1 where the bound is 0); Infinity for a value that is not a number. */
export function violationOf(value: number, bound: Bound): number {
  if (!Number.isFinite(value)) return Infinity;
  const rel = (miss: number, at: number) => (miss > 0 ? miss / (Math.abs(at) > 0 ? Math.abs(at) : 1) : 0);
  return (bound.min === undefined ? 0 : rel(bound.min - value, bound.min)) + (bound.max === undefined ? 0 : rel(value - bound.max, bound.max));
}

export interface PlanReport {
  levers: Record<string, number>;
  /** every measure over the check seeds: mean and 95% interval */
  measures: Record<string, Estimate>;
  /** each constraint met by the mean over the check seeds (a point estimate: see `constraints` for its interval) */
  feasible: boolean;
  /** each constraint's 95% interval over the check seeds against its bound */
  constraints: ConstraintCheck[];
}

/** met: the whole 95% interval keeps the bound; missed: none of it does; unsure: it straddles the bound. */
export type Verdict = 'met' | 'missed' | 'unsure';

export interface ConstraintCheck extends Bound {
  estimate: Estimate;
  verdict: Verdict;
}

/**
 * A constraint's interval against its bound. The search drives the winner
 * onto a binding bound, so its interval usually straddles it ('unsure'):
 * fresh markets then miss the bound about half the time.
 */
export function verdictOf(e: Estimate, bound: Bound): Verdict {
  if (!Number.isFinite(e.ci[0]) || !Number.isFinite(e.ci[1])) return 'missed';
  const sides = [bound.min === undefined ? 1 : side(e, bound.min), bound.max === undefined ? 1 : -side(e, bound.max)];
  if (sides.includes(-1)) return 'missed';
  return sides.includes(0) ? 'unsure' : 'met';
}

export interface OptimizeResult {
  spec: OptimizeSpec;
  search: SearchResult;
  best: PlanReport;
  own: PlanReport;
  /** best − own on the objective's measure, paired over the check seeds */
  gain: Estimate;
  runs: number;
}

/**
 * A candidate's mean of measure m over the search seeds; NaN when any seed's
 * value is not a number, so that every candidate is judged on the same
 * markets (a mean over its finite seeds only would compare candidates on
 * different ones): its objective is then NaN and its violation infinite.
 */
export const meanOf = (values: Float64Array, p: number, m: number, seeds: number, width: number): number => {
  let s = 0;
  for (let k = 0; k < seeds; k++) s += values[(p * seeds + k) * width + m];
  return Number.isFinite(s) ? s / seeds : NaN;
};

/** The paired seeds every candidate runs on during the search. */
export const searchSeeds = (spec: Pick<OptimizeSpec, 'seed' | 'seeds'>): string[] => Array.from({ length: spec.seeds }, (_, i) => `${spec.seed}/search/${i + 1}`);

export async function optimize(spec: OptimizeSpec, open: (spec: OptimizeSpec) => Runner, onStep?: (step: SearchStep) => void): Promise<OptimizeResult> {
  const runner = open(spec);
  const width = runner.names.length;
  const objectiveAt = runner.names.indexOf(spec.objective.measure);
  const sign = spec.objective.sense === 'maximize' ? -1 : 1;
  const bounds = spec.constraints.map((b) => ({ bound: b, at: runner.names.indexOf(b.measure) }));
  const own = scenarioParams(spec.scenario, spec.set);
  const paramsOf = (x: readonly number[]): Params => ({ ...own, ...valuesOf(spec.levers, x) });
  const seeds = searchSeeds(spec);
  const x0 = spec.levers.map((r) => Math.min(1, Math.max(0, unitOf(r, own[r.key as keyof Params] as number))));

  const search = await searchCma(
    x0,
    async (xs) => {
      const values = await runner.evaluate(xs.map(paramsOf), seeds);
      // a measure that no candidate's runs give (a window past their end) cannot be optimised nor bound
      for (const [name, at] of [[spec.objective.measure, objectiveAt], ...bounds.map((b) => [b.bound.measure, b.at] as const)] as const) {
        if (values.every((v, i) => i % width !== at || Number.isNaN(v))) refuse('measureNaN', { name, weeks: own['run.weeks'] });
      }
      return xs.map((_, p) => ({
        objective: sign * meanOf(values, p, objectiveAt, spec.seeds, width),
        violation: bounds.reduce((s, { bound, at }) => s + violationOf(meanOf(values, p, at, spec.seeds, width), bound), 0),
      }));
    },
    { generations: spec.generations, population: spec.population, sigma: spec.sigma, seed: spec.seed },
    onStep,
  );

  // the winner and the scenario's own plan on fresh paired seeds
  const checkSeeds = Array.from({ length: spec.check }, (_, i) => `${spec.seed}/check/${i + 1}`);
  const bestParams = paramsOf(search.best.x);
  const values = await runner.evaluate([bestParams, own], checkSeeds);
  const column = (p: number, m: number) => checkSeeds.map((_, k) => values[(p * checkSeeds.length + k) * width + m]);
  const report = (p: number, params: Params): PlanReport => {
    const measures = Object.fromEntries(runner.names.map((name, m) => [name, estimate(column(p, m))]));
    return {
      levers: Object.fromEntries(spec.levers.map((r) => [r.key, params[r.key as keyof Params] as number])),
      measures,
      feasible: bounds.every(({ bound }) => violationOf(measures[bound.measure].mean, bound) === 0),
      constraints: bounds.map(({ bound }) => ({ ...bound, estimate: measures[bound.measure], verdict: verdictOf(measures[bound.measure], bound) })),
    };
  };
  return {
    spec,
    search,
    best: report(0, bestParams),
    own: report(1, own),
    gain: paired(column(0, objectiveAt), column(1, objectiveAt)),
    runs: search.evaluations * spec.seeds + 2 * spec.check,
  };
}
