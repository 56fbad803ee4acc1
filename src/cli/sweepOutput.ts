/**
 * What `salesfloor sweep --out DIR` and `salesfloor merge --out DIR` write:
 * runs.csv, weeks.csv and points.csv (numbers as src/shared/csv.ts writes
 * them), their Parquet twins (with the sweep's provenance as key-value
 * metadata) and manifest.json, plus what both put in the manifest.
 *
 * points.csv holds one row per design point of each scenario (`point`, the
 * join key of runs.csv and weeks.csv, then `scenario` and every parameter of
 * src/sim/paramSpecs.ts as the run resolved it), so a run's full parameter
 * set is one join away.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PARAM_KEYS, type Params } from '../sim';
import { columnKind, type Cell } from '../lab/rows';
import type { SweepSpec } from '../lab/sweepSpec';
import { CliError, fsReason } from './errors';
import type { Tr } from './locale';
import type { Provenance } from './provenance';
import { TableSink, type Batch, type KeyValue } from './sweepTables';

/**
 * What a sweep's tables carry as Parquet key-value metadata (keys
 * `salesfloor.model`, `.sourcesHash`, `.node`, `.rng`, `.spec`, `.measures`,
 * values JSON): what makes their numbers — the model and the hash of its
 * sources, the generator, the spec and measures. Where and when they were
 * made (commit, dirty flag, command, shard, workers, date) is manifest.json's:
 * it differs between a sweep, its shards and their merge, whose tables must
 * keep the same bytes (a commit elsewhere in the tree between two shards
 * changes no number; an edited model changes sourcesHash).
 */
export function tableMetadata(prov: Pick<Provenance, 'model' | 'sourcesHash' | 'node' | 'rng'>, spec: SweepSpec, measures: object): KeyValue[] {
  const entries: [string, unknown][] = [
    ['model', prov.model], ['sourcesHash', prov.sourcesHash], ['node', prov.node], ['rng', prov.rng],
    ['spec', spec], ['measures', measures],
  ];
  return entries.map(([key, value]) => ({ key: `salesfloor.${key}`, value: JSON.stringify(value) }));
}

/** The columns of points.csv. */
export const POINT_COLUMNS: readonly string[] = ['point', 'scenario', ...PARAM_KEYS];

/** One row of points.csv. */
export function pointCells(point: number, scenario: string, params: Params): Cell[] {
  const values = params as unknown as Record<string, Cell>;
  return [point, scenario, ...PARAM_KEYS.map((key) => values[key])];
}

/** The files of a sweep directory being written: rows are added in index order (points in point order, each once), the manifest last. */
export interface SweepDir {
  /** the columns of runs.csv and weeks.csv, written even if no row comes (an empty shard) */
  head(runs: readonly string[], weeks: readonly string[]): void;
  add(runs: Batch, weeks: Batch): void;
  addPoint(cells: readonly Cell[]): void;
  close(manifest: object): void;
}

/** Opens dir (created if needed) for runs.csv, weeks.csv, points.csv, their Parquet twins (carrying `metadata`) and manifest.json; a file problem is a CliError. */
export function openSweepDir(dir: string, spec: SweepSpec, tr: Tr, metadata: readonly KeyValue[] = []): SweepDir {
  const kindOf = (column: string) => columnKind(spec, column);
  let file = dir;
  const guard = <T>(fn: () => T): T => {
    try {
      return fn();
    } catch (error) {
      throw new CliError('errors.unwritable', { file, reason: fsReason(error, tr) });
    }
  };
  const sinks = guard(() => {
    mkdirSync(dir, { recursive: true });
    return (['runs', 'weeks', 'points'] as const).map((name) => {
      file = join(dir, `${name}.csv`);
      return new TableSink(file, join(dir, `${name}.parquet`), kindOf, undefined, metadata);
    });
  });
  sinks[2].head(POINT_COLUMNS);
  return {
    head: (runs, weeks) =>
      guard(() => {
        file = dir;
        sinks[0].head(runs);
        sinks[1].head(weeks);
      }),
    addPoint: (cells) =>
      guard(() => {
        file = dir;
        sinks[2].add({ columns: POINT_COLUMNS, rows: [cells] });
      }),
    add: (runs, weeks) =>
      guard(() => {
        file = dir;
        sinks[0].add(runs);
        sinks[1].add(weeks);
      }),
    close: (manifest) =>
      guard(() => {
        file = dir;
        for (const sink of sinks) sink.close();
        file = join(dir, 'manifest.json');
        writeFileSync(file, `${JSON.stringify(manifest, null, 2)}\n`);
      }),
  };
}
