/**
 * Part of `npm run bench`: how long the command line takes to start, as a
 * researcher calling it thousands of times sees it. Times whole processes of
 * `salesfloor run --weeks 1` through the prebuilt bundle and through tsx
 * (SALESFLOOR_CLI_TSX=1), next to a bare `node` start and a full 104-week run,
 * alternated so a change of the machine's load weighs on every side.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = join(root, 'bin', 'salesfloor.mjs');
const oneWeek = [bin, 'run', '--scenario', 'sales-director', '--weeks', '1'];
const fullRun = [bin, 'run', '--scenario', 'sales-director'];

function once(args: string[], env: Record<string, string> = {}): number {
  const t0 = performance.now();
  const out = spawnSync(process.execPath, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'inherit'] });
  if (out.status !== 0) throw new Error(`node ${args.join(' ')} exited ${out.status}`);
  return performance.now() - t0;
}

once(oneWeek); // builds the bundle if it is stale, outside the measure
const cases = {
  'node -e 0 (the floor)': () => once(['-e', '0']),
  'run --weeks 1, bundle': () => once(oneWeek),
  'run --weeks 1, tsx': () => once(oneWeek, { SALESFLOOR_CLI_TSX: '1' }),
  'run (104 weeks), bundle': () => once(fullRun),
};
const times: Record<string, number[]> = Object.fromEntries(Object.keys(cases).map((k) => [k, []]));
for (let i = 0; i < 10; i++) for (const [name, fn] of Object.entries(cases)) times[name].push(fn());

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
console.log('command line start-up, median of 10 processes each (alternated):');
for (const [name, xs] of Object.entries(times)) console.log(`  ${name.padEnd(26)} ${median(xs).toFixed(0).padStart(5)} ms`);
const ratio = median(times['run --weeks 1, tsx']) / median(times['run --weeks 1, bundle']);
console.log(`  tsx / bundle: ${ratio.toFixed(1)}x`);
