/**
 * `salesfloor merge --out DIR SHARD_DIR…`: joins the shards of one sweep
 * (each written by `salesfloor sweep --shard i/n --out SHARD_DIR`) back into
 * the sweep's index order. The rows are taken as their CSV lines, untouched,
 * so the merged runs.csv and weeks.csv are byte-identical to the unsharded
 * sweep's. The shards must come from the same spec and model, and hold every
 * run of the sweep exactly once.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MODEL_NAME, MODEL_VERSION } from '../../sim';
import { columnKind, type Row } from '../../lab/rows';
import { checkSpec, seedsOf, sweepSize, type SweepSpec } from '../../lab/sweepSpec';
import { fsReason } from '../decisions';
import { CliError } from '../errors';
import type { Tr } from '../locale';
import { commandLine, gitCommit, writeSweepDir } from '../sweepOutput';

interface ShardManifest {
  model: { name: string; version: string };
  spec: unknown;
  shard: { index: number; count: number } | null;
  commit: string | null;
}

/** The records of a CSV text, each as its raw line(s) and its cells (RFC 4180: quoted cells may hold commas, quotes, newlines). */
export function csvRecords(text: string): { raw: string; cells: string[] }[] {
  const records: { raw: string; cells: string[] }[] = [];
  let start = 0;
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      cells.push(cell);
      cell = '';
    } else if (c === '\n') {
      cells.push(cell);
      records.push({ raw: text.slice(start, i + 1), cells });
      start = i + 1;
      cells = [];
      cell = '';
    } else cell += c;
  }
  return records;
}

interface Table {
  header: string;
  columns: string[];
  records: { index: number; raw: string; cells: string[] }[];
}

function readTable(dir: string, name: string, tr: Tr): Table {
  const file = join(dir, name);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new CliError('errors.unreadableShard', { file, reason: fsReason(error, tr) });
  }
  const [head, ...rows] = csvRecords(text);
  if (head === undefined) return { header: '', columns: [], records: [] };
  if (head.cells[0] !== 'index') throw new CliError('errors.badShardFile', { file });
  const records = rows.map((r) => ({ index: Number(r.cells[0]), raw: r.raw, cells: r.cells }));
  if (records.some((r) => !Number.isInteger(r.index) || r.cells.length !== head.cells.length)) throw new CliError('errors.badShardFile', { file });
  return { header: head.raw, columns: head.cells, records };
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

/** The merged table: one header, the records in index order (a run's weeks keep their order). */
function joinTables(tables: Table[], dirs: readonly string[], name: string): { text: string; records: Table['records']; columns: string[] } {
  const withRows = tables.filter((t) => t.header !== '');
  const header = withRows[0]?.header ?? '';
  const bad = tables.findIndex((t) => t.header !== '' && t.header !== header);
  if (bad >= 0) throw new CliError('errors.badShardFile', { file: join(dirs[bad], name) });
  const records = tables.flatMap((t) => t.records).sort((a, b) => a.index - b.index); // stable: a run's weeks stay in order
  return { text: header + records.map((r) => r.raw).join(''), records, columns: withRows[0]?.columns ?? [] };
}

function typed(spec: SweepSpec, columns: string[], records: Table['records']): Row[] {
  const kinds = columns.map((c) => columnKind(spec, c));
  return records.map((r) => Object.fromEntries(columns.map((c, j) => [c, kinds[j] === 'text' ? r.cells[j] : Number(r.cells[j])])));
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

  const runs = joinTables(dirs.map((dir) => readTable(dir, 'runs.csv', tr)), dirs, 'runs.csv');
  const weeks = joinTables(dirs.map((dir) => readTable(dir, 'weeks.csv', tr)), dirs, 'weeks.csv');
  const total = sweepSize(spec);
  runs.records.forEach((r, i) => {
    if (r.index !== i) throw new CliError(r.index < i ? 'errors.runDoubled' : 'errors.runMissing', { index: r.index < i ? r.index : i, total });
  });
  if (runs.records.length < total) throw new CliError('errors.runMissing', { index: runs.records.length, total });
  if (runs.records.length > total) throw new CliError('errors.runDoubled', { index: runs.records[total].index, total });

  const manifest = {
    model: { name: MODEL_NAME, version: MODEL_VERSION },
    commit: gitCommit(),
    spec,
    seeds: seedsOf(spec),
    sweepRuns: total,
    shard: null,
    workers: null,
    started: started.toISOString(),
    runtimeSeconds: Math.round(performance.now() - t0) / 1000,
    command: commandLine(argv),
    rows: { runs: runs.records.length, weeks: weeks.records.length },
    merged: dirs.map((dir, i) => ({ dir, shard: manifests[i].shard, commit: manifests[i].commit ?? null })),
  };
  writeSweepDir(options.out, spec, typed(spec, runs.columns, runs.records), typed(spec, weeks.columns, weeks.records), manifest, tr, { runs: runs.text, weeks: weeks.text });
}
