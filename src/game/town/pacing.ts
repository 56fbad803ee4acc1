/**
 * Which weeks of a quarter something happens in, and how long the town
 * dwells on a week: it slows down on a week with a mark and speeds through
 * quiet ones. One reading of "something happens", from what a week leaves
 * in the run (its record, the reps, the decisions stamped with it), so the
 * marks of weeks already played come back the same after a reload. Pure:
 * the Town scene paces its clock by it and the page's top bar draws it.
 */
import type { Decision, RepState, WeekRecord } from '../../sim';

export type WeekMark = 'departure' | 'hire' | 'returns' | 'moved' | 'market' | 'dilemma';

export const WEEK_MARKS: readonly WeekMark[] = ['departure', 'hire', 'returns', 'moved', 'market', 'dilemma'];

/**
 * A return wave: this many returns in a week; a burst: this many deals moved
 * across periods (held back plus pulled in). Set at about the 95th
 * percentile of the pushiest stories' weeks (sales director, ambivalent CEO,
 * quarterly quota; seeds 1 and 7, 104 weeks), so that with departures 5 to 25
 * weeks in 104 are marked (founder 4–5, clawback 23–27): a mark is news, and a
 * quarter at 1× takes 13–18 s where it took 21.
 */
export const RETURN_WAVE = 10;
/** See RETURN_WAVE. */
export const MOVED_BURST = 12;

/** What the run holds about a week, enough to mark it. */
export interface WeekFacts {
  record: WeekRecord;
  reps: readonly RepState[];
  /** the decisions that took effect that week (the player's and the facilitator's) */
  decisions: readonly Decision[];
}

export function weekMarks({ record, reps, decisions }: WeekFacts): WeekMark[] {
  const out: WeekMark[] = [];
  const week = record.week;
  if (record.quits > 0) out.push('departure');
  if (reps.some((r) => r.joinedAs !== undefined && r.hiredWeek === week)) out.push('hire');
  if (record.returns >= RETURN_WAVE) out.push('returns');
  if (record.heldBack + record.dealsPulledIn >= MOVED_BURST) out.push('moved');
  if (decisions.some((d) => d.type === 'event')) out.push('market');
  // a dilemma answered that week (the answers are decisions of the log)
  if (decisions.some((d) => d.type === 'dilemma')) out.push('dilemma');
  return out;
}

/** How long the town dwells on a week, as a share of the base week (1.6 s at 1×): longer on a marked week, shorter on a quiet one. */
export const MARKED_WEEK = 1.6;
export const QUIET_WEEK = 0.6;

export function weekLength(marks: readonly WeekMark[]): number {
  return marks.length > 0 ? MARKED_WEEK : QUIET_WEEK;
}
