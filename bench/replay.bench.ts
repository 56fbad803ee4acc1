/**
 * `npm run bench` (second part): how long jumping anywhere in a recorded
 * 10-year run takes (issue 9: under 100 ms), at the game's market size and at
 * the largest (50,000 customers, 100 reps). A 520-week run of a scenario
 * (`--set run.weeks=520`) with a decision every quarter is recorded once with
 * src/replay/snapshots.ts; then many random weeks are asked for, each a
 * restore of the nearest snapshot and the steps after it, as the replay page
 * does on every scrub. Prints the recording time, the mean, the 95th
 * percentile and the worst jump, and the same for jumps that need the most
 * steps (the week before a snapshot). Warmed up first (untimed). Bundled with
 * esbuild as a browser gets it.
 */
import { build } from 'esbuild';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = `${root}node_modules/.cache/salesfloor-bench/replay.mjs`;
await build({
  stdin: {
    contents: `export * from './src/sim/index.ts'; export { scenarioParams } from './src/scenarios/index.ts'; export { RunSnapshots } from './src/replay/snapshots.ts';`,
    resolveDir: root,
    loader: 'ts',
  },
  bundle: true, format: 'esm', platform: 'neutral', mainFields: ['module', 'main'], outfile: out, logLevel: 'error',
});
const core = await import(out);

const WEEKS = 520;
const scenario = process.argv[2] ?? 'sales-director';
// a plan change every quarter, as a player's log would have
const decisions = Array.from({ length: WEEKS / 13 }, (_, q) => ({ week: q * 13, type: 'set', key: 'management.coaching', value: 0.1 + 0.1 * (q % 4) }));

/** A small seeded generator for the jump weeks (the bench must be repeatable too). */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function stats(ms: number[]): { mean: number; p95: number; worst: number } {
  const sorted = [...ms].sort((a, b) => a - b);
  return { mean: ms.reduce((a, b) => a + b, 0) / ms.length, p95: sorted[Math.floor(0.95 * (sorted.length - 1))], worst: sorted[sorted.length - 1] };
}

const f = (ms: number) => `${ms.toFixed(2)} ms`;
let met = true;

/** Records a 10-year run of the scenario with these overrides, then times random jumps and the longest ones. */
function bench(overrides: Record<string, number>, jumps: number): void {
  const params = core.scenarioParams(scenario, { 'run.weeks': WEEKS, ...overrides });
  const t0 = performance.now();
  const snaps = core.RunSnapshots.record({ params, seed: 'bench', decisions });
  const recordMs = performance.now() - t0;
  const timeJumps = (weeks: number[]): number[] =>
    weeks.map((w) => {
      const t = performance.now();
      const s = snaps.stateAt(w);
      const ms = performance.now() - t;
      if (s.week !== w || core.hashHex(s) !== snaps.hashes[w]) throw new Error(`jump to week ${w} gave another state`);
      return ms;
    });
  const rand = lcg(9);
  timeJumps(Array.from({ length: 20 }, () => Math.floor(rand() * (WEEKS + 1)))); // warm-up
  const anywhere = stats(timeJumps(Array.from({ length: jumps }, () => Math.floor(rand() * (WEEKS + 1)))));
  const every = snaps.every;
  const farthest = Array.from({ length: Math.ceil(jumps / 4) }, () => Math.floor(rand() * Math.floor(WEEKS / every)) * every + every - 1);
  const worstCase = stats(timeJumps(farthest));
  met &&= Math.max(anywhere.worst, worstCase.worst) < 100;
  console.log(`replay: ${scenario}, ${WEEKS} weeks, ${params['market.size']} customers, ${params['reps.count']} reps, a snapshot every ${every} weeks (${snaps.snapshotCount} kept)`);
  console.log(`  record the run once: ${f(recordMs)}`);
  console.log(`  ${jumps} jumps to random weeks: mean ${f(anywhere.mean)}, p95 ${f(anywhere.p95)}, worst ${f(anywhere.worst)}`);
  console.log(`  ${farthest.length} jumps to the week before a snapshot (${every - 1} steps each): mean ${f(worstCase.mean)}, worst ${f(worstCase.worst)}`);
}

bench({}, 400);
// the largest market a run may have: snapshots half as often (src/replay/snapshots.ts)
bench({ 'market.size': 50_000, 'reps.count': 100 }, 80);
console.log(`target: under 100 ms per jump; ${met ? 'met' : 'NOT met'}`);
console.log(`load average ${loadavg().map((x) => x.toFixed(2)).join(' ')} (other work on the machine slows every figure)`);
