/**
 * A sweep's tidy tables, one record per run and one per run × week, shared by
 * the command line (`salesfloor sweep`, `salesfloor merge`) and the lab page.
 * Framework-free: no DOM, no Node. Records keep their keys in column order:
 * `index, scenario, seed, point` (the row of the points table that holds the
 * run's resolved parameters), the varied and sampled parameters under their
 * keys, then the run's totals, its measures (src/research/measures.ts: the
 * defaults, then the spec's) and hash (runs) or every field of the week (weeks).
 */
import type { RunResult, WeekRecord } from '../sim';
import { weekRow } from '../shared/dataWeek';
import { findSpec } from '../sim';
import { seedsAreIntegers, type SweepRun, type SweepSpec } from './sweepSpec';

export type Cell = number | string;
export type Row = Record<string, Cell>;

function head(run: SweepRun): Row {
  return { index: run.index, scenario: run.scenario, seed: run.seed, point: run.point, ...run.values };
}

/** One row of runs.csv: where the run sits, what varied, its totals, its measures (names and values in the same order), its hash. */
export function runRow(run: SweepRun, outcome: Pick<RunResult, 'hash' | 'totals'>, measures: { names: readonly string[]; values: readonly number[] } = { names: [], values: [] }): Row {
  const row: Row = { ...head(run), ...outcome.totals };
  measures.names.forEach((name, m) => (row[name] = measures.values[m]));
  row.hash = outcome.hash;
  return row;
}

/** The rows of weeks.csv for one run: one per week, in week order, the week as the game numbers it. */
export function weekRows(run: SweepRun, weeks: readonly WeekRecord[]): Row[] {
  const base = head(run);
  return weeks.map((week) => ({ ...base, ...weekRow(week) }));
}

/** The first columns of every row of a run, as arrays (the command line writes millions of rows: no object per row). */
export function headColumns(run: SweepRun): string[] {
  return ['index', 'scenario', 'seed', 'point', ...Object.keys(run.values)];
}

export function headCells(run: SweepRun): Cell[] {
  return [run.index, run.scenario, run.seed, run.point, ...Object.values(run.values)];
}

/** How a column is typed in Parquet: whole numbers, numbers, or text. */
export type ColumnKind = 'int' | 'number' | 'text';

const TEXT_COLUMNS = new Set(['scenario', 'hash']);
const INT_COLUMNS = new Set(['index', 'point', 'week', 'quarter']);

/**
 * The kind of each column of a sweep's tables, from the spec alone (so every
 * shard and the merge type a column the same way): the seed is a whole number
 * when every seed of the spec is one as written (src/lab/sweepSpec.ts
 * seedsAreIntegers: what pandas makes of the CSV), text otherwise; a choice
 * parameter is text, every other parameter, total and measure a number (a spec
 * gives numbers as numbers: src/lab/sweepSpec.ts refuses "0.5").
 */
export function columnKind(spec: SweepSpec, column: string): ColumnKind {
  if (column === 'seed') return seedsAreIntegers(spec) ? 'int' : 'text';
  if (TEXT_COLUMNS.has(column)) return 'text';
  if (INT_COLUMNS.has(column)) return 'int';
  if (findSpec(column)?.kind === 'choice') return 'text';
  return 'number';
}
