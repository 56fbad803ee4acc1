/**
 * Part of `npm run bench`: how long the command line takes to start, as a
 * researcher calling it thousands of times sees it. Times whole processes of
 * `salesfloor run --weeks 1` through the prebuilt bundle and through tsx
 * (SALESFLOOR_CLI_TSX=1), next to a bare `node` start, a full 104-week run,
 * a 48-run sweep (issue 20's aim: at most 1 s as a whole process) and
 * `salesfloor help` through `npx` (what npm's own start adds to every call),
 * alternated so a change of the machine's load weighs on every side. The
 * machine's load is printed: other work on it slows every process.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = join(root, 'bin', 'salesfloor.mjs');
const oneWeek = [bin, 'run', '--scenario', 'sales-director', '--weeks', '1'];
const fullRun = [bin, 'run', '--scenario', 'sales-director'];
const tmp = mkdtempSync(join(tmpdir(), 'salesfloor-cli-bench-'));
const spec48 = join(tmp, 'spec.json');
writeFileSync(spec48, JSON.stringify({ scenario: 'founder', seeds: 48 }));
const sweep48 = [bin, 'sweep', '--spec', spec48];
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

function once(args: string[], env: Record<string, string> = {}, command = process.execPath): number {
  const t0 = performance.now();
  // stderr kept for a failure's message (a sweep writes its plan line there too)
  const out = spawnSync(command, args, { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  if (out.status !== 0) throw new Error(`${command} ${args.join(' ')} exited ${out.status}: ${out.stderr}`);
  return performance.now() - t0;
}

once(oneWeek); // builds the bundle if it is stale, outside the measure
once(['salesfloor', 'help'], {}, npx); // npm's first look-up, outside the measure
const loadBefore = loadavg()[0];
const cases = {
  'node -e 0 (the floor)': () => once(['-e', '0']),
  'run --weeks 1, bundle': () => once(oneWeek),
  'run --weeks 1, tsx': () => once(oneWeek, { SALESFLOOR_CLI_TSX: '1' }),
  'run (104 weeks), bundle': () => once(fullRun),
  'sweep of 48 runs, bundle': () => once(sweep48),
  'help, node bin/salesfloor.mjs': () => once([bin, 'help']),
  'help, npx salesfloor': () => once(['salesfloor', 'help'], {}, npx),
};
const times: Record<string, number[]> = Object.fromEntries(Object.keys(cases).map((k) => [k, []]));
for (let i = 0; i < 10; i++) for (const [name, fn] of Object.entries(cases)) times[name].push(fn());
rmSync(tmp, { recursive: true, force: true });

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
console.log('command line start-up, median of 10 processes each (alternated):');
for (const [name, xs] of Object.entries(times)) console.log(`  ${name.padEnd(30)} ${median(xs).toFixed(0).padStart(5)} ms`);
const ratio = median(times['run --weeks 1, tsx']) / median(times['run --weeks 1, bundle']);
console.log(`  tsx / bundle: ${ratio.toFixed(1)}x`);
const sweep = median(times['sweep of 48 runs, bundle']);
console.log(`  48-run sweep, whole process: ${(sweep / 1000).toFixed(2)} s; aim ≤ 1 s: ${sweep <= 1000 ? 'met' : 'NOT MET'}`);
console.log(`  npx adds ${((median(times['help, npx salesfloor']) - median(times['help, node bin/salesfloor.mjs'])) / 1000).toFixed(2)} s to a call (README: call the bin without it)`);
console.log(`  load average (${availableParallelism()} cores) ${loadBefore.toFixed(2)} before, ${loadavg()[0].toFixed(2)} after`);
