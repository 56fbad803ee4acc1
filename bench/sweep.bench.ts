/**
 * Part of `npm run bench`: how `salesfloor sweep` scales with worker threads.
 * A sweep of 100 default runs (the founder's scenario, 104 weeks, seeds 1 to
 * 100) through the command line's bundle, in this one process, with 1 and
 * with 2 workers, alternated three times so a change of the machine's load
 * weighs on both; the pool's start-up is inside each measure, as a user sees
 * it. Prints the medians, the ratio (the issue asks ≥ 1.8×), the same ratio
 * without the fixed cost of starting the pool (timed as a sweep of one run
 * per worker) and the load.
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
const spec = join(tmp, 'spec.json');
const RUNS = 100;
writeFileSync(spec, JSON.stringify({ scenario: 'founder', seeds: RUNS }));
// the fixed cost: a pool started for 1 run per worker
const tiny = join(tmp, 'tiny.json');

async function once(workers: number, file = spec): Promise<number> {
  let err = '';
  const t0 = performance.now();
  if (file === tiny) writeFileSync(tiny, JSON.stringify({ scenario: 'founder', seeds: workers }));
  const code = await cli!.main(['sweep', '--spec', file, '--workers', String(workers)], { stdout: () => {}, stderr: (t) => (err += t), env: { LANG: 'C' } });
  if (code !== 0) throw new Error(`sweep exited ${code}: ${err}`);
  return performance.now() - t0;
}

const times: Record<number, number[]> = { 1: [], 2: [] };
const startup: Record<number, number[]> = { 1: [], 2: [] };
const loadBefore = loadavg()[0];
for (let i = 0; i < 3; i++) {
  for (const w of [1, 2]) {
    times[w].push(await once(w));
    startup[w].push(await once(w, tiny));
  }
}
rmSync(tmp, { recursive: true, force: true });

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
console.log(`sweep of ${RUNS} default runs (founder, 104 weeks), median of 3 (alternated), ${availableParallelism()} cores:`);
for (const w of [1, 2]) {
  const line = `  ${w} worker${w > 1 ? 's' : ' '}  ${(median(times[w]) / 1000).toFixed(2).padStart(6)} s  (${((RUNS * 1000) / median(times[w])).toFixed(0)} runs/s)`;
  console.log(`${line}; a sweep of one run per worker (the pool's start-up and the call): ${(median(startup[w]) / 1000).toFixed(2)} s`);
}
const net = (w: number) => median(times[w]) - median(startup[w]);
console.log(`  1 → 2 workers: ${(median(times[1]) / median(times[2])).toFixed(2)}x; without the start-up ${(net(1) / net(2)).toFixed(2)}x`);
console.log(`  load average ${loadBefore.toFixed(2)} before, ${loadavg()[0].toFixed(2)} after`);
