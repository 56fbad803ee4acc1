/**
 * Part of `npm run bench`: how `salesfloor sweep` scales with worker threads.
 * Sweeps of 100, 600 (issue 20's aim: ≥ 1.8× on 2 workers), 1,000 and 5,000 default runs (the founder's scenario, 104 weeks,
 * seeds 1 to n) through the command line's bundle, in this one process, with
 * 1 and with 2 workers back to back, three times, so a change of the
 * machine's load weighs on both; the pool's start-up is inside each measure,
 * as a user sees it. Prints the best of each (the least disturbed by the
 * other work on the machine) and the median, the ratio against the issue's
 * aim (≥ 1.8×), the CPU the process spent per run (what a second worker adds:
 * its own start-up and the model's warm-up in a fresh V8 isolate, whatever
 * the load) and the machine's load. `BENCH_SWEEP_REPS` changes the repetitions,
 * `BENCH_SWEEP_SIZES` (e.g. `100,1000`) the sizes.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
// @ts-expect-error: a plain ES module of the bin, without types
import { importBundled } from '../bin/cliBundle.mjs';

const AIM = 1.8;
const REPS = Number(process.env.BENCH_SWEEP_REPS ?? 3);
/** sweep sizes: a fresh worker's warm-up (about 0.5 s of CPU) weighs less on a sweep the size of a study's */
const SIZES = (process.env.BENCH_SWEEP_SIZES ?? '100,600,1000,5000').split(',').map(Number);
const root = fileURLToPath(new URL('..', import.meta.url));
const cli = (await importBundled(root, 'src/cli/main.ts', join(root, 'node_modules', '.cache', 'salesfloor-cli'))) as typeof import('../src/cli/main') | null;
if (!cli) throw new Error('cannot build the command line bundle');
const tmp = mkdtempSync(join(tmpdir(), 'salesfloor-sweep-bench-'));

/** One sweep: its wall time and the CPU time of the whole process (main thread and workers), in ms. */
async function sweep(seeds: number, workers: number): Promise<{ wall: number; cpu: number }> {
  const spec = join(tmp, `spec-${seeds}.json`);
  writeFileSync(spec, JSON.stringify({ scenario: 'founder', seeds }));
  let err = '';
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const code = await cli!.main(['sweep', '--spec', spec, '--workers', String(workers)], { stdout: () => {}, stderr: (t) => (err += t), env: { LANG: 'C' } });
  if (code !== 0) throw new Error(`sweep exited ${code}: ${err}`);
  const wall = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return { wall, cpu: (c.user + c.system) / 1000 };
}

const best = (xs: number[]) => Math.min(...xs);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const loadBefore = loadavg()[0];
console.log(`salesfloor sweep, default runs (founder, 104 weeks), ${availableParallelism()} cores, ${REPS} × (1 worker, 2 workers) back to back:`);
for (const runs of SIZES) {
  const walls: Record<number, number[]> = { 1: [], 2: [] };
  const cpus: Record<number, number[]> = { 1: [], 2: [] };
  for (let i = 0; i < REPS; i++) {
    for (const w of [1, 2]) {
      const s = await sweep(runs, w);
      walls[w].push(s.wall);
      cpus[w].push(s.cpu);
    }
  }
  for (const w of [1, 2]) {
    const b = best(walls[w]);
    console.log(`  ${String(runs).padStart(4)} runs, ${w} worker${w > 1 ? 's' : ' '}  best ${(b / 1000).toFixed(2).padStart(6)} s (${((runs * 1000) / b).toFixed(0)} runs/s), median ${(median(walls[w]) / 1000).toFixed(2)} s; process CPU ${(median(cpus[w]) / runs).toFixed(2)} ms a run`);
  }
  const ratio = best(walls[1]) / best(walls[2]);
  console.log(`  ${String(runs).padStart(4)} runs, 1 → 2 workers: ${ratio.toFixed(2)}× on the best (${(median(walls[1]) / median(walls[2])).toFixed(2)}× on the medians); aim ≥ ${AIM}×: ${ratio >= AIM ? 'met' : 'NOT MET'}`);
  const extra = median(cpus[2]) - median(cpus[1]);
  console.log(`  ${String(runs).padStart(4)} runs: the second worker costs ${(extra / 1000).toFixed(2)} s of CPU more, so 2 cores at best give ${((2 * median(cpus[1])) / median(cpus[2])).toFixed(2)}×`);
}
console.log(`  load average ${loadBefore.toFixed(2)} before, ${loadavg()[0].toFixed(2)} after`);
rmSync(tmp, { recursive: true, force: true });
