/**
 * Who left the team and who joined it in a span of weeks, and why: the
 * reason the model recorded for a quit (the largest term of the rep's quit
 * hazard, or the facilitator's event) with the rep's fatigue, care and pay
 * as they left, and for an arrival whether it was the player's hire or the
 * replacement of a rep who left (the one who left that territory last).
 */
import { lowPayLine } from '../../sim';
import type { Params, QuitReason, RepState } from '../../sim';

export interface Departure {
  rep: number;
  week: number;
  reason: QuitReason;
  fatigue: number;
  care: number;
  /** the rep's average weekly pay as they left, and the line under which a rep feels underpaid */
  pay: number;
  payLine: number;
  /** the week a replacement arrives (pending or arrived), null when none is due (no vacancy rule) */
  replacedWeek: number | null;
  /** the replacement's id once arrived */
  replacedBy: number | null;
}

export interface Arrival {
  rep: number;
  week: number;
  as: 'hire' | 'replacement';
  /** the rep replaced, for a replacement */
  replacing: number | null;
}

export interface TeamMoves {
  departures: Departure[];
  arrivals: Arrival[];
}

/** The rep who left `territory` last before `week` (whom an arrival there in `week` replaces). */
function replaced(reps: readonly RepState[], territory: number, week: number, taken: Set<number>): RepState | null {
  let best: RepState | null = null;
  for (const r of reps) {
    if (r.active || r.territory !== territory || r.leftWeek < 0 || r.leftWeek >= week || taken.has(r.id)) continue;
    if (!best || r.leftWeek < best.leftWeek) best = r;
  }
  return best;
}

/** Moves in weeks [start, end) of a run whose reps and pending hires are `state`'s (the run at or after `end`). */
export function teamMoves(state: { reps: readonly RepState[]; params: Params; pendingHires: readonly { week: number; territory: number }[] }, start: number, end: number): TeamMoves {
  const reps = state.reps;
  // who replaced whom, over the whole run so far, in order of arrival (the oldest vacancy of a territory is filled first)
  const by = new Map<number, RepState>();
  const taken = new Set<number>();
  for (const r of [...reps].sort((a, b) => a.hiredWeek - b.hiredWeek || a.id - b.id)) {
    if (r.joinedAs !== 'replacement') continue;
    const old = replaced(reps, r.territory, r.hiredWeek, taken);
    if (old) {
      taken.add(old.id);
      by.set(old.id, r);
    }
  }
  const line = lowPayLine(state.params);
  const pending = [...state.pendingHires];
  const departures: Departure[] = reps
    .filter((r) => !r.active && r.leftWeek >= start && r.leftWeek < end)
    .sort((a, b) => a.leftWeek - b.leftWeek || a.id - b.id)
    .map((r) => {
      const next = by.get(r.id);
      let due: number | null = next ? next.hiredWeek : null;
      if (!next) {
        const i = pending.findIndex((p) => p.territory === r.territory && p.week > r.leftWeek);
        if (i >= 0) due = pending.splice(i, 1)[0].week;
      }
      return { rep: r.id, week: r.leftWeek, reason: r.leftBecause ?? 'usual', fatigue: r.fatigue, care: r.care, pay: r.avgPay, payLine: line, replacedWeek: due, replacedBy: next ? next.id : null };
    });
  const arrivals: Arrival[] = reps
    .filter((r) => r.joinedAs !== undefined && r.hiredWeek >= start && r.hiredWeek < end)
    .sort((a, b) => a.hiredWeek - b.hiredWeek || a.id - b.id)
    .map((r) => {
      const old = [...by].find(([, rep]) => rep.id === r.id);
      return { rep: r.id, week: r.hiredWeek, as: r.joinedAs ?? 'hire', replacing: old ? old[0] : null };
    });
  return { departures, arrivals };
}
