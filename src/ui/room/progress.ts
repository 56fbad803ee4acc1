/**
 * What a player's game tells the room, worked out from the session alone
 * (no DOM): the decisions of the weeks that ran since the last message, in
 * the log's order (a week's decisions are final once it has run; a walk
 * booked for the week about to run can still be cancelled), where the game
 * is, and at the debrief the run's hash. And the other way: where a game
 * rebuilt from the room's copy of it (another device) stands.
 */
import { hashHex, WEEKS_PER_QUARTER } from '../../sim';
import type { Decision } from '../../sim';
import type { Phase, Session } from '../../play/session';
import type { Progress } from './transport';

/** The progress message for weeks [from, session's week). */
export function progressOf(session: Session, from: number): Progress {
  const week = session.state.week;
  const decisions = session.log.filter((d) => d.week >= from && d.week < week);
  const phase = session.phase;
  return { from, week, quarter: session.quarter, phase, decisions, ...(phase === 'debrief' ? { hash: hashHex(session.state) } : {}) };
}

/** Is there anything new to tell the room since `last` (another week, phase or quarter)? */
export function moved(p: Progress, last: Pick<Progress, 'week' | 'phase' | 'quarter'> | null): boolean {
  return last === null || p.week !== last.week || p.phase !== last.phase || p.quarter !== last.quarter;
}

/** Where a game the room has up to `week` resumes on a device that has no save of it: mid-quarter playing, at a quarter's end its review, at the last week the debrief. */
export function spotOf(week: number, runWeeks: number): { quarter: number; phase: Phase; week: number } {
  if (week <= 0) return { quarter: 0, phase: 'planning', week: 0 };
  if (week >= runWeeks) return { quarter: Math.ceil(runWeeks / WEEKS_PER_QUARTER) - 1, phase: 'debrief', week: runWeeks };
  if (week % WEEKS_PER_QUARTER === 0) return { quarter: week / WEEKS_PER_QUARTER - 1, phase: 'review', week };
  return { quarter: Math.floor(week / WEEKS_PER_QUARTER), phase: 'playing', week };
}

/** The events in `now` that `before` did not have (the instructor pushed them). */
export function newEvents(before: readonly Decision[], now: readonly Decision[]): Decision[] {
  const seen = new Set(before.map((d) => JSON.stringify(d)));
  return now.filter((d) => !seen.has(JSON.stringify(d)));
}
