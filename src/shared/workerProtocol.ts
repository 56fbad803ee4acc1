/**
 * How the worker pool (workerPool.ts) talks to its workers: parcels of jobs
 * out, their results (or the first job's error) back. A worker's module calls
 * serveJobs(handle) and imports nothing else of the pool; pageWorker is the
 * same protocol on the page's thread, for where workers cannot run.
 */

/** What the pool needs of a worker: a Web Worker, or a stand-in (the page's thread, a test's fake). */
export interface PoolWorker {
  onmessage: ((e: MessageEvent) => void) | null;
  onerror: ((e: ErrorEvent) => void) | null;
  postMessage(message: unknown): void;
  terminate(): void;
}

/** What the pool sends a worker: jobs to run in order. */
export interface Parcel<J> {
  id: number;
  jobs: J[];
}

/** What a worker answers: the parcel's results in its order, or why a job failed. */
export type Reply<R> = { id: number; results: R[]; error?: undefined } | { id: number; error: string; results?: undefined };

/** A parcel answered: every job run in order, or the first one's error. */
export function answer<J, R>(handle: (job: J) => R, parcel: Parcel<J>): Reply<R> {
  try {
    return { id: parcel.id, results: parcel.jobs.map((job) => handle(job)) };
  } catch (error) {
    return { id: parcel.id, error: error instanceof Error ? error.message : String(error) };
  }
}

/** In a worker's module: answers every parcel the pool sends with `handle`. */
export function serveJobs<J, R>(handle: (job: J) => R): void {
  const scope = self as unknown as { onmessage: ((e: MessageEvent<Parcel<J>>) => void) | null; postMessage(message: Reply<R>): void };
  scope.onmessage = (e) => scope.postMessage(answer(handle, e.data));
}

/** A stand-in worker on the page's thread: one job per task, so the page still answers between them. */
export function pageWorker<J, R>(handle: (job: J) => R): PoolWorker {
  const queue: Parcel<J>[] = [];
  let results: R[] = [];
  let timer: ReturnType<typeof setTimeout> | null = null;
  const reply = (data: Reply<R>) => {
    queue.shift();
    results = [];
    worker.onmessage?.({ data } as MessageEvent);
  };
  const tick = () => {
    timer = null;
    const parcel = queue[0];
    if (!parcel) return;
    try {
      const result = handle(parcel.jobs[results.length]);
      // terminated while the job ran
      if (queue[0] !== parcel) return;
      results.push(result);
      if (results.length === parcel.jobs.length) reply({ id: parcel.id, results });
    } catch (error) {
      if (queue[0] === parcel) reply({ id: parcel.id, error: error instanceof Error ? error.message : String(error) });
    }
    if (queue.length > 0 && timer === null) timer = setTimeout(tick, 0);
  };
  const worker: PoolWorker = {
    onmessage: null,
    onerror: null,
    postMessage(message) {
      queue.push(message as Parcel<J>);
      timer ??= setTimeout(tick, 0);
    },
    terminate() {
      if (timer !== null) clearTimeout(timer);
      timer = null;
      queue.length = 0;
      results = [];
    },
  };
  return worker;
}
