/**
 * `salesfloor run`: builds the run from --scenario, --seed, --weeks, every
 * --set and --decisions, or takes it whole from a run code (--code, whose
 * hash the rerun must give), simulates headless with the same simulate() the
 * game and the tests use, and prints the run as JSON — with its decision log
 * and its run code, so the file alone replays it — or one table of it
 * (--format csv is the weeks table; --table weeks|reps|customers|events).
 * `--seeds 1-200` and `--scenario a,b` make many runs, every scenario with
 * every seed, in worker threads (./runMany.ts).
 * All input is checked before the run starts, so a bad input prints nothing.
 */
import { extractCode, verifyRunCode } from '../../codes/runCode';
import { lookupOf } from './code';
import { scenarioRunLog, scenarioRunParams } from '../../codes/facilitatorScenario';
import { scenarioParams } from '../../scenarios';
import { MANY_OPTIONS, RUN_INPUT_OPTIONS, unknownWord } from '../args';
import { CliError } from '../errors';
import type { Tr } from '../locale';
import type { Output as Sink } from '../output';
import { runChunk, TABLES, type Output, type RunTask, type Table } from '../runChunk';
import { readRunInput } from '../runInput';
import { runMany } from './runMany';

export { DEFAULT_SEED, DEFAULT_WEEKS, parseSets } from '../runInput';
export const FORMATS = ['json', 'csv'] as const;
export type Format = (typeof FORMATS)[number];

/** What the options ask to print: --table, else --format (csv is the weeks table), else the document. */
export function outputOf(options: Record<string, string>): Output {
  const { format, table } = options;
  if (format !== undefined && !(FORMATS as readonly string[]).includes(format)) throw new CliError('errors.badFormat', { format, choices: FORMATS.join(', ') });
  if (table === undefined) return format === 'csv' ? 'weeks' : 'document';
  if (!(TABLES as readonly string[]).includes(table)) throw unknownWord('errors.unknownTable', table, TABLES, { table });
  if (format !== undefined) throw new CliError('errors.tableFormat');
  return table as Table;
}

/** Whether the options ask for many runs. */
export const isMany = (options: Record<string, string>): boolean => options.seeds !== undefined || (options.scenario ?? '').includes(',');

/** The run a code holds, rerun to check its hash (RunCodeError if the code is bad or the hash is not the code's), as a task. */
function taskFromCode(options: Record<string, string>, sets: readonly string[], output: Output): RunTask {
  const given = [...RUN_INPUT_OPTIONS, ...MANY_OPTIONS].filter((name) => (name === 'set' ? sets.length > 0 : options[name] !== undefined));
  if (given.length > 0) throw new CliError('errors.codeExcludes', { options: given.map((name) => `--${name}`).join(', ') });
  const { identity } = verifyRunCode(options.code, lookupOf(options));
  const { scenario, seed, overrides, decisions, custom } = identity;
  // the run as runIdentity() makes it: a facilitator's scenario brings its parameters and, first in the log, its market events
  const params = custom ? scenarioRunParams(custom, overrides) : scenarioParams(scenario, overrides);
  return { scenario, seed, params, decisions, log: scenarioRunLog(custom, decisions), overrides, code: extractCode(options.code), output, many: false };
}

/** One run (not many): what it prints. */
export function runCommand(options: Record<string, string>, sets: readonly string[], tr: Tr): { output: Output; text: string } {
  const output = outputOf(options);
  if (options.workers !== undefined) throw new CliError('errors.workersOne');
  const task: RunTask = options.code !== undefined ? taskFromCode(options, sets, output) : { ...readRunInput(options, sets, tr), output, many: false };
  const { header, body } = runChunk(task);
  return { output, text: header + body };
}

/** `salesfloor run`, one run or many, written to standard output or --out. */
export async function runAndWrite(options: Record<string, string>, sets: readonly string[], tr: Tr, open: () => Sink, progress: boolean): Promise<void> {
  // a class scenario's code opens a run code that names it; runs of the scenario itself are made by code encode --scenario-code
  if (options['scenario-code'] !== undefined && options.code === undefined) throw new CliError('errors.scenarioCodeAlone');
  if (options.code === undefined && isMany(options)) {
    await runMany(options, sets, outputOf(options), tr, open, progress);
    return;
  }
  const { text } = runCommand(options, sets, tr);
  const sink = open();
  sink.write(text);
  sink.close();
}
