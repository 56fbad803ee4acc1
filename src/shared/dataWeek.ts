/**
 * The week as the data files carry it: the CSV, JSON and Parquet tables of
 * `salesfloor run` and `salesfloor sweep`, the game's weekly CSV and run
 * JSON, the lab's downloads. Every one of them numbers the week as the game
 * does (src/sim/calendar.ts's weekNumber: the first week is 1), so the game's
 * "Week 31 (Q3 w5)" is the row whose `week` is 31, in quarter 3. The model
 * keeps its index (the week record's `week` from 0, folded into the run hash)
 * and so does the decision log (run codes, `--decisions` files): a file the
 * model reads back is never mapped here.
 */
import { weekNumber, type RepSummary, type RunResult, type WeekRecord } from '../sim';
import { recordsToCsv } from './csv';

/** A week's cell in a data file: the model's week index `week` as the game numbers it. */
export function dataWeek(week: number): number {
  return weekNumber(week);
}

/** The week record as a data file writes it: the same fields in the same order, `week` as the game numbers it. */
export function weekRow(record: WeekRecord): WeekRecord {
  return { ...record, week: dataWeek(record.week) };
}

/** The weekly table (one row per week, a column per field of the week record), as `salesfloor run --format csv` and the game write it. */
export function weeksCsv(records: readonly WeekRecord[]): string {
  return recordsToCsv(records.map(weekRow));
}

/** A rep of the run document, their weeks as the game numbers them (`leftWeek` -1: still on the team; a period's `end` is the week after its last). */
function repRow(rep: RepSummary): RepSummary {
  const { hiredWeek, leftWeek, periods } = rep;
  return {
    ...rep,
    hiredWeek: dataWeek(hiredWeek),
    leftWeek: leftWeek < 0 ? leftWeek : dataWeek(leftWeek),
    periods: periods.map((p) => ({ ...p, start: dataWeek(p.start), end: dataWeek(p.end) })),
  };
}

/** A run's weeks and reps as the run document (`salesfloor run`'s JSON, the game's download) writes them. */
export function documentRows(result: Pick<RunResult, 'weeks' | 'reps'>): Pick<RunResult, 'weeks' | 'reps'> {
  return { weeks: result.weeks.map(weekRow), reps: result.reps.map(repRow) };
}
