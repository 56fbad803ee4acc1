/** The lab's pool: results in the jobs' order whatever finishes first, parcels from one shared index, throttled progress, Cancel stops the workers, and no workers means the page's thread. */
import { describe, expect, it } from 'vitest';
import { defaultParams, simulate } from '../../src/sim';
import { runJob, type LabJob } from '../../src/lab/job';
import { Cancelled, LabPool, MAX_PARCEL, parcelSize, type Parcel } from '../../src/lab/pool';

const params = { ...defaultParams(), 'run.weeks': 3, 'market.size': 200 };
const seeds = (n: number) => Array.from({ length: n }, (_, i) => String(i + 1));
const jobsOf = (n: number): LabJob[] => seeds(n).map((seed) => ({ params, seed, weeks: true }));
const jobs = jobsOf(6);

/** A stand-in for a Web Worker: answers a parcel after a delay that differs by parcel, so replies arrive out of order. */
class FakeWorker {
  onmessage: ((e: { data: unknown }) => void) | null = null;
  onerror: ((e: { message: string }) => void) | null = null;
  terminated = false;
  parcels: Parcel[] = [];
  static all: FakeWorker[] = [];
  constructor() {
    FakeWorker.all.push(this);
  }
  postMessage(msg: Parcel): void {
    this.parcels.push(msg);
    setTimeout(() => {
      if (!this.terminated) this.onmessage?.({ data: { first: msg.first, results: msg.jobs.map(runJob) } });
    }, Math.max(0, 20 - msg.first * 3));
  }
  terminate(): void {
    this.terminated = true;
  }
}

const spawn = () => new FakeWorker() as unknown as Worker;

describe('lab pool', () => {
  it('returns every result in the jobs order, with the hashes of simulate', async () => {
    const pool = new LabPool(spawn, 3);
    const seen: number[] = [];
    const results = await pool.run(jobs, (p) => seen.push(p.done));
    expect(results.map((r) => r.seed)).toEqual(seeds(6));
    expect(results.map((r) => r.hash)).toEqual(jobs.map((j) => simulate({ params, seed: j.seed }).hash));
    expect(results[0].weeks).toHaveLength(3);
    expect(seen[0]).toBe(0);
    expect(seen.at(-1)).toBe(6);
    pool.terminate();
  });

  it('hands out parcels from one index: every job once, two parcels ahead per worker, smaller towards the end', async () => {
    FakeWorker.all = [];
    const many = jobsOf(100).map((j) => ({ ...j, params: { ...params, 'run.weeks': 1 }, weeks: false }));
    const pool = new LabPool(spawn, 2);
    const results = await pool.run(many, () => undefined);
    expect(results.map((r) => r.seed)).toEqual(seeds(100));
    const parcels = FakeWorker.all.flatMap((w) => w.parcels).sort((a, b) => a.first - b.first);
    expect(parcels.flatMap((p) => p.jobs.map((j) => j.seed))).toEqual(seeds(100));
    expect(FakeWorker.all.every((w) => w.parcels.length >= 2)).toBe(true);
    expect(parcels[0].jobs.length).toBe(parcelSize(100, 2));
    expect(parcels.at(-1)!.jobs.length).toBe(1);
    expect(Math.max(...parcels.map((p) => p.jobs.length))).toBeLessThanOrEqual(MAX_PARCEL);
    pool.terminate();
  });

  it('parcel sizes: an eighth of a worker share, from 1 to MAX_PARCEL', () => {
    expect(parcelSize(1000, 2)).toBe(MAX_PARCEL);
    expect(parcelSize(64, 2)).toBe(4);
    expect(parcelSize(15, 2)).toBe(1);
    expect(parcelSize(1, 4)).toBe(1);
  });

  it('keeps its workers between batches and starts them on warm()', async () => {
    FakeWorker.all = [];
    const pool = new LabPool(spawn, 2);
    expect(pool.warm()).toBe(true);
    expect(FakeWorker.all.length).toBe(2);
    await pool.run(jobs.slice(0, 2), () => undefined);
    await pool.run(jobs.slice(2, 4), () => undefined);
    expect(FakeWorker.all.length).toBe(2);
    pool.terminate();
  });

  it('cancel rejects with what was done and terminates the workers', async () => {
    FakeWorker.all = [];
    const pool = new LabPool(spawn, 2);
    const run = pool.run(jobs, () => undefined);
    // cancel as soon as the first parcel's results are in
    const first = FakeWorker.all.find((w) => w.parcels.some((p) => p.first === 0))!;
    const deliver = first.onmessage!;
    first.onmessage = (e) => {
      deliver(e);
      pool.cancel();
    };
    await expect(run).rejects.toBeInstanceOf(Cancelled);
    const error = (await run.catch((e: unknown) => e)) as Cancelled;
    expect(error.done).toBeGreaterThanOrEqual(first.parcels[0].jobs.length);
    expect(error.done).toBeLessThan(jobs.length);
    expect(FakeWorker.all.length).toBe(2);
    expect(FakeWorker.all.every((w) => w.terminated)).toBe(true);
    expect(pool.busy).toBe(false);
  });

  it('a run that throws in a worker fails the batch with its message', async () => {
    const failing = () => {
      const w = new FakeWorker();
      w.postMessage = (msg: Parcel) => setTimeout(() => w.onmessage?.({ data: { first: msg.first, error: 'bad run' } }), 0);
      return w as unknown as Worker;
    };
    const pool = new LabPool(failing, 2);
    await expect(pool.run(jobs, () => undefined)).rejects.toThrow('bad run');
    expect(pool.busy).toBe(false);
  });

  it('runs on the page thread when no worker can start', async () => {
    const pool = new LabPool(() => {
      throw new Error('no workers here');
    }, 2);
    expect(pool.warm()).toBe(false);
    const results = await pool.run(jobs.slice(0, 2), () => undefined);
    expect(results.map((r) => r.hash)).toEqual(jobs.slice(0, 2).map((j) => simulate({ params, seed: j.seed }).hash));
  });
});
