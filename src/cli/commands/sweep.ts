/**
 * `salesfloor sweep --spec FILE [--workers N] [--shard i/n] [--out DIR]`:
 * every run of a sweep spec (src/lab/sweepSpec.ts), or of one shard of it,
 * simulated in a pool of worker threads (piscina), written as tidy tables in
 * the sweep's index order whatever the workers or the shard, so outputs
 * compare byte for byte. Without --out it prints runs.csv.
 */
import { availableParallelism } from 'node:os';
import cliProgress from 'cli-progress';
import { Piscina } from 'piscina';
import { MODEL_NAME, MODEL_VERSION } from '../../sim';
import { runRow, weekRows, type Row, type RunOutcome } from '../../lab/rows';
import { expandSpec, seedsOf, shardOf, sweepSize } from '../../lab/sweepSpec';
import { toCsv } from '../csv';
import { CliError } from '../errors';
import type { Tr } from '../locale';
import { commandLine, gitCommit, readSpec, writeSweepDir } from '../sweepOutput';
import type { SweepTask } from '../sweepWorker';

export const MAX_WORKERS = 256;

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

export function parseWorkers(text: string): number {
  const n = /^\d{1,4}$/.test(text.trim()) ? Number(text) : 0;
  if (n < 1 || n > MAX_WORKERS) throw new CliError('errors.badWorkers', { workers: text, max: MAX_WORKERS });
  return n;
}

/** The worker's module: the bundle's second entry, or the TypeScript source through tsx. */
function workerFile(): string {
  const here = import.meta.url;
  return /\.ts$/.test(new URL(here).pathname) ? new URL('../sweepWorkerTsx.mjs', here).href : new URL('./sweepWorker.mjs', here).href;
}

export interface SweepResult {
  /** what goes to stdout: runs.csv without --out, else nothing */
  text: string;
  runs: Row[];
  weeks: Row[];
}

export async function sweepCommand(options: Record<string, string>, argv: readonly string[], tr: Tr, progress: boolean): Promise<SweepResult> {
  if (options.spec === undefined) throw new CliError('errors.missingSpec');
  const workers = options.workers === undefined ? availableParallelism() : parseWorkers(options.workers);
  const shard = options.shard === undefined ? null : parseShard(options.shard);
  const spec = readSpec(options.spec, tr);
  const started = new Date();
  const t0 = performance.now();

  const all = expandSpec(spec);
  const runs = shard === null ? all : shardOf(all, shard.index - 1, shard.count);
  const outcomes = await runAll(runs.map((run) => ({ params: run.params, seed: run.seed })), workers, progress ? tr('progress') : null);
  const runRows = runs.map((run, i) => runRow(run, outcomes[i]));
  const weekRowsAll = runs.flatMap((run, i) => weekRows(run, outcomes[i].weeks));

  if (options.out !== undefined) {
    const manifest = {
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
      rows: { runs: runRows.length, weeks: weekRowsAll.length },
    };
    writeSweepDir(options.out, spec, runRows, weekRowsAll, manifest, tr);
    return { text: '', runs: runRows, weeks: weekRowsAll };
  }
  return { text: toCsv(runRows), runs: runRows, weeks: weekRowsAll };
}

/** Runs the tasks on `workers` threads; the outcomes come back in the tasks' order. */
async function runAll(tasks: SweepTask[], workers: number, progress: string | null): Promise<RunOutcome[]> {
  if (tasks.length === 0) return [];
  const pool = new Piscina<SweepTask, RunOutcome>({ filename: workerFile(), minThreads: workers, maxThreads: workers, idleTimeout: 1000 });
  const bar = progress === null ? null : new cliProgress.SingleBar({ format: progress, stream: process.stderr });
  bar?.start(tasks.length, 0);
  let done = 0;
  try {
    return await Promise.all(
      tasks.map(async (task) => {
        const outcome = await pool.run(task);
        bar?.update(++done);
        return outcome;
      }),
    );
  } finally {
    bar?.stop();
    await pool.destroy();
  }
}
