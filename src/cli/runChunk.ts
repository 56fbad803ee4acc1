/**
 * One run of `salesfloor run`, simulated and rendered as text: the run
 * document (JSON), or one of its tables — weeks (CSV), the per-rep weekly
 * panel (CSV), the final customers (CSV) or the events (JSON Lines). The same
 * function serves a single run in the main thread and each run of many in a
 * worker thread (sweepWorker.ts exports it), so both give the same bytes.
 * With many runs every CSV row and event starts with the run's scenario and
 * seed, and the document is indented as an item of the JSON list.
 */
import { MODEL_VERSION, ParamError, simulate, type Decision, type ErrorVars, type Params, type RunResult } from '../sim';
import { encodeRunCode } from '../codes/runCode';
import { csvLine, type Cell } from '../shared/csv';
import { documentRows, weekRow } from '../shared/dataWeek';
import type { RunDocument } from '../shared/runDocument';
import { runWatched, type WatchedTable } from './tables/runWatched';

export const TABLES = ['weeks', 'reps', 'customers', 'events'] as const;
export type Table = (typeof TABLES)[number];
/** What a run prints: its whole document, or one table. */
export type Output = 'document' | Table;

export interface RunTask {
  scenario: string;
  seed: string;
  params: Params;
  /** the decision log the document shows */
  decisions: Decision[];
  /** the log the run is given, when it is more than `decisions` (a facilitator's market events first) */
  log?: Decision[];
  /** what a run code holds on top of the scenario (the document's code is made from it) */
  overrides: Record<string, number | string>;
  /** the run code to print in the document instead (a replayed code, as given) */
  code?: string;
  output: Output;
  /** one of many runs: scenario and seed lead every row; the document is a list item */
  many: boolean;
}

export interface RunChunk {
  /** the CSV header line ('' for the document and events) */
  header: string;
  body: string;
  hash: string;
}

function documentOf(task: RunTask, result: RunResult): RunDocument {
  const { scenario, seed, overrides, decisions } = task;
  const { model, params, hash, totals } = result;
  const code = task.code ?? encodeRunCode({ model: MODEL_VERSION, scenario, seed, overrides, decisions, hash });
  return { model, scenario, seed: result.seed, params, hash, code, decisions, ...documentRows(result), totals };
}

function csvChunk(task: RunTask, columns: readonly string[], rows: readonly (readonly Cell[])[], hash: string): RunChunk {
  const lead: Cell[] = task.many ? [task.scenario, task.seed] : [];
  const header = csvLine(task.many ? ['scenario', 'seed', ...columns] : columns);
  let body = '';
  for (const row of rows) body += csvLine(lead.length > 0 ? [...lead, ...row] : row);
  return { header, body, hash };
}

export function runChunk(task: RunTask): RunChunk {
  const spec = { params: task.params, seed: task.seed, decisions: task.log ?? task.decisions };
  if (task.output === 'document' || task.output === 'weeks') {
    const result = simulate(spec);
    if (task.output === 'weeks') {
      const columns = result.weeks.length > 0 ? Object.keys(result.weeks[0]) : [];
      return csvChunk(task, columns, result.weeks.map((w) => Object.values(weekRow(w)) as number[]), result.hash);
    }
    const text = JSON.stringify(documentOf(task, result), null, 2);
    return { header: '', body: task.many ? `  ${text.replace(/\n/g, '\n  ')}` : `${text}\n`, hash: result.hash };
  }
  const { result, out } = runWatched(spec, task.output satisfies WatchedTable);
  if ('records' in out) {
    const lead = task.many ? { scenario: task.scenario, seed: task.seed } : {};
    const body = out.records.map((record) => `${JSON.stringify({ ...lead, ...record })}\n`).join('');
    return { header: '', body, hash: result.hash };
  }
  return csvChunk(task, out.columns, out.rows, result.hash);
}

/** A run the model refused (a decision it cannot apply), as data: an error loses its class crossing threads. */
export interface RunRefused {
  refused: { message: string; key?: string; vars: ErrorVars };
}

/** runChunk in a worker thread (sweepWorker.ts exports it): a ParamError comes back as RunRefused. */
export function runInWorker(task: RunTask): RunChunk | RunRefused {
  try {
    return runChunk(task);
  } catch (error) {
    if (error instanceof ParamError) return { refused: { message: error.message, key: error.key, vars: error.vars } };
    throw error;
  }
}
