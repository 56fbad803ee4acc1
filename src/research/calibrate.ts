/**
 * Calibration to a team's weekly data by ABC-SMC (src/research/abcSmc.ts).
 *
 * Summary statistics: the mean of each matched column over consecutive
 * blocks of `block` weeks (13 by default: the quarters the game and quota
 * periods run on), as measures of src/research/measures.ts
 * ({"mean": column, "weeks": "1-13"}, …). Why these: a week's deals or quits
 * are small counts dominated by chance, so weekly values would make the
 * distance mostly noise; block means keep what the parameters move (each
 * column's level and how it grows or decays over the run, through word of
 * mouth, ramp-up, reputation) and average the rest away, and a block mean
 * is nearly normal, which a Euclidean distance assumes. A finer block keeps
 * more timing (a hockey stick inside quarters) at the price of noise.
 *
 * The data's summaries are computed by the same measure code as the runs'.
 * Each run of the fit is the spec's scenario with its `set`, the data's
 * number of weeks and the particle's values; its seed is the spec's seed and
 * the run's place in the search, so a seed gives the same fit for any
 * number of workers. The posterior-predictive check draws `check` particles
 * by weight, runs each on a fresh seed, and sets the data's summaries in the
 * 90% band of the simulated ones, column by column.
 */
import type { Params, WeekRecord } from '../sim';
import { Rng } from '../sim/rng';
import { scenarioParams } from '../scenarios';
import { quantile, weightedMeanSd, weightedQuantile } from '../shared/stats';
import { abcSmc, pick, type AbcGeneration } from './abcSmc';
import type { CalibrationSpec, TeamData } from './calibrationSpec';
import { measureRun, type MeasureSpec } from './measures';
import { valuesOf } from './researchSpec';

/** What runs the model for measures: src/cli/evaluate.ts's evaluator, or any with its shape. */
export interface Runner {
  readonly names: string[];
  evaluate(points: readonly Params[], seeds: readonly string[]): Promise<Float64Array>;
}

export interface Summary {
  name: string;
  column: string;
  /** game weeks, inclusive */
  from: number;
  to: number;
}

/** The summaries of a calibration: every matched column's mean over each block of weeks. */
export function summariesOf(columns: readonly string[], weeks: number, block: number): Summary[] {
  const out: Summary[] = [];
  for (const column of columns) {
    for (let from = 1; from <= weeks; from += block) {
      const to = Math.min(weeks, from + block - 1);
      out.push({ name: `${column}_w${from}_${to}`, column, from, to });
    }
  }
  return out;
}

export const summaryMeasures = (summaries: readonly Summary[]): MeasureSpec =>
  Object.fromEntries(summaries.map((s) => [s.name, { mean: s.column, weeks: `${s.from}-${s.to}` }]));

/** The data's summaries, by the same measure code as a run's. */
export function observedSummaries(data: TeamData, measures: MeasureSpec): number[] {
  const weeks = Array.from({ length: data.weeks }, (_, w) => Object.fromEntries(Object.entries(data.columns).map(([c, v]) => [c, v[w]])) as unknown as WeekRecord);
  return measureRun(measures, weeks);
}

export interface ParamPosterior {
  key: string;
  prior: [number, number];
  mean: number;
  sd: number;
  median: number;
  ci90: [number, number];
  ci95: [number, number];
}

export interface CheckRow {
  summary: Summary;
  observed: number;
  q05: number;
  median: number;
  q95: number;
  inside: boolean;
}

export interface CalibrationResult {
  spec: CalibrationSpec;
  weeks: number;
  columns: string[];
  summaries: Summary[];
  scales: number[];
  generations: AbcGeneration[];
  simulations: number;
  stopped: 'generations' | 'acceptance';
  posterior: ParamPosterior[];
  /** the last population: each particle's parameter values, weight and distance */
  particles: { values: Record<string, number>; weight: number; distance: number }[];
  check: CheckRow[];
  /** per column, the share of its summaries inside the 90% band */
  coverage: Record<string, number>;
}

/** Every pair (points[i], seeds[i]) through the runner, concurrently (a pool runs them in parallel): one run each. */
async function pairs(runner: Runner, points: readonly Params[], seeds: readonly string[], at: readonly number[]): Promise<number[][]> {
  const out = await Promise.all(points.map((p, i) => runner.evaluate([p], [seeds[i]])));
  return out.map((values) => at.map((m) => values[m]));
}

export async function calibrate(spec: CalibrationSpec, data: TeamData, open: (measures: MeasureSpec) => Runner, onGeneration?: (g: AbcGeneration) => void): Promise<CalibrationResult> {
  const columns = Object.keys(data.columns);
  const summaries = summariesOf(columns, data.weeks, spec.block);
  const measures = summaryMeasures(summaries);
  const observed = observedSummaries(data, measures);
  const runner = open(measures);
  const at = summaries.map((s) => runner.names.indexOf(s.name));
  const fixed = { ...spec.set, 'run.weeks': data.weeks };
  // resolved once; a particle's values lie inside their parameters' ranges (checked with the spec), whole numbers by equal shares
  const base = scenarioParams(spec.scenario, fixed);
  const paramsOf = (unit: readonly number[]): Params => ({ ...base, ...valuesOf(spec.fit, unit) });
  const run = (points: readonly number[][], tags: readonly string[]) =>
    pairs(runner, points.map(paramsOf), tags.map((t) => `${spec.seed}/${t}`), at);

  const abc = await abcSmc(
    { dims: spec.fit.length, observed, simulate: run },
    { particles: spec.particles, generations: spec.generations, quantile: spec.quantile, minAcceptance: spec.minAcceptance, pilot: spec.pilot, seed: spec.seed },
    onGeneration,
  );
  const values = abc.points.map((u) => valuesOf(spec.fit, u));
  const posterior = spec.fit.map((r): ParamPosterior => {
    const xs = values.map((v) => v[r.key]);
    const q = (p: number) => weightedQuantile(xs, abc.weights, p);
    const { mean, sd } = weightedMeanSd(xs, abc.weights);
    return { key: r.key, prior: [r.min, r.max], mean, sd, median: q(0.5), ci90: [q(0.05), q(0.95)], ci95: [q(0.025), q(0.975)] };
  });

  // posterior-predictive check: particles drawn by weight, each run on a fresh seed
  const rng = Rng.fromSeed(`${spec.seed}/check`);
  const cumulative: number[] = [];
  abc.weights.reduce((s, w, i) => (cumulative[i] = s + w), 0);
  const drawn = Array.from({ length: spec.check }, () => abc.points[pick(rng, cumulative)]);
  const sims = await run(drawn, drawn.map((_, k) => `check/${k}`));
  const check = summaries.map((summary, j): CheckRow => {
    const col = sims.map((s) => s[j]).filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
    const [q05, median, q95] = [0.05, 0.5, 0.95].map((p) => quantile(col, p));
    return { summary, observed: observed[j], q05, median, q95, inside: observed[j] >= q05 && observed[j] <= q95 };
  });
  const coverage = Object.fromEntries(columns.map((c) => {
    const rows = check.filter((r) => r.summary.column === c);
    return [c, rows.filter((r) => r.inside).length / rows.length];
  }));
  return {
    spec,
    weeks: data.weeks,
    columns,
    summaries,
    scales: abc.scales,
    generations: abc.generations,
    simulations: abc.simulations + spec.check,
    stopped: abc.stopped,
    posterior,
    particles: values.map((v, i) => ({ values: v, weight: abc.weights[i], distance: abc.distances[i] })),
    check,
    coverage,
  };
}
