/**
 * Calendar arithmetic, in one place that the core, the views and the
 * validation checks all import: weeks, 13-week quarters, 52-week years, and
 * the calendar blocks quota periods are aligned to.
 */
import type { QuotaPeriod } from './paramSpecs';

export const WEEKS_PER_QUARTER = 13;
export const WEEKS_PER_YEAR = 52;

/** The quarter (0 for the first) a week falls in. */
export function quarterOf(week: number): number {
  return Math.floor(week / WEEKS_PER_QUARTER);
}

/** The week's place in its quarter, 0 to 12. */
export function weekInQuarter(week: number): number {
  return week % WEEKS_PER_QUARTER;
}

/**
 * The one week numbering a person reads: the number of the model's week
 * `week` (its index, 0 for the first) as the game shows it, the first week
 * being week 1. The top bar's "week 5 of 13", the charts' "Q3 w5", every
 * list of decisions and events, the facilitator's page, the debrief and the
 * data files a person reads (the CSV, JSON and Parquet tables, through
 * src/shared/dataWeek.ts) count this way; the model (the week record's
 * `week`, folded into the hash) and the decision log keep the index.
 */
export function weekNumber(week: number): number {
  return week + 1;
}

/** The model's week index of the week a person calls week `n` (weekNumber's inverse). */
export function weekIndex(n: number): number {
  return n - 1;
}

/** Nominal length of a quota period of this kind, in weeks (0: no quota). */
export function periodLengthOf(kind: QuotaPeriod): number {
  return kind === 'quarter' ? WEEKS_PER_QUARTER : kind === 'year' ? WEEKS_PER_YEAR : 0;
}

/** The calendar block of `length` weeks that holds `week`: weeks start (inclusive) to end (exclusive). */
export function blockOf(week: number, length: number): { start: number; end: number } {
  const start = Math.floor(week / length) * length;
  return { start, end: start + length };
}

/** The complete calendar blocks of `length` weeks in a run of `weeks` weeks. */
export function completeBlocks(weeks: number, length: number): number {
  return Math.floor(weeks / length);
}
