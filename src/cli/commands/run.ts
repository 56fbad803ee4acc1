/**
 * `salesfloor run`: resolves the scenario's parameters with --weeks and every
 * --set, reads the decision log, simulates headless with the same simulate()
 * the game and the tests use, and renders the run as JSON or the weekly CSV.
 * All input is checked before the run starts, so a bad input prints nothing.
 */
import { checkParam, simulate, ParamError, type RunResult } from '../../sim';
import { getScenario, scenarioParams, SCENARIO_IDS } from '../../scenarios';
import { toCsv } from '../csv';
import { readDecisions } from '../decisions';
import { CliError } from '../errors';
import type { Tr } from '../locale';

/** Explicit, documented defaults: a run never depends on the clock. */
export const DEFAULT_SEED = '1';
export const DEFAULT_WEEKS = 104;
export const FORMATS = ['json', 'csv'] as const;
export type Format = (typeof FORMATS)[number];

/** `--set key=value` arguments as one override layer (later ones win). */
export function parseSets(sets: readonly string[]): Record<string, string> {
  const layer: Record<string, string> = {};
  for (const arg of sets) {
    const eq = arg.indexOf('=');
    const key = arg.slice(0, eq).trim();
    if (eq <= 0 || key === '' || arg.slice(eq + 1).trim() === '') throw new CliError('errors.badSet', { arg });
    layer[key] = arg.slice(eq + 1).trim();
  }
  return layer;
}

export type RunDocument = { model: RunResult['model']; scenario: string } & Omit<RunResult, 'model'>;

export interface RunOutput {
  format: Format;
  text: string;
}

export function runCommand(options: Record<string, string>, sets: readonly string[], tr: Tr): RunOutput {
  const format = (options.format ?? 'json') as Format;
  if (!FORMATS.includes(format)) throw new CliError('errors.badFormat', { format, choices: FORMATS.join(', ') });
  const seed = options.seed ?? DEFAULT_SEED;
  if (seed === '') throw new CliError('errors.emptySeed', { seed: DEFAULT_SEED });
  const id = options.scenario;
  if (id === undefined) throw new CliError('errors.missingScenario', { choices: SCENARIO_IDS.join(', ') });
  getScenario(id); // throws UnknownScenarioError naming the valid ids

  const layer = parseSets(sets);
  let weeks: number | string = layer['run.weeks'] ?? DEFAULT_WEEKS;
  if (options.weeks !== undefined) {
    try {
      weeks = checkParam('run.weeks', options.weeks);
    } catch (error) {
      if (error instanceof ParamError) throw new CliError('errors.badWeeks', { message: error.message });
      throw error;
    }
  }
  const params = scenarioParams(id, layer, { 'run.weeks': weeks });
  const decisions = options.decisions === undefined ? [] : readDecisions(options.decisions, tr);

  const { model, ...rest } = simulate({ params, seed, decisions });
  const doc: RunDocument = { model, scenario: id, ...rest };
  const text = format === 'csv' ? toCsv(doc.weeks) : `${JSON.stringify(doc, null, 2)}\n`;
  return { format, text };
}
