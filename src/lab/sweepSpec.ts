/**
 * A sweep as data: one JSON spec that the command line (`salesfloor sweep`)
 * and the lab page both read, expanded into the same list of runs in the same
 * order, so that both give the same numbers. Framework-free: no DOM, no Node.
 *
 *     { "scenario": "founder", "seeds": 20, "weeks": 104,
 *       "set": { "plan.quotaPeriod": "quarter" },
 *       "vary": { "plan.commissionRate": [0, 0.04, 0.08], "market.wordOfMouth": [0.5, 1] },
 *       "sample": { "method": "lhs", "n": 64, "seed": "1", "ranges": { "reps.quitRate": [0, 0.01] } },
 *       "measures": { "q8Deals": { "sum": "deals", "weeks": "92-104" } } }
 *
 * `seeds` is a count (seeds "1" … "n") or a list; `vary` is a grid: every
 * combination of its values (the first key varies slowest). `sample` is n
 * points over ranges (src/research/designs.ts: a seeded Latin hypercube, or
 * the Sobol sequence from `skip`); beside `vary` it is crossed with the grid
 * (every grid point with every sample point, the grid slowest). Each point
 * runs with every seed. `scenario` may also be a list: the design is run on
 * each. `measures` adds outcome columns (src/research/measures.ts) to the
 * defaults. A parameter is given in one place only (`set`, `vary`, `ranges`,
 * or `weeks` for run.weeks), numbers as numbers, no seed or grid value twice.
 *
 * The design is indexed, not listed: runAt(design, i) builds the i-th run, so
 * a 280,000-run sweep's size and first runs cost nothing (`--dry-run`).
 */
import { checkParam, findSpec, nearest, orList, ParamError, type Params, type Totals } from '../sim';
import { scenarioParams, SCENARIO_IDS } from '../scenarios';
import { checkMeasures, type MeasureSpec } from '../research/measures';
import { SAMPLE_METHODS, scaleUnit, unitPoints } from '../research/designs';
import type { Range } from '../research/researchSpec';
import { SpecError } from '../research/specError';
import { z } from '../sim/zod';

/** Most runs one spec may ask for: 200 seeds over a 50 × 50 grid. */
export const MAX_SWEEP_RUNS = 500_000;

const value = z.union([z.number(), z.string()]);

const sampleSchema = z.strictObject({
  method: z.enum(SAMPLE_METHODS),
  n: z.number().int().min(1).max(MAX_SWEEP_RUNS),
  ranges: z.record(z.string(), z.tuple([z.number(), z.number()])),
  seed: z.union([z.string().min(1), z.number()]).optional(),
  skip: z.number().int().min(0).max(2 ** 30).optional(),
});

const specSchema = z.strictObject({
  scenario: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]),
  seeds: z.union([z.number().int().min(1).max(100_000), z.array(z.union([z.string().min(1), z.number()])).min(1)]),
  weeks: z.number().int().optional(),
  set: z.record(z.string(), value).optional(),
  vary: z.record(z.string(), z.array(value).min(1)).optional(),
  sample: sampleSchema.optional(),
  measures: z.record(z.string(), z.unknown()).optional(),
});

/** A run's totals (src/sim/run.ts), columns of runs.csv before the measures: a measure of that name would be a second column of it. */
export const TOTAL_COLUMNS = [
  'deals', 'revenue', 'discount', 'returns', 'refunds', 'churned', 'pay', 'incentivePay', 'profit', 'misconduct', 'quits', 'leads',
  'finalReputation', 'finalTrust', 'finalSatisfaction', 'finalNps', 'activeCustomers',
] as const satisfies readonly (keyof Totals)[];
/** every total is listed: this line fails to compile when Totals gains a field */
export const TOTALS_LISTED: Exclude<keyof Totals, (typeof TOTAL_COLUMNS)[number]> extends never ? true : false = true;

/** The spec's top-level keys, for "did you mean" on a typo. */
export const SPEC_KEYS = Object.keys(specSchema.shape);

export type SweepSpec = z.infer<typeof specSchema>;

/** One run of a sweep: where it sits in the sweep's fixed order, and what makes it. */
export interface SweepRun {
  /** 0-based place in the sweep's order: rows are written in this order whatever the workers or shards */
  index: number;
  scenario: string;
  seed: string;
  /** 0-based row of the points table (scenario × design point): the run's resolved parameters are that row's */
  point: number;
  /** the values of the varied and sampled parameters for this run, in the spec's key order */
  values: Record<string, number | string>;
  params: Params;
}

/** A spec that cannot run: the research specs' one error class (src/research/specError.ts), under the name the lab has used. */
export { SpecError as SweepSpecError };

/** A scenario id that is none of the scenarios, with the nearest ids when some are close. */
function unknownScenario(id: string): SpecError {
  const choices = SCENARIO_IDS.join(', ');
  const near = nearest(id, SCENARIO_IDS);
  if (near.length > 0) return new SpecError(`unknown scenario "${id}"; did you mean ${orList(near)}?`, 'inputErrors.unknownScenarioNear', { id, near: near.join(', ') });
  return new SpecError(`unknown scenario "${id}"; valid scenarios: ${choices}`, 'inputErrors.unknownScenario', { id, choices });
}

/** A top-level key the spec does not have, with the nearest keys when some are close. */
function unknownKey(key: string): SpecError {
  const near = nearest(key, SPEC_KEYS);
  if (near.length > 0) return new SpecError(`the spec has no key "${key}"; did you mean ${orList(near)}?`, 'inputErrors.specKeyNear', { key, near: near.join(', ') });
  return new SpecError(`the spec has no key "${key}"; its keys are ${SPEC_KEYS.join(', ')}`, 'inputErrors.specKey', { key, choices: SPEC_KEYS.join(', ') });
}

/** A number parameter given as text ("0.5"): JSON has numbers, and a spec that mixes them would type its columns as text. */
function checkValue(key: string, v: number | string): void {
  const spec = findSpec(key);
  if (spec !== undefined && spec.kind !== 'choice' && typeof v === 'string') {
    throw new SpecError(`${key} is a number: write it without quotes (got "${v}")`, 'inputErrors.stringForNumber', { key, got: v });
  }
  checkParam(key, v);
}

/** Every parameter in one place only: `weeks`, `set`, `vary` and `sample.ranges` each name their own keys. */
function checkPlaces(spec: SweepSpec): void {
  const places: [string, string[]][] = [
    ['weeks', spec.weeks === undefined ? [] : ['run.weeks']],
    ['set', Object.keys(spec.set ?? {})],
    ['vary', Object.keys(spec.vary ?? {})],
    ['sample.ranges', Object.keys(spec.sample?.ranges ?? {})],
  ];
  const seen = new Map<string, string>();
  for (const [place, keys] of places) {
    for (const key of keys) {
      const first = seen.get(key);
      if (first !== undefined) throw new SpecError(`${key} is in both ${first} and ${place}; give it in one place`, 'inputErrors.keyTwice', { key, first, second: place });
      seen.set(key, place);
    }
  }
}

function checkSample(sample: NonNullable<SweepSpec['sample']>): void {
  if (Object.keys(sample.ranges).length === 0) throw new SpecError('sample.ranges: name at least one parameter and its [min, max]', 'inputErrors.sampleNoRanges');
  if (sample.method === 'sobol' && sample.seed !== undefined) throw new SpecError('sample.seed: a Sobol sequence is not random and takes no seed (use "skip" to start further along it)', 'inputErrors.sobolSeed');
  if (sample.method === 'lhs' && sample.skip !== undefined) throw new SpecError('sample.skip: only a Sobol sequence has a skip (a Latin hypercube takes a seed)', 'inputErrors.lhsSkip');
  for (const [key, [min, max]] of Object.entries(sample.ranges)) {
    const spec = findSpec(key);
    if (spec?.kind === 'choice') throw new SpecError(`sample.ranges: ${key} is a choice (${spec.choices.join(', ')}), not a number; put it in vary`, 'inputErrors.rangeChoice', { key, choices: spec.choices.join(', ') });
    checkParam(key, min);
    checkParam(key, max);
    if (!(min < max)) throw new SpecError(`sample.ranges: ${key}'s range [${min}, ${max}] needs its first number below its second`, 'inputErrors.rangeOrder', { key, min, max });
  }
}

function checkSeeds(spec: SweepSpec): void {
  const seed = firstRepeat(seedsOf(spec));
  if (seed !== undefined) throw new SpecError(`seed "${seed}" is in seeds twice; each seed once`, 'inputErrors.seedTwice', { seed });
}

function checkGrid(spec: SweepSpec): void {
  for (const [key, values] of Object.entries(spec.vary ?? {})) {
    for (const v of values) checkValue(key, v);
    const seen = new Set<number | string>();
    for (const v of values) {
      if (seen.has(v)) throw new SpecError(`vary: ${key} has the value ${String(v)} twice; each value once`, 'inputErrors.valueTwice', { key, value: String(v) });
      seen.add(v);
    }
  }
}

/** Reads a spec (parsed JSON): its keys, shape, scenarios, seeds, every parameter and value, its measures; throws SweepSpecError. */
export function checkSpec(json: unknown): SweepSpec {
  if (json !== null && typeof json === 'object' && !Array.isArray(json)) {
    for (const key of Object.keys(json)) if (!SPEC_KEYS.includes(key)) throw unknownKey(key);
  }
  const parsed = specSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue.path.join('.');
    // zod's own words are English; the field it names is the same in every language
    if (where === '') throw new SpecError(`the spec: ${issue.message}`, 'inputErrors.specShape', { detail: issue.message });
    throw new SpecError(`${where}: ${issue.message}`, 'inputErrors.specField', { field: where, detail: issue.message });
  }
  const spec = parsed.data;
  for (const id of scenarios(spec)) if (!SCENARIO_IDS.includes(id)) throw unknownScenario(id);
  checkSeeds(spec);
  checkPlaces(spec);
  try {
    if (spec.weeks !== undefined) checkParam('run.weeks', spec.weeks);
    for (const [key, v] of Object.entries(spec.set ?? {})) checkValue(key, v);
    checkGrid(spec);
    if (spec.sample !== undefined) checkSample(spec.sample);
    if (spec.measures !== undefined) checkMeasures(spec.measures);
    for (const name of Object.keys(spec.measures ?? {})) {
      if ((TOTAL_COLUMNS as readonly string[]).includes(name)) throw new SpecError(`measure "${name}" is already a column of runs.csv (a run's total); name yours differently`, 'inputErrors.measureIsTotal', { name });
    }
  } catch (error) {
    if (error instanceof ParamError) throw new SpecError(error.message, error.key ?? 'inputErrors.plain', error.key ? error.vars : { message: error.message });
    // a measure's problem is a SpecError already
    throw error;
  }
  const count = sweepSize(spec);
  if (count > MAX_SWEEP_RUNS) {
    throw new SpecError(`the spec asks for ${count} runs; at most ${MAX_SWEEP_RUNS} in one sweep (split it)`, 'inputErrors.tooManyRuns', { count, max: MAX_SWEEP_RUNS });
  }
  return spec;
}

export function scenarios(spec: SweepSpec): string[] {
  return Array.isArray(spec.scenario) ? spec.scenario : [spec.scenario];
}

/** Seeds given as a count ("1" … "n") or as a list (a number as its text): a sweep's, a serve request's, a sensitivity spec's. */
export function seedsFrom(seeds: number | readonly (string | number)[]): string[] {
  return typeof seeds === 'number' ? Array.from({ length: seeds }, (_, i) => String(i + 1)) : seeds.map(String);
}

/** The first item of a list that an earlier item equals (a seed given twice), undefined when each is there once. */
export function firstRepeat<T>(items: Iterable<T>): T | undefined {
  const seen = new Set<T>();
  for (const item of items) {
    if (seen.has(item)) return item;
    seen.add(item);
  }
  return undefined;
}

export function seedsOf(spec: SweepSpec): string[] {
  return seedsFrom(spec.seeds);
}

/** The user's measures of a spec (checked by checkSpec), without the defaults. */
export function measuresOf(spec: SweepSpec): MeasureSpec {
  return spec.measures === undefined ? {} : checkMeasures(spec.measures);
}

/** The measures that are columns of runs.csv, in order: all but a default that is a run's total already (finalReputation: the same figure). */
export function measureColumns(names: readonly string[]): string[] {
  return names.filter((name) => !(TOTAL_COLUMNS as readonly string[]).includes(name));
}

/**
 * Whether every seed of the spec is a canonical whole number that fits a
 * 32-bit column ("7", not "07", "-7" or "1e3"): then the seed column is an
 * integer in Parquet as pandas reads it from the CSV; otherwise text in both.
 */
export function seedsAreIntegers(spec: SweepSpec): boolean {
  return seedsOf(spec).every((s) => /^(0|[1-9]\d{0,8})$/.test(s));
}

/** The grid's points, the first key varying slowest; one empty point when nothing varies. */
export function gridPoints(spec: SweepSpec): Record<string, number | string>[] {
  let points: Record<string, number | string>[] = [{}];
  for (const [key, values] of Object.entries(spec.vary ?? {})) {
    const next: Record<string, number | string>[] = [];
    for (const p of points) for (const v of values) next.push({ ...p, [key]: v });
    points = next;
  }
  return points;
}

function gridSize(spec: SweepSpec): number {
  let points = 1;
  for (const values of Object.values(spec.vary ?? {})) points *= values.length;
  return points;
}

/** Design points per scenario: the grid's, times the sample's n. */
export function pointCount(spec: SweepSpec): number {
  return gridSize(spec) * (spec.sample?.n ?? 1);
}

export function sweepSize(spec: SweepSpec): number {
  const seeds = typeof spec.seeds === 'number' ? spec.seeds : spec.seeds.length;
  return scenarios(spec).length * pointCount(spec) * seeds;
}

/** A spec's design, indexed: what runAt needs, built once (the sample's unit points are drawn here, scaled when asked for). */
export interface Design {
  spec: SweepSpec;
  scenarios: string[];
  seeds: string[];
  /** design points per scenario */
  points: number;
  size: number;
  /** the sample's points in [0, 1)^dims, point after point (empty without a sample) */
  unit: Float64Array;
  /** the sample's keys, in the spec's order, with how each scales */
  ranges: Range[];
}

export function designOf(spec: SweepSpec): Design {
  const sample = spec.sample;
  const ranges = Object.entries(sample?.ranges ?? {}).map(([key, [min, max]]) => ({ key, min, max, integer: findSpec(key)?.kind === 'integer' }));
  const unit = new Float64Array(sample === undefined ? 0 : sample.n * ranges.length);
  if (sample !== undefined) unitPoints(sample.method, sample.n, ranges.length, String(sample.seed ?? '1'), sample.skip ?? 0).forEach((u, i) => unit.set(u, i * ranges.length));
  return { spec, scenarios: scenarios(spec), seeds: seedsOf(spec), points: pointCount(spec), size: sweepSize(spec), unit, ranges };
}

/** The varied and sampled values of design point p (0-based, per scenario): the grid by mixed radix, the first key slowest, then the sample. */
export function valuesAt(design: Design, p: number): Record<string, number | string> {
  const n = design.spec.sample?.n ?? 1;
  let g = Math.floor(p / n);
  const vary = Object.entries(design.spec.vary ?? {});
  const values: Record<string, number | string> = {};
  const digits: number[] = [];
  for (let k = vary.length - 1; k >= 0; k--) {
    digits[k] = g % vary[k][1].length;
    g = Math.floor(g / vary[k][1].length);
  }
  vary.forEach(([key, list], k) => (values[key] = list[digits[k]]));
  const dims = design.ranges.length;
  design.ranges.forEach(({ key, min, max, integer }, d) => (values[key] = scaleUnit(design.unit[(p % n) * dims + d], min, max, integer)));
  return values;
}

/** What a design's runs cost: run-weeks, and weeks × customers (what a run's time goes with), summed over every run; `first` is one run of its first point's. */
export interface DesignWork {
  runWeeks: number;
  work: number;
  first: number;
}

/**
 * The work of a design's runs without resolving them: a point's run length
 * and market size are its design values (vary, sample) or else its
 * scenario's with `set` and `weeks`. Every point, or at most `most` spread
 * evenly over the design (scaled to the whole) when a loop cannot afford them all.
 */
export function designWork(design: Design, most = Infinity): DesignWork {
  const weeks = design.spec.weeks === undefined ? {} : { 'run.weeks': design.spec.weeks };
  const base = design.scenarios.map((scenario) => scenarioParams(scenario, design.spec.set, weeks));
  const at = (point: number) => {
    const values = valuesAt(design, point % design.points);
    const own = base[Math.floor(point / design.points)];
    const w = Number(values['run.weeks'] ?? own['run.weeks']);
    return { weeks: w, work: w * Number(values['market.size'] ?? own['market.size']) };
  };
  const total = design.scenarios.length * design.points;
  const step = Math.max(1, Math.floor(total / most));
  let [runWeeks, work, n] = [0, 0, 0];
  for (let p = 0; p < total; p += step, n++) {
    const one = at(p);
    runWeeks += one.weeks;
    work += one.work;
  }
  const perPoint = (total / n) * design.seeds.length;
  return { runWeeks: runWeeks * perPoint, work: work * perPoint, first: at(0).work };
}

/** The resolved parameters of row `point` of the points table (scenario × design point). A value of the design overrides `set`, `weeks` none (one place each). */
export function paramsAt(design: Design, point: number): Params {
  const weeks = design.spec.weeks === undefined ? {} : { 'run.weeks': design.spec.weeks };
  return scenarioParams(design.scenarios[Math.floor(point / design.points)], design.spec.set, weeks, valuesAt(design, point % design.points));
}

/**
 * Run `index` of the sweep, in its fixed order: scenario, then design point,
 * then seed. `params` may be handed in when the caller holds the point's
 * (the runs of one point share one object).
 */
export function runAt(design: Design, index: number, params?: Params): SweepRun {
  const point = Math.floor(index / design.seeds.length);
  return {
    index,
    scenario: design.scenarios[Math.floor(point / design.points)],
    seed: design.seeds[index % design.seeds.length],
    point,
    values: valuesAt(design, point % design.points),
    params: params ?? paramsAt(design, point),
  };
}

/** Every run of the sweep, or of shard i of n (0-based i: every n-th run from the i-th), in order; the runs of a point share its parameters. */
export function expandSpec(spec: SweepSpec, shard = 0, of = 1): SweepRun[] {
  const design = designOf(spec);
  const runs: SweepRun[] = [];
  let heldPoint = -1;
  let held: Params | undefined;
  for (let index = shard; index < design.size; index += of) {
    const point = Math.floor(index / design.seeds.length);
    if (point !== heldPoint || held === undefined) [heldPoint, held] = [point, paramsAt(design, point)];
    runs.push(runAt(design, index, held));
  }
  return runs;
}

/** The runs of shard i of n (0-based i): every n-th run from the i-th, so shards are balanced and merge back in order. */
export function shardOf<T extends { index: number }>(runs: readonly T[], shard: number, of: number): T[] {
  return runs.filter((r) => r.index % of === shard);
}
