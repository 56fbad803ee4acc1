/**
 * A run stepped week by week, as simulate() steps it (the same createRun,
 * openRun, stepRun and decisions), with one table watching: the table reads
 * the state between weeks and listens to the week's events, and never writes
 * to the state, so the run and its hash are simulate()'s.
 */
import { checkDecisions, createRun, decisionsAt, isDone, openRun, stepRun, summarize, type RunResult, type RunSpec } from '../../sim';
import { customerTable } from './customerTable';
import { eventLog } from './eventLog';
import type { Observer } from './observer';
import { repPanel } from './repPanel';

/** The tables a run can give besides its weeks. */
export const WATCHED_TABLES = { reps: repPanel, customers: customerTable, events: eventLog } as const;
export type WatchedTable = keyof typeof WATCHED_TABLES;

export function runWatched(spec: RunSpec, table: WatchedTable): { result: RunResult; out: ReturnType<Observer['finish']> } {
  const observer = WATCHED_TABLES[table]();
  const log = checkDecisions(spec.decisions ?? [], spec.params);
  const state = createRun(spec.params, spec.seed);
  const run = openRun(state);
  const sink = observer.event;
  while (!isDone(state)) {
    const week = state.week;
    const decisions = decisionsAt(log, week);
    observer.before(state, decisions);
    stepRun(run, decisions, sink);
    observer.after(state, week);
  }
  return { result: summarize(state), out: observer.finish(state) };
}
