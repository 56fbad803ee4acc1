/**
 * The lab's workers: one per core (navigator.hardwareConcurrency, at least 1,
 * at most 4). Each worker takes the next few runs from one shared index as
 * soon as it has room, so a slow worker never holds the others up; results
 * arrive in any order and are put back in the jobs' order. Two parcels are
 * in flight per worker, so a worker starts its next runs while the page is
 * still reading the last ones; parcels shrink towards the end so the workers
 * finish together. Progress is reported at most every PROGRESS_MS. The
 * workers stay up between batches (warm() starts them ahead, so the first
 * batch does not wait for the model's code to load); Cancel terminates them
 * mid-run and new ones start for the next batch. Without workers, runs go on
 * the page's thread, one per task so the page still answers.
 */
import { runJob, type LabJob, type LabResult } from './job';

export function workerCount(): number {
  const cores = typeof navigator !== 'undefined' ? navigator.hardwareConcurrency || 1 : 1;
  return Math.max(1, Math.min(4, cores));
}

export interface Progress {
  done: number;
  total: number;
  /** seconds since the start, and an estimate of the seconds left */
  elapsed: number;
  left: number;
}

export class Cancelled extends Error {
  constructor(readonly done: number) {
    super('cancelled');
    this.name = 'Cancelled';
  }
}

/** What the page sends a worker: runs `jobs`, the first of them job number `first` of the batch. */
export interface Parcel {
  first: number;
  jobs: LabJob[];
}

/** What a worker answers: the parcel's results in its order, or why it failed. */
export type Reply = { first: number; results: LabResult[]; error?: undefined } | { first: number; error: string; results?: undefined };

/** Progress lines at most this often (and always the first and the last). */
export const PROGRESS_MS = 200;
/** Runs per parcel at most: a default run is about 5 ms, so a parcel is a few tens of ms of work. */
export const MAX_PARCEL = 8;
/** Parcels in flight per worker: one running, one waiting in its queue. */
const IN_FLIGHT = 2;

/** How many runs the next parcel takes: about an eighth of a worker's share of what is left, 1 to MAX_PARCEL. */
export function parcelSize(left: number, workers: number): number {
  return Math.max(1, Math.min(MAX_PARCEL, Math.floor(left / (workers * 8))));
}

export class LabPool {
  private workers: Worker[] = [];
  private stop: (() => void) | null = null;

  constructor(
    private readonly spawn: () => Worker,
    readonly size = workerCount(),
  ) {}

  get busy(): boolean {
    return this.stop !== null;
  }

  /** Starts the workers now, so they have loaded the model when the first batch comes; false when none can start. */
  warm(): boolean {
    try {
      while (this.workers.length < this.size) this.workers.push(this.spawn());
    } catch {
      for (const w of this.workers) w.terminate();
      this.workers = [];
    }
    return this.workers.length > 0;
  }

  /** Stops the batch under way: its promise rejects with Cancelled. */
  cancel(): void {
    this.stop?.();
  }

  /** Runs every job; results in the jobs' order. */
  run(jobs: readonly LabJob[], onProgress: (p: Progress) => void): Promise<LabResult[]> {
    if (this.stop) return Promise.reject(new Error('busy'));
    const results: LabResult[] = new Array<LabResult>(jobs.length);
    const start = performance.now();
    let next = 0;
    let done = 0;
    let over = false;
    let reported = -Infinity;
    const report = (force: boolean) => {
      const now = performance.now();
      if (!force && now - reported < PROGRESS_MS) return;
      reported = now;
      const elapsed = (now - start) / 1000;
      onProgress({ done, total: jobs.length, elapsed, left: done ? (elapsed / done) * (jobs.length - done) : NaN });
    };
    return new Promise<LabResult[]>((resolve, reject) => {
      const finish = (error: Error | null) => {
        if (over) return;
        over = true;
        this.stop = null;
        if (error) {
          this.terminate();
          reject(error);
        } else resolve(results);
      };
      this.stop = () => finish(new Cancelled(done));
      const got = (first: number, rs: readonly LabResult[]) => {
        for (let k = 0; k < rs.length; k++) results[first + k] = rs[k];
        done += rs.length;
        if (done === jobs.length) {
          report(true);
          finish(null);
        } else report(false);
      };
      report(true);
      if (jobs.length === 0) return finish(null);
      if (!this.warm()) {
        // on the page's thread, a run per task
        const step = () => {
          if (over) return;
          const i = next++;
          try {
            got(i, [runJob(jobs[i])]);
          } catch (e) {
            return finish(e instanceof Error ? e : new Error(String(e)));
          }
          if (next < jobs.length) setTimeout(step, 0);
        };
        return setTimeout(step, 0);
      }
      const lanes = this.workers;
      for (const worker of lanes) {
        const feed = () => {
          if (over || next >= jobs.length) return;
          const first = next;
          next = Math.min(jobs.length, first + parcelSize(jobs.length - first, lanes.length));
          const parcel: Parcel = { first, jobs: jobs.slice(first, next) };
          worker.postMessage(parcel);
        };
        worker.onmessage = (e: MessageEvent<Reply>) => {
          if (over) return;
          const reply = e.data;
          if (reply.error !== undefined || !reply.results) return finish(new Error(reply.error ?? 'no result'));
          feed();
          got(reply.first, reply.results);
        };
        worker.onerror = (e) => finish(new Error(e.message || 'worker error'));
        for (let k = 0; k < IN_FLIGHT; k++) feed();
      }
    });
  }

  terminate(): void {
    for (const w of this.workers) w.terminate();
    this.workers = [];
  }
}
