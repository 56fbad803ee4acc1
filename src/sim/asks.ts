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

/** The longest move a table row holds: a deal due at the end of the sales cycle, asked at the start of a year. */
export const EARLY_MAX = WEEKS_MAX;
/**
 * timing·consent(authority·k/DISCOUNT_STEPS, early) for every step k and move
 * 0..EARLY_MAX, for the plan's discount authority and reps.timingControl of
 * the last call: the same numbers consent gives (so the same run), computed
 * once while the two stay as they are rather than in every ask.
 */
const table = new Float64Array((DISCOUNT_STEPS + 1) * (EARLY_MAX + 1));
let tableAuthority = NaN;
let tableTiming = NaN;

function consentRow(authority: number, timing: number): Float64Array {
  if (authority !== tableAuthority || timing !== tableTiming) {
    for (let k = 0; k <= DISCOUNT_STEPS; k++) {
      const d = (authority * k) / DISCOUNT_STEPS;
      for (let e = 0; e <= EARLY_MAX; e++) table[k * (EARLY_MAX + 1) + e] = timing * consent(d, e);
    }
    tableAuthority = authority;
    tableTiming = timing;
  }
  return table;
}

/** timing·consent at step k of the authority, `early` weeks early (from the table when the move fits in it). */
export function agrees(authority: number, timing: number, k: number, early: number): number {
  if (early < 0 || early > EARLY_MAX) return timing * consent((authority * k) / DISCOUNT_STEPS, early);
  return consentRow(authority, timing)[k * (EARLY_MAX + 1) + early];
}

/** The rep's best offer for an early close: the discount, the customer's chance of agreeing, and what the ask is worth per unit of list value. */
export interface Ask {
  discount: number;
  consent: number;
  worth: number;
}

// the best offer bestWorth found last: its discount and the customer's chance of agreeing (no object per offer weighed)
let offerDiscount = 0;
let offerConsent = 0;
// the rows of consent the asks of one askNow read (the table, or fresh values for a move too long for it)
const ROW = EARLY_MAX + 1;
const spare = new Float64Array(DISCOUNT_STEPS + 1);
const gains = new Float64Array(DISCOUNT_STEPS + 1);

/**
 * The offer that pays a rep best for closing now a deal worth mNext per unit
 * of revenue if it closes when the customer means to, against `fallback`,
 * what keeping the deal open is worth (the chances still to come): among no
 * discount and DISCOUNT_STEPS steps up to the authority, the one with the
 * highest expected gain, consent·((1 − d)·mNow − mNext − fallback). Returns
 * that worth (0: no offer pays) and leaves the offer in offerDiscount and
 * offerConsent. The chances of agreeing at each step are in `chances`, one
 * every `stride` numbers from `at`.
 */
function bestWorth(mNow: number, mNext: number, authority: number, fallback: number, chances: Float64Array, at: number, stride: number): number {
  let worth = 0;
  offerDiscount = 0;
  offerConsent = 0;
  for (let k = 0; k <= DISCOUNT_STEPS; k++) {
    const d = (authority * k) / DISCOUNT_STEPS;
    const gain = (1 - d) * mNow - mNext - fallback;
    // the gain only falls as the discount grows: no larger step pays either
    if (gain <= MOVE_GAIN_MIN) break;
    const p = chances[at + k * stride];
    if (p * gain > worth) {
      worth = p * gain;
      offerDiscount = d;
      offerConsent = p;
    }
    if (authority === 0) break;
  }
  return worth;
}

/** bestWorth for a move `early` weeks early: from the table, or for a move too long for it from consent itself. */
function worthAt(mNow: number, mNext: number, early: number, authority: number, fallback: number, timing: number): number {
  if (early >= 0 && early <= EARLY_MAX) return bestWorth(mNow, mNext, authority, fallback, consentRow(authority, timing), early, ROW);
  for (let k = 0; k <= DISCOUNT_STEPS; k++) spare[k] = timing * consent((authority * k) / DISCOUNT_STEPS, early);
  return bestWorth(mNow, mNext, authority, fallback, spare, 0, 1);
}

/**
 * Whether to ask for an early close now, and with what offer, or wait: the
 * customer agrees more readily as their own date nears, and a refusal can be
 * asked again the next week, so the rep weighs asking now against the chances
 * still to come in the period (worked backwards from its last week, each ask
 * costing `cost` per unit of value), at today's prices. Null: wait, or never.
 */
export function askNow(mNow: number, mNext: number, closeWeek: number, week: number, end: number, authority: number, cost: number, timing: number): Ask | null {
  // what waiting is worth only lowers the worth of asking now: when even the offer with nothing to wait for does not pay
  // for the ask, no later chance can make it pay (the same answer as the whole reckoning, without it)
  if (worthAt(mNow, mNext, closeWeek - week, authority, 0, timing) <= cost) return null;
  // the worth of the chances to ask in the weeks after this one, from the period's last week back
  let later = 0;
  const first = closeWeek - end + 1;
  if (first >= 0 && closeWeek - week <= EARLY_MAX) {
    // every move of the loop is in the table: read it straight
    const row = consentRow(authority, timing);
    // bestWorth's worth, inlined (the hottest loop of a run under a pulling plan): the gain of each step falls with
    // its discount, and is the same for every week but for what waiting is worth
    const steps = authority === 0 ? 0 : DISCOUNT_STEPS;
    // each step's gain before what waiting is worth ((1 − d)·mNow − mNext, then − later: the same sum, left to right)
    for (let k = 0; k <= steps; k++) gains[k] = (1 - (authority * k) / DISCOUNT_STEPS) * mNow - mNext;
    // once waiting is worth the whole gain of the best step, no offer now can pay: the rest of the reckoning cannot change that
    const enough = gains[0] - MOVE_GAIN_MIN;
    for (let t = end - 1; t > week; t--) {
      if (later >= enough) return null;
      let worth = 0;
      const at = closeWeek - t;
      for (let k = 0; k <= steps; k++) {
        const gain = gains[k] - later;
        if (gain <= MOVE_GAIN_MIN) break;
        const v = row[at + k * ROW] * gain;
        if (v > worth) worth = v;
      }
      if (worth > cost) later += worth - cost;
    }
  } else {
    for (let t = end - 1; t > week; t--) {
      const worth = worthAt(mNow, mNext, closeWeek - t, authority, later, timing);
      if (worth > cost) later += worth - cost;
    }
  }
  const now = worthAt(mNow, mNext, closeWeek - week, authority, later, timing);
  return now > cost ? { discount: offerDiscount, consent: offerConsent, worth: now } : null;
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
