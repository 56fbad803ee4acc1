/** The lab's pool: results in the jobs' order whatever finishes first, Cancel stops the workers, and no workers means the page's thread. */
import { describe, expect, it } from 'vitest';
import { defaultParams, simulate } from '../../src/sim';
import { runJob, type LabJob } from '../../src/lab/job';
import { Cancelled, LabPool } from '../../src/lab/pool';

const params = { ...defaultParams(), 'run.weeks': 3, 'market.size': 200 };
const jobs: LabJob[] = ['1', '2', '3', '4', '5', '6'].map((seed) => ({ params, seed, weeks: true }));

/** A stand-in for a Web Worker: answers after a delay that differs by job, so replies arrive out of order. */
class FakeWorker {
  onmessage: ((e: { data: unknown }) => void) | null = null;
  onerror: ((e: { message: string }) => void) | null = null;
  terminated = false;
  static all: FakeWorker[] = [];
  constructor() {
    FakeWorker.all.push(this);
  }
  postMessage(msg: { id: number; job: LabJob }): void {
    setTimeout(() => {
      if (!this.terminated) this.onmessage?.({ data: { id: msg.id, result: runJob(msg.job) } });
    }, 20 - msg.id * 3);
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
    expect(results.map((r) => r.seed)).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(results.map((r) => r.hash)).toEqual(jobs.map((j) => simulate({ params, seed: j.seed }).hash));
    expect(results[0].weeks).toHaveLength(3);
    expect(seen.at(-1)).toBe(6);
    pool.terminate();
  });

  it('cancel rejects with what was done and terminates the workers', async () => {
    FakeWorker.all = [];
    const pool = new LabPool(spawn, 2);
    const run = pool.run(jobs, (p) => {
      if (p.done === 1) pool.cancel();
    });
    await expect(run).rejects.toBeInstanceOf(Cancelled);
    await expect(run).rejects.toMatchObject({ done: 1 });
    expect(FakeWorker.all.length).toBe(2);
    expect(FakeWorker.all.every((w) => w.terminated)).toBe(true);
    expect(pool.busy).toBe(false);
  });

  it('runs on the page thread when no worker can start', async () => {
    const pool = new LabPool(() => {
      throw new Error('no workers here');
    }, 2);
    const results = await pool.run(jobs.slice(0, 2), () => undefined);
    expect(results.map((r) => r.hash)).toEqual(jobs.slice(0, 2).map((j) => simulate({ params, seed: j.seed }).hash));
  });
});
