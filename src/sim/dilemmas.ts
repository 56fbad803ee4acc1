/**
 * The game's dilemmas: moments that arise from the run and ask the player to
 * decide, with what each answer does now. When one arises is read from the
 * state alone (no draw), before the week runs (dilemmaAt); the answer is a
 * decision of the log ({ type: 'dilemma' }), so a run with its answers is the
 * same run in the game, the replay and the command line. What an answer does
 * goes through the model's own mechanisms (answerDilemma):
 *
 * - discount: a rep near quota asks to give a customer DILEMMA_DISCOUNT off to
 *   close before the period ends. Yes: the deal is pulled in at that discount
 *   (the pipeline's pull-in). No: it closes on its own date.
 * - poach: a rival offers the top seller a job. Yes (match it): a retention
 *   bonus of POACH_MATCH of a year of their pay, at once. No: they quit, and
 *   their accounts and pipeline are left as any quit leaves them.
 * - complaint: a customer a sale left very unhappy complains in public.
 *   Yes (make it right): their last order is refunded and their satisfaction
 *   brought back to RECOVERED_SAT. No: the complaint is heard (negative word
 *   of mouth, as any complaint).
 *
 * The lab and the command line ask none unless told to; the game asks at most
 * DILEMMAS_PER_QUARTER a quarter, each kind once, a rival's offer once a run.
 */
import { VALUES } from './constants';
import type { Week } from './context';
import { bookDeal } from './deals';
import { weekInQuarter, WEEKS_PER_QUARTER, WEEKS_PER_YEAR } from './calendar';
import { talk } from './customers';
import { quit } from './people';
import { DILEMMA_KINDS, Status, type Decision, type DilemmaKind, type RepState, type RunState } from './types';
import type { DilemmaAnswer } from './decisions';

const {
  DILEMMA_DISCOUNT, NEAR_QUOTA, DISCOUNT_ASK_WEEKS, POACH_FROM_WEEK, POACH_WEEK, POACH_LEAD, POACH_MATCH, COMPLAINT_SAT, COMPLAINT_RECENT,
  RECOVERED_SAT, DILEMMAS_PER_QUARTER,
} = VALUES;

/**
 * A dilemma put to the player before the week `week` runs, with the figures
 * its card shows (worked out here, once, from the rule that raised it).
 */
export type Dilemma = {
  week: number;
  rep: number;
  /** the customer it is about, -1 for none */
  customer: number;
  /** what saying yes costs at once (the discount, the retention bonus, the refund) */
  cost: number;
} & (
  /** `atDate`: what the deal pays at its own date; the rep's period sales, quota and the weeks left in the period */
  | { kind: 'discount'; atDate: number; sales: number; quota: number; weeksLeft: number }
  /** the rep's weekly revenue since hired, and the rest of the team's mean */
  | { kind: 'poach'; rate: number; restRate: number }
  | { kind: 'complaint' }
);

/** The rep near quota with a deal due after the period that would take them over it, and that deal. */
function discountAsk(state: RunState): Dilemma | null {
  const period = state.period;
  if (!period) return null;
  const left = period.end - state.week;
  if (left < 1 || left > DISCOUNT_ASK_WEEKS) return null;
  let best: Extract<Dilemma, { kind: 'discount' }> | null = null;
  let bestShare = 0;
  for (const rep of state.reps) {
    if (!rep.active || rep.quota <= 0 || rep.periodSales >= rep.quota || rep.periodSales < NEAR_QUOTA * rep.quota) continue;
    const share = rep.periodSales / rep.quota;
    if (best && share <= bestShare) continue;
    let deal: Extract<Dilemma, { kind: 'discount' }> | null = null;
    for (const o of rep.pipeline) {
      if (o.held || o.closeWeek < period.end || state.customers.status[o.customer] !== Status.Pending) continue;
      // what the deal pays at its own date, and what the deeper discount takes from it (a deal may carry a discount already)
      const atDate = o.value * (1 - o.discount);
      const cost = o.value * Math.max(0, DILEMMA_DISCOUNT - o.discount);
      if (rep.periodSales + atDate - cost < rep.quota || (deal && atDate <= deal.atDate)) continue;
      deal = { kind: 'discount', week: state.week, rep: rep.id, customer: o.customer, cost, atDate, sales: rep.periodSales, quota: rep.quota, weeksLeft: left };
    }
    if (deal) {
      best = deal;
      bestShare = share;
    }
  }
  return best;
}

/** A rep's weekly revenue since they were hired. */
function weeklyRevenue(rep: RepState, week: number): number {
  return rep.revenue / Math.max(1, week - rep.hiredWeek);
}

/** The top seller, when they sell well above the rest of the team and have a quarter's record. */
function rivalOffer(state: RunState): Dilemma | null {
  if (state.week < POACH_FROM_WEEK || weekInQuarter(state.week) !== POACH_WEEK) return null;
  let top: RepState | null = null;
  let topRate = 0;
  let total = 0;
  let n = 0;
  for (const r of state.reps) {
    if (!r.active || state.week - r.hiredWeek < WEEKS_PER_QUARTER) continue;
    const rate = weeklyRevenue(r, state.week);
    total += rate;
    n++;
    if (!top || rate > topRate) {
      top = r;
      topRate = rate;
    }
  }
  if (!top || n <= 1) return null;
  const restRate = (total - topRate) / (n - 1);
  if (topRate < POACH_LEAD * restRate) return null;
  return { kind: 'poach', week: state.week, rep: top.id, customer: -1, cost: POACH_MATCH * WEEKS_PER_YEAR * top.avgPay, rate: topRate, restRate };
}

/** The unhappiest customer whose first sale was COMPLAINT_RECENT weeks ago or less, when below COMPLAINT_SAT. */
function publicComplaint(state: RunState): Dilemma | null {
  const cu = state.customers;
  let who = -1;
  for (let i = 0; i < cu.activeCount; i++) {
    const c = cu.activeList[i];
    if (cu.sat[c] >= COMPLAINT_SAT || cu.orders[c] !== 0 || state.week - cu.saleWeek[c] > COMPLAINT_RECENT) continue;
    if (who < 0 || cu.sat[c] < cu.sat[who] || (cu.sat[c] === cu.sat[who] && c < who)) who = c;
  }
  if (who < 0) return null;
  return { kind: 'complaint', week: state.week, rep: cu.rep[who], customer: who, cost: cu.paid[who] };
}

const ASKERS: Record<DilemmaKind, (state: RunState) => Dilemma | null> = { discount: discountAsk, poach: rivalOffer, complaint: publicComplaint };

/**
 * The dilemma the week about to run puts to the player, given the answers
 * already in the log; null when none arises (or the quarter has had its
 * share, or this week already had one).
 */
export function dilemmaAt(state: RunState, log: readonly Decision[]): Dilemma | null {
  if (state.week >= state.params['run.weeks']) return null;
  const quarterStart = state.week - weekInQuarter(state.week);
  const asked = new Set<DilemmaKind>();
  let poached = false;
  for (const d of log) {
    if (d.type !== 'dilemma') continue;
    if (d.week === state.week) return null;
    if (d.kind === 'poach') poached = true;
    if (d.week >= quarterStart && d.week < state.week) asked.add(d.kind);
  }
  if (asked.size >= DILEMMAS_PER_QUARTER) return null;
  for (const kind of DILEMMA_KINDS) {
    if (asked.has(kind) || (kind === 'poach' && poached)) continue;
    const d = ASKERS[kind](state);
    if (d) return d;
  }
  return null;
}

/**
 * What an answer does, at the start of its week (after hires and walks,
 * before the reps go out). An answer whose moment is not there in this run
 * (a counterfactual of the same log: the rep never hired or gone, the deal
 * closed, the customer lost) does nothing.
 */
export function answerDilemma(w: Week, d: DilemmaAnswer): void {
  const state = w.state;
  const cu = state.customers;
  const rep: RepState | undefined = d.rep >= 0 ? state.reps[d.rep] : undefined;
  let cost = 0;
  if (d.kind === 'discount' && d.accept && rep) {
    const at = rep.pipeline.findIndex((o) => o.customer === d.customer);
    if (at >= 0 && cu.status[d.customer] === Status.Pending) {
      const o = rep.pipeline[at];
      rep.pipeline.splice(at, 1);
      const before = o.discount;
      o.discount = Math.max(o.discount, DILEMMA_DISCOUNT);
      o.source = 'pulledIn';
      o.closeWeek = w.week;
      cost = o.value * (o.discount - before);
      bookDeal(w, rep, o, true, true);
    }
  } else if (d.kind === 'poach' && rep?.active) {
    if (d.accept) {
      cost = POACH_MATCH * WEEKS_PER_YEAR * rep.avgPay;
      w.reps[rep.id].pay += cost;
    } else {
      quit(w, rep, 'poached');
    }
  } else if (d.kind === 'complaint' && cu.status[d.customer] === Status.Active) {
    if (d.accept) {
      cost = cu.paid[d.customer];
      w.acc.refunds += cost;
      cu.paid[d.customer] = 0;
      cu.sat[d.customer] = Math.max(cu.sat[d.customer], RECOVERED_SAT);
    } else {
      talk(w, d.customer, false);
    }
  }
  w.emit?.({ type: 'dilemma', kind: d.kind, rep: d.rep, customer: d.customer, accept: d.accept, cost });
}
