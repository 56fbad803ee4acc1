/**
 * The quarter's causes, as facts ranked by the size of their effect: what
 * the player's changes moved against the previous plan on the same town
 * (quarterCauses), who quit and why (teamMoves) and the player's cut behind
 * it (departureCauses), a loss and its costs, where the deals came from
 * and which source moved most since the last quarter, what customers said, which
 * deals the reps moved across the quarter's end. The
 * review opens with the two or three biggest; whyText.ts words them.
 */
import type { Change } from './changes';
import type { Cut, DepartureCauses } from './departureCauses';
import { DEAL_SOURCES, type Decision } from '../../sim';
import type { ChangeEffect, Effect, EventEffect, QuarterCauses } from './quarterCauses';
import type { QuarterStat } from './quarters';
import type { Departure } from './teamMoves';

export type WhyLine =
  /** the quarter's changes against the previous plan; `alone`: each change on its own, biggest first, when there were several */
  | { kind: 'changes'; size: number; changes: Change[]; effect: Effect; alone: ChangeEffect[] }
  /** `cuts`: the player's cut behind a departure, by rep (departureCauses) */
  | { kind: 'quits'; size: number; departures: Departure[]; cuts: DepartureCauses }
  /** a quarter that lost money, and what it cost (money, the quarter's sums) */
  | { kind: 'loss'; size: number; profit: number; revenue: number; costs: QuarterCosts }
  /** a facilitator's market event that began in the quarter, against the same town without it */
  | { kind: 'market'; size: number; event: Decision; effect: Effect }
  /** `top`: the largest source of deals (DEAL_SOURCES index); `mover`: the source whose deals changed most since last quarter (largest |to − from|) */
  | { kind: 'sources'; size: number; top: number; topShare: number; deals: number; mover: { source: number; from: number; to: number } | null }
  | { kind: 'wom'; size: number; positive: number; negative: number; returns: number; churned: number }
  /** deals the reps moved across the quarter's end: pulled in from a later period (at their mean discount), held back into the next */
  | { kind: 'timing'; size: number; pulled: number; discount: number; held: number; walked: number };

/** How many lines open the review. */
export const WHY_LINES = 3;

/** The share of a quarter's deals moved across quarters from which the review always names it: timing games are what a volume bonus buys. */
const TIMING_NAMED = 0.05;

/** What a quarter cost, in money: each item of the profit's account (record.ts), discounts given as well. */
export interface QuarterCosts {
  pay: number;
  management: number;
  fixed: number;
  /** the cost of what was sold: net revenue less the gross margin */
  goods: number;
  refunds: number;
  /** already taken off the revenue: what the reps gave off list prices */
  discounts: number;
}

/** The quarter's costs; `grossMargin`: the market's, the fixed costs the rest of the profit's account. */
export function quarterCosts(q: QuarterStat, grossMargin: number): QuarterCosts {
  const net = q.revenue - q.refunds;
  const gross = net * grossMargin;
  return { pay: q.pay, management: q.managementCost, fixed: gross - q.pay - q.managementCost - q.profit, goods: net - gross, refunds: q.refunds, discounts: q.discount };
}

/** The sources ranked by how much their deals changed since `prev` (largest |change| first; ties: more deals now), or by deals without `prev`. */
export function sourcesByChange(q: QuarterStat, prev: QuarterStat | undefined): { source: number; from: number | null; to: number }[] {
  const rows = q.dealsBySource.map((to, source) => ({ source, from: prev ? prev.dealsBySource[source] : null, to }));
  const change = (r: { from: number | null; to: number }) => Math.abs(r.to - (r.from ?? 0));
  return rows.filter((r) => r.to > 0 || (r.from ?? 0) > 0).sort((a, b) => (prev ? change(b) - change(a) : 0) || b.to - a.to || a.source - b.source);
}

/** Sizes on one scale (a share moved, 0-1 and more) so the lines can be ranked against each other. */
function sourcesLine(q: QuarterStat, prev: QuarterStat | undefined): WhyLine | null {
  if (q.deals <= 0) return null;
  let top = 0;
  for (let i = 1; i < q.dealsBySource.length; i++) if (q.dealsBySource[i] > q.dealsBySource[top]) top = i;
  const topShare = q.dealsBySource[top] / q.deals;
  if (!prev || prev.deals <= 0) return { kind: 'sources', size: topShare / 5, top, topShare, deals: q.deals, mover: null };
  // the mover: the source whose deals changed most, in deals (not in share: a small source that moved by one deal is not the story)
  const first = sourcesByChange(q, prev)[0];
  const moved = first && first.from !== null && first.to !== first.from ? { source: first.source, from: first.from, to: first.to } : null;
  const size = moved ? Math.abs(moved.to - moved.from) / Math.max(q.deals, prev.deals) : 0;
  return { kind: 'sources', size, top, topShare, deals: q.deals, mover: moved };
}

/** A quarter that lost money, sized by the loss against the revenue. */
function lossLine(q: QuarterStat, grossMargin: number): WhyLine | null {
  if (q.profit >= 0) return null;
  return { kind: 'loss', size: -q.profit / Math.max(1, q.revenue), profit: q.profit, revenue: q.revenue, costs: quarterCosts(q, grossMargin) };
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

/** What the lines read besides the quarter's causes: the market's events, the cuts behind departures, the market's gross margin. */
export interface WhyContext {
  events?: EventEffect[];
  cuts?: DepartureCauses;
  /** to account for a loss (market.grossMargin); no loss line without it */
  grossMargin?: number;
}

/** All the candidate lines of a quarter, biggest first. */
export function quarterWhyAll(c: QuarterCauses, prev: QuarterStat | undefined, departures: Departure[], ctx: WhyContext = {}): WhyLine[] {
  const lines: WhyLine[] = (ctx.events ?? []).map((e) => ({ kind: 'market', size: e.size, event: e.event, effect: e.effect }));
  if (c.all) lines.push({ kind: 'changes', size: c.all.size, changes: c.changes, effect: c.all.effect, alone: c.each });
  if (departures.length > 0) lines.push({ kind: 'quits', size: departures.length / Math.max(1, c.actual.headcount + departures.length), departures, cuts: ctx.cuts ?? new Map<number, Cut>() });
  const loss = ctx.grossMargin === undefined ? null : lossLine(c.actual, ctx.grossMargin);
  if (loss) lines.push(loss);
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
 * quit (no one leaves silently), a loss and what it cost, the market's events and deals moved across
 * quarters when they are a twentieth of the deals or more, biggest first.
 */
export function quarterWhy(c: QuarterCauses, prev: QuarterStat | undefined, departures: Departure[], ctx: WhyContext = {}): WhyLine[] {
  const all = quarterWhyAll(c, prev, departures, ctx);
  const needed = (l: WhyLine) => l.kind === 'changes' || l.kind === 'quits' || l.kind === 'market' || l.kind === 'loss' || (l.kind === 'timing' && l.size >= TIMING_NAMED);
  const must = all.filter(needed);
  const rest = all.filter((l) => !needed(l));
  return [...must, ...rest].slice(0, Math.max(WHY_LINES, must.length)).sort((a, b) => b.size - a.size);
}
