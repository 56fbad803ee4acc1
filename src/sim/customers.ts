/**
 * The customers' week: returns, churn, repeat purchases, word of mouth and
 * the slow drift of satisfaction toward what the product is really worth to
 * them. One pass over the market, which also counts it for the record.
 */
import type { Week } from './context';
import { bookDeal, newDeal } from './deals';
import { wholeBuffer } from './customerArrays';
import { clamp } from './math';
import { Status, type RepState } from './types';
import { setTrust } from './trust';
import { setStatus } from './status';
import { MAX_SHIFT, PULL_CONSENT, pullDiscount } from './selling';

export interface MarketCounts {
  active: number;
  satSum: number;
  promoters: number;
  detractors: number;
}

import { DETRACTOR, PROMOTER } from './constants';
/** Neighbourhood radius (in index steps on the town grid) word of mouth reaches. */
const NEIGHBOURS = 40;

function lose(w: Week, c: number, returned: boolean, reps: readonly RepState[]): void {
  const cu = w.state.customers;
  const repId = cu.rep[c];
  setStatus(w.state, c, Status.Lost);
  if (returned) {
    w.acc.returns++;
    w.acc.refunds += cu.paid[c];
  } else {
    w.acc.churned++;
  }
  const rep = repId >= 0 ? reps[repId] : undefined;
  const clawWeeks = w.plan.clawbackWeeks;
  if (rep && rep.active && clawWeeks > 0 && w.week - cu.saleWeek[c] < clawWeeks) {
    if (cu.commission[c] > 0) {
      const paid = w.reps[repId];
      paid.pay -= cu.commission[c];
      paid.variable -= cu.commission[c];
      w.acc.clawback += cu.commission[c];
      cu.commission[c] = 0;
    }
    // the deal no longer counts toward this period's quota either
    const period = w.state.period;
    if (period && cu.saleWeek[c] >= period.start) rep.periodSales = Math.max(0, rep.periodSales - cu.paid[c]);
  }
  w.emit?.({ type: returned ? 'return' : 'churn', rep: repId, customer: c });
  // an unhappy customer who leaves complains to the neighbours on the way out
  if (cu.sat[c] < DETRACTOR) {
    if (w.rng.customers.next() < Math.min(1, 0.5 * w.params['market.wordOfMouth'])) talk(w, c, false);
  }
}

/**
 * Word of mouth from customer c to a neighbour: it moves the neighbour's
 * trust in salespeople (and an unhappy word, a customer's satisfaction) and
 * feeds the firm's reputation. The leads word of mouth brings are the Bass
 * imitation term's (market.ts), sent to the recommender's rep: counted once.
 */
function talk(w: Week, c: number, positive: boolean): void {
  const cu = w.state.customers;
  const n = cu.status.length;
  const offset = 1 + w.rng.customers.int(NEIGHBOURS);
  const t = (c + (w.rng.customers.next() < 0.5 ? n - offset : offset)) % n;
  if (positive) {
    w.acc.womPositive++;
    setTrust(w.state, t, cu.trust[t] + 0.06 * (1 - cu.trust[t]));
  } else {
    w.acc.womNegative++;
    setTrust(w.state, t, cu.trust[t] - 0.08 * cu.trust[t]);
    if (cu.status[t] === Status.Active) cu.sat[t] = clamp(cu.sat[t] - 0.03, 0, 1);
  }
  w.emit?.({ type: 'wom', from: c, to: t, positive });
}


/** What interrupts a customer's quiet week; the pass hands it to a call outside its tight loop. */
const RETURNS = 1;
const CHURNS = 2;
const REORDERS = 3;
const REORDERS_EARLY = 4;
const PRAISES = 5;
const COMPLAINS = 6;

/**
 * One pass over the active customers, backwards, so that a customer who
 * leaves (swapped out by the last of the list) never hides one not yet seen.
 * Most customers only drift; the few who return, churn, reorder or talk
 * interrupt the inner loop and are dealt with by the outer one, so the inner
 * loop makes no calls and the engine keeps its arrays at hand. The order of
 * the draws and of every sum is the customer order either way.
 */
export function customersWeek(w: Week, reps: readonly RepState[], fallbackRep: () => RepState | null): MarketCounts {
  const cu = w.state.customers;
  const p = w.params;
  const rc = w.rng.customers;
  const window = p['market.returnWindow'];
  const harm = p['market.pressureHarm'];
  const baseChurn = p['market.baseChurn'];
  const badChurn = p['market.dissatisfiedChurn'];
  const repeat = p['market.repeatRate'];
  const wom = p['market.wordOfMouth'] * 0.03;
  const negRatio = p['market.negativeWomRatio'];
  let active = 0;
  let satSum = 0;
  let promoters = 0;
  let detractors = 0;
  // each rep's attention to their accounts this week, and whether they are asking for early orders
  const attentionById = new Float64Array(reps.length);
  const pullingById = new Uint8Array(reps.length);
  for (const r of reps) {
    attentionById[r.id] = r.active ? 0.3 + 0.7 * r.effort : 0.5;
    pullingById[r.id] = r.active && w.reps[r.id].intent.pulling ? 1 : 0;
  }
  // the arrays read for every customer, through the two views over their common buffer (customerArrays.ts):
  // sat, fit, bond and pressure at SAT + c and so on in f64; the sale week, the rep and the active list in i32
  const { f64, i32 } = wholeBuffer(cu);
  const SAT = cu.sat.byteOffset >> 3;
  const FIT = cu.fit.byteOffset >> 3;
  const BOND = cu.bond.byteOffset >> 3;
  const PRESSURE = cu.pressure.byteOffset >> 3;
  const NEED = cu.need.byteOffset >> 3;
  const THRESHOLD = cu.threshold.byteOffset >> 3;
  const SALE_WEEK = cu.saleWeek.byteOffset >> 2;
  const REP = cu.rep.byteOffset >> 2;
  const LIST = cu.activeList.byteOffset >> 2;
  const misled = cu.misled;
  // a customer agrees to order early with this chance, asked while their next order is due within the pull-in reach
  const consent = p['reps.timingControl'] * PULL_CONSENT;
  const week = w.week;
  // 0.1 * harm * pressure is (0.1 * harm) * pressure, and wom * negRatio * room is (wom * negRatio) * room:
  // the same products, their first factors hoisted
  const pressureWeight = 0.1 * harm;
  const womNegative = wom * negRatio;
  // module constants read once: a bundler may turn them into variables the engine re-checks on every read
  const promoterFrom = PROMOTER;
  const detractorBelow = DETRACTOR;
  let i = cu.activeCount - 1;
  while (i >= 0) {
    // what the inner loop leaves for the outer one: the customer, the event and the draws behind it
    let event = 0;
    let c = 0;
    let u = 0;
    let bands = 0;
    let ownerId = 0;
    for (; i >= 0; i--) {
      c = i32[LIST + i];
      const s = f64[SAT + c];
      const age = week - i32[SALE_WEEK + c];
      const unhappy = 1 - s;
      const pReturn = age < window ? clamp(0.004 + 0.12 * unhappy * unhappy + 0.15 * misled[c], 0, 1) : 0;
      const pChurn = baseChurn + badChurn * unhappy * unhappy;
      // repeat business needs the account looked after: it follows the effort of the customer's rep
      ownerId = i32[REP + c];
      const attention = ownerId >= 0 ? attentionById[ownerId] : 0.5;
      const pRepeat = age >= window ? repeat * s * s * attention : 0;
      u = rc.next();
      if (u < pReturn) {
        event = RETURNS;
        break;
      }
      bands = pReturn + pChurn;
      if (u < bands) {
        event = CHURNS;
        break;
      }
      // the reorder clock: the need built since the last order reaches its level, and the customer orders
      const need = f64[NEED + c] + pRepeat;
      f64[NEED + c] = need;
      if (need >= f64[THRESHOLD + c]) {
        event = REORDERS;
        break;
      }
      // the next order, due within the pull-in reach at this pace, asked for now: moved, not added
      if (ownerId >= 0 && pullingById[ownerId] === 1 && pRepeat > 0 && f64[THRESHOLD + c] - need <= MAX_SHIFT * pRepeat && rc.next() < consent) {
        event = REORDERS_EARLY;
        break;
      }
      // satisfaction drifts toward what the product is worth to them; pressure is slowly forgotten
      const worth = 0.4 + 0.55 * f64[FIT + c] + 0.15 * f64[BOND + c] - pressureWeight * f64[PRESSURE + c];
      const sat = s + 0.03 * (worth - s);
      f64[SAT + c] = sat;
      f64[PRESSURE + c] *= 0.97;
      f64[BOND + c] *= 0.995;
      active++;
      satSum += sat;
      const promoter = sat >= promoterFrom;
      const detractor = sat < detractorBelow;
      // counted as 0 or 1 without a branch: whether a customer is a promoter is a coin flip the processor cannot guess
      promoters += +promoter;
      detractors += +detractor;
      if (wom > 0) {
        // the rest of the same draw is again uniform on [0, 1 - bands): no second draw per customer
        const v = u - bands;
        const room = 1 - bands;
        // the rare condition first, for the same reason
        if (v < wom * room && promoter) {
          event = PRAISES;
          break;
        }
        if (v < womNegative * room && detractor) {
          event = COMPLAINS;
          break;
        }
      }
    }
    if (event === 0) break;
    if (event === RETURNS || event === CHURNS) lose(w, c, event === RETURNS, reps);
    else if (event === PRAISES || event === COMPLAINS) talk(w, c, event === PRAISES);
    else {
      if (event === REORDERS) {
        let owner = ownerId >= 0 ? reps[ownerId] : undefined;
        if (!owner || !owner.active) owner = fallbackRep() ?? undefined;
        bookDeal(w, owner ?? null, newDeal(w, c, 'reorder', 0, true), false, false);
      } else {
        bookDeal(w, reps[ownerId] ?? null, newDeal(w, c, 'pulledIn', pullDiscount(w), true), true, true);
      }
      const sat = f64[SAT + c];
      active++;
      satSum += sat;
      const promoter = sat >= promoterFrom;
      const detractor = sat < detractorBelow;
      promoters += +promoter;
      detractors += +detractor;
      // a reorder's draw lies above the return and churn bands, so it may still bring word of mouth
      if (wom > 0) {
        const v = u - bands;
        const room = 1 - bands;
        if (v < wom * room && promoter) talk(w, c, true);
        else if (v < womNegative * room && detractor) talk(w, c, false);
      }
    }
    i--;
  }
  return { active, satSum, promoters, detractors };
}
