/**
 * `salesfloor run`: builds the run from --scenario, --seed, --weeks, every
 * --set and --decisions, or takes it whole from a run code (--code, whose
 * hash the rerun must give), simulates headless with the same simulate() the
 * game and the tests use, and renders the run as JSON — with its decision
 * log and its run code, so the file alone replays it — or the weekly CSV.
 * All input is checked before the run starts, so a bad input prints nothing.
 */
import { MODEL_VERSION, simulate, type Decision, type RunResult } from '../../sim';
import { encodeRunCode, extractCode, verifyRunCode } from '../../codes/runCode';
import { RUN_INPUT_OPTIONS } from '../args';
import { toCsv } from '../csv';
import { CliError } from '../errors';
import type { Tr } from '../locale';
import { readRunInput } from '../runInput';

export { DEFAULT_SEED, DEFAULT_WEEKS, parseSets } from '../runInput';
export const FORMATS = ['json', 'csv'] as const;
export type Format = (typeof FORMATS)[number];

export type RunDocument = { model: RunResult['model']; scenario: string } & Pick<RunResult, 'seed' | 'params' | 'hash'> & {
    /** the run code: `salesfloor run --code` replays the run from it */
    code: string;
    decisions: Decision[];
  } & Pick<RunResult, 'weeks' | 'reps' | 'totals'>;

export interface RunOutput {
  format: Format;
  text: string;
}

interface Ran {
  scenario: string;
  decisions: Decision[];
  code: string;
  result: RunResult;
}

/** The run a code holds, rerun; RunCodeError if the code is bad or the rerun's hash is not the code's. */
function runFromCode(options: Record<string, string>, sets: readonly string[]): Ran {
  const mixed = RUN_INPUT_OPTIONS.filter((name) => (name === 'set' ? sets.length > 0 : options[name] !== undefined));
  if (mixed.length > 0) throw new CliError('errors.codeExcludes', { options: mixed.map((name) => `--${name}`).join(', ') });
  const { identity, result } = verifyRunCode(options.code);
  return { scenario: identity.scenario, decisions: identity.decisions, code: extractCode(options.code), result };
}

function runFromOptions(options: Record<string, string>, sets: readonly string[], tr: Tr): Ran {
  const input = readRunInput(options, sets, tr);
  const result = simulate({ params: input.params, seed: input.seed, decisions: input.decisions });
  const { scenario, seed, overrides, decisions } = input;
  return { scenario, decisions, code: encodeRunCode({ model: MODEL_VERSION, scenario, seed, overrides, decisions, hash: result.hash }), result };
}

export function runCommand(options: Record<string, string>, sets: readonly string[], tr: Tr): RunOutput {
  const format = (options.format ?? 'json') as Format;
  if (!FORMATS.includes(format)) throw new CliError('errors.badFormat', { format, choices: FORMATS.join(', ') });
  const { scenario, decisions, code, result } = options.code === undefined ? runFromOptions(options, sets, tr) : runFromCode(options, sets);
  const { model, seed, params, hash, weeks, reps, totals } = result;
  const doc: RunDocument = { model, scenario, seed, params, hash, code, decisions, weeks, reps, totals };
  const text = format === 'csv' ? toCsv(doc.weeks) : `${JSON.stringify(doc, null, 2)}\n`;
  return { format, text };
}
