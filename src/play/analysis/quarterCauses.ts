/**
 * What the player's changes did in a quarter: the quarter as played against
 * the same town from the same start (same seed, same state, same streams)
 * continued under the previous plan — all the quarter's changes taken out —
 * and, when there were several, each change on its own: the quarter with
 * only that change made against the quarter with none (two replays from the
 * same start, so it never repeats the combined numbers). Deterministic: the
 * same game gives the same answer.
 */
import type { Decision, RunState, WeekRecord } from '../../sim';
import { type Change, withoutChanges } from './changes';
import { quarterStats, type QuarterStat } from './quarters';
import { ghostFrom, type RunRecipe } from './replayRun';

/** The quarter as played minus the quarter under the other plan. */
export interface Effect {
  deals: number;
  revenue: number;
  profit: number;
  pay: number;
  quits: number;
  womPositive: number;
  womNegative: number;
  /** shares, 0-1: at the quarter's end (reputation, care) or its mean (satisfaction) */
  satisfaction: number;
  reputation: number;
  careMotive: number;
}

export interface ChangeEffect {
  changes: Change[];
  /** the quarter it is measured against: the log without the quarter's changes */
  ghost: QuarterStat;
  /** the quarter it measures: as played (all the changes), or with only `changes` made (a change on its own) */
  run: QuarterStat;
  /** run − ghost */
  effect: Effect;
  /** how big the effect is, to rank it: relative revenue change plus the share points moved on the effect ledger */
  size: number;
}

export interface QuarterCauses {
  actual: QuarterStat;
  changes: Change[];
  /** all the quarter's changes taken out; null when the player changed nothing */
  all: ChangeEffect | null;
  /** each change on its own (only it made, against none made), biggest effect first; only when there were several */
  each: ChangeEffect[];
}

/** At most this many one-change replays a quarter (a quarter of the game costs a few tens of milliseconds each). */
export const MAX_SINGLE_GHOSTS = 6;

const EFFECT_KEYS = ['deals', 'revenue', 'profit', 'pay', 'quits', 'womPositive', 'womNegative', 'satisfaction', 'reputation', 'careMotive'] as const;

export function effectOf(actual: QuarterStat, ghost: QuarterStat): Effect {
  const e = {} as Effect;
  for (const k of EFFECT_KEYS) e[k] = actual[k] - ghost[k];
  return e;
}

export function effectSize(e: Effect, ghost: QuarterStat): number {
  const revenue = Math.abs(e.revenue) / Math.max(1, Math.abs(ghost.revenue));
  return revenue + Math.abs(e.satisfaction) + Math.abs(e.reputation) + Math.abs(e.careMotive);
}

const SPAN_SUMS = ['deals', 'revenue', 'profit', 'pay', 'quits', 'womPositive', 'womNegative'] as const;

/**
 * A span of weeks (a quarter, or the rest of a run) folded into one stat,
 * numbered from its first week: flows summed, satisfaction averaged over the
 * weeks, reputation and care as they stand at its end.
 */
export function spanStat(weeks: readonly WeekRecord[]): QuarterStat {
  const qs = quarterStats(weeks);
  const out = { ...qs[qs.length - 1], quarter: weeks[0]?.quarter ?? 1, weeks: weeks.length };
  for (const k of SPAN_SUMS) out[k] = qs.reduce((s, q) => s + q[k], 0);
  out.satisfaction = qs.reduce((s, q) => s + q.satisfaction * q.weeks, 0) / Math.max(1, weeks.length);
  return out;
}

/**
 * `start`: the state at the quarter's first week; `played`: the quarter's
 * records as played; `changes`: the player's changes in the quarter
 * (changesIn).
 */
export function quarterCauses(recipe: RunRecipe, start: RunState, played: readonly WeekRecord[], changes: Change[]): QuarterCauses {
  const actual = spanStat(played);
  if (changes.length === 0 || played.length === 0) return { actual, changes, all: null, each: [] };
  const end = start.week + played.length;
  const quarterWithout = (taken: readonly Change[]) => spanStat(ghostFrom(start, recipe.events, withoutChanges(recipe.log, taken), end).weeks);
  const none = quarterWithout(changes);
  const measure = (made: Change[], run: QuarterStat): ChangeEffect => {
    const effect = effectOf(run, none);
    return { changes: made, ghost: none, run, effect, size: effectSize(effect, none) };
  };
  const all = measure(changes, actual);
  // on its own: the quarter's other changes taken out, this one kept
  const each = changes.length > 1 ? changes.slice(0, MAX_SINGLE_GHOSTS).map((c) => measure([c], quarterWithout(changes.filter((o) => o !== c)))).sort((a, b) => b.size - a.size) : [];
  return { actual, changes, all, each };
}

/** What a facilitator's market event that began in the quarter did: the quarter against the same town without it. */
export interface EventEffect {
  event: Decision;
  effect: Effect;
  size: number;
}

export function eventEffects(recipe: RunRecipe, start: RunState, played: readonly WeekRecord[]): EventEffect[] {
  const end = start.week + played.length;
  const actual = spanStat(played);
  return recipe.events
    .filter((e) => e.week >= start.week && e.week < end)
    .map((event) => {
      const ghost = spanStat(ghostFrom(start, recipe.events.filter((e) => e !== event), recipe.log, end).weeks);
      const effect = effectOf(actual, ghost);
      return { event, effect, size: effectSize(effect, ghost) };
    });
}
