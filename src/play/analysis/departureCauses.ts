/**
 * Chain causes of departures: a rep who quit worn out, having lost heart or
 * underpaid after the player cut coaching, recognition or the base salary
 * is linked to that cut when the model says so — the run replayed from the
 * cut's quarter without it (later decisions kept, same seed and streams)
 * still has the rep on the team the week they left. A cut that made no
 * difference to a departure is not named.
 */
import type { RunState } from '../../sim';
import { changesIn, withoutChanges, type Change } from './changes';
import { ghostFrom, type RunRecipe } from './replayRun';
import type { Departure } from './teamMoves';

/** The levers whose cut can drive a rep out through the model's quit hazard (fatigue, care, low pay). */
export const PEOPLE_CUTS = ['management.coaching', 'management.recognition', 'plan.baseSalary'] as const;

/** Reasons a cut can be behind: ordinary turnover and a market event are not the player's doing. */
const CHAINED = new Set(['fatigue', 'care', 'lowPay']);

/** At most this many cuts are replayed for one quarter (the latest ones). */
const MAX_CUTS = 3;

export type Cut = Change & { kind: 'set' };

/** Each departure's cut, by rep id, for the departures it caused. */
export type DepartureCauses = Map<number, Cut>;

/** The player's cuts of a people lever made before `end`, latest first; `starts[q]`: the state at quarter q's start. */
export function peopleCuts(recipe: RunRecipe, starts: readonly RunState[], end: number): Cut[] {
  const cuts: Cut[] = [];
  starts.forEach((s, q) => {
    const to = starts[q + 1]?.week ?? end;
    for (const c of changesIn(recipe.log, s.week, Math.min(to, end), s.params)) {
      if (c.kind === 'set' && (PEOPLE_CUTS as readonly string[]).includes(c.key) && Number(c.to) < Number(c.from)) cuts.push(c);
    }
  });
  return cuts.sort((a, b) => b.week - a.week);
}

/**
 * `starts[q]`: the run's state at quarter q's start (quarterStarts); `end`:
 * the week the departures' span ends. A departure is the cut's doing when,
 * without the cut, the same rep (same id, hired the same week) was still on
 * the team in the week they left.
 */
export function departureCauses(recipe: RunRecipe, starts: readonly RunState[], departures: readonly Departure[], end: number): DepartureCauses {
  const out: DepartureCauses = new Map();
  const open = departures.filter((d) => CHAINED.has(d.reason));
  if (open.length === 0) return out;
  const first = Math.min(...open.map((d) => d.week));
  const cuts = peopleCuts(recipe, starts, end).filter((c) => c.week <= first).slice(0, MAX_CUTS);
  for (const cut of cuts) {
    const left = open.filter((d) => !out.has(d.rep) && cut.week <= d.week);
    if (left.length === 0) continue;
    const from = starts[starts.findLastIndex((s) => s.week <= cut.week)];
    const ghost = ghostFrom(from, recipe.events, withoutChanges(recipe.log, [cut]), end).state;
    for (const d of left) {
      const played = from.reps.find((r) => r.id === d.rep);
      const other = ghost.reps.find((r) => r.id === d.rep);
      // a rep hired after the snapshot may be someone else under another log: only the same person counts
      if (!played || !other || other.hiredWeek !== played.hiredWeek) continue;
      if (other.active || other.leftWeek > d.week) out.set(d.rep, cut);
    }
  }
  return out;
}
