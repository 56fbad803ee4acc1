/**
 * The lab's workers: one per core (navigator.hardwareConcurrency, at least 1,
 * at most 4), each taking the next run as soon as it is free, so results
 * arrive in any order and are put back in the sweep's order. Cancel really
 * stops the work: the workers are terminated mid-run and new ones are
 * started for the next batch. Without workers, runs go on the page's thread,
 * one per task so the page still answers.
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

type Reply = { id: number; result?: LabResult; error?: string };

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
    const report = () => {
      const elapsed = (performance.now() - start) / 1000;
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
      const got = (i: number, r: LabResult) => {
        results[i] = r;
        done++;
        report();
        if (done === jobs.length) finish(null);
      };
      report();
      if (jobs.length === 0) return finish(null);
      let lanes: Worker[];
      try {
        while (this.workers.length < this.size) this.workers.push(this.spawn());
        lanes = this.workers;
      } catch {
        lanes = [];
      }
      if (lanes.length === 0) {
        // on the page's thread, a run per task
        const step = () => {
          if (over) return;
          const i = next++;
          try {
            got(i, runJob(jobs[i]));
          } catch (e) {
            return finish(e instanceof Error ? e : new Error(String(e)));
          }
          if (next < jobs.length) setTimeout(step, 0);
        };
        return setTimeout(step, 0);
      }
      for (const worker of lanes) {
        const feed = () => {
          if (over || next >= jobs.length) return;
          const i = next++;
          worker.postMessage({ id: i, job: jobs[i] });
        };
        worker.onmessage = (e: MessageEvent<Reply>) => {
          if (over) return;
          if (e.data.error !== undefined || !e.data.result) return finish(new Error(e.data.error ?? 'no result'));
          got(e.data.id, e.data.result);
          feed();
        };
        worker.onerror = (e) => finish(new Error(e.message || 'worker error'));
        feed();
      }
    });
  }

  terminate(): void {
    for (const w of this.workers) w.terminate();
    this.workers = [];
  }
}
