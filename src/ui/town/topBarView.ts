/**
 * What the town's top bar shows, worked out from the game: the week the
 * town is on, reputation against the start of the quarter (the review's
 * baseline: the end of the previous quarter), cash, the week's word of
 * mouth, each rep's progress this quarter, and the marks of the quarter's
 * weeks played so far. Everything comes from the run and the session's
 * marks, so a game resumed mid-quarter shows what it showed before.
 */
import { CONSTANTS, quarterOf, WEEKS_PER_QUARTER, type Decision, type RunState } from '../../sim';
import type { Session } from '../../play/session';
import { weekMarks, type WeekMark } from '../../game/town/pacing';

export interface RepBar {
  id: number;
  /** sales counted toward the bar */
  value: number;
  /** the quota, or a reference level when there is no quota */
  target: number;
  quota: boolean;
}

export interface TopBarView {
  /** the week the town is on (0-based): the last one played, or the quarter's first while none is */
  week: number;
  totalWeeks: number;
  /** the quarter's first week and its number of weeks */
  quarterStart: number;
  quarterWeeks: number;
  reputation: number;
  /** reputation when the quarter began (the end of the previous quarter, or the run's start) */
  baseline: number;
  cash: number;
  womPositive: number;
  womNegative: number;
  bars: RepBar[];
  /** per week of the quarter played so far, what happened in it (town/pacing.ts) */
  marks: WeekMark[][];
}

/** The decisions that took effect in a week: the player's log and the facilitator's events. */
export function decisionsOf(session: Session, week: number, extra: readonly Decision[] = []): Decision[] {
  return [...session.log, ...extra].filter((d) => d.week === week);
}

/** The marks of one played week of the run. */
export function marksOf(state: RunState, week: number, decisions: readonly Decision[]): WeekMark[] {
  const record = state.history[week];
  return record ? weekMarks({ record, reps: state.reps, decisions }) : [];
}

/**
 * The bar's view of a session. `pending`: sales of deals the town has not
 * shown yet, per rep (held back from the bars until they pop); `marksOf`: the
 * marks of a played week (weekMarks of what it left; the caller keeps them,
 * since a played week's marks do not change).
 */
export function topBarView(session: Session, pending: ReadonlyMap<number, number>, marksOf: (week: number) => WeekMark[]): TopBarView {
  const state = session.state;
  const start = session.quarterStart();
  const end = session.quarterEnd();
  const played = Math.max(0, Math.min(state.week, end) - start);
  const week = played > 0 ? start + played - 1 : start;
  const last = played > 0 ? state.history[week] : null;
  const before = start > 0 ? state.history[start - 1] : undefined;
  const noQuota = state.params['plan.quotaPeriod'] === 'none';
  const reference = state.params['plan.quota'];
  const bars: RepBar[] = state.reps
    .filter((r) => r.active)
    .map((r) => {
      // the quota period's sales, or without a quota this quarter's (from the session's marks: a reload keeps them)
      const sales = noQuota ? session.repQuarter(r.id).revenue : r.periodSales;
      const quota = !noQuota && r.quota > 0;
      return { id: r.id, value: Math.max(0, sales - Math.max(0, pending.get(r.id) ?? 0)), target: quota ? r.quota : reference > 0 ? reference : 1, quota };
    });
  const marks: WeekMark[][] = [];
  for (let w = start; w < start + played; w++) marks.push(marksOf(w));
  return {
    week,
    totalWeeks: state.params['run.weeks'],
    quarterStart: start,
    quarterWeeks: end - start,
    reputation: last ? last.reputation : state.reputation,
    baseline: before ? before.reputation : CONSTANTS.REPUTATION_NEUTRAL.value,
    cash: state.cash,
    womPositive: last?.womPositive ?? 0,
    womNegative: last?.womNegative ?? 0,
    bars,
    marks,
  };
}

/**
 * The bar's view of a replayed week (the replay and the side-by-side view: a
 * state, no session): the last week the state played, its quarter's marks so
 * far, and each rep's sales of the quota period (of the quarter's marks the
 * session keeps, a state has none: without a quota the bar shows the period's sales too).
 */
export function stateBarView(state: RunState, marksOf: (week: number) => WeekMark[]): TopBarView {
  const totalWeeks = state.params['run.weeks'];
  const week = Math.max(0, Math.min(totalWeeks, state.week) - 1);
  const played = state.week > 0;
  const quarterStart = quarterOf(week) * WEEKS_PER_QUARTER;
  const last = played ? state.history[week] : undefined;
  const before = quarterStart > 0 ? state.history[quarterStart - 1] : undefined;
  const noQuota = state.params['plan.quotaPeriod'] === 'none';
  const reference = state.params['plan.quota'];
  const marks: WeekMark[][] = [];
  if (played) for (let w = quarterStart; w <= week; w++) marks.push(marksOf(w));
  return {
    week,
    totalWeeks,
    quarterStart,
    quarterWeeks: Math.min(WEEKS_PER_QUARTER, totalWeeks - quarterStart),
    reputation: last ? last.reputation : state.reputation,
    baseline: before ? before.reputation : CONSTANTS.REPUTATION_NEUTRAL.value,
    cash: state.cash,
    womPositive: last?.womPositive ?? 0,
    womNegative: last?.womNegative ?? 0,
    bars: state.reps.filter((r) => r.active).map((r) => {
      const quota = !noQuota && r.quota > 0;
      return { id: r.id, value: Math.max(0, r.periodSales), target: quota ? r.quota : reference > 0 ? reference : 1, quota };
    }),
    marks,
  };
}
