/**
 * The whole run's causes for the debrief, ranked by size: the run against
 * the reference plans on the same town, the quarter whose changes moved
 * most (the run replayed from that quarter's start to its end without them,
 * later decisions kept, so effects that take time count), who
 * quit and why, where the deals came from, what customers said and how that
 * turned. Also the decisions on a timeline, week by week.
 */
import { WEEKS_PER_QUARTER } from '../../sim';
import type { Decision, QuitReason, WeekRecord } from '../../sim';
import { changesIn, withoutChanges, type Change } from './changes';
import type { GameRun } from './explain';
import type { GhostId } from './ghosts';
import { effectOf, effectSize, spanStat, type Effect } from './quarterCauses';
import { quarterStats } from './quarters';
import { ghostFrom, quarterStarts, recipeOf } from './replayRun';
import { ledgerTotals } from './score';
import { teamMoves, type Departure } from './teamMoves';

export type RunLine =
  | { kind: 'vsPlans'; size: number; profit: number; others: { id: GhostId; profit: number }[] }
  | { kind: 'effect'; size: number; reputation: number; others: { id: GhostId; reputation: number }[] }
  /** `first`: the effect in the quarter itself; `effect`: over the rest of the run */
  | { kind: 'bestChange'; size: number; quarter: number; changes: Change[]; first: Effect; effect: Effect }
  | { kind: 'kept'; size: number }
  | { kind: 'quits'; size: number; total: number; byReason: [QuitReason, number][] }
  | { kind: 'sources'; size: number; top: number; topShare: number; deals: number; moved: number }
  | { kind: 'wom'; size: number; positive: number; negative: number; first: number; second: number };

/** A week of the timeline: what the player decided that week, the market's events, and who left (what followed). */
export interface TimelineMark {
  week: number;
  changes: Change[];
  events: Decision[];
  departures: Departure[];
}

export interface RunExplanation {
  lines: RunLine[];
  marks: TimelineMark[];
}

const sum = (ws: readonly WeekRecord[], f: (w: WeekRecord) => number) => ws.reduce((s, w) => s + f(w), 0);

function badShare(ws: readonly WeekRecord[]): number {
  const pos = sum(ws, (w) => w.womPositive);
  const neg = sum(ws, (w) => w.womNegative);
  return pos + neg > 0 ? neg / (pos + neg) : 0;
}

/** The run's lines, biggest first; `ghosts`: the same town under the reference plans. */
export function explainRun(game: GameRun, ghosts: Record<GhostId, readonly WeekRecord[]>): RunExplanation {
  const recipe = recipeOf(game);
  const history = game.state.history;
  const { starts } = quarterStarts(recipe, history.length);
  const lines: RunLine[] = [];
  const marks = new Map<number, TimelineMark>();
  const mark = (week: number) => marks.get(week) ?? (marks.set(week, { week, changes: [], events: [], departures: [] }), marks.get(week) as TimelineMark);

  // each quarter's changes against the plan before them, on the same town from the same start
  let best: RunLine | null = null;
  starts.forEach((start, q) => {
    const from = start.week;
    const to = Math.min(from + WEEKS_PER_QUARTER, history.length);
    const changes = changesIn(recipe.log, from, to, start.params);
    for (const c of changes) {
      if (c.kind === 'gemba') for (const d of c.decisions) mark(d.week).changes.push({ ...c, week: d.week, count: 1, decisions: [d] });
      else mark(c.week).changes.push(c);
    }
    if (changes.length === 0) return;
    // what they did in the quarter and over the rest of the run (later decisions kept): effects that take time show there
    const ghost = ghostFrom(start, recipe.events, withoutChanges(recipe.log, changes), history.length).weeks;
    const rest = spanStat(ghost);
    const effect = effectOf(spanStat(history.slice(from)), rest);
    const size = effectSize(effect, rest);
    if (!best || size > best.size) best = { kind: 'bestChange', size, quarter: q + 1, changes, first: effectOf(spanStat(history.slice(from, to)), spanStat(ghost.slice(0, to - from))), effect };
  });
  for (const e of recipe.events) if (e.week < history.length) mark(e.week).events.push(e);
  lines.push(best ?? { kind: 'kept', size: 0 });

  const you = ledgerTotals(history);
  const ids = Object.keys(ghosts) as GhostId[];
  const totals = ids.map((id) => ({ id, t: ledgerTotals(ghosts[id]) }));
  const scale = Math.max(1, ...totals.map((x) => Math.abs(x.t.profit)), Math.abs(you.profit));
  lines.push({ kind: 'vsPlans', size: Math.max(...totals.map((x) => Math.abs(you.profit - x.t.profit))) / scale, profit: you.profit, others: totals.map((x) => ({ id: x.id, profit: x.t.profit })) });
  lines.push({ kind: 'effect', size: Math.max(...totals.map((x) => Math.abs(you.reputation - x.t.reputation))), reputation: you.reputation, others: totals.map((x) => ({ id: x.id, reputation: x.t.reputation })) });

  const moves = teamMoves(game.state, 0, history.length);
  const counts = new Map<QuitReason, number>();
  for (const d of moves.departures) {
    counts.set(d.reason, (counts.get(d.reason) ?? 0) + 1);
    mark(d.week).departures.push(d);
  }
  const startTeam = history[0]?.headcount ?? 1;
  lines.push({ kind: 'quits', size: moves.departures.length / Math.max(1, startTeam), total: moves.departures.length, byReason: [...counts].sort((a, b) => b[1] - a[1]) });

  const qs = quarterStats(history);
  const deals = qs.reduce((s, q) => s + q.deals, 0);
  if (deals > 0) {
    const bySource = qs[0].dealsBySource.map((_, i) => qs.reduce((s, q) => s + q.dealsBySource[i], 0));
    let top = 0;
    for (let i = 1; i < bySource.length; i++) if (bySource[i] > bySource[top]) top = i;
    const moved = sum(history, (w) => w.dealsPulledIn + w.dealsHeldBack + w.dealsMisconduct) / deals;
    lines.push({ kind: 'sources', size: moved, top, topShare: bySource[top] / deals, deals, moved });
  }
  const half = Math.floor(history.length / 2);
  const first = badShare(history.slice(0, half));
  const second = badShare(history.slice(half));
  lines.push({ kind: 'wom', size: Math.abs(second - first), positive: sum(history, (w) => w.womPositive), negative: sum(history, (w) => w.womNegative), first, second });

  return { lines: lines.sort((a, b) => b.size - a.size), marks: [...marks.values()].sort((a, b) => a.week - b.week) };
}
