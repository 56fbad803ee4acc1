/**
 * The customers' week: returns, churn, repeat purchases, word of mouth and
 * the slow drift of satisfaction toward what the product is really worth to
 * them. One pass over the market, which also counts it for the record.
 */
import type { Week } from './context';
import { bookDeal, countAccount, newDeal } from './deals';
import { wholeBuffer } from './customerArrays';
import { clamp } from './math';
import { Adopted, Status, type RepState } from './types';
import { setTrust } from './trust';
import { setStatus } from './status';
import { askNow } from './asks';
import { VALUES } from './constants';

export interface MarketCounts {
  active: number;
  satSum: number;
  promoters: number;
  detractors: number;
}

const {
  PROMOTER, DETRACTOR, WOM_LEAVER, WOM_REACH, WOM_TRUST_GAIN, WOM_TRUST_LOSS, WOM_SAT_LOSS, WOM_RATE, ATTENTION_BASE, ATTENTION_EFFORT,
  ATTENTION_ORPHAN, RETURN_BASE, RETURN_UNHAPPY, RETURN_MISLED, WORTH_BASE, SAT_FIT, WORTH_BOND, WORTH_PRESSURE, SAT_DRIFT, PRESSURE_FADE,
  BOND_FADE, RETURN_SAT_LOSS, REORDER_ASK_WEEKS,
} = VALUES;

/**
 * What a deal's credit was worth to its rep is taken back when the customer
 * returns it or leaves within plan.clawbackWeeks of it: the commission, and
 * the sale's credit toward this period's quota.
 */
function clawBack(w: Week, c: number, rep: RepState | undefined): void {
  const cu = w.state.customers;
  const clawWeeks = w.plan.clawbackWeeks;
  if (!rep || !rep.active || clawWeeks <= 0 || w.week - cu.saleWeek[c] >= clawWeeks) return;
  if (cu.commission[c] > 0) {
    const paid = w.reps[rep.id];
    paid.pay -= cu.commission[c];
    paid.variable -= cu.commission[c];
    w.acc.clawback += cu.commission[c];
    cu.commission[c] = 0;
  }
  const period = w.state.period;
  if (period && cu.saleWeek[c] >= period.start) rep.periodSales = Math.max(0, rep.periodSales - cu.paid[c]);
}

/** An unhappy customer who returns an order or leaves complains to the neighbours on the way. */
function complainOnTheWay(w: Week, c: number): void {
  if (w.state.customers.sat[c] < DETRACTOR && w.rng.customers.next() < Math.min(1, WOM_LEAVER * w.params['market.wordOfMouth'])) talk(w, c, false);
}

/**
 * A return: the order is refunded. A first order returned is a cancelled
 * sale, not a lost customer: the business is a prospect again, one that never
 * kept the product (or, when it was a lost customer won back, a lost customer
 * again). A reorder returned leaves the account open, its customer less
 * satisfied (RETURN_SAT_LOSS).
 */
function returnOrder(w: Week, c: number, reps: readonly RepState[]): void {
  const cu = w.state.customers;
  const repId = cu.rep[c];
  const rep = repId >= 0 ? reps[repId] : undefined;
  w.acc.returns++;
  w.acc.refunds += cu.paid[c];
  clawBack(w, c, rep);
  if (cu.orders[c] === 0) {
    if (rep) countAccount(rep, cu.pushed[c], -1);
    // won back, then returned: lost again, still an adopter (they kept an order before)
    setStatus(w.state, c, cu.adopted[c] === Adopted.WonBack ? Status.Lost : Status.Prospect);
    // never kept: not an adopter, a fresh prospect of the Bass market again (setStatus counted them while adopted)
    const counts = w.state.marketCounts;
    if (cu.adopted[c] === Adopted.Bought) {
      cu.adopted[c] = Adopted.Never;
      counts.adopters--;
      counts.fresh++;
    }
    cu.rep[c] = -1;
    cu.saleWeek[c] = -1;
    cu.misled[c] = 0;
    cu.pushed[c] = 0;
  } else {
    cu.sat[c] = clamp(cu.sat[c] - RETURN_SAT_LOSS, 0, 1);
  }
  cu.paid[c] = 0;
  cu.commission[c] = 0;
  w.emit?.({ type: 'return', rep: repId, customer: c });
  complainOnTheWay(w, c);
}

/** A customer leaves: the account is lost (business closures are turnover.ts's, not churn). */
function churn(w: Week, c: number, reps: readonly RepState[]): void {
  const cu = w.state.customers;
  const repId = cu.rep[c];
  const rep = repId >= 0 ? reps[repId] : undefined;
  setStatus(w.state, c, Status.Lost);
  if (rep) countAccount(rep, cu.pushed[c], -1);
  w.acc.churned++;
  clawBack(w, c, rep);
  w.emit?.({ type: 'churn', rep: repId, customer: c });
  complainOnTheWay(w, c);
}

/**
 * Word of mouth from customer c to a neighbour: it moves the neighbour's
 * trust in salespeople (and an unhappy word, a customer's satisfaction) and
 * feeds the firm's reputation. The leads word of mouth brings are the Bass
 * imitation term's (market.ts), sent to the recommender's rep: counted once.
 */
export function talk(w: Week, c: number, positive: boolean): void {
  const cu = w.state.customers;
  const n = cu.status.length;
  const offset = 1 + w.rng.customers.int(WOM_REACH);
  const t = (c + (w.rng.customers.next() < 0.5 ? n - offset : offset)) % n;
  if (positive) {
    w.acc.womPositive++;
    setTrust(w.state, t, cu.trust[t] + WOM_TRUST_GAIN * (1 - cu.trust[t]));
  } else {
    w.acc.womNegative++;
    setTrust(w.state, t, cu.trust[t] - WOM_TRUST_LOSS * cu.trust[t]);
    if (cu.status[t] === Status.Active) cu.sat[t] = clamp(cu.sat[t] - WOM_SAT_LOSS, 0, 1);
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

/** The week's per-rep numbers of customersWeek, kept between weeks (a team only grows), so a week allocates none. */
interface Scratch {
  attentionById: Float64Array;
  pullingById: Uint8Array;
  askChance: Float64Array;
  askDiscount: Float64Array;
}
let scratch: Scratch | null = null;

function scratchFor(reps: number): Scratch {
  if (!scratch || scratch.attentionById.length < reps) {
    const asks = reps * REORDER_ASK_WEEKS;
    scratch = { attentionById: new Float64Array(reps), pullingById: new Uint8Array(reps), askChance: new Float64Array(asks), askDiscount: new Float64Array(asks) };
  }
  scratch.askChance.fill(NaN);
  return scratch;
}

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
  const wom = p['market.wordOfMouth'] * WOM_RATE;
  const negRatio = p['market.negativeWomRatio'];
  let active = 0;
  let satSum = 0;
  let promoters = 0;
  let detractors = 0;
  // each rep's attention to their accounts this week, and whether they are asking for early orders
  const { attentionById, pullingById, askChance, askDiscount } = scratchFor(reps.length);
  const orphanAttention = +ATTENTION_ORPHAN;
  // a pulling rep's offer for an early order due e weeks from now (e < REORDER_ASK_WEEKS), asked only of accounts whose
  // next order falls in a later period: the chance the customer agrees (reps.timingControl times the consent of asks.ts)
  // and the discount, by rep and e, worked out when an account first needs it (NaN: not yet)
  const askWeeks = +REORDER_ASK_WEEKS;
  const weeksLeft = w.plan.weeksLeft;
  const timing = p['reps.timingControl'];
  // the window of gaps worth a look, in multiples of the pace (see the customer loop)
  const askFrom = weeksLeft - 1;
  const askTo = askWeeks - 1;
  const askChanceOf = (id: number, e: number): number => {
    const at = id * askWeeks + e;
    if (askChance[at] === askChance[at]) return askChance[at];
    // as for the pipeline: now, or wait for the customer's date to near (no visit time: the account's rep calls anyway)
    const intent = w.reps[id].intent;
    const ask = askNow(intent.mNow, intent.mNext, w.week + e, w.week, w.plan.periodEnd, w.plan.discountAuthority, 0, timing);
    askChance[at] = ask ? ask.consent : 0;
    askDiscount[at] = ask ? ask.discount : 0;
    return askChance[at];
  };
  for (const r of reps) {
    attentionById[r.id] = r.active ? ATTENTION_BASE + ATTENTION_EFFORT * r.effort : orphanAttention;
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
  const week = w.week;
  // WORTH_PRESSURE * harm * pressure is (WORTH_PRESSURE * harm) * pressure, and wom * negRatio * room is (wom * negRatio) * room:
  // the same products, their first factors hoisted
  const pressureWeight = WORTH_PRESSURE * harm;
  const womNegative = wom * negRatio;
  // module constants read once, as numbers: a bundler turns them into variables the engine would re-check on every
  // read in the loop (the unary plus checks once, here, and the loop keeps plain doubles)
  const promoterFrom = +PROMOTER;
  const detractorBelow = +DETRACTOR;
  const returnBase = +RETURN_BASE;
  const returnUnhappy = +RETURN_UNHAPPY;
  const returnMisled = +RETURN_MISLED;
  const worthBase = +WORTH_BASE;
  const worthFit = +SAT_FIT;
  const worthBond = +WORTH_BOND;
  const satDrift = +SAT_DRIFT;
  const pressureFade = +PRESSURE_FADE;
  const bondFade = +BOND_FADE;
  let i = cu.activeCount - 1;
  while (i >= 0) {
    // what the inner loop leaves for the outer one: the customer, the event and the draws behind it
    let event = 0;
    let c = 0;
    let u = 0;
    let bands = 0;
    let ownerId = 0;
    let early = 0;
    for (; i >= 0; i--) {
      c = i32[LIST + i];
      const s = f64[SAT + c];
      const age = week - i32[SALE_WEEK + c];
      const unhappy = 1 - s;
      const pReturn = age < window ? clamp(returnBase + returnUnhappy * unhappy * unhappy + returnMisled * misled[c], 0, 1) : 0;
      const pChurn = baseChurn + badChurn * unhappy * unhappy;
      // repeat business needs the account looked after: it follows the effort of the customer's rep
      ownerId = i32[REP + c];
      const attention = ownerId >= 0 ? attentionById[ownerId] : orphanAttention;
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
      // the next order, due in a later period at this pace, asked for now: moved, not added
      if (ownerId >= 0 && pullingById[ownerId] === 1 && pRepeat > 0) {
        // due in weeks, ceil(gap / pRepeat), is in [weeksLeft, askWeeks) when the gap is within these multiples of the pace:
        // two products first, the division only for the few in that window
        const gap = f64[THRESHOLD + c] - need;
        const due = gap > askFrom * pRepeat && gap <= askTo * pRepeat ? Math.ceil(gap / pRepeat) : 0;
        if (due >= weeksLeft && due < askWeeks && rc.next() < askChanceOf(ownerId, due)) {
          early = due;
          event = REORDERS_EARLY;
          break;
        }
      }
      // satisfaction drifts toward what the product is worth to them; pressure is slowly forgotten
      const worth = worthBase + worthFit * f64[FIT + c] + worthBond * f64[BOND + c] - pressureWeight * f64[PRESSURE + c];
      const sat = s + satDrift * (worth - s);
      f64[SAT + c] = sat;
      f64[PRESSURE + c] *= pressureFade;
      f64[BOND + c] *= bondFade;
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
    if (event === RETURNS) {
      returnOrder(w, c, reps);
      // a reorder returned leaves the account open: counted with the market, at its lower satisfaction
      if (cu.status[c] === Status.Active) {
        const sat = f64[SAT + c];
        active++;
        satSum += sat;
        promoters += +(sat >= promoterFrom);
        detractors += +(sat < detractorBelow);
      }
    } else if (event === CHURNS) churn(w, c, reps);
    else if (event === PRAISES || event === COMPLAINS) talk(w, c, event === PRAISES);
    else {
      if (event === REORDERS) {
        let owner = ownerId >= 0 ? reps[ownerId] : undefined;
        if (!owner || !owner.active) owner = fallbackRep() ?? undefined;
        bookDeal(w, owner ?? null, newDeal(w, c, 'reorder', 0, true), false, false);
      } else {
        // the order moved, not added: the need it covers ahead of time is owed before the next one (a negative need)
        const owed = f64[NEED + c] - f64[THRESHOLD + c];
        bookDeal(w, reps[ownerId] ?? null, newDeal(w, c, 'pulledIn', askDiscount[ownerId * askWeeks + early], true), true, true);
        f64[NEED + c] = owed;
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
