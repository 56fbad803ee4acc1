/**
 * A sensitivity spec (`salesfloor sensitivity --spec FILE`), read and checked:
 *
 *     { "scenarios": ["founder", "sales-director"], "seeds": 4, "weeks": 104,
 *       "set": { "market.size": 2000 },
 *       "ranges": { "market.wordOfMouth": [0, 0.6], "reps.influence": [0, 1] },
 *       "measures": { "q12Profit": { "sum": "profit", "weeks": "1-26" } },
 *       "method": "sobol", "n": 256, "bootstrap": 1000, "seed": "s1" }
 *
 * `scenarios` (or `scenario`): one to four stories, every design point run in
 * each on the same seeds (paired); with two, each measure is also taken as the
 * first minus the second, seed by seed. `seeds`: a count (seeds "1" … "n") or
 * a list. `ranges`: any numeric parameters, each within its own range.
 * `measures`: src/research/measures.ts, the defaults always included.
 * `method`: "sobol" (`n` base samples, `bootstrap` resamples, `floor` base
 * samples re-run on other seeds for each ST's seed-noise floor, `seed` of the
 * bootstrap) or "morris" (`trajectories`, `levels`, `seed` of the design).
 * Every refusal is a SpecError: the checks every research spec shares are
 * researchSpec.ts's (keys under cli.research), the rest under cli.sensitivity (src/i18n).
 */
import { findSpec, nearest, resolveParams, type ErrorVars } from '../sim';
import { getScenario } from '../scenarios';
import type { Factor } from './morris';
import { checkMeasures, withDefaults, type MeasureSpec } from './measures';
import { checkRanges, checkScenario, checkSet, checkTopKeys, refuse as refuseShared, seedOption, show, wholeOption, type Json } from './researchSpec';
import { rowsPerSample } from './sobol';
import { SpecError } from './specError';

export type { Factor };

export type SensitivityMethod =
  /** floor: the base samples whose A and AB rows run again on other seeds (floorSeeds) for each ST's seed-noise floor; 0 for none */
  | { name: 'sobol'; n: number; bootstrap: number; floor: number; seed: string }
  | { name: 'morris'; trajectories: number; levels: number; seed: string };

export interface SensitivitySpec {
  scenarios: string[];
  seeds: string[];
  weeks: number;
  set: Record<string, number | string>;
  factors: Factor[];
  /** the user's measures after the defaults */
  measures: MeasureSpec;
  method: SensitivityMethod;
}

const KEYS = ['scenario', 'scenarios', 'seeds', 'weeks', 'set', 'ranges', 'measures', 'method', 'n', 'bootstrap', 'floor', 'seed', 'trajectories', 'levels'] as const;
const METHOD_KEYS: Record<SensitivityMethod['name'], readonly string[]> = { sobol: ['n', 'bootstrap', 'floor'], morris: ['trajectories', 'levels'] };
/** Most runs one spec may ask for (shards share them out). */
export const MAX_SENSITIVITY_RUNS = 5_000_000;
const MAX_SEEDS = 1000;
const MAX_SCENARIOS = 4;
/** Base samples re-run for the noise floors unless the spec says: enough for each floor to within about a third. */
const DEFAULT_FLOOR = 64;

const K = 'cli.sensitivity.';

/** A refusal only a sensitivity spec makes (its key under cli.sensitivity); the shared ones are researchSpec.ts's. */
function refuse(key: string, vars: ErrorVars = {}): never {
  throw new SpecError(`${key} ${JSON.stringify(vars)}`, K + key, vars);
}

function scenariosOf(json: Json): string[] {
  if (json.scenario !== undefined && json.scenarios !== undefined) refuse('scenarioAndScenarios');
  const raw = json.scenarios ?? json.scenario;
  if (raw === undefined) refuseShared('missingKey', { key: 'scenarios' });
  const list = typeof raw === 'string' ? [raw] : raw;
  if (!Array.isArray(list) || list.length === 0 || list.length > MAX_SCENARIOS || new Set(list).size !== list.length) refuse('badScenarios', { max: MAX_SCENARIOS, got: show(raw) });
  return list.map(checkScenario);
}

function seedsOf(raw: unknown): string[] {
  if (typeof raw === 'number') {
    if (!Number.isInteger(raw) || raw < 1 || raw > MAX_SEEDS) refuse('badSeeds', { max: MAX_SEEDS, got: show(raw) });
    return Array.from({ length: raw }, (_, i) => String(i + 1));
  }
  const ok = Array.isArray(raw) && raw.length >= 1 && raw.length <= MAX_SEEDS && raw.every((s) => typeof s === 'string' && s.trim() !== '');
  if (!ok) refuse('badSeeds', { max: MAX_SEEDS, got: show(raw) });
  const seen = new Set<string>();
  for (const s of raw as string[]) {
    if (seen.has(s)) throw new SpecError(`seed ${s} twice`, 'inputErrors.seedTwice', { seed: s });
    seen.add(s);
  }
  return raw as string[];
}

function setOf(raw: unknown): Record<string, number | string> {
  const set = checkSet(raw);
  for (const [key, value] of Object.entries(set)) {
    if (key === 'run.weeks') refuse('weeksInSet');
    if (findSpec(key)?.kind !== 'choice' && typeof value !== 'number') refuse('setNumber', { key, got: show(value) });
  }
  return set;
}

function factorsOf(raw: unknown, set: Record<string, unknown>): Factor[] {
  if (raw !== null && typeof raw === 'object' && 'run.weeks' in raw) refuse('weeksRange');
  return checkRanges(raw, 'ranges', set, Infinity);
}

function methodOf(json: Json): SensitivityMethod {
  const name = json.method ?? 'sobol';
  if (name !== 'sobol' && name !== 'morris') {
    const near = typeof name === 'string' ? nearest(name, ['sobol', 'morris']) : [];
    refuse(near.length > 0 ? 'badMethodNear' : 'badMethod', { got: show(name), near: near.join(', ') });
  }
  const other = name === 'sobol' ? 'morris' : 'sobol';
  for (const key of METHOD_KEYS[other]) if (json[key] !== undefined) refuse('otherMethodKey', { key, method: name, other });
  const seed = seedOption(json, 'sensitivity');
  if (name === 'sobol') {
    const n = wholeOption(json, 'n', 2, 1 << 20, 256);
    return { name, n, bootstrap: wholeOption(json, 'bootstrap', 10, 100_000, 1000), floor: wholeOption(json, 'floor', 0, n, Math.min(n, DEFAULT_FLOOR)), seed };
  }
  const levels = wholeOption(json, 'levels', 2, 20, 4);
  if (levels % 2 !== 0) refuse('oddLevels', { got: levels });
  return { name, trajectories: wholeOption(json, 'trajectories', 2, 100_000, 10), levels, seed };
}

/** Rows of the design: Saltelli's n·(D+2), or Morris's r·(D+1). */
export function designSize(spec: Pick<SensitivitySpec, 'factors' | 'method'>): number {
  const d = spec.factors.length;
  return spec.method.name === 'sobol' ? spec.method.n * rowsPerSample(d) : spec.method.trajectories * (d + 1);
}

/** Rows run again on the floor's seeds: the A and AB rows of `floor` base samples (sobol.ts floorRows), none for Morris. */
export function floorSize(spec: Pick<SensitivitySpec, 'factors' | 'method'>): number {
  return spec.method.name === 'sobol' ? spec.method.floor * (spec.factors.length + 1) : 0;
}

/** The seeds of the noise floors: as many as the spec's, none of them (the first whole numbers not among them: "5"…"8" beside "1"…"4"). */
export function floorSeeds(seeds: readonly string[]): string[] {
  const taken = new Set(seeds);
  const out: string[] = [];
  for (let k = 1; out.length < seeds.length; k++) if (!taken.has(String(k))) out.push(String(k));
  return out;
}

/** Runs of the whole analysis: every row in every scenario on every seed, and the floor's rows on as many others. */
export function runCount(spec: SensitivitySpec): number {
  return (designSize(spec) + floorSize(spec)) * spec.scenarios.length * spec.seeds.length;
}

/** Reads a spec (parsed JSON); throws SpecError (or ParamError for a parameter's value). */
export function checkSensitivitySpec(json: unknown): SensitivitySpec {
  const obj = checkTopKeys(json, KEYS, ['seeds', 'ranges']);
  const scenarios = scenariosOf(obj);
  const seeds = seedsOf(obj.seeds);
  const set = setOf(obj.set);
  const weeks = wholeOption(obj, 'weeks', 1, 520, 104);
  // every value in `set` and the weeks, checked as a run would check them
  for (const id of scenarios) resolveParams(getScenario(id).params, set, { 'run.weeks': weeks });
  const factors = factorsOf(obj.ranges, set);
  const measures = withDefaults(obj.measures === undefined ? {} : checkMeasures(obj.measures));
  const method = methodOf(obj);
  const spec: SensitivitySpec = { scenarios, seeds, weeks, set, factors, measures, method };
  const runs = runCount(spec);
  if (runs > MAX_SENSITIVITY_RUNS) refuse('tooManyRuns', { runs, max: MAX_SENSITIVITY_RUNS });
  return spec;
}
