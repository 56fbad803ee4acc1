/**
 * The customers' week: returns, churn, repeat purchases, word of mouth and
 * the slow drift of satisfaction toward what the product is really worth to
 * them. One pass over the market, which also counts it for the record.
 */
import type { Week } from './context';
import { bookDeal } from './deals';
import { clamp } from './math';
import { Status, type PendingDeal, type RepState } from './types';
import { setTrust } from './trust';

export interface MarketCounts {
  prospects: number;
  active: number;
  satSum: number;
  promoters: number;
  detractors: number;
}

export const PROMOTER = 0.75;
export const DETRACTOR = 0.45;
/** Neighbourhood radius (in index steps on the town grid) word of mouth reaches. */
const NEIGHBOURS = 40;

function lose(w: Week, c: number, returned: boolean, repsById: (RepState | undefined)[]): void {
  const cu = w.state.customers;
  const repId = cu.rep[c];
  cu.status[c] = Status.Lost;
  if (returned) {
    w.acc.returns++;
    w.acc.refunds += cu.paid[c];
  } else {
    w.acc.churned++;
  }
  const rep = repId >= 0 ? repsById[repId] : undefined;
  const clawWeeks = w.plan.clawbackWeeks;
  if (rep && clawWeeks > 0 && w.week - cu.saleWeek[c] < clawWeeks && cu.commission[c] > 0) {
    rep.weekPay -= cu.commission[c];
    rep.weekVariable -= cu.commission[c];
    w.acc.clawback += cu.commission[c];
    cu.commission[c] = 0;
  }
  w.emit?.({ type: returned ? 'return' : 'churn', rep: repId, customer: c });
}

/** Word of mouth from customer c to a neighbour. */
function talk(w: Week, c: number, positive: boolean, repsById: (RepState | undefined)[]): void {
  const cu = w.state.customers;
  const n = cu.status.length;
  const offset = 1 + w.rng.customers.int(NEIGHBOURS);
  const t = (c + (w.rng.customers.next() < 0.5 ? n - offset : offset)) % n;
  if (positive) {
    w.acc.womPositive++;
    setTrust(w.state, t, cu.trust[t] + 0.06 * (1 - cu.trust[t]));
    if (cu.status[t] === Status.Prospect || cu.status[t] === Status.Lost) {
      const rep = cu.rep[c] >= 0 ? repsById[cu.rep[c]] : undefined;
      // a referral: the happy customer sends their friend to the rep they like
      if (rep && rep.active && w.rng.customers.next() < 0.35 && rep.referrals.length < 30) rep.referrals.push(t);
    }
  } else {
    w.acc.womNegative++;
    setTrust(w.state, t, cu.trust[t] - 0.08 * cu.trust[t]);
    if (cu.status[t] === Status.Active) cu.sat[t] = clamp(cu.sat[t] - 0.03, 0, 1);
  }
  w.emit?.({ type: 'wom', from: c, to: t, positive });
}

export function customersWeek(w: Week, repsById: (RepState | undefined)[], fallbackRep: () => RepState | null): MarketCounts {
  const cu = w.state.customers;
  const p = w.params;
  const rc = w.rng.customers;
  const n = cu.status.length;
  const window = p['market.returnWindow'];
  const harm = p['market.pressureHarm'];
  const baseChurn = p['market.baseChurn'];
  const badChurn = p['market.dissatisfiedChurn'];
  const repeat = p['market.repeatRate'];
  const wom = p['market.wordOfMouth'] * 0.03;
  const negRatio = p['market.negativeWomRatio'];
  const counts: MarketCounts = { prospects: 0, active: 0, satSum: 0, promoters: 0, detractors: 0 };
  const PROSPECT = Status.Prospect;
  const ACTIVE = Status.Active;
  const status = cu.status;
  const satArr = cu.sat;
  const saleWeek = cu.saleWeek;
  const misled = cu.misled;
  const fit = cu.fit;
  const pressure = cu.pressure;
  const week = w.week;
  for (let c = 0; c < n; c++) {
    const st = status[c];
    if (st === PROSPECT) {
      counts.prospects++;
      continue;
    }
    if (st !== ACTIVE) continue;
    const s = satArr[c];
    const age = week - saleWeek[c];
    const unhappy = 1 - s;
    const pReturn = age < window ? clamp(0.004 + 0.12 * unhappy * unhappy + 0.15 * misled[c], 0, 1) : 0;
    const pChurn = baseChurn + badChurn * unhappy * unhappy;
    const pRepeat = age >= window ? repeat * s * s : 0;
    const u = rc.next();
    if (u < pReturn) {
      lose(w, c, true, repsById);
      continue;
    }
    if (u < pReturn + pChurn) {
      lose(w, c, false, repsById);
      continue;
    }
    const bands = pReturn + pChurn + pRepeat;
    if (u < bands) {
      let rep = cu.rep[c] >= 0 ? repsById[cu.rep[c]] : undefined;
      if (!rep || !rep.active) rep = fallbackRep() ?? undefined;
      const deal: PendingDeal = {
        customer: c, value: p['market.dealValue'], discount: 0, naturalWeek: w.week, closeWeek: w.week,
        movable: false, push: false, misconduct: false,
      };
      bookDeal(w, rep ?? null, deal, false, false);
    } else {
      // satisfaction drifts toward what the product is worth to them; pressure is slowly forgotten
      const worth = 0.3 + 0.6 * fit[c] - 0.1 * harm * pressure[c];
      satArr[c] = s + 0.03 * (worth - s);
      pressure[c] *= 0.97;
    }
    const sat = satArr[c];
    counts.active++;
    counts.satSum += sat;
    if (sat >= PROMOTER) counts.promoters++;
    else if (sat < DETRACTOR) counts.detractors++;
    if (wom > 0 && u >= bands) {
      // the rest of the same draw is again uniform: no second draw per customer
      const v = (u - bands) / (1 - bands);
      if (sat >= PROMOTER && v < wom) talk(w, c, true, repsById);
      else if (sat < DETRACTOR && v < wom * negRatio) talk(w, c, false, repsById);
    }
  }
  return counts;
}
