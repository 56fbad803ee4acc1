/**
 * Asking a customer to move their date (pipeline.ts, customers.ts): the
 * chance they agree, read from a table kept while the plan's discount
 * authority and reps.timingControl stay as they are; the offer that pays a
 * rep best; whether to ask now or wait for the customer's date to near
 * (optimal stopping over the weeks left in the period); and what a rep can
 * expect to pull into the period from their pipeline.
 */
import { VALUES } from './constants';
import type { Week } from './context';
import { WEEKS_MAX } from './forecast';
import { sigmoid } from './math';
import type { RepState } from './types';

const { CONSENT_INTERCEPT, CONSENT_DISCOUNT, CONSENT_WEEK, DISCOUNT_STEPS, MOVE_GAIN_MIN } = VALUES;

/** The chance a customer agrees to close `early` weeks before they meant to, offered discount d. */
export function consent(d: number, early: number): number {
  return sigmoid(CONSENT_INTERCEPT + CONSENT_DISCOUNT * d - CONSENT_WEEK * early);
}

/**
 * The longest move a table row holds. No move is longer than a year: an ask
 * is for a deal won this week or before, due within CYCLE_MAX weeks, and a
 * hold is to the running period's end (a year at most); WEEKS_MAX covers both.
 */
export const EARLY_MAX = WEEKS_MAX;
const ROW = EARLY_MAX + 1;
/**
 * timing·consent(authority·k/DISCOUNT_STEPS, early) at k·ROW + early, for
 * every step k and move 0..EARLY_MAX, for the plan's discount authority and
 * reps.timingControl of the last call: the same numbers consent gives (so the
 * same run), computed once while the two stay as they are rather than in
 * every ask.
 */
const table = new Float64Array((DISCOUNT_STEPS + 1) * ROW);
let tableAuthority = NaN;
let tableTiming = NaN;

function consentRow(authority: number, timing: number): Float64Array {
  if (authority !== tableAuthority || timing !== tableTiming) {
    for (let k = 0; k <= DISCOUNT_STEPS; k++) {
      const d = (authority * k) / DISCOUNT_STEPS;
      for (let e = 0; e <= EARLY_MAX; e++) table[k * ROW + e] = timing * consent(d, e);
    }
    tableAuthority = authority;
    tableTiming = timing;
  }
  return table;
}

/** timing·consent at step k of the authority, for a move `early` weeks long (0..EARLY_MAX). */
export function agrees(authority: number, timing: number, k: number, early: number): number {
  return consentRow(authority, timing)[k * ROW + early];
}

/** The rep's best offer for an early close: the discount and the customer's chance of agreeing. */
export interface Ask {
  discount: number;
  consent: number;
}

// each step's gain before what waiting is worth, (1 − d)·mNow − mNext, for the ask being weighed
const gains = new Float64Array(DISCOUNT_STEPS + 1);
// the best offer bestWorth found last: its step (no object per offer weighed)
let offerStep = 0;

/**
 * The offer that pays a rep best for closing now, `early` weeks before the
 * customer means to, against `later`, what keeping the deal open is worth
 * (the chances still to come): among the `steps` + 1 steps of discount in
 * `gains`, the one with the highest expected gain, consent·(gain − later).
 * Returns that worth (0: no offer pays) and leaves its step in offerStep.
 */
function bestWorth(row: Float64Array, steps: number, early: number, later: number): number {
  let worth = 0;
  offerStep = 0;
  for (let k = 0; k <= steps; k++) {
    const gain = gains[k] - later;
    // the gain only falls as the discount grows: no larger step pays either
    if (gain <= MOVE_GAIN_MIN) break;
    const v = row[k * ROW + early] * gain;
    if (v > worth) {
      worth = v;
      offerStep = k;
    }
  }
  return worth;
}

/**
 * Whether to ask for an early close now, and with what offer, or wait: the
 * customer agrees more readily as their own date nears, and a refusal can be
 * asked again the next week, so the rep weighs asking now against the chances
 * still to come in the period (worked backwards from its last week, each ask
 * costing `cost` per unit of value), at today's prices. Null: wait, or never.
 * `closeWeek` is after the period's end (`end`).
 */
export function askNow(mNow: number, mNext: number, closeWeek: number, week: number, end: number, authority: number, cost: number, timing: number): Ask | null {
  const row = consentRow(authority, timing);
  // no discount to weigh without authority: the one step of none
  const steps = authority === 0 ? 0 : DISCOUNT_STEPS;
  // (1 − d)·mNow − mNext, then − later: the same sum, left to right, as the gain of each offer
  for (let k = 0; k <= steps; k++) gains[k] = (1 - (authority * k) / DISCOUNT_STEPS) * mNow - mNext;
  // what waiting is worth only lowers the worth of asking now: when even the offer with nothing to wait for does not pay
  // for the ask, no later chance can make it pay (the same answer as the whole reckoning, without it)
  if (bestWorth(row, steps, closeWeek - week, 0) <= cost) return null;
  // once waiting is worth the whole gain of the best step, no offer now can pay: the rest of the reckoning cannot change that
  const enough = gains[0] - MOVE_GAIN_MIN;
  // the worth of the chances to ask in the weeks after this one, from the period's last week back
  let later = 0;
  for (let t = end - 1; t > week; t--) {
    if (later >= enough) return null;
    const worth = bestWorth(row, steps, closeWeek - t, later);
    if (worth > cost) later += worth - cost;
  }
  const now = bestWorth(row, steps, closeWeek - week, later);
  if (now <= cost) return null;
  return { discount: (authority * offerStep) / DISCOUNT_STEPS, consent: row[offerStep * ROW + closeWeek - week] };
}

/**
 * What a rep can expect to pull into this period from their pipeline: each
 * opportunity due after it, at the best discount the plan allows, weighed by
 * the chance its customer agrees.
 */
export function pullPotential(w: Week, rep: RepState): number {
  const end = w.plan.periodEnd;
  const timing = w.params['reps.timingControl'];
  const d = w.plan.discountAuthority;
  if (timing === 0 || w.plan.periodLength === 0) return 0;
  let sum = 0;
  for (const o of rep.pipeline) {
    if (o.closeWeek < end || o.held) continue;
    sum += agrees(d, timing, DISCOUNT_STEPS, o.closeWeek - w.week) * o.value * (1 - d);
  }
  return sum;
}
