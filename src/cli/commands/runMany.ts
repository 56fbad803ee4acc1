/**
 * `salesfloor run --seeds 1-200 --scenario a,b`: every scenario with every
 * seed (scenario first), each run simulated in a worker thread (the pool of
 * `salesfloor sweep`) and printed in that fixed order whatever the number of
 * workers: CSV tables with `scenario` and `seed` as their first columns, the
 * events as JSON Lines with the same two fields first, or the run documents
 * as one JSON list. Every run's parameters are checked before the first runs.
 */
import { checkDecisions, ParamError } from '../../sim';
import { SCENARIO_IDS } from '../../scenarios';
import { CliError } from '../errors';
import type { Tr } from '../locale';
import type { Output as Sink } from '../output';
import type { Output, RunChunk, RunRefused, RunTask } from '../runChunk';
import { MAX_RUNS, parseScenarios, parseSeeds } from '../runList';
import { DEFAULT_SEED, readRunBase, runInputOf } from '../runInput';
import { runInOrder, workersOf } from '../workerPool';

/** The tasks of a many-run call, checked. */
export function manyTasks(options: Record<string, string>, sets: readonly string[], output: Output, tr: Tr): RunTask[] {
  if (options.seed !== undefined && options.seeds !== undefined) throw new CliError('errors.seedAndSeeds');
  if (options.scenario === undefined) throw new CliError('errors.missingScenario', { choices: SCENARIO_IDS.join(', ') });
  const scenarios = parseScenarios(options.scenario);
  const seeds = options.seeds === undefined ? [options.seed ?? DEFAULT_SEED] : parseSeeds(options.seeds);
  if (seeds.includes('')) throw new CliError('errors.emptySeed', { seed: DEFAULT_SEED });
  if (scenarios.length * seeds.length > MAX_RUNS) throw new CliError('errors.tooManyRuns', { max: MAX_RUNS });
  const base = readRunBase(options, sets, tr);
  const tasks: RunTask[] = [];
  for (const scenario of scenarios) {
    const first = runInputOf(scenario, seeds[0], base);
    // the log against this scenario's run (its length), as a single run checks it, before anything runs
    checkDecisions(first.decisions, first.params);
    for (const seed of seeds) tasks.push({ ...first, seed, output, many: true });
  }
  return tasks;
}

export async function runMany(options: Record<string, string>, sets: readonly string[], output: Output, tr: Tr, open: () => Sink, progress: boolean): Promise<void> {
  const tasks = manyTasks(options, sets, output, tr);
  const workers = workersOf(options.workers);
  const sink = open();
  const list = output === 'document';
  await runInOrder<RunTask, RunChunk | RunRefused>(tasks, { workers, progress: progress ? tr('progressRuns') : null, name: 'runInWorker' }, (i, chunk) => {
    // a decision the run cannot apply (a gemba walk with a rep who has left): bad input, though earlier runs are printed
    if ('refused' in chunk) throw new ParamError(chunk.refused.message, chunk.refused.key, chunk.refused.vars);
    if (list) sink.write(`${i === 0 ? '[\n' : ',\n'}${chunk.body}`);
    else sink.write(i === 0 ? chunk.header + chunk.body : chunk.body);
  });
  if (list) sink.write('\n]\n');
  sink.close();
}
