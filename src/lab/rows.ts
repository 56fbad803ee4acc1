/**
 * A sweep's tidy tables, one record per run and one per run × week, shared by
 * the command line (`salesfloor sweep`, `salesfloor merge`) and the lab page.
 * Framework-free: no DOM, no Node. Records keep their keys in column order:
 * `index, scenario, seed`, the varied parameters under their keys, then the
 * run's totals and hash (runs) or every field of the week (weeks).
 */
import type { RunResult, WeekRecord } from '../sim';
import { weekRow } from '../shared/dataWeek';
import type { SweepRun, SweepSpec } from './sweepSpec';

export type Cell = number | string;
export type Row = Record<string, Cell>;

function head(run: SweepRun): Row {
  return { index: run.index, scenario: run.scenario, seed: run.seed, ...run.point };
}

/** One row of runs.csv: where the run sits, what varied, its totals, its hash. */
export function runRow(run: SweepRun, outcome: Pick<RunResult, 'hash' | 'totals'>): Row {
  return { ...head(run), ...outcome.totals, hash: outcome.hash };
}

/** The rows of weeks.csv for one run: one per week, in week order, the week as the game numbers it. */
export function weekRows(run: SweepRun, weeks: readonly WeekRecord[]): Row[] {
  const base = head(run);
  return weeks.map((week) => ({ ...base, ...weekRow(week) }));
}

/** The first columns of every row of a run, as arrays (the command line writes millions of rows: no object per row). */
export function headColumns(run: SweepRun): string[] {
  return ['index', 'scenario', 'seed', ...Object.keys(run.point)];
}

export function headCells(run: SweepRun): Cell[] {
  return [run.index, run.scenario, run.seed, ...Object.values(run.point)];
}

/** How a column is typed in Parquet: whole numbers, numbers, or text. */
export type ColumnKind = 'int' | 'number' | 'text';

const TEXT_COLUMNS = new Set(['scenario', 'seed', 'hash']);
const INT_COLUMNS = new Set(['index', 'week', 'quarter']);

/**
 * The kind of each column of a sweep's tables, from the spec alone (so every
 * shard and the merge type a column the same way): a varied parameter is a
 * number when all its values in the spec are numbers, text otherwise.
 */
export function columnKind(spec: SweepSpec, column: string): ColumnKind {
  if (TEXT_COLUMNS.has(column)) return 'text';
  if (INT_COLUMNS.has(column)) return 'int';
  const varied = spec.vary?.[column];
  if (varied !== undefined) return varied.every((v) => typeof v === 'number') ? 'number' : 'text';
  return 'number';
}
