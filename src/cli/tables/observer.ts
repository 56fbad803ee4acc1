/**
 * What a table of `salesfloor run` sees of a run it watches: the state before
 * and after each week, and the week's events. The run is stepped exactly as
 * simulate() steps it (src/cli/tables/runWatched.ts), so the hash is the same.
 */
import type { Cell } from '../../shared/csv';
import type { Decision, RunState, SimEvent } from '../../sim';

export interface Observer {
  /** before week `state.week` is stepped, with the decisions it is given */
  before(state: RunState, decisions: readonly Decision[]): void;
  /** an event of the week being stepped */
  event(event: SimEvent): void;
  /** after week `week` was stepped */
  after(state: RunState, week: number): void;
  /** the table once the run is over: CSV columns and rows, or JSON Lines records */
  finish(state: RunState): { columns: string[]; rows: Cell[][] } | { records: object[] };
}

/** A share as a cell: empty when its denominator is zero (nothing to divide). */
export const ratio = (part: number, whole: number): Cell => (whole > 0 ? part / whole : '');
