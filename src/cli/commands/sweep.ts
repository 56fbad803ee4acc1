/**
 * `salesfloor sweep --spec FILE [--workers N] [--shard i/n] [--out DIR] [--dry-run]`:
 * every run of a sweep spec (src/lab/sweepSpec.ts), or of one shard of it,
 * simulated in a pool of worker threads (piscina), written as tidy tables in
 * the sweep's index order whatever the workers or the shard, so outputs
 * compare byte for byte. Without --out it prints runs.csv. Rows are written
 * as runs finish, so memory does not grow with the sweep.
 *
 * Before it starts, one line on stderr: the run count and an estimated time
 * (the sweep's first run, made here first, timed and scaled by the runs, the
 * workers and the weeks × customers of the design's points). That run also
 * names the columns, so an empty shard still writes its headers, and is the
 * sweep's run 0 (not made twice). `--dry-run` prints that line too (its
 * one run is the estimate's cost), then the count and the first runs (as
 * runs.csv's first columns) and stops; it never builds the sweep's list of
 * runs (a 280,000-run grid's dry run costs one run and a few parameter sets).
 */
import { headCells, headColumns } from '../../lab/rows';
import { checkSpec, designOf, designWork, expandSpec, measureColumns, measuresOf, runAt, type Design, type SweepRun } from '../../lab/sweepSpec';
import { withDefaults } from '../../research/measures';
import { duration } from '../../i18n/format';
import { CliError } from '../errors';
import type { Tr } from '../locale';
import { provenance } from '../provenance';
import { openSweepDir, pointCells, tableMetadata } from '../sweepOutput';
import { readResearchSpec } from '../researchFiles';
import { csvLine } from '../../shared/csv';
import runOne, { type SweepOutcome, type SweepTask } from '../sweepWorker';
import { parcels, runInOrder, workersOf } from '../workerPool';

export interface Shard {
  /** 1-based, as on the command line */
  index: number;
  count: number;
}

export function parseShard(text: string): Shard {
  const m = /^(\d{1,6})\/(\d{1,6})$/.exec(text.trim());
  const [index, count] = m ? [Number(m[1]), Number(m[2])] : [0, 0];
  if (!m || count < 1 || index < 1 || index > count) throw new CliError('errors.badShard', { shard: text });
  return { index, count };
}

/** How many runs shard i/n of a sweep of `size` runs holds (every n-th from the i-th). */
export const shardSize = (size: number, shard: Shard | null): number => (shard === null ? size : Math.max(0, Math.ceil((size - (shard.index - 1)) / shard.count)));

/** A duration as the line before a sweep says it (src/i18n/format.ts duration): whole seconds, at least 1 (the line says "about 1 s"), minutes or hours. */
export function durationText(seconds: number, tr: Tr): string {
  return duration(seconds, (key, n) => tr(key === 'underSecond' ? 'seconds' : key, { n }));
}

function sizeVars(design: Design, runs: number, shard: Shard | null): Record<string, number> {
  const vars = { runs, total: design.size, scenarios: design.scenarios.length, points: design.points, seeds: design.seeds.length };
  return shard === null ? vars : { ...vars, shard: shard.index, count: shard.count };
}

/**
 * The mean work of the sweep's runs over the first point's (whose run is
 * timed), from at most 1,000 points spread over the design: a sweep that
 * varies the market's size or the weeks is estimated by what it varies.
 */
export function relativeWork(design: Design): number {
  const { work, first } = designWork(design, 1000);
  return work / design.size / first;
}

/** --dry-run: the size and the first runs of the sweep or shard, as runs.csv's first columns; nothing runs. */
function dryRun(design: Design, shard: Shard | null, tr: Tr): string {
  const count = shardSize(design.size, shard);
  const first = shard === null ? 0 : shard.index - 1;
  const step = shard === null ? 1 : shard.count;
  const preview: SweepRun[] = [];
  for (let index = first; index < design.size && preview.length < 5; index += step) preview.push(runAt(design, index));
  const line = tr(shard === null ? 'dryRun' : 'dryRunShard', sizeVars(design, count, shard));
  const table = preview.length === 0 ? '' : csvLine(headColumns(preview[0])) + preview.map((run) => csvLine(headCells(run))).join('');
  return `${line}\n${table}`;
}

/**
 * Runs the sweep (or its shard) and writes its tables to --out, or runs.csv
 * through `write` (standard output) as the rows come, in index order; the
 * plan line goes to `note` (standard error).
 */
export async function sweepCommand(options: Record<string, string>, argv: readonly string[], tr: Tr, progress: boolean, write: (text: string) => void, note: (text: string) => void = () => {}): Promise<void> {
  if (options.spec === undefined) throw new CliError('errors.missingSpec');
  const workers = workersOf(options.workers);
  const shard = options.shard === undefined ? null : parseShard(options.shard);
  const spec = readResearchSpec(options.spec, tr, checkSpec);
  const design = designOf(spec);
  const dry = options['dry-run'] !== undefined;
  const started = new Date();
  const t0 = performance.now();
  const measures = withDefaults(measuresOf(spec));
  // a default measure that is a run's total already (finalReputation) is not written twice
  const measureNames = measureColumns(Object.keys(measures));
  const keep = measureNames.map((name) => Object.keys(measures).indexOf(name));

  // provenance asks git (a few processes): only for the files that record it
  const prov = options.out === undefined || dry ? null : provenance(argv);
  const dir = options.out === undefined || prov === null ? null : openSweepDir(options.out, spec, tr, tableMetadata(prov, spec, measures));
  // the sweep's first run, here: its time scales to the estimate, its outcome names the columns
  const probe = runAt(design, 0);
  const tProbe = performance.now();
  const probeOutcome = runOne({ params: probe.params, seed: probe.seed, weeks: true, measures });
  const perRun = (performance.now() - tProbe) / 1000;
  const count = shardSize(design.size, shard);
  const seconds = (perRun * relativeWork(design) * count) / Math.min(workers, Math.max(count, 1));
  note(`${tr(shard === null ? 'sweepPlan' : 'sweepPlanShard', { ...sizeVars(design, count, shard), time: durationText(seconds, tr), workers })}\n`);
  if (dry) {
    write(dryRun(design, shard, tr));
    return;
  }

  const runs = expandSpec(spec, shard === null ? 0 : shard.index - 1, shard === null ? 1 : shard.count);
  const runColumns = [...headColumns(probe), ...Object.keys(probeOutcome.totals), ...measureNames, 'hash'];
  dir?.head(runColumns, [...headColumns(probe), ...probeOutcome.weekKeys]);
  let weekCount = 0;
  let lastPoint = -1;
  // the columns of src/lab/rows.ts's runRow and weekRows, as arrays
  const emitRun = (i: number, outcome: SweepOutcome): string => {
    const run = runs[i];
    const head = headCells(run);
    const row = [...head, ...Object.values(outcome.totals), ...keep.map((m) => outcome.measures[m]), outcome.hash];
    const columns = i === 0 || dir !== null ? runColumns : [];
    if (dir === null) return i === 0 ? csvLine(columns) + csvLine(row) : csvLine(row);
    if (run.point !== lastPoint) dir.addPoint(pointCells(run.point, run.scenario, run.params));
    lastPoint = run.point;
    const { weekKeys: keys, weekValues: values } = outcome;
    const weeks = Array.from({ length: keys.length && values.length / keys.length }, (_, w) => [...head, ...values.subarray(w * keys.length, (w + 1) * keys.length)]);
    weekCount += weeks.length;
    dir.add({ columns, rows: [row] }, { columns: [...headColumns(run), ...keys], rows: weeks });
    return '';
  };
  if (dir === null && runs.length === 0) write(csvLine(runColumns));
  // the first run, made here, is the sweep's run 0: written as the first row when this shard holds it
  const own = runs.length > 0 && runs[0].index === 0 ? 1 : 0;
  if (own === 1) {
    const text = emitRun(0, probeOutcome);
    if (text) write(text);
  }
  // the other runs go to the workers in parcels
  const sent = parcels(runs.slice(own).map((run): SweepTask => ({ params: run.params, seed: run.seed, weeks: dir !== null, measures })), workers);
  const emit = (k: number, outcomes: SweepOutcome[]) => {
    let text = '';
    outcomes.forEach((outcome, j) => (text += emitRun(own + sent[k].first + j, outcome)));
    if (text) write(text);
  };
  // the bar counts the first run, done here
  await runInOrder<SweepTask[], SweepOutcome[]>(
    sent.map((p) => p.tasks),
    { workers, progress: progress ? tr('progress') : null, name: 'runParcel', weight: (tasks) => tasks.length, done: own },
    emit,
  );

  dir?.close({
    ...prov,
    spec,
    seeds: design.seeds,
    sweepRuns: design.size,
    points: design.scenarios.length * design.points,
    measures,
    shard,
    workers,
    started: started.toISOString(),
    runtimeSeconds: Math.round(performance.now() - t0) / 1000,
    rows: { runs: runs.length, weeks: weekCount },
  });
}
