/**
 * The quarter's causes, as facts ranked by the size of their effect: what
 * the player's changes moved against the previous plan on the same town
 * (quarterCauses), who quit and why (teamMoves), where the deals came from
 * and what moved there since the last quarter, what customers said, which
 * deals the reps moved across the quarter's end. The
 * review opens with the two or three biggest; whyText.ts words them.
 */
import type { Change } from './changes';
import { DEAL_SOURCES, type Decision } from '../../sim';
import type { ChangeEffect, Effect, EventEffect, QuarterCauses } from './quarterCauses';
import type { QuarterStat } from './quarters';
import type { Departure } from './teamMoves';

export type WhyLine =
  /** the quarter's changes against the previous plan; `top`: the one that did most alone, when there were several */
  | { kind: 'changes'; size: number; changes: Change[]; effect: Effect; top: ChangeEffect | null }
  | { kind: 'quits'; size: number; departures: Departure[] }
  /** a facilitator's market event that began in the quarter, against the same town without it */
  | { kind: 'market'; size: number; event: Decision; effect: Effect }
  /** `top`: the source of most deals (DEAL_SOURCES index); `mover`: the source whose share of deals moved most since last quarter */
  | { kind: 'sources'; size: number; top: number; topShare: number; deals: number; mover: { source: number; from: number; to: number } | null }
  | { kind: 'wom'; size: number; positive: number; negative: number; returns: number; churned: number }
  /** deals the reps moved across the quarter's end: pulled in from a later period (at their mean discount), held back into the next */
  | { kind: 'timing'; size: number; pulled: number; discount: number; held: number; walked: number };

/** How many lines open the review. */
export const WHY_LINES = 3;

/** The share of a quarter's deals moved across quarters from which the review always names it: timing games are what a volume bonus buys. */
const TIMING_NAMED = 0.05;

/** Sizes on one scale (a share moved, 0-1 and more) so the lines can be ranked against each other. */
function sourcesLine(q: QuarterStat, prev: QuarterStat | undefined): WhyLine | null {
  if (q.deals <= 0) return null;
  let top = 0;
  for (let i = 1; i < q.dealsBySource.length; i++) if (q.dealsBySource[i] > q.dealsBySource[top]) top = i;
  const topShare = q.dealsBySource[top] / q.deals;
  let mover: { source: number; from: number; to: number } | null = null;
  let shift = 0;
  if (prev && prev.deals > 0) {
    for (let i = 0; i < q.dealsBySource.length; i++) {
      const d = Math.abs(q.dealsBySource[i] / q.deals - prev.dealsBySource[i] / prev.deals);
      if (d > shift && q.dealsBySource[i] !== prev.dealsBySource[i]) {
        shift = d;
        mover = { source: i, from: prev.dealsBySource[i], to: q.dealsBySource[i] };
      }
    }
  }
  // a first quarter has nothing to compare with: where the deals came from is context, ranked low
  return { kind: 'sources', size: prev ? shift : topShare / 5, top, topShare, deals: q.deals, mover };
}

function womLine(q: QuarterStat): WhyLine | null {
  const said = q.womPositive + q.womNegative;
  if (said === 0 && q.returns + q.churned === 0) return null;
  const lost = q.returns + q.churned;
  return { kind: 'wom', size: (0.5 * Math.abs(q.womPositive - q.womNegative)) / Math.max(1, said) + lost / Math.max(1, q.deals), positive: q.womPositive, negative: q.womNegative, returns: q.returns, churned: q.churned };
}

const PULLED_IN = DEAL_SOURCES.indexOf('pulledIn');

/** What the reps did with the calendar: deals pulled in from later periods and held back into the next one, as a share of the quarter's deals. */
function timingLine(q: QuarterStat): WhyLine | null {
  const pulled = q.dealsBySource[PULLED_IN];
  if (pulled + q.heldBack === 0) return null;
  const list = q.revenueBySource[PULLED_IN] + q.discountPulledIn;
  return {
    kind: 'timing', size: (pulled + q.heldBack) / Math.max(1, q.deals), pulled, discount: list > 0 ? q.discountPulledIn / list : 0, held: q.heldBack, walked: q.walkedAway,
  };
}

/** All the candidate lines of a quarter, biggest first. */
export function quarterWhyAll(c: QuarterCauses, prev: QuarterStat | undefined, departures: Departure[], events: EventEffect[] = []): WhyLine[] {
  const lines: WhyLine[] = events.map((e) => ({ kind: 'market', size: e.size, event: e.event, effect: e.effect }));
  if (c.all) lines.push({ kind: 'changes', size: c.all.size, changes: c.changes, effect: c.all.effect, top: c.each[0] ?? null });
  if (departures.length > 0) lines.push({ kind: 'quits', size: departures.length / Math.max(1, c.actual.headcount + departures.length), departures });
  const s = sourcesLine(c.actual, prev);
  if (s) lines.push(s);
  const w = womLine(c.actual);
  if (w) lines.push(w);
  const timing = timingLine(c.actual);
  if (timing) lines.push(timing);
  return lines.sort((a, b) => b.size - a.size);
}

/**
 * The lines that open the review: the WHY_LINES biggest, always with the
 * player's changes (what they did is what they came to learn), anyone who
 * quit (no one leaves silently), the market's events and deals moved across
 * quarters when they are a twentieth of the deals or more, biggest first.
 */
export function quarterWhy(c: QuarterCauses, prev: QuarterStat | undefined, departures: Departure[], events: EventEffect[] = []): WhyLine[] {
  const all = quarterWhyAll(c, prev, departures, events);
  const needed = (l: WhyLine) => l.kind === 'changes' || l.kind === 'quits' || l.kind === 'market' || (l.kind === 'timing' && l.size >= TIMING_NAMED);
  const must = all.filter(needed);
  const rest = all.filter((l) => !needed(l));
  return [...must, ...rest].slice(0, Math.max(WHY_LINES, must.length)).sort((a, b) => b.size - a.size);
}
