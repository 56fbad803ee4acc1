/**
 * npm run sensitivity — a global screening (Morris elementary effects) of the
 * thesis measures and of each finding's effect over every parameter in its
 * range, seeds paired, in worker threads with a progress bar. Writes
 * reports/sensitivity.md and reports/sensitivity.json.
 *
 *   npm run sensitivity                               10 trajectories, findings on the first 4
 *   npm run sensitivity -- --trajectories 20 --seeds 6
 *   npm run sensitivity -- --findings 0               the thesis only
 *   npm run sensitivity -- --workers 2 --quick --out DIR
 */
import { availableParallelism } from 'node:os';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { Piscina } from 'piscina';
import cliProgress from 'cli-progress';
import { MODEL_NAME, MODEL_VERSION } from '../src/sim';
import { defaultSeeds } from '../src/validation';
import { design, DELTA, LEVELS, toOverrides } from '../src/research/morris';
import { findingOutputs, screeningFactors, THESIS_OUTPUTS } from '../src/validation/sensitivity/measures';
import { directorRegion, rank, sensitivityMarkdown, type PointOutputs, type SensitivityResult } from '../src/validation/sensitivity/report';
import type { PointTask } from './sensitivityWorker';

const root = fileURLToPath(new URL('..', import.meta.url));

function fail(message: string): never {
  process.stderr.write(`sensitivity: ${message}\n`);
  process.exit(2);
}

function wholeNumber(name: string, text: string, min: number): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < min) fail(`--${name} must be a whole number of at least ${min}, not "${text}"`);
  return n;
}

let args;
try {
  args = parseArgs({
    options: {
      trajectories: { type: 'string', default: '10' },
      findings: { type: 'string', default: '4' },
      seeds: { type: 'string', default: '4' },
      'finding-seeds': { type: 'string', default: '2' },
      workers: { type: 'string', default: String(availableParallelism()) },
      seed: { type: 'string', default: 'sensitivity' },
      quick: { type: 'boolean', default: false },
      out: { type: 'string', default: 'reports' },
    },
  }).values;
} catch (error) {
  fail((error as Error).message);
}
const r = wholeNumber('trajectories', args.trajectories, 2);
const rFindings = Math.min(r, wholeNumber('findings', args.findings, 0));
const thesisSeeds = defaultSeeds(wholeNumber('seeds', args.seeds, 1));
const findingSeeds = defaultSeeds(wholeNumber('finding-seeds', args['finding-seeds'], 1));
const workers = wholeNumber('workers', args.workers, 1);

const started = performance.now();
const workerFile = join(root, 'node_modules', '.cache', 'salesfloor-sensitivity', 'worker.mjs');
await build({ entryPoints: [join(root, 'scripts', 'sensitivityWorker.ts')], bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile: workerFile, logLevel: 'error' });
const pool = new Piscina<PointTask, Record<string, number>>({ filename: workerFile, minThreads: workers, maxThreads: workers });

const { factors, held } = screeningFactors();
const trajectories = design(factors.length, r, args.seed);
const tasks: { t: number; j: number; task: PointTask }[] = [];
trajectories.forEach((tr, t) =>
  tr.points.forEach((x, j) => tasks.push({ t, j, task: { overrides: toOverrides(factors, x), thesisSeeds, findingSeeds: t < rFindings ? findingSeeds : [], quick: args.quick } })),
);
// the defaults, for scale
tasks.push({ t: -1, j: 0, task: { overrides: {}, thesisSeeds, findingSeeds: rFindings > 0 ? findingSeeds : [], quick: args.quick } });

const tty = process.stderr.isTTY;
const bar = tty ? new cliProgress.SingleBar({ format: 'sensitivity [{bar}] {percentage}% | {value}/{total} points | {duration_formatted} elapsed, ~{eta_formatted} left', stream: process.stderr }) : null;
bar?.start(tasks.length, 0);
let done = 0;
let lastTenth = 0;
const outputs: PointOutputs = trajectories.map((tr) => tr.points.map(() => ({})));
let baseline: Record<string, number> = {};
await Promise.all(
  tasks.map(async ({ t, j, task }) => {
    const result = await pool.run(task);
    if (t < 0) baseline = result;
    else outputs[t][j] = result;
    done++;
    bar?.update(done);
    const tenth = Math.floor((10 * done) / tasks.length);
    if (!tty && tenth > lastTenth) {
      lastTenth = tenth;
      process.stderr.write(`sensitivity: ${tenth * 10}% of ${tasks.length} points\n`);
    }
  }),
);
bar?.stop();
await pool.destroy();

const specs = [...THESIS_OUTPUTS, ...(rFindings > 0 ? findingOutputs() : [])];
// the thesis measures were taken on every trajectory, the findings on the first rFindings
const used = (spec: { id: string }) => (spec.id.startsWith('thesis.') ? trajectories.length : rFindings);
const ranked = specs.map((spec) => rank(factors, trajectories.slice(0, used(spec)), outputs.slice(0, used(spec)), spec));
const year2 = ranked.find((o) => o.spec.id === 'thesis.year2LeadShare');
const result: SensitivityResult = {
  model: { name: MODEL_NAME, version: MODEL_VERSION },
  design: { trajectories: r, findingTrajectories: rFindings, levels: LEVELS, delta: DELTA, seed: args.seed, thesisSeeds, findingSeeds, quick: args.quick },
  factors,
  held,
  baseline,
  outputs: ranked,
  directorWins: directorRegion(factors, trajectories, outputs, year2?.effects ?? []),
  elapsedSeconds: (performance.now() - started) / 1000,
};
mkdirSync(args.out, { recursive: true });
writeFileSync(join(args.out, 'sensitivity.md'), sensitivityMarkdown(result));
writeFileSync(join(args.out, 'sensitivity.json'), `${JSON.stringify(result, null, 2)}\n`);
process.stderr.write(`wrote ${join(args.out, 'sensitivity.md')} and ${join(args.out, 'sensitivity.json')} in ${result.elapsedSeconds.toFixed(0)} s\n`);
