/**
 * One pool of Web Workers for every screen that runs the model off the page's
 * thread (the lab's sweeps, the class view's codes). The pool is generic: the
 * caller names the worker file (spawn, so the bundler finds it) and the job;
 * the worker answers with serveJobs(handle) (workerProtocol.ts). Jobs go out in parcels from one
 * shared index as soon as a worker has room (IN_FLIGHT parcels each, so a
 * worker starts its next jobs while the page reads the last ones); parcels
 * shrink towards a batch's end so the workers finish together. Results come
 * back in the jobs' order whichever worker ran them, so a batch's outcome
 * never depends on the workers' count or speed.
 *
 * When no worker can start, or one fails, the pool is broken: it uses no
 * worker again, and what the workers held and what is left runs through
 * `local` on the page's thread (one job per task, so the page still answers),
 * or, without `local`, rejects with WorkerFailed so the caller can fall back.
 * Cancel and dispose terminate the workers; the next job starts new ones.
 *
 * Hand-written, not piscina or tinypool (Node only) nor comlink (one call at
 * a time): a browser pool with parcels, throttled progress, cancel by
 * terminate and a fallback to the page is this file, tested with fake workers.
 */
import { pageWorker, type PoolWorker, type Parcel, type Reply } from './workerProtocol';

export interface Progress {
  done: number;
  total: number;
  /** seconds since the start, and an estimate of the seconds left (NaN before the first result) */
  elapsed: number;
  left: number;
}

/** A batch stopped by cancel() or dispose(): `done` of its jobs had finished. */
export class Cancelled extends Error {
  constructor(readonly done: number) {
    super('cancelled');
    this.name = 'Cancelled';
  }
}

/** No worker could start, or one failed, and the pool has no `local` fallback: the caller runs the job itself. */
export class WorkerFailed extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WorkerFailed';
  }
}

/** Workers for the page: one per core (navigator.hardwareConcurrency, at least 1), at most 4. */
function workerCount(): number {
  const cores = typeof navigator !== 'undefined' ? navigator.hardwareConcurrency || 1 : 1;
  return Math.max(1, Math.min(4, cores));
}

/** Progress at most this often (and always at a batch's start and end). */
export const PROGRESS_MS = 200;
/** Jobs per parcel at most: a default run is about 5 ms, so a parcel is a few tens of ms of work. */
export const MAX_PARCEL = 8;
/** Parcels in flight per worker: one running, one waiting in its queue. */
const IN_FLIGHT = 2;

/** How many jobs the next parcel takes: about an eighth of a worker's share of what is left, 1 to MAX_PARCEL. */
export function parcelSize(left: number, workers: number): number {
  return Math.max(1, Math.min(MAX_PARCEL, Math.floor(left / (workers * 8))));
}

export interface PoolOptions<J, R> {
  /** starts one worker; may throw where workers cannot run */
  spawn: () => PoolWorker;
  /** workers to start; workerCount() when absent */
  size?: number;
  /** the job on the page's thread, for when no worker can start or one fails; without it those jobs reject with WorkerFailed */
  local?: (job: J) => R;
}

interface Task<J, R> {
  jobs: readonly J[];
  results: R[];
  /** the first job not yet handed out, and handed-out jobs to hand out again (their worker was let go) */
  next: number;
  again: Array<{ first: number; count: number }>;
  done: number;
  /** jobs per parcel at most (1 for a single job) */
  most: number;
  onProgress: ((p: Progress) => void) | null;
  start: number;
  reported: number;
  settle(error: Error | null): void;
}

interface Lane<J, R> {
  worker: PoolWorker;
  /** parcels sent and not answered, by id */
  held: Map<number, { task: Task<J, R>; first: number; count: number }>;
}

export class WorkerPool<J, R> {
  readonly size: number;
  private readonly spawn: () => PoolWorker;
  private readonly local: ((job: J) => R) | undefined;
  private lanes: Lane<J, R>[] = [];
  private tasks: Task<J, R>[] = [];
  private broken = false;
  /** why the pool is broken: the failing worker's message, or why none could start */
  private why = '';
  private ids = 0;

  constructor(options: PoolOptions<J, R>) {
    this.spawn = options.spawn;
    this.size = Math.max(1, options.size ?? workerCount());
    this.local = options.local;
  }

  /** Jobs or batches under way. */
  get busy(): boolean {
    return this.tasks.length > 0;
  }

  /** True once no worker could start or one failed: the pool then runs on the page (or refuses) for good. */
  get failed(): boolean {
    return this.broken;
  }

  /** How many jobs run at once: the workers, or one on the page's thread. */
  get concurrency(): number {
    return this.broken ? 1 : this.size;
  }

  /** Starts the workers now, so they have loaded their code when the first job comes; false when none can start. */
  warm(): boolean {
    this.startLanes();
    return !this.broken;
  }

  /** Runs one job; rejects with the job's error, Cancelled, or WorkerFailed (without `local`). */
  run(job: J): Promise<R> {
    return this.submit([job], 1, null).then((results) => results[0]);
  }

  /** Runs every job, in parcels over every worker; the results in the jobs' order. */
  runBatch(jobs: readonly J[], onProgress?: (p: Progress) => void): Promise<R[]> {
    return this.submit(jobs, MAX_PARCEL, onProgress ?? null);
  }

  /** Stops every job and batch under way (they reject with Cancelled) and terminates the workers that ran them; a later job starts new ones. */
  cancel(): void {
    if (this.tasks.length > 0) this.dispose();
  }

  /** Cancels what is under way and lets the workers go (a screen that closes); a later job starts new ones. */
  dispose(): void {
    const tasks = this.tasks;
    this.tasks = [];
    this.letGo();
    for (const task of tasks) task.settle(new Cancelled(task.done));
  }

  private submit(jobs: readonly J[], most: number, onProgress: ((p: Progress) => void) | null): Promise<R[]> {
    return new Promise<R[]>((resolve, reject) => {
      const start = performance.now();
      const task: Task<J, R> = {
        jobs,
        results: new Array<R>(jobs.length),
        next: 0,
        again: [],
        done: 0,
        most,
        onProgress,
        start,
        reported: -Infinity,
        settle: (error) => (error ? reject(error) : resolve(task.results)),
      };
      this.report(task, true);
      if (jobs.length === 0) return resolve([]);
      this.tasks.push(task);
      this.pump();
    });
  }

  private report(task: Task<J, R>, force: boolean): void {
    if (!task.onProgress) return;
    const now = performance.now();
    if (!force && now - task.reported < PROGRESS_MS) return;
    task.reported = now;
    const elapsed = (now - task.start) / 1000;
    const total = task.jobs.length;
    task.onProgress({ done: task.done, total, elapsed, left: task.done ? (elapsed / task.done) * (total - task.done) : NaN });
  }

  /** Fills every lane up to IN_FLIGHT parcels, a parcel at a time to the emptiest lanes first. */
  private pump(): void {
    if (this.tasks.length === 0) return;
    if (!this.startLanes()) {
      const error = new WorkerFailed(this.why);
      for (const task of [...this.tasks]) this.end(task, error);
      return;
    }
    for (let level = 1; level <= IN_FLIGHT; level++) {
      for (const lane of this.lanes) {
        if (lane.held.size >= level) continue;
        const parcel = this.take();
        if (!parcel) return;
        const id = ++this.ids;
        lane.held.set(id, parcel);
        const message: Parcel<J> = { id, jobs: parcel.task.jobs.slice(parcel.first, parcel.first + parcel.count) };
        lane.worker.postMessage(message);
      }
    }
  }

  /** The next parcel of the oldest task with jobs left, or null. */
  private take(): { task: Task<J, R>; first: number; count: number } | null {
    for (const task of this.tasks) {
      const again = task.again.shift();
      if (again) return { task, ...again };
      const left = task.jobs.length - task.next;
      if (left === 0) continue;
      const count = Math.min(task.most, parcelSize(left, this.lanes.length));
      task.next += count;
      return { task, first: task.next - count, count };
    }
    return null;
  }

  /** Starts the lanes if there are none: the workers, or one on the page once broken; false when neither can run. */
  private startLanes(): boolean {
    if (this.lanes.length > 0) return true;
    if (!this.broken) {
      try {
        while (this.lanes.length < this.size) this.lanes.push(this.lane(this.spawn()));
        return true;
      } catch (error) {
        this.letGo();
        this.broken = true;
        this.why = error instanceof Error ? error.message : String(error);
      }
    }
    if (!this.local) return false;
    this.lanes.push(this.lane(pageWorker(this.local)));
    return true;
  }

  private lane(worker: PoolWorker): Lane<J, R> {
    const lane: Lane<J, R> = { worker, held: new Map() };
    worker.onmessage = (e: MessageEvent<Reply<R>>) => this.answered(lane, e.data);
    worker.onerror = (e) => this.workerFailed(e?.message || 'a worker failed');
    return lane;
  }

  private answered(lane: Lane<J, R>, reply: Reply<R>): void {
    const parcel = lane.held.get(reply.id);
    if (!parcel) return;
    lane.held.delete(reply.id);
    const { task, first } = parcel;
    if (reply.error !== undefined || !reply.results) return this.end(task, new Error(reply.error ?? 'no result'));
    // the worker gets its next parcel before the page reads this one
    this.pump();
    for (let k = 0; k < reply.results.length; k++) task.results[first + k] = reply.results[k];
    task.done += reply.results.length;
    if (task.done === task.jobs.length) {
      this.report(task, true);
      this.end(task, null);
    } else this.report(task, false);
  }

  /** A worker failed: no worker is used again, and what the workers held runs on the page (or is refused). */
  private workerFailed(why: string): void {
    this.broken = true;
    this.why = why;
    this.letGo();
    this.pump();
  }

  /** Ends a task (one that ends early takes its jobs back from the workers by terminating them), then hands the room it leaves to the tasks waiting. */
  private end(task: Task<J, R>, error: Error | null): void {
    const at = this.tasks.indexOf(task);
    if (at < 0) return;
    this.tasks.splice(at, 1);
    task.settle(error);
    if (this.lanes.some((lane) => [...lane.held.values()].some((p) => p.task === task))) this.letGo();
    this.pump();
  }

  /** Terminates every lane; the parcels they held are handed out again. */
  private letGo(): void {
    for (const lane of this.lanes) {
      lane.worker.onmessage = null;
      lane.worker.onerror = null;
      lane.worker.terminate();
      for (const p of lane.held.values()) p.task.again.push({ first: p.first, count: p.count });
    }
    this.lanes = [];
  }
}
