/**
 * `npm run bench`: the core's speed, as a benchmark (never a timed test).
 * The core is bundled first with esbuild, as a browser gets it. Prints
 * customer-weeks per second on a reference market, default game runs per
 * second, and the ratio of the core's time to a floor loop measured in the
 * same process: the same number of random draws from the same generator and
 * one pass over the same customer arrays per week. Both sides are warmed up
 * first (untimed), so the figures are the engine's steady state, not its
 * compiler at work; the machine's load is printed, since other work on it
 * slows both sides.
 */
import { build } from 'esbuild';
import { availableParallelism, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = `${root}node_modules/.cache/salesfloor-bench/core.mjs`;
await build({
  stdin: {
    contents: `export * from './src/sim/index.ts'; export { drawsSoFar, Rng } from './src/sim/rng.ts'; export { scenarioParams } from './src/scenarios/index.ts';`,
    resolveDir: root,
    loader: 'ts',
  },
  bundle: true, format: 'esm', platform: 'neutral', mainFields: ['module', 'main'], outfile: out, logLevel: 'error',
});
const core = await import(out);

function time(fn: () => void): number {
  const t0 = performance.now();
  fn();
  return (performance.now() - t0) / 1000;
}

/**
 * The process's CPU time fn takes, in seconds: unlike the wall clock, not
 * stretched by the time other processes hold the cores, so a ratio of two
 * such times moves less with the machine's load (it still counts the engine's
 * own helper threads: the garbage collector's, the optimising compiler's).
 */
function cpuTime(fn: () => void): number {
  const c0 = process.cpuUsage();
  fn();
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1e6;
}

/**
 * Same draws, same arrays, no model: what the core cannot go below. The same
 * generator (the core's Rng) draws as many numbers as a run draws; each week a
 * pass over a list of active customers of the run's average size reads and
 * writes the arrays the core's customer pass uses.
 */
function floorLoop(weeks: number, n: number, draws: number, activeShare: number): number {
  const rng = core.Rng.fromSeed('floor');
  const sat = new Float64Array(n);
  const fit = new Float64Array(n);
  const bond = new Float64Array(n);
  const pressure = new Float64Array(n);
  const saleWeek = new Int32Array(n);
  const owner = new Int32Array(n);
  const misled = new Uint8Array(n);
  const active = Math.round(activeShare * n);
  const list = new Int32Array(active);
  for (let i = 0; i < active; i++) list[i] = (i * 7919) % n;
  let acc = 0;
  const perWeek = Math.ceil(draws / weeks);
  for (let w = 0; w < weeks; w++) {
    for (let i = active - 1; i >= 0; i--) {
      const c = list[i];
      const s = sat[c] + 0.001 * (fit[c] + bond[c] - sat[c] - pressure[c]);
      sat[c] = s;
      pressure[c] *= 0.97;
      bond[c] *= 0.995;
      acc += s + w - saleWeek[c] + misled[c] + owner[c];
    }
    for (let k = 0; k < perWeek; k++) acc += rng.next();
  }
  return acc;
}

/**
 * Core and floor runs alternate, one of each at a time, so that a change in
 * the machine's load during the benchmark weighs on both sides of the ratio.
 * `warmup` untimed runs of each come first, alternated the same way.
 */
function measure(label: string, params: Record<string, unknown>, repeats: number, warmup: number) {
  const p = core.resolveParams(params);
  const d0 = core.drawsSoFar();
  const probe = core.simulate({ params: p, seed: 'warm' });
  const draws = core.drawsSoFar() - d0;
  // the share of the market that is not a prospect, on average over the run
  const activeShare = probe.weeks.reduce((s: number, w: { activeCustomers: number }) => s + w.activeCustomers, 0) / probe.weeks.length / p['market.size'];
  floorLoop(p['run.weeks'], p['market.size'], draws, activeShare);
  for (let i = 0; i < warmup; i++) {
    core.simulate({ params: p, seed: `warm${i}` });
    floorLoop(p['run.weeks'], p['market.size'], draws, activeShare);
  }
  let tCore = 0;
  let tFloor = 0;
  let cpuCore = 0;
  let cpuFloor = 0;
  for (let i = 0; i < repeats; i++) {
    cpuCore += cpuTime(() => (tCore += time(() => core.simulate({ params: p, seed: String(i) }))));
    cpuFloor += cpuTime(() => (tFloor += time(() => floorLoop(p['run.weeks'], p['market.size'], draws, activeShare))));
  }
  const customerWeeks = p['market.size'] * p['run.weeks'] * repeats;
  return {
    label, runs: repeats, warmup, seconds: tCore, runsPerSecond: repeats / tCore, customerWeeksPerSecond: customerWeeks / tCore,
    drawsPerRun: draws, floorRatio: tCore / tFloor, cpuFloorRatio: cpuCore / cpuFloor,
  };
}

/**
 * Where a default game run's time goes, in a separate pass: the set-up of the
 * market (createRun), the 104 weeks (step) and the summary (summarize).
 */
function split(params: Record<string, unknown>, runs: number) {
  let setup = 0;
  let weeks = 0;
  let summary = 0;
  for (let i = 0; i < runs; i++) {
    let state: { week: number } = { week: 0 };
    setup += time(() => {
      state = core.createRun(params, `split${i}`);
    });
    weeks += time(() => {
      while (!core.isDone(state)) core.step(state, []);
    });
    summary += time(() => core.summarize(state));
  }
  return { setup: setup / runs, weeks: weeks / runs, summary: summary / runs };
}

const loadBefore = loadavg()[0];
const reference = measure('reference: 50 reps, 20,000 customers, 520 weeks', { 'reps.count': 50, 'market.size': 20000, 'run.weeks': 520 }, 10, 2);
const game = measure('default game run: sales-director, 104 weeks', core.scenarioParams('sales-director'), 200, 50);
const parts = split(core.scenarioParams('sales-director'), 200);
// one quarter of the default game, as the quarter scene computes it (13 steps), worst of many
const quarterParams = core.scenarioParams('sales-director');
let worstQuarter = 0;
let totalQuarter = 0;
for (let i = 0; i < 200; i++) {
  const state = core.createRun(quarterParams, `q${i}`);
  for (let q = 0; q < 8; q++) {
    const t = time(() => {
      for (let k = 0; k < 13; k++) core.step(state, []);
    });
    worstQuarter = Math.max(worstQuarter, t);
    totalQuarter += t;
  }
}

for (const r of [reference, game]) {
  console.log(r.label);
  console.log(`  ${r.runs} runs (after ${r.warmup + 1} untimed) in ${r.seconds.toFixed(2)} s: ${r.runsPerSecond.toFixed(1)} runs/s, ${(r.customerWeeksPerSecond / 1e6).toFixed(1)} M customer-weeks/s`);
  console.log(`  ${Math.round(r.drawsPerRun).toLocaleString('en')} random draws per run; core / floor loop = ${r.floorRatio.toFixed(2)}x (on CPU time: ${r.cpuFloorRatio.toFixed(2)}x)`);
}
const ms = (seconds: number) => (seconds * 1000).toFixed(2);
console.log(`  per run: set-up of the market ${ms(parts.setup)} ms, 104 weeks ${ms(parts.weeks)} ms, summary ${ms(parts.summary)} ms`);
console.log(`one quarter (13 weeks) of the default game: ${ms(totalQuarter / 1600)} ms on average, ${ms(worstQuarter)} ms at worst`);
console.log(`machine load (1-minute average, ${availableParallelism()} cores): ${loadBefore.toFixed(2)} at the start, ${loadavg()[0].toFixed(2)} at the end`);
