/**
 * `salesfloor sweep --spec FILE [--workers N] [--shard i/n] [--out DIR]`:
 * every run of a sweep spec (src/lab/sweepSpec.ts), or of one shard of it,
 * simulated in a pool of worker threads (piscina), written as tidy tables in
 * the sweep's index order whatever the workers or the shard, so outputs
 * compare byte for byte. Without --out it prints runs.csv. Rows are written
 * as runs finish, so memory does not grow with the sweep.
 */
import { MODEL_NAME, MODEL_VERSION } from '../../sim';
import { headCells, headColumns } from '../../lab/rows';
import { parcelSize } from '../../shared/workerPool';
import { expandSpec, seedsOf, shardOf, sweepSize } from '../../lab/sweepSpec';
import { CliError } from '../errors';
import type { Tr } from '../locale';
import { commandLine, gitCommit, openSweepDir, readSpec } from '../sweepOutput';
import { csvLine } from '../../shared/csv';
import type { SweepOutcome, SweepTask } from '../sweepWorker';
import { runInOrder, workersOf } from '../workerPool';

export interface Shard {
  /** 1-based, as on the command line */
  index: number;
  count: number;
}

export function parseShard(text: string): Shard {
  const m = /^(\d{1,6})\/(\d{1,6})$/.exec(text.trim());
  const [index, count] = m ? [Number(m[1]), Number(m[2])] : [0, 0];
  if (!m || count < 1 || index < 1 || index > count) throw new CliError('errors.badShard', { shard: text });
  return { index, count };
}

/**
 * Runs the sweep (or its shard) and writes its tables to --out, or runs.csv
 * through `write` (standard output) as the rows come, in index order.
 */
export async function sweepCommand(options: Record<string, string>, argv: readonly string[], tr: Tr, progress: boolean, write: (text: string) => void): Promise<void> {
  if (options.spec === undefined) throw new CliError('errors.missingSpec');
  const workers = workersOf(options.workers);
  const shard = options.shard === undefined ? null : parseShard(options.shard);
  const spec = readSpec(options.spec, tr);
  const started = new Date();
  const t0 = performance.now();

  const all = expandSpec(spec);
  const runs = shard === null ? all : shardOf(all, shard.index - 1, shard.count);
  const dir = options.out === undefined ? null : openSweepDir(options.out, spec, tr);
  let weekCount = 0;
  // the columns of src/lab/rows.ts's runRow and weekRows, as arrays
  const emitRun = (i: number, outcome: SweepOutcome): string => {
    const head = headCells(runs[i]);
    const row = [...head, ...Object.values(outcome.totals), outcome.hash];
    const columns = i === 0 || dir !== null ? [...headColumns(runs[i]), ...Object.keys(outcome.totals), 'hash'] : [];
    if (dir === null) return i === 0 ? csvLine(columns) + csvLine(row) : csvLine(row);
    const { weekKeys: keys, weekValues: values } = outcome;
    const weeks = Array.from({ length: keys.length && values.length / keys.length }, (_, w) => [...head, ...values.subarray(w * keys.length, (w + 1) * keys.length)]);
    weekCount += weeks.length;
    dir.add({ columns, rows: [row] }, { columns: [...headColumns(runs[i]), ...keys], rows: weeks });
    return '';
  };
  // runs go to the workers in parcels (src/shared/workerPool.ts's sizes: up to 8, smaller towards the end)
  const parcels: { first: number; tasks: SweepTask[] }[] = [];
  for (let first = 0; first < runs.length; ) {
    const end = Math.min(runs.length, first + parcelSize(runs.length - first, workers));
    parcels.push({ first, tasks: runs.slice(first, end).map((run) => ({ params: run.params, seed: run.seed, weeks: dir !== null })) });
    first = end;
  }
  const emit = (k: number, outcomes: SweepOutcome[]) => {
    let text = '';
    outcomes.forEach((outcome, j) => (text += emitRun(parcels[k].first + j, outcome)));
    if (text) write(text);
  };
  await runInOrder<SweepTask[], SweepOutcome[]>(
    parcels.map((p) => p.tasks),
    { workers, progress: progress ? tr('progress') : null, name: 'runParcel', weight: (tasks) => tasks.length },
    emit,
  );

  dir?.close({
    model: { name: MODEL_NAME, version: MODEL_VERSION },
    commit: gitCommit(),
    spec,
    seeds: seedsOf(spec),
    sweepRuns: sweepSize(spec),
    shard,
    workers,
    started: started.toISOString(),
    runtimeSeconds: Math.round(performance.now() - t0) / 1000,
    command: commandLine(argv),
    rows: { runs: runs.length, weeks: weekCount },
  });
}
