/**
 * Part of `npm run bench`: how `salesfloor sweep` scales with worker threads.
 * Sweeps of 100 and of 1,000 default runs (the founder's scenario, 104 weeks,
 * seeds 1 to n) through the command line's bundle, in this one process, with
 * 1 and with 2 workers, alternated (three times for 100 runs, once for 1,000)
 * so a change of the machine's load weighs on both; the pool's start-up is
 * inside each measure, as a user sees it, and also timed alone (a sweep of
 * one run per worker). Prints the medians, the ratios (the issue asks
 * ≥ 1.8×) and the machine's load.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
// @ts-expect-error: a plain ES module of the bin, without types
import { importBundled } from '../bin/cliBundle.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = (await importBundled(root, 'src/cli/main.ts', join(root, 'node_modules', '.cache', 'salesfloor-cli'))) as typeof import('../src/cli/main') | null;
if (!cli) throw new Error('cannot build the command line bundle');
const tmp = mkdtempSync(join(tmpdir(), 'salesfloor-sweep-bench-'));

async function sweep(seeds: number, workers: number): Promise<number> {
  const spec = join(tmp, `spec-${seeds}.json`);
  writeFileSync(spec, JSON.stringify({ scenario: 'founder', seeds }));
  let err = '';
  const t0 = performance.now();
  const code = await cli!.main(['sweep', '--spec', spec, '--workers', String(workers)], { stdout: () => {}, stderr: (t) => (err += t), env: { LANG: 'C' } });
  if (code !== 0) throw new Error(`sweep exited ${code}: ${err}`);
  return performance.now() - t0;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const loadBefore = loadavg()[0];
console.log(`salesfloor sweep, default runs (founder, 104 weeks), ${availableParallelism()} cores:`);
for (const [runs, reps] of [
  [100, 3],
  [1000, 1],
]) {
  const times: Record<number, number[]> = { 1: [], 2: [] };
  const startup: Record<number, number[]> = { 1: [], 2: [] };
  for (let i = 0; i < reps; i++) {
    for (const w of [1, 2]) {
      times[w].push(await sweep(runs, w));
      startup[w].push(await sweep(w, w));
    }
  }
  const net = (w: number) => median(times[w]) - median(startup[w]);
  for (const w of [1, 2]) {
    const line = `  ${String(runs).padStart(4)} runs, ${w} worker${w > 1 ? 's' : ' '}  ${(median(times[w]) / 1000).toFixed(2).padStart(6)} s  (${((runs * 1000) / median(times[w])).toFixed(0)} runs/s)`;
    console.log(`${line}; one run per worker (the pool's start-up and the call): ${(median(startup[w]) / 1000).toFixed(2)} s`);
  }
  console.log(`  ${String(runs).padStart(4)} runs, 1 → 2 workers: ${(median(times[1]) / median(times[2])).toFixed(2)}x; without the start-up ${(net(1) / net(2)).toFixed(2)}x`);
}
console.log(`  load average ${loadBefore.toFixed(2)} before, ${loadavg()[0].toFixed(2)} after`);
rmSync(tmp, { recursive: true, force: true });
