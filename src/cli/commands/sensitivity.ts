/**
 * `salesfloor sensitivity --spec FILE [--workers N] [--out DIR] [--shard i/n]`
 * `salesfloor sensitivity --spec FILE --from DIR... [--out DIR]`
 *
 * A variance-based (Sobol') or screening (Morris) sensitivity analysis of a
 * spec (src/research/sensitivitySpec.ts): every design row in every scenario
 * on the same seeds, through the one evaluator (src/cli/evaluate.ts), then the
 * indices of every output (src/research/sensitivity.ts), written as
 * sensitivity.md and sensitivity.json in --out (the Markdown on standard
 * output without it).
 *
 * A Sobol' analysis also runs the A and AB rows of `floor` base samples on
 * as many other seeds, for each ST's seed-noise floor; they follow the design
 * rows in the list of rows the shards share.
 *
 * Sharded like sweeps: `--shard i/n --out DIR` evaluates every n-th row
 * from the i-th and writes them to DIR/sensitivity-rows.json (with the spec's
 * hash and the model's provenance); `--from DIR...` then computes the indices
 * from the shards' rows, refusing shards of another spec or model, a row
 * missing or given twice.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MODEL_NAME, MODEL_VERSION } from '../../sim';
import { analyse, designRows, floorDesignRows, outputsOf, rowOutputs, rowPoints } from '../../research/sensitivity';
import { sensitivityMarkdown, type SensitivityReport } from '../../research/sensitivityReport';
import { checkSensitivitySpec, floorSeeds, runCount, type SensitivitySpec } from '../../research/sensitivitySpec';
import { openEvaluator } from '../evaluate';
import { CliError, fsReason } from '../errors';
import type { Tr } from '../locale';
import { modelMismatch, provenance, type Provenance } from '../provenance';
import { jsonText, readResearchSpec, writeFiles } from '../researchFiles';
import { workersOf } from '../workerPool';
import { parseShard, type Shard } from './sweep';

export const ROWS_FILE = 'sensitivity-rows.json';
const ROWS_KIND = 'salesfloor-sensitivity-rows';

/** What makes two analyses the same: the checked spec (SHA-256 of its JSON). */
export function specHash(spec: SensitivitySpec): string {
  return createHash('sha256').update(JSON.stringify(spec)).digest('hex');
}

interface RowsFile {
  kind: typeof ROWS_KIND;
  specHash: string;
  provenance: Provenance;
  shard: Shard | null;
  designRows: number;
  outputs: string[];
  /** [row index, output values…] (NaN as null) */
  rows: (number | null)[][];
}

export interface SensitivityIo {
  write: (text: string) => void;
  note: (text: string) => void;
  /** draw a progress bar on standard error */
  progress: boolean;
  /** run on this thread (tests) rather than in worker threads */
  inline?: boolean;
}

/** The design rows a shard holds: every n-th from the i-th. */
const shardRows = (total: number, shard: Shard | null): number[] =>
  Array.from({ length: total }, (_, i) => i).filter((i) => shard === null || i % shard.count === shard.index - 1);

/**
 * The outputs of the rows at `indices` of the analysis's list: the design
 * rows on the spec's seeds, then (from rows.length on) the rows `again` names
 * run again on the floor's seeds.
 */
async function evaluateRows(spec: SensitivitySpec, rows: readonly number[][], again: readonly number[], indices: readonly number[], options: Record<string, string>, tr: Tr, io: SensitivityIo): Promise<number[][]> {
  const workers = io.inline ? 'inline' : workersOf(options.workers);
  const ev = openEvaluator({ workers, measures: spec.measures, progress: io.progress ? tr('sensitivity.progress') : null });
  const on = async (units: number[][], seeds: readonly string[]) =>
    (units.length === 0 ? [] : rowOutputs(spec, await ev.evaluate(units.flatMap((u) => rowPoints(spec, u)), seeds), units.length));
  try {
    const design = indices.filter((i) => i < rows.length).map((i) => rows[i]);
    const floor = indices.filter((i) => i >= rows.length).map((i) => rows[again[i - rows.length]]);
    return [...(await on(design, spec.seeds)), ...(await on(floor, floorSeeds(spec.seeds)))];
  } finally {
    await ev.close();
  }
}

function readRows(dir: string, hash: string, here: Provenance, tr: Tr): RowsFile {
  const file = join(dir, ROWS_FILE);
  let rows: RowsFile;
  try {
    rows = JSON.parse(readFileSync(file, 'utf8')) as RowsFile;
  } catch (error) {
    if ((error as { code?: unknown }).code !== undefined) throw new CliError('errors.unreadableShard', { file, reason: fsReason(error, tr) });
    throw new CliError('sensitivity.notRows', { dir });
  }
  if (rows?.kind !== ROWS_KIND || !Array.isArray(rows.rows)) throw new CliError('sensitivity.notRows', { dir });
  if (rows.specHash !== hash) throw new CliError('sensitivity.otherSpec', { dir });
  const mismatch = modelMismatch(rows.provenance ?? {}, here);
  if (mismatch !== null) throw new CliError('sensitivity.otherModel', { dir, field: mismatch });
  return rows;
}

/** The outputs at every design row, from the shards' rows files. */
function mergeRows(dirs: readonly string[], spec: SensitivitySpec, total: number, here: Provenance, tr: Tr): number[][] {
  const hash = specHash(spec);
  const merged: (number[] | undefined)[] = new Array(total);
  for (const dir of dirs) {
    for (const [index, ...values] of readRows(dir, hash, here, tr).rows) {
      if (typeof index !== 'number' || index < 0 || index >= total) throw new CliError('sensitivity.notRows', { dir });
      if (merged[index] !== undefined) throw new CliError('sensitivity.rowTwice', { row: index + 1, total });
      merged[index] = values.map((v) => (v === null ? NaN : v));
    }
  }
  const missing = merged.findIndex((r) => r === undefined);
  if (missing >= 0 || merged.length === 0) throw new CliError('sensitivity.rowMissing', { row: missing + 1, total });
  return merged as number[][];
}

export async function sensitivityCommand(options: Record<string, string>, args: readonly string[], argv: readonly string[], tr: Tr, io: SensitivityIo): Promise<void> {
  if (options.spec === undefined) throw new CliError('sensitivity.missingSpec');
  const from = options.from === undefined ? [] : [options.from, ...args];
  if (options.from === undefined && args.length > 0) throw new CliError('sensitivity.dirsWithoutFrom', { arg: args[0] });
  if (from.length > 0 && (options.shard !== undefined || options.workers !== undefined)) throw new CliError('sensitivity.fromExcludes');
  const shard = options.shard === undefined ? null : parseShard(options.shard);
  if (shard !== null && options.out === undefined) throw new CliError('sensitivity.shardNeedsOut');
  const spec = readResearchSpec(options.spec, tr, checkSensitivitySpec);
  const t0 = performance.now();
  const dir = options.out;
  // provenance asks git (a few processes): only to check shards or for the files that record it
  const here = dir !== undefined || from.length > 0 ? provenance(argv) : null;
  const rows = designRows(spec);
  const again = floorDesignRows(spec);
  const total = rows.length + again.length;
  const indices = shardRows(total, shard);
  const runs = indices.length * spec.scenarios.length * spec.seeds.length;

  let outputs: number[][];
  if (from.length > 0) {
    outputs = mergeRows(from, spec, total, here as Provenance, tr);
  } else {
    io.note(`${tr(shard === null ? 'sensitivity.plan' : 'sensitivity.planShard', { runs, rows: indices.length, scenarios: spec.scenarios.length, seeds: spec.seeds.length, shard: shard?.index ?? 0, count: shard?.count ?? 0 })}\n`);
    outputs = await evaluateRows(spec, rows, again, indices, options, tr, io);
  }
  if (shard !== null) {
    const file: RowsFile = {
      kind: ROWS_KIND,
      specHash: specHash(spec),
      provenance: here as Provenance,
      shard,
      designRows: rows.length,
      outputs: outputsOf(spec).map((o) => o.id),
      rows: indices.map((index, k) => [index, ...outputs[k].map((v) => (Number.isFinite(v) ? v : null))]),
    };
    writeFiles(dir as string, { [ROWS_FILE]: `${JSON.stringify(file)}\n` }, tr);
    return;
  }
  const report: SensitivityReport = {
    model: { name: MODEL_NAME, version: MODEL_VERSION },
    spec,
    designRows: rows.length,
    runs: runCount(spec),
    outputs: analyse(spec, outputs.slice(0, rows.length), outputs.slice(rows.length)),
    floor: again.length > 0 && spec.method.name === 'sobol' ? { samples: spec.method.floor, seeds: floorSeeds(spec.seeds) } : undefined,
    shards: from,
    elapsedSeconds: (performance.now() - t0) / 1000,
  };
  const markdown = sensitivityMarkdown(report);
  if (dir === undefined) {
    io.write(markdown);
    return;
  }
  writeFiles(dir, { 'sensitivity.md': markdown, 'sensitivity.json': jsonText({ ...report, provenance: here }) }, tr);
}
