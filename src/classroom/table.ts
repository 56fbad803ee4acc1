/** The class table's columns, its sort order and its CSV export. */
import { spreadsheetCsv } from '../shared/csv';
import type { Origin } from './extract';
import type { ClassRun } from './runs';

export const COLUMNS = ['name', 'scenario', 'seed', 'profit', 'reputation', 'deals', 'quits', 'misconduct', 'hash'] as const;
export type Column = (typeof COLUMNS)[number];
export type Direction = 'ascending' | 'descending';

export interface SortOrder {
  column: Column;
  direction: Direction;
}

const TEXT: ReadonlySet<Column> = new Set(['name', 'scenario', 'seed', 'hash']);

export const isNumeric = (column: Column): boolean => !TEXT.has(column);

/**
 * The runs in a column's order; text by the given label (a scenario's title)
 * in the current language, then by code so that equal keys keep one order.
 */
export function sortRuns(runs: readonly ClassRun[], order: SortOrder, label: (run: ClassRun, column: Column) => string = (r, c) => String(r[c] ?? '')): ClassRun[] {
  const sign = order.direction === 'ascending' ? 1 : -1;
  const key = order.column;
  const cmp = (a: ClassRun, b: ClassRun): number => {
    const by = isNumeric(key) ? (a[key] as number) - (b[key] as number) : label(a, key).localeCompare(label(b, key), undefined, { numeric: true });
    return by !== 0 ? sign * by : a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
  };
  return [...runs].sort(cmp);
}

/** The next order after a click on a column's header: numbers start highest first, text from A. */
export function nextOrder(current: SortOrder | null, column: Column): SortOrder {
  if (current?.column === column) return { column, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  return { column, direction: isNumeric(column) ? 'descending' : 'ascending' };
}

/** Where a run came from, as one cell: "file.csv row 4", "line 3". */
export type OriginText = (origin: Origin) => string;

/**
 * The table as CSV: a header row of the given labels, then one row per run,
 * with the trainee's name when known, the code and its origin so a row can
 * be traced to its trainee.
 * Numbers are plain (profit to the cent, reputation 0–1), for a spreadsheet.
 */
export function runsCsv(runs: readonly ClassRun[], header: Record<Column | 'code' | 'origin', string>, scenarioTitle: (run: ClassRun) => string, origin: OriginText): string {
  const head = [...COLUMNS.map((c) => header[c]), header.origin, header.code];
  const rows = runs.map((r) => [r.name ?? '', scenarioTitle(r), r.seed, Math.round(r.profit * 100) / 100, Math.round(r.reputation * 10000) / 10000, r.deals, r.quits, r.misconduct, r.hash, origin(r.origin), r.code]);
  return spreadsheetCsv([head, ...rows]);
}
