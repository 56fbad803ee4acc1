/**
 * The command line's worker threads (piscina), shared by `salesfloor sweep`
 * and `salesfloor run` with many runs: tasks run on N threads and their
 * outcomes are handed on in the tasks' order, whatever thread finished first,
 * so the output is the same bytes for any number of workers. The worker
 * module is sweepWorker.ts (the bundle's second entry); `name` picks one of
 * its exports (its default export runs a sweep's run).
 */
import { availableParallelism } from 'node:os';
// piscina and cli-progress (CommonJS) are loaded when a pool first runs and a bar is first drawn, not with the command
// line: a command that runs nothing on workers (help, params, one run, serve inline) starts without them
import type { Piscina } from 'piscina';
import { parcelSize } from '../shared/workerPool';
import { CliError } from './errors';

export const MAX_WORKERS = 256;

export function parseWorkers(text: string): number {
  const n = /^\d{1,4}$/.test(text.trim()) ? Number(text) : 0;
  if (n < 1 || n > MAX_WORKERS) throw new CliError('errors.badWorkers', { workers: text, max: MAX_WORKERS });
  return n;
}

/** --workers N, or one per core. */
export const workersOf = (option: string | undefined): number => (option === undefined ? availableParallelism() : parseWorkers(option));

/** The worker's module: the bundle's second entry, or the TypeScript source through tsx. */
function workerFile(): string {
  const here = import.meta.url;
  return /\.ts$/.test(new URL(here).pathname) ? new URL('./sweepWorkerTsx.mjs', here).href : new URL('./sweepWorker.mjs', here).href;
}

export interface PoolOptions<T = unknown> {
  workers: number;
  /** the progress bar's format (cli-progress), or null for none */
  progress: string | null;
  /** the worker module's export to call; its default export when absent */
  name?: string;
  /** how many of the bar's units a task stands for (a parcel of runs); 1 when absent */
  weight?: (task: T) => number;
  /** units done before the tasks (the sweep's first run, made on the main thread): the bar counts them from its start */
  done?: number;
}

/**
 * Tasks in parcels of the sizes src/shared/workerPool.ts gives (up to 8 runs,
 * smaller towards the end so the workers finish together), each with the
 * index of its first task.
 */
export function parcels<T>(tasks: readonly T[], workers: number): { first: number; tasks: T[] }[] {
  const out: { first: number; tasks: T[] }[] = [];
  for (let first = 0; first < tasks.length; ) {
    const end = Math.min(tasks.length, first + parcelSize(tasks.length - first, workers));
    out.push({ first, tasks: tasks.slice(first, end) });
    first = end;
  }
  return out;
}

/** A pool of worker threads kept open across batches: a loop (calibration, optimisation, `serve`) pays the threads' start and warm-up once. */
export interface CliPool {
  /** Runs the tasks and hands each outcome to `emit` in the tasks' order (see runInOrder). */
  run<T, R>(tasks: readonly T[], options: Omit<PoolOptions<T>, 'workers'>, emit: (i: number, outcome: R) => void): Promise<void>;
  close(): Promise<void>;
}

export function openPool(workers: number): CliPool {
  let pool: Promise<Piscina> | null = null;
  return {
    run: async (tasks, options, emit) => {
      pool ??= import('piscina').then(({ Piscina }) => new Piscina({ filename: workerFile(), minThreads: workers, maxThreads: workers, idleTimeout: 60_000 }));
      return runOn(await pool, workers, tasks, options, emit);
    },
    close: async () => {
      const open = pool;
      pool = null;
      await (await open)?.destroy();
    },
  };
}

/**
 * Runs the tasks on `workers` threads and hands each outcome to `emit` in the
 * tasks' order. At most a few tasks per worker are in flight or waiting for
 * an earlier one, so memory stays flat however many tasks.
 */
export async function runInOrder<T, R>(tasks: readonly T[], { workers, ...options }: PoolOptions<T>, emit: (i: number, outcome: R) => void): Promise<void> {
  if (tasks.length === 0) return;
  const pool = openPool(Math.min(workers, tasks.length));
  try {
    await pool.run(tasks, options, emit);
  } finally {
    await pool.close();
  }
}

async function runOn<T, R>(pool: Piscina, workers: number, tasks: readonly T[], { progress, name, weight, done = 0 }: Omit<PoolOptions<T>, 'workers'>, emit: (i: number, outcome: R) => void): Promise<void> {
  if (tasks.length === 0) return;
  const bar = progress === null ? null : new (await import('cli-progress')).default.SingleBar({ format: progress, stream: process.stderr, etaBuffer: 100 });
  const units = (i: number) => (weight ? weight(tasks[i]) : 1);
  let total = done;
  for (let i = 0; i < tasks.length; i++) total += units(i);
  let doneUnits = done;
  bar?.start(total, done);
  const window = workers * 8;
  const waiting = new Map<number, R>();
  let next = 0;
  let submitted = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      const launch = () => {
        while (submitted < tasks.length && submitted - next < window) {
          const i = submitted++;
          (pool.run(tasks[i], name === undefined ? undefined : { name }) as Promise<R>).then((outcome) => {
            waiting.set(i, outcome);
            for (let o = waiting.get(next); o !== undefined; o = waiting.get(next)) {
              waiting.delete(next);
              doneUnits += units(next);
              emit(next++, o);
            }
            bar?.update(doneUnits);
            if (next === tasks.length) resolve();
            else launch();
          }).catch(reject);
        }
      };
      launch();
    });
  } finally {
    bar?.stop();
  }
}
