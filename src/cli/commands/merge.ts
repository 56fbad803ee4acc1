/**
 * `salesfloor merge --out DIR SHARD_DIR…`: joins the shards of one sweep
 * (each written by `salesfloor sweep --shard i/n --out SHARD_DIR`) back into
 * the sweep's index order, reading the shards' tables as streams (a k-way
 * merge on `index`), so memory does not grow with the sweep. The rows are
 * written again from their cells, which gives their bytes back (numbers in
 * the shortest round-trip form), so the merged runs.csv and weeks.csv are
 * byte-identical to the unsharded sweep's. The shards must come from the
 * same spec and model, and hold every run of the sweep exactly once.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MODEL_NAME, MODEL_VERSION } from '../../sim';
import { columnKind, type Cell } from '../../lab/rows';
import { checkSpec, seedsOf, sweepSize, type SweepSpec } from '../../lab/sweepSpec';
import { CliError, fsReason } from '../errors';
import type { Tr } from '../locale';
import { CsvReader } from '../csvRead';
import { modelMismatch, provenance, type Provenance } from '../provenance';
import { openSweepDir, tableMetadata } from '../sweepOutput';

/** What merge reads of a shard's manifest: its provenance (src/cli/provenance.ts), spec, measures and shard. */
interface ShardManifest extends Omit<Provenance, 'command'> {
  spec: unknown;
  measures?: object;
  shard: { index: number; count: number } | null;
}

function openReader(dir: string, name: string, tr: Tr, first = 'index'): CsvReader {
  const file = join(dir, name);
  try {
    return new CsvReader(file, undefined, first);
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError('errors.unreadableShard', { file, reason: fsReason(error, tr) });
  }
}

function readManifest(dir: string, tr: Tr): ShardManifest {
  const file = join(dir, 'manifest.json');
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as ShardManifest;
  } catch (error) {
    const reason = error instanceof SyntaxError ? tr('errors.notJson', { detail: error.message }) : fsReason(error, tr);
    throw new CliError('errors.unreadableShard', { file, reason });
  }
}

/** The one header every shard with rows has; a shard with another is not of this sweep. */
function commonHeader(readers: CsvReader[]): string[] {
  const withRows = readers.filter((r) => r.header.length > 0);
  const header = withRows[0]?.header ?? [];
  const other = withRows.find((r) => r.header.join('\n') !== header.join('\n'));
  if (other) throw new CliError('errors.badShardFile', { file: other.file });
  return header;
}

/** A record's cells typed as the sweep wrote them (text stays text, numbers read back exactly). */
function typed(spec: SweepSpec, columns: string[]): (cells: string[]) => Cell[] {
  const text = columns.map((c) => columnKind(spec, c) === 'text');
  return (cells) => cells.map((cell, j) => (text[j] ? cell : Number(cell)));
}

export function mergeCommand(options: Record<string, string>, dirs: readonly string[], argv: readonly string[], tr: Tr): void {
  if (options.out === undefined) throw new CliError('errors.missingOut');
  const started = new Date();
  const t0 = performance.now();
  const manifests = dirs.map((dir) => readManifest(dir, tr));
  const first = manifests[0];
  let spec: SweepSpec;
  try {
    spec = checkSpec(first.spec);
  } catch {
    throw new CliError('errors.badShardFile', { file: join(dirs[0], 'manifest.json') });
  }
  manifests.forEach((m, i) => {
    const same = m.model?.name === first.model?.name && m.model?.version === first.model?.version && JSON.stringify(m.spec) === JSON.stringify(first.spec);
    if (!same) throw new CliError('errors.shardMismatch', { dir: dirs[i], first: dirs[0] });
  });
  if (first.model?.name !== MODEL_NAME || first.model?.version !== MODEL_VERSION) {
    throw new CliError('errors.shardModel', { dir: dirs[0], version: String(first.model?.version), current: MODEL_VERSION });
  }
  // the same model version from other sources (an edited model, dirty or committed) is another model
  if (typeof first.sourcesHash !== 'string') throw new CliError('errors.shardNoSources', { dir: dirs[0] });
  manifests.forEach((m, i) => {
    if (modelMismatch(first, m) !== null) throw new CliError('errors.shardSources', { dir: dirs[i], first: dirs[0] });
  });

  const runReaders: CsvReader[] = [];
  const weekReaders: CsvReader[] = [];
  const pointReaders: CsvReader[] = [];
  try {
    for (const dir of dirs) {
      runReaders.push(openReader(dir, 'runs.csv', tr));
      weekReaders.push(openReader(dir, 'weeks.csv', tr));
      pointReaders.push(openReader(dir, 'points.csv', tr, 'point'));
    }
    const pointRow = typed(spec, commonHeader(pointReaders));
    const runColumns = commonHeader(runReaders);
    const weekColumns = commonHeader(weekReaders);
    const runRow = typed(spec, runColumns);
    const weekRow = typed(spec, weekColumns);
    const total = sweepSize(spec);
    // every index once, before anything is written
    checkCoverage(dirs, total);
    const out = openSweepDir(options.out, spec, tr, tableMetadata(first, spec, first.measures ?? {}));
    if (runColumns[3] !== 'point') throw new CliError('errors.badShardFile', { file: runReaders[0].file });
    out.head(runColumns, weekColumns);
    let weekCount = 0;
    let lastPoint = -1;
    for (let index = 0; index < total; index++) {
      const s = runReaders.findIndex((r) => r.peek === index);
      const run = runReaders[s].take();
      const point = Number(run[3]);
      // a point's row is in every shard that ran one of its seeds, the same row: written once, before its first run
      const holders = pointReaders.filter((r) => r.peek === point);
      if (holders.length > 0) {
        const rows = holders.map((r) => r.take());
        const other = rows.findIndex((cells) => cells.join('\n') !== rows[0].join('\n'));
        if (other > 0) throw new CliError('errors.badShardFile', { file: holders[other].file });
        out.addPoint(pointRow(rows[0]));
        lastPoint = point;
      } else if (point !== lastPoint) {
        throw new CliError('errors.badShardFile', { file: pointReaders[s].file });
      }
      const weeks: Cell[][] = [];
      while (weekReaders[s].peek === index) weeks.push(weekRow(weekReaders[s].take()));
      if (weeks.length === 0) throw new CliError('errors.badShardFile', { file: weekReaders[s].file });
      weekCount += weeks.length;
      out.add({ columns: runColumns, rows: [runRow(run)] }, { columns: weekColumns, rows: weeks });
    }
    const leftover = [...weekReaders, ...pointReaders].find((r) => r.peek !== Infinity);
    if (leftover) throw new CliError('errors.badShardFile', { file: leftover.file });
    // the rows are the shards': so are the model and sources they record; the command and date are this merge's
    out.close({
      ...provenance(argv),
      commit: first.commit,
      dirty: manifests.some((m) => m.dirty === true) ? true : first.dirty,
      sourcesHash: first.sourcesHash,
      spec,
      seeds: seedsOf(spec),
      sweepRuns: total,
      points: lastPoint + 1,
      measures: first.measures ?? null,
      shard: null,
      workers: null,
      started: started.toISOString(),
      runtimeSeconds: Math.round(performance.now() - t0) / 1000,
      rows: { runs: total, weeks: weekCount },
      merged: dirs.map((dir, i) => ({ dir, shard: manifests[i].shard, commit: manifests[i].commit ?? null, dirty: manifests[i].dirty ?? null })),
    });
  } finally {
    for (const r of [...runReaders, ...weekReaders, ...pointReaders]) r.close();
  }

  /** Reads the shards' run indexes (a first pass over runs.csv): each of 0…total-1 exactly once, else exit 2. */
  function checkCoverage(shardDirs: readonly string[], total: number): void {
    const readers = shardDirs.map((dir) => openReader(dir, 'runs.csv', tr));
    try {
      for (let index = 0; index < total; index++) {
        const holders = readers.filter((r) => r.peek === index);
        const low = Math.min(...readers.map((r) => r.peek));
        if (low < index) throw new CliError('errors.runDoubled', { index: low, total });
        if (holders.length === 0) throw new CliError('errors.runMissing', { index, total });
        if (holders.length > 1) throw new CliError('errors.runDoubled', { index, total });
        holders[0].take();
      }
      const extra = Math.min(...readers.map((r) => r.peek));
      if (extra !== Infinity) throw new CliError('errors.runDoubled', { index: extra, total });
    } finally {
      for (const r of readers) r.close();
    }
  }
}
