/**
 * npm run sensitivity — what the conclusions depend on. Writes
 * reports/sensitivity.md and reports/sensitivity.json:
 *   - the thesis measures at the defaults on the validation's 30 seeds (its figures, checked against reports/validation.json);
 *   - their Sobol' indices (S1, ST, 95% bootstrap intervals, each ST's seed-noise floor) over the key premises and free plan levers
 *     (src/validation/sensitivity/measures.ts), on the research code of `salesfloor sensitivity` and its evaluator;
 *   - with --findings R, a Morris screen of each finding's headline effect (R trajectories).
 *
 *   npm run sensitivity                              n 256 base samples, 4 paired seeds (about 5 minutes on 2 cores)
 *   npm run sensitivity -- --n 512 --seeds 8         tighter intervals
 *   npm run sensitivity -- --findings 4              and the findings' screen (slow)
 *   npm run sensitivity -- --floor 128               each ST's seed-noise floor from 128 base samples (default 64; 0: none) on as many other seeds
 *   npm run sensitivity -- --workers 2 --out DIR
 */
import { availableParallelism } from 'node:os';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { Piscina } from 'piscina';
import { MODEL_NAME, MODEL_VERSION } from '../src/sim';
import { scenarioParams } from '../src/scenarios';
import { estimate } from '../src/shared/stats';
import { check, defaultSeeds } from '../src/validation';
import { design, LEVELS, toOverrides } from '../src/research/morris';
import { effects } from '../src/research/morris';
import { designRows, floorDesignRows, indicesOf, outputsOf, rowOutputs, rowPoints } from '../src/research/sensitivity';
import { openEvaluator } from '../src/cli/evaluate';
import { jsonText } from '../src/cli/researchFiles';
import { FINDINGS, screeningFactors, THESIS_OUTPUTS, THESIS_SCENARIOS, THESIS_WEEKS, thesisOfPair, thesisSpec } from '../src/validation/sensitivity/measures';
import { sensitivityMarkdown, type AtDefaults, type FindingScreen, type SensitivityResult } from '../src/validation/sensitivity/report';
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
      n: { type: 'string', default: '256' },
      seeds: { type: 'string', default: '4' },
      bootstrap: { type: 'string', default: '1000' },
      findings: { type: 'string', default: '0' },
      'finding-seeds': { type: 'string', default: '2' },
      floor: { type: 'string', default: '64' },
      workers: { type: 'string', default: String(availableParallelism()) },
      seed: { type: 'string', default: 'sensitivity' },
      out: { type: 'string', default: 'reports' },
    },
  }).values;
} catch (error) {
  fail((error as Error).message);
}
const n = wholeNumber('n', args.n, 2);
const seeds = defaultSeeds(wholeNumber('seeds', args.seeds, 1));
const bootstrap = wholeNumber('bootstrap', args.bootstrap, 10);
const floorSamples = Math.min(n, wholeNumber('floor', args.floor, 0));
// the seed-noise floors' seeds: as many again, after the design's (v5–v8 beside v1–v4)
const floorSeeds = defaultSeeds(2 * seeds.length).slice(seeds.length);
const rFindings = wholeNumber('findings', args.findings, 0);
const findingSeeds = defaultSeeds(wholeNumber('finding-seeds', args['finding-seeds'], 1));
const workers = wholeNumber('workers', args.workers, 1);
const tty = process.stderr.isTTY;
const note = (text: string) => process.stderr.write(`sensitivity: ${text}\n`);

const started = performance.now();
const spec = thesisSpec({ n, seeds, bootstrap, floor: floorSamples, seed: args.seed });
const measures = Object.keys(spec.measures);
const ev = openEvaluator({ workers, measures: spec.measures, progress: tty ? 'sensitivity [{bar}] {percentage}% | {value}/{total} runs | {duration_formatted} elapsed, ~{eta_formatted} left' : null });

// 1. the thesis at the defaults, on the validation's seeds
const validationSeeds = defaultSeeds(30);
const defaults = THESIS_SCENARIOS.map((id) => scenarioParams(id, { 'run.weeks': THESIS_WEEKS }));
const atDefault = await ev.evaluate(defaults, validationSeeds);
const M = measures.length;
const perSeed = validationSeeds.map((_, s) => {
  const founder = atDefault.subarray(s * M, (s + 1) * M);
  const director = atDefault.subarray((validationSeeds.length + s) * M, (validationSeeds.length + s + 1) * M);
  return thesisOfPair(measures, founder, director);
});
const validationFile = join(root, 'reports', 'validation.json');
const subchecks: { label: string; effect: number; ci: [number, number] }[] = existsSync(validationFile)
  ? (JSON.parse(readFileSync(validationFile, 'utf8')).checks.find((c: { id: string }) => c.id === 'THESIS')?.subchecks ?? [])
  : [];
const atDefaults: AtDefaults[] = THESIS_OUTPUTS.map((t) => {
  const e = estimate(perSeed.map((p) => p[t.id]));
  const v = subchecks.find((c) => c.label === t.validation);
  return { id: t.id, label: t.label, unit: t.unit, mean: e.mean, ci: e.ci, n: e.n, validation: v ? { effect: v.effect, ci: v.ci } : null };
});
for (const a of atDefaults) {
  if (a.validation && Math.abs(a.validation.effect - a.mean) > 1e-9 * Math.max(1, Math.abs(a.mean))) note(`${a.id} at the defaults is ${a.mean}, reports/validation.json says ${a.validation.effect}: regenerate it (npm run validate)`);
}

// 2. the Sobol' analysis
const rows = designRows(spec);
note(`${rows.length} design rows × ${spec.scenarios.length} scenarios × ${spec.seeds.length} seeds = ${rows.length * spec.scenarios.length * spec.seeds.length} runs on ${workers} workers`);
const values = await ev.evaluate(rows.flatMap((u) => rowPoints(spec, u)), spec.seeds);
const againRows = floorDesignRows(spec);
if (againRows.length > 0) note(`seed-noise floors: the A and AB rows of ${floorSamples} base samples on seeds ${floorSeeds.join(', ')}, ${againRows.length * spec.scenarios.length * floorSeeds.length} runs`);
const againValues = againRows.length > 0 ? await ev.evaluate(againRows.flatMap((i) => rowPoints(spec, rows[i])), floorSeeds) : [];
await ev.close();
const ids = outputsOf(spec).map((o) => o.id);
const named = rowOutputs(spec, values, rows.length).map((row) => Object.fromEntries(ids.map((id, k) => [id, row[k]])));
const namedAgain = rowOutputs(spec, againValues, againRows.length).map((row) => Object.fromEntries(ids.map((id, k) => [id, row[k]])));
const thesisOutputs = THESIS_OUTPUTS.map((t) => ({ id: t.id, label: t.label, unit: t.unit, indices: indicesOf(spec, named.map(t.of), t.id, { again: againRows.length > 0 ? namedAgain.map(t.of) : undefined }) }));
const thesisOutput = (id: string) => THESIS_OUTPUTS.find((t) => t.id === id) ?? fail(`no thesis output ${id}`);
const lead = named.map(thesisOutput('thesis.year2Lead').of);
const repLead = named.map(thesisOutput('thesis.reputationLead').of);
let runs = (defaults.length * validationSeeds.length) + (rows.length + againRows.length) * spec.scenarios.length * spec.seeds.length;

// 3. the findings' Morris screen, if asked
let findings: SensitivityResult['findings'] = null;
if (rFindings > 0) {
  const workerFile = join(root, 'node_modules', '.cache', 'salesfloor-sensitivity', 'worker.mjs');
  await build({ entryPoints: [join(root, 'scripts', 'sensitivityWorker.ts')], bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile: workerFile, logLevel: 'error' });
  const pool = new Piscina<PointTask, Record<string, number>>({ filename: workerFile, minThreads: workers, maxThreads: workers });
  const { factors, held } = screeningFactors();
  const trajectories = design(factors.length, rFindings, args.seed);
  note(`findings: ${trajectories.length * (factors.length + 1)} points of the Morris design, each every finding on ${findingSeeds.length} seeds`);
  const outputs = await Promise.all(trajectories.map((tr) => Promise.all(tr.points.map((x) => pool.run({ overrides: toOverrides(factors, x), findingSeeds, quick: false })))));
  await pool.destroy();
  const screens: FindingScreen[] = FINDINGS.map((exp) => {
    const ys = outputs.map((tr) => tr.map((o) => o[exp.id]));
    const failed = ys.flat().filter((v) => !Number.isFinite(v)).length;
    const c = check(exp.id, validationSeeds);
    return {
      id: exp.id,
      label: exp.metric,
      unit: 'as in the validation report',
      atDefaults: { effect: c.effect, ci: c.ci, n: c.n },
      failed,
      points: ys.flat().length,
      effects: failed > 0 ? null : effects(factors, trajectories, ys),
    };
  });
  runs += trajectories.length * (factors.length + 1) * FINDINGS.length * findingSeeds.length;
  findings = { trajectories: rFindings, levels: LEVELS, seed: args.seed, seeds: findingSeeds, factors: factors.length, held, outputs: screens };
}

const argv = process.argv.slice(2);
const result: SensitivityResult = {
  model: { name: MODEL_NAME, version: MODEL_VERSION },
  command: ['npm run sensitivity', ...(argv.length ? ['--', ...argv] : [])].join(' '),
  workers,
  runs,
  elapsedSeconds: (performance.now() - started) / 1000,
  atDefaults: { seeds: validationSeeds, outputs: atDefaults },
  thesis: {
    spec,
    designRows: rows.length,
    floor: againRows.length > 0 ? { samples: floorSamples, seeds: floorSeeds } : undefined,
    outputs: thesisOutputs,
    directorWins: { rows: rows.length, profitShare: lead.filter((x) => x < 0).length / rows.length, reputationShare: repLead.filter((x) => x < 0).length / rows.length },
  },
  findings,
};
mkdirSync(args.out, { recursive: true });
writeFileSync(join(args.out, 'sensitivity.md'), sensitivityMarkdown(result));
writeFileSync(join(args.out, 'sensitivity.json'), jsonText(result));
note(`wrote ${join(args.out, 'sensitivity.md')} and ${join(args.out, 'sensitivity.json')} in ${result.elapsedSeconds.toFixed(0)} s`);
