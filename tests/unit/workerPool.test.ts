/**
 * The one worker pool (src/shared/workerPool.ts), with stand-in workers:
 * results in the jobs' order whatever finishes first, parcels from one shared
 * index, throttled progress, cancel and dispose terminate the workers, single
 * jobs spread over the workers (the class view), and a worker that cannot
 * start or fails sends the work to the page's thread or is reported.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultParams, simulate } from '../../src/sim';
import { runJob, type LabJob } from '../../src/lab/job';
import { Cancelled, MAX_PARCEL, parcelSize, PROGRESS_MS, WorkerFailed, WorkerPool, type Progress } from '../../src/shared/workerPool';
import { answer, type Parcel, type PoolWorker } from '../../src/shared/workerProtocol';
import { emptyBatch, openAll, openCandidate, type BadCode, type ClassRun } from '../../src/classroom/runs';
import { fromText, type Candidate } from '../../src/classroom/extract';
import { encodeRunCode, identityOf } from '../../src/codes/runCode';

const params = { ...defaultParams(), 'run.weeks': 3, 'market.size': 200 };
const seeds = (n: number) => Array.from({ length: n }, (_, i) => String(i + 1));
const jobsOf = (n: number): LabJob[] => seeds(n).map((seed) => ({ params, seed, weeks: true }));
const jobs = jobsOf(6);
const hashes = (js: readonly LabJob[]) => js.map((j) => simulate({ params: j.params, seed: j.seed }).hash);

/** A stand-in for a Web Worker: answers a parcel through the pool's own `answer`, after a delay of the caller's choice. */
class FakeWorker<J, R> implements PoolWorker {
  static all: FakeWorker<unknown, unknown>[] = [];
  onmessage: ((e: MessageEvent) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  terminated = false;
  parcels: Parcel<J>[] = [];
  constructor(
    private readonly handle: (job: J) => R,
    private readonly delay: (p: Parcel<J>) => number = () => 0,
  ) {
    FakeWorker.all.push(this as FakeWorker<unknown, unknown>);
  }
  postMessage(message: unknown): void {
    const parcel = message as Parcel<J>;
    this.parcels.push(parcel);
    setTimeout(() => {
      if (!this.terminated) this.onmessage?.({ data: answer(this.handle, parcel) } as MessageEvent);
    }, this.delay(parcel));
  }
  terminate(): void {
    this.terminated = true;
  }
  /** what a Web Worker does when its script throws outside a job */
  crash(message: string): void {
    this.onerror?.({ message } as ErrorEvent);
  }
}

/** Lab workers whose early parcels answer last, so replies come back out of order. */
const labSpawn = () => new FakeWorker(runJob, (p: Parcel<LabJob>) => Math.max(0, 20 - Number(p.jobs[0].seed) * 3));
const labPool = (size: number) => new WorkerPool({ spawn: labSpawn, size, local: runJob });
const workers = () => FakeWorker.all;
const noWorkers = (): PoolWorker => {
  throw new Error('no workers here');
};

afterEach(() => {
  FakeWorker.all = [];
  vi.useRealTimers();
});

describe('worker pool: batches (the lab)', () => {
  it('returns every result in the jobs order, with the hashes of simulate, for any number of workers', async () => {
    for (const size of [1, 2, 3]) {
      const pool = labPool(size);
      const seen: number[] = [];
      const results = await pool.runBatch(jobs, (p) => seen.push(p.done));
      expect(results.map((r) => r.seed)).toEqual(seeds(6));
      expect(results.map((r) => r.hash)).toEqual(hashes(jobs));
      expect(results[0].weeks).toHaveLength(3);
      expect(seen[0]).toBe(0);
      expect(seen.at(-1)).toBe(6);
      pool.dispose();
    }
  });

  it('hands out parcels from one index: every job once, two parcels ahead per worker, smaller towards the end', async () => {
    const many = jobsOf(100).map((j) => ({ ...j, params: { ...params, 'run.weeks': 1 }, weeks: false }));
    const pool = labPool(2);
    const results = await pool.runBatch(many);
    expect(results.map((r) => r.seed)).toEqual(seeds(100));
    const parcels = workers().flatMap((w) => w.parcels as Parcel<LabJob>[]).sort((a, b) => Number(a.jobs[0].seed) - Number(b.jobs[0].seed));
    expect(parcels.flatMap((p) => p.jobs.map((j) => j.seed))).toEqual(seeds(100));
    expect(workers().every((w) => w.parcels.length >= 2)).toBe(true);
    expect(parcels[0].jobs.length).toBe(parcelSize(100, 2));
    expect(parcels.at(-1)!.jobs.length).toBe(1);
    expect(Math.max(...parcels.map((p) => p.jobs.length))).toBeLessThanOrEqual(MAX_PARCEL);
    pool.dispose();
  });

  it('parcel sizes: an eighth of a worker share, from 1 to MAX_PARCEL', () => {
    expect(parcelSize(1000, 2)).toBe(MAX_PARCEL);
    expect(parcelSize(64, 2)).toBe(4);
    expect(parcelSize(15, 2)).toBe(1);
    expect(parcelSize(1, 4)).toBe(1);
  });

  it('keeps its workers between batches and starts them on warm()', async () => {
    const pool = labPool(2);
    expect(pool.warm()).toBe(true);
    expect(workers().length).toBe(2);
    await pool.runBatch(jobs.slice(0, 2));
    await pool.runBatch(jobs.slice(2, 4));
    expect(workers().length).toBe(2);
    pool.dispose();
    expect(workers().every((w) => w.terminated)).toBe(true);
  });

  it('cancel mid-batch rejects with what was done, terminates the workers, and the next batch starts new ones', async () => {
    const pool = labPool(2);
    const run = pool.runBatch(jobs);
    // cancel as soon as the first parcel's results are in
    const first = workers().find((w) => (w.parcels as Parcel<LabJob>[]).some((p) => p.jobs[0].seed === '1'))!;
    const deliver = first.onmessage!;
    first.onmessage = (e) => {
      deliver(e);
      pool.cancel();
    };
    const error = (await run.catch((e: unknown) => e)) as Cancelled;
    expect(error).toBeInstanceOf(Cancelled);
    expect(error.done).toBeGreaterThanOrEqual(first.parcels[0].jobs.length);
    expect(error.done).toBeLessThan(jobs.length);
    expect(workers().length).toBe(2);
    expect(workers().every((w) => w.terminated)).toBe(true);
    expect(pool.busy).toBe(false);
    const again = await pool.runBatch(jobs.slice(0, 2));
    expect(again.map((r) => r.hash)).toEqual(hashes(jobs.slice(0, 2)));
    expect(workers().length).toBe(4);
    pool.dispose();
  });

  it('a job that throws in a worker fails the batch with its message', async () => {
    const pool = new WorkerPool<LabJob, never>({
      spawn: () =>
        new FakeWorker<LabJob, never>(() => {
          throw new Error('bad run');
        }),
      size: 2,
    });
    await expect(pool.runBatch(jobs)).rejects.toThrow('bad run');
    expect(pool.busy).toBe(false);
    expect(pool.failed).toBe(false);
  });

  it('reports progress at most every PROGRESS_MS, and always the start and the end', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    // one worker, a parcel answered every 30 ms
    const pool = new WorkerPool({ spawn: () => new FakeWorker(runJob, () => 30), size: 1 });
    const seen: Progress[] = [];
    const run = pool.runBatch(jobsOf(40), (p) => seen.push(p));
    await vi.runAllTimersAsync();
    const results = await run;
    expect(results).toHaveLength(40);
    expect(seen[0]).toMatchObject({ done: 0, total: 40, elapsed: 0 });
    expect(Number.isNaN(seen[0].left)).toBe(true);
    expect(seen.at(-1)).toMatchObject({ done: 40, total: 40, left: 0 });
    const parcels = workers()[0].parcels.length;
    expect(seen.length).toBeLessThan(parcels);
    const gaps = seen.slice(1, -1).map((p, i) => (p.elapsed - seen[i].elapsed) * 1000);
    expect(gaps.length).toBeGreaterThan(0);
    for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(PROGRESS_MS);
    pool.dispose();
  });
});

describe('worker pool: single jobs (the class view)', () => {
  const square = (n: number) => n * n;

  it('spreads single jobs over the workers, two at most in each, and answers each its own', async () => {
    const pool = new WorkerPool({ spawn: () => new FakeWorker(square, (p: Parcel<number>) => 10 - p.jobs[0]), size: 3 });
    const results = await Promise.all(Array.from({ length: 6 }, (_, i) => pool.run(i)));
    expect(results).toEqual([0, 1, 4, 9, 16, 25]);
    expect(workers().map((w) => w.parcels.length)).toEqual([2, 2, 2]);
    expect(workers().every((w) => w.parcels.every((p) => p.jobs.length === 1))).toBe(true);
    expect(pool.concurrency).toBe(3);
    pool.dispose();
  });

  it('opens a class batch through the pool in the candidates order', async () => {
    const codes = [encodeRunCode(identityOf('founder', 'a1', {}, [])), encodeRunCode(identityOf('ambivalent-ceo', 'c3', {}, [{ week: 5, type: 'gemba', rep: 1 }])), 'garbage'];
    const pool = new WorkerPool<Candidate, ClassRun | BadCode>({ spawn: () => new FakeWorker(openCandidate, (p: Parcel<Candidate>) => (p.jobs[0].text === codes[0] ? 20 : 0)), size: 2 });
    const batch = await openAll(emptyBatch(), fromText(codes.join('\n')).candidates, { open: (c) => pool.run(c), concurrency: pool.concurrency });
    const direct = await openAll(emptyBatch(), fromText(codes.join('\n')).candidates);
    expect(batch).toEqual(direct);
    expect(batch.runs.map((r) => r.code)).toEqual(codes.slice(0, 2));
    expect(batch.bad).toHaveLength(1);
    pool.dispose();
  });

  it('a job that throws fails only itself: the jobs queued behind it still run', async () => {
    const failsOnOdd = (n: number) => {
      if (n % 2 === 1) throw new Error(`odd ${n}`);
      return n * n;
    };
    const pool = new WorkerPool({ spawn: () => new FakeWorker(failsOnOdd), size: 1 });
    const settled = await Promise.allSettled([1, 3, 4, 6].map((n) => pool.run(n)));
    expect(settled.map((r) => (r.status === 'fulfilled' ? r.value : (r.reason as Error).message))).toEqual(['odd 1', 'odd 3', 16, 36]);
    expect(pool.busy).toBe(false);
    pool.dispose();
  });

  it('dispose rejects what is under way with Cancelled and lets the workers go; a later job starts new ones', async () => {
    const pool = new WorkerPool({ spawn: () => new FakeWorker(square, () => 50), size: 2 });
    const pending = pool.run(3);
    pool.dispose();
    await expect(pending).rejects.toBeInstanceOf(Cancelled);
    expect(workers().every((w) => w.terminated)).toBe(true);
    await expect(pool.run(4)).resolves.toBe(16);
    expect(workers().length).toBe(4);
    pool.dispose();
  });
});

describe('worker pool: workers that fail', () => {
  const square = (n: number) => n * n;

  it('a worker that errs mid-batch: what the workers held and what is left runs on the page, in order, and no worker is used again', async () => {
    const pool = new WorkerPool({ spawn: () => new FakeWorker(runJob, () => 5), size: 2, local: runJob });
    const many = jobsOf(20);
    const run = pool.runBatch(many);
    // the first worker's script dies before it answers
    workers()[0].crash('out of memory');
    const results = await run;
    expect(results.map((r) => r.hash)).toEqual(hashes(many));
    expect(pool.failed).toBe(true);
    expect(pool.concurrency).toBe(1);
    expect(workers().every((w) => w.terminated)).toBe(true);
    await expect(pool.run(jobs[0])).resolves.toMatchObject({ hash: hashes(jobs.slice(0, 1))[0] });
    expect(workers().length).toBe(2);
  });

  it('without a page fallback, a failing worker is reported to the caller (WorkerFailed), which can run the job itself', async () => {
    const pool = new WorkerPool({ spawn: () => new FakeWorker(square, () => 5), size: 2 });
    const held = [pool.run(2), pool.run(3)];
    workers()[1].crash('worker script failed to load');
    for (const p of held) await expect(p).rejects.toThrow(new WorkerFailed('worker script failed to load'));
    // the class view's way: on WorkerFailed, open on the page
    const open = (n: number) => pool.run(n).catch((e: unknown) => (e instanceof WorkerFailed ? square(n) : Promise.reject(e)));
    await expect(open(5)).resolves.toBe(25);
    expect(workers().length).toBe(2);
    expect(pool.failed).toBe(true);
  });

  it('where no worker can start: warm() says so, and the jobs run on the page (or are refused without a fallback)', async () => {
    const onPage = new WorkerPool({ spawn: noWorkers, size: 2, local: runJob });
    expect(onPage.warm()).toBe(false);
    const seen: number[] = [];
    const results = await onPage.runBatch(jobs.slice(0, 3), (p) => seen.push(p.done));
    expect(results.map((r) => r.hash)).toEqual(hashes(jobs.slice(0, 3)));
    expect(seen.at(-1)).toBe(3);
    const refused = new WorkerPool<number, number>({ spawn: noWorkers, size: 2 });
    await expect(refused.run(2)).rejects.toThrow(new WorkerFailed('no workers here'));
    expect(refused.busy).toBe(false);
  });

  it('cancel stops a batch running on the page', async () => {
    let ran = 0;
    // the researcher presses Cancel while the fifth run is under way
    const local = (job: LabJob) => {
      if (++ran === 5) pool.cancel();
      return runJob(job);
    };
    const pool = new WorkerPool({ spawn: noWorkers, size: 2, local });
    const run = pool.runBatch(jobsOf(30));
    const error = (await run.catch((e: unknown) => e)) as Cancelled;
    expect(error).toBeInstanceOf(Cancelled);
    expect(error.done).toBe(parcelSize(30, 1));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(ran).toBe(5);
  });
});
