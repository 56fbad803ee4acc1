/**
 * The checks a calibration spec and an optimisation spec share: their
 * top-level keys (with "did you mean"), the scenario, the fixed `set`, the
 * parameter ranges to fit or search, whole numbers and options. Every
 * refusal is a SpecError whose key lives under cli.research (src/i18n), so
 * the command line says it in English or French, in one line.
 */
import { findSpec, nearest, unknownParam, type ErrorVars } from '../sim';
import { getScenario, SCENARIO_IDS } from '../scenarios';
import { scaleUnit } from './designs';
import { SpecError } from './specError';

export type Json = Record<string, unknown>;

const K = 'cli.research.';

/** A refusal: its key under cli.research, its English sentence (for logs and tests outside a locale) is the key's. */
export function refuse(key: string, vars: ErrorVars = {}): never {
  throw new SpecError(`${key} ${JSON.stringify(vars)}`, K + key, vars);
}

/** The same refusal with "Near" and the nearest choices when some are close. */
export function refuseWord(key: string, word: string, choices: readonly string[], vars: ErrorVars): never {
  const near = nearest(word, choices);
  if (near.length > 0) refuse(`${key}Near`, { ...vars, near: near.join(', ') });
  refuse(key, { ...vars, choices: choices.join(', ') });
}

export const show = (value: unknown): string => (value === undefined ? 'nothing' : JSON.stringify(value) ?? String(value));

/** The spec as an object whose keys are all known (refused with the nearest known key otherwise), its required keys present. */
export function checkTopKeys(json: unknown, known: readonly string[], required: readonly string[]): Json {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) refuse('notObject');
  for (const key of Object.keys(json)) if (!known.includes(key)) refuseWord('unknownKey', key, known, { key });
  for (const key of required) if (!(key in json)) refuse('missingKey', { key });
  return json as Json;
}

export function checkScenario(id: unknown): string {
  if (typeof id !== 'string' || !SCENARIO_IDS.includes(id)) {
    const near = typeof id === 'string' ? nearest(id, SCENARIO_IDS) : [];
    if (near.length > 0) throw new SpecError(`unknown scenario ${show(id)}`, 'inputErrors.unknownScenarioNear', { id: String(id), near: near.join(', ') });
    throw new SpecError(`unknown scenario ${show(id)}`, 'inputErrors.unknownScenario', { id: String(id), choices: SCENARIO_IDS.join(', ') });
  }
  getScenario(id);
  return id;
}

/** `set`: fixed parameters, each value checked later by resolveParams (ParamError). */
export function checkSet(json: unknown): Record<string, number | string> {
  if (json === undefined) return {};
  if (json === null || typeof json !== 'object' || Array.isArray(json)) refuse('setShape');
  for (const [key, value] of Object.entries(json)) {
    if (!findSpec(key)) throw unknownParam(key);
    if (typeof value !== 'number' && typeof value !== 'string') refuse('setValue', { key, got: show(value) });
  }
  return json as Record<string, number | string>;
}

/** A parameter searched or fitted over [min, max]. */
export interface Range {
  key: string;
  min: number;
  max: number;
  /** a whole-number parameter: each of its values takes an equal share of the unit interval (designs.ts scaleUnit) */
  integer: boolean;
}

/** A field of ranges ({"key": [min, max]}), each inside its parameter's own range; `run.weeks` and keys in `set` refused. */
export function checkRanges(json: unknown, field: string, set: Record<string, unknown>, maxCount = 8): Range[] {
  if (json === null || typeof json !== 'object' || Array.isArray(json) || Object.keys(json).length === 0) refuse('rangesShape', { field });
  const entries = Object.entries(json);
  if (entries.length > maxCount) refuse('tooManyRanges', { field, max: maxCount });
  return entries.map(([key, range]) => {
    const spec = findSpec(key);
    if (!spec) throw unknownParam(key);
    if (spec.kind === 'choice') refuse('choiceRange', { field, key, choices: spec.choices.join(', ') });
    if (key === 'run.weeks') refuse('weeksNotFree', { field });
    if (key in set) refuse('inSetToo', { field, key });
    const ok = Array.isArray(range) && range.length === 2 && range.every((v) => typeof v === 'number' && Number.isFinite(v)) && range[0] < range[1];
    if (!ok) refuse('rangeShape', { field, key, got: show(range) });
    const [min, max] = range as [number, number];
    if (min < spec.min || max > spec.max) refuse('rangeBounds', { field, key, min, max, lo: spec.min, hi: spec.max });
    return { key, min, max, integer: spec.kind === 'integer' };
  });
}

/** An optional whole number in [min, max], or its default. */
export function wholeOption(json: Json, key: string, min: number, max: number, fallback: number): number {
  const v = json[key];
  if (v === undefined) return fallback;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) refuse('badWhole', { key, min, max, got: show(v) });
  return v;
}

/** An optional number in [min, max], or its default. */
export function numberOption(json: Json, key: string, min: number, max: number, fallback: number): number {
  const v = json[key];
  if (v === undefined) return fallback;
  if (typeof v !== 'number' || !Number.isFinite(v) || v < min || v > max) refuse('badNumber', { key, min, max, got: show(v) });
  return v;
}

export function seedOption(json: Json, fallback: string): string {
  const v = json.seed;
  if (v === undefined) return fallback;
  if (typeof v !== 'string' || v.trim() === '') refuse('badSeed', { got: show(v) });
  return v;
}

/** A point of the unit box as parameter values, by designs.ts scaleUnit: every whole number of an integer range equally likely. */
export function valuesOf(ranges: readonly Range[], unit: readonly number[]): Record<string, number> {
  return Object.fromEntries(ranges.map((r, i) => [r.key, scaleUnit(unit[i], r.min, r.max, r.integer)]));
}

/** A parameter value as a point of its range's unit interval (a whole number: the middle of its stratum), valuesOf's inverse. */
export const unitOf = (r: Range, value: number): number =>
  r.integer ? (value - r.min + 0.5) / (r.max - r.min + 1) : (value - r.min) / (r.max - r.min);
