/**
 * A goal per story: what a game must reach by its last week, so a second
 * game has something to beat. A goal names the reference plans to out-earn on
 * the same town (the founder's way, the sales director's plan: the paired
 * runs of analysis/ghosts.ts) and a reputation to end at or above. The
 * briefing states it, the quarter bar tracks it, the debrief judges it; a
 * facilitator's scenario may set its own.
 */
import { t } from '../i18n';
import { money, pct } from '../i18n/format';
import type { RunState } from '../sim';
import { WEEKS_PER_YEAR } from '../sim';
import type { FacilitatorScenario } from '../codes/facilitatorScenario';
import { ghostRun, GHOST_SCENARIOS, type GhostId } from './analysis/ghosts';

export interface Goal {
  /** the reference plans whose profit over the run the game must beat (none: reputation only) */
  beat: GhostId[];
  /** the reputation (0-1) to end at or above */
  reputation: number;
}

/**
 * The stories' goals. Measured on seeds 1-6 at the defaults (year 2): the
 * founder's own plan ends at 4.5-6.7 M profit and reputation 0.69-0.73, the
 * sales director's at 2.3-3.4 M and 0.40-0.46, the ambivalent CEO's at
 * 2.1-3.0 M and 0.38-0.46. Each goal asks for more than the story's own plan
 * gives: the founder must keep reputation at 70 while out-earning the
 * director; the director must out-earn the founder; the CEO must do both.
 */
const STORY_GOALS: Record<string, Goal> = {
  founder: { beat: ['sales-director'], reputation: 0.7 },
  'sales-director': { beat: ['founder'], reputation: 0.5 },
  'ambivalent-ceo': { beat: ['founder', 'sales-director'], reputation: 0.6 },
};
/** A pay-plan experiment: out-earn the sales director's plan without wrecking the reputation. */
const EXPERIMENT_GOAL: Goal = { beat: ['sales-director'], reputation: 0.6 };

export function goalFor(scenario: string, custom?: FacilitatorScenario | null): Goal {
  const own = custom?.goal;
  if (own) return { beat: [...own.beat], reputation: own.reputation };
  return STORY_GOALS[custom?.base ?? scenario] ?? EXPERIMENT_GOAL;
}

/** Whether a value is a goal a facilitator may set. */
export function isGhostId(x: unknown): x is GhostId {
  return typeof x === 'string' && (GHOST_SCENARIOS as readonly string[]).includes(x);
}

export interface GoalStatus {
  /** the game's profit so far and the best reference plan's over the same weeks */
  profit: number;
  target: number;
  /** the reference plan whose profit is the target (null: no profit part) */
  targetId: GhostId | null;
  reputation: number;
  profitMet: boolean;
  reputationMet: boolean;
  met: boolean;
  /** the run is over: the goal is judged, not tracked */
  final: boolean;
}

/** Where a game stands against its goal at the state's week (judged at the run's end). */
export function goalStatus(goal: Goal, state: RunState, seed: string, custom: FacilitatorScenario | null = null): GoalStatus {
  const week = state.week;
  let target = Number.NEGATIVE_INFINITY;
  let targetId: GhostId | null = null;
  for (const id of goal.beat) {
    const weeks = ghostRun(id, seed, custom ?? undefined);
    let sum = 0;
    for (let i = 0; i < week && i < weeks.length; i++) sum += weeks[i].profit;
    if (sum > target) {
      target = sum;
      targetId = id;
    }
  }
  const profit = state.cash;
  const profitMet = targetId === null || profit > target;
  const reputationMet = state.reputation >= goal.reputation;
  return {
    profit, target: targetId === null ? 0 : target, targetId, reputation: state.reputation, profitMet, reputationMet,
    met: profitMet && reputationMet, final: week >= state.params['run.weeks'],
  };
}

/** The goal's deadline as the game names it: a year when the run is whole years, else its last week (1-based). */
export function goalDeadline(weeks: number): { year: number } | { week: number } {
  return weeks % WEEKS_PER_YEAR === 0 ? { year: weeks / WEEKS_PER_YEAR } : { week: weeks };
}

/** The goal in a sentence, for the briefing. */
export function goalText(goal: Goal, weeks: number): string {
  const d = goalDeadline(weeks);
  const when = 'year' in d ? t('story.goal.when', { n: d.year }) : t('story.goal.whenWeek', { n: d.week });
  const rep = pct(goal.reputation);
  const names = goal.beat.map((id) => t(`story.goal.ghost.${id}`));
  if (names.length === 0) return t('story.goal.reputationOnly', { when, rep });
  if (names.length === 1) return t('story.goal.beatOne', { when, a: names[0], rep });
  return t('story.goal.beatBoth', { when, a: names[0], b: names[1], rep });
}

/** Where the game stands, for the quarter bar: the profit against the target so far, the reputation against the line (`short`: a phone's one line). */
export function goalTracker(goal: Goal, s: GoalStatus, short = false): string {
  return t(short ? 'story.goal.trackerShort' : 'story.goal.tracker', { profit: money(s.profit, true), target: s.targetId ? money(s.target, true) : '–', rep: pct(s.reputation), need: pct(goal.reputation) });
}

/** The debrief's verdict. */
export function goalJudgement(goal: Goal, s: GoalStatus): string {
  const vars = {
    profit: money(s.profit, true), target: money(s.target, true), rep: pct(s.reputation), need: pct(goal.reputation),
    who: s.targetId ? t(`story.goal.ghost.${s.targetId}`) : '',
  };
  if (s.met) return t('story.goal.judged.met', vars);
  if (!s.profitMet && !s.reputationMet) return t('story.goal.judged.both', vars);
  return t(s.profitMet ? 'story.goal.judged.reputationShort' : 'story.goal.judged.profitShort', vars);
}
