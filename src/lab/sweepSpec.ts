/**
 * A sweep as data: one JSON spec that the command line (`salesfloor sweep`)
 * and the lab page both read, expanded into the same list of runs in the same
 * order, so that both give the same numbers. Framework-free: no DOM, no Node.
 *
 *     { "scenario": "founder", "seeds": 20, "weeks": 104,
 *       "set": { "plan.quotaPeriod": "quarter" },
 *       "vary": { "plan.commissionRate": [0, 0.04, 0.08], "market.wordOfMouth": [0.5, 1] } }
 *
 * `seeds` is a count (seeds "1" … "n") or a list; `vary` is a grid: every
 * combination of its values (the first key varies slowest), each run with
 * every seed. `scenario` may also be a list: the grid is run on each.
 */
import { checkParam, nearest, orList, ParamError, type ErrorVars, type Params } from '../sim';
import { scenarioParams, SCENARIO_IDS } from '../scenarios';
import { z } from '../sim/zod';

/** Most runs one spec may ask for: 200 seeds over a 50 × 50 grid. */
export const MAX_SWEEP_RUNS = 500_000;

const value = z.union([z.number(), z.string()]);

const specSchema = z.strictObject({
  scenario: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]),
  seeds: z.union([z.number().int().min(1).max(100_000), z.array(z.union([z.string().min(1), z.number()])).min(1)]),
  weeks: z.number().int().optional(),
  set: z.record(z.string(), value).optional(),
  vary: z.record(z.string(), z.array(value).min(1)).optional(),
});

export type SweepSpec = z.infer<typeof specSchema>;

/** One run of a sweep: where it sits in the sweep's fixed order, and what makes it. */
export interface SweepRun {
  /** 0-based place in the sweep's order: rows are written in this order whatever the workers or shards */
  index: number;
  scenario: string;
  seed: string;
  /** the values of the varied parameters for this run, in the spec's key order */
  point: Record<string, number | string>;
  params: Params;
}

/**
 * A spec that cannot run: one plain English sentence, for exit 2 on the
 * command line and a message in the lab, with its i18n key (inputErrors.…)
 * and placeholders so either can say it in the reader's language.
 */
export class SweepSpecError extends Error {
  constructor(
    message: string,
    readonly key: string,
    readonly vars: ErrorVars = {},
  ) {
    super(message);
    this.name = 'SweepSpecError';
  }
}

/** A scenario id that is none of the scenarios, with the nearest ids when some are close. */
function unknownScenario(id: string): SweepSpecError {
  const choices = SCENARIO_IDS.join(', ');
  const near = nearest(id, SCENARIO_IDS);
  if (near.length > 0) return new SweepSpecError(`unknown scenario "${id}"; did you mean ${orList(near)}?`, 'inputErrors.unknownScenarioNear', { id, near: near.join(', ') });
  return new SweepSpecError(`unknown scenario "${id}"; valid scenarios: ${choices}`, 'inputErrors.unknownScenario', { id, choices });
}

/** Reads a spec (parsed JSON): its shape, its scenarios, every parameter and value; throws SweepSpecError. */
export function checkSpec(json: unknown): SweepSpec {
  const parsed = specSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue.path.join('.');
    // zod's own words are English; the field it names is the same in every language
    if (where === '') throw new SweepSpecError(`the spec: ${issue.message}`, 'inputErrors.specShape', { detail: issue.message });
    throw new SweepSpecError(`${where}: ${issue.message}`, 'inputErrors.specField', { field: where, detail: issue.message });
  }
  const spec = parsed.data;
  for (const id of scenarios(spec)) if (!SCENARIO_IDS.includes(id)) throw unknownScenario(id);
  try {
    if (spec.weeks !== undefined) checkParam('run.weeks', spec.weeks);
    for (const [key, v] of Object.entries(spec.set ?? {})) checkParam(key, v);
    for (const [key, values] of Object.entries(spec.vary ?? {})) for (const v of values) checkParam(key, v);
  } catch (error) {
    if (error instanceof ParamError) throw new SweepSpecError(error.message, error.key ?? 'inputErrors.plain', error.key ? error.vars : { message: error.message });
    throw error;
  }
  const count = sweepSize(spec);
  if (count > MAX_SWEEP_RUNS) {
    throw new SweepSpecError(`the spec asks for ${count} runs; at most ${MAX_SWEEP_RUNS} in one sweep (split it)`, 'inputErrors.tooManyRuns', { count, max: MAX_SWEEP_RUNS });
  }
  return spec;
}

export function scenarios(spec: SweepSpec): string[] {
  return Array.isArray(spec.scenario) ? spec.scenario : [spec.scenario];
}

export function seedsOf(spec: SweepSpec): string[] {
  return typeof spec.seeds === 'number' ? Array.from({ length: spec.seeds }, (_, i) => String(i + 1)) : spec.seeds.map(String);
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

export function sweepSize(spec: SweepSpec): number {
  let points = 1;
  for (const values of Object.values(spec.vary ?? {})) points *= values.length;
  const seeds = typeof spec.seeds === 'number' ? spec.seeds : spec.seeds.length;
  return scenarios(spec).length * points * seeds;
}

/**
 * Every run of the sweep in its fixed order: scenario, then grid point, then
 * seed. A varied parameter overrides the same key of `set`, and `weeks` both.
 */
export function expandSpec(spec: SweepSpec): SweepRun[] {
  const seeds = seedsOf(spec);
  const weeks = spec.weeks === undefined ? {} : { 'run.weeks': spec.weeks };
  const runs: SweepRun[] = [];
  for (const scenario of scenarios(spec)) {
    for (const point of gridPoints(spec)) {
      const params = scenarioParams(scenario, spec.set, weeks, point);
      for (const seed of seeds) runs.push({ index: runs.length, scenario, seed, point, params });
    }
  }
  return runs;
}

/** The runs of shard i of n (0-based i): every n-th run from the i-th, so shards are balanced and merge back in order. */
export function shardOf<T extends { index: number }>(runs: readonly T[], shard: number, of: number): T[] {
  return runs.filter((r) => r.index % of === shard);
}
