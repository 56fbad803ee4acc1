/**
 * Booking a deal: the customer becomes active with a first satisfaction, the
 * rep is credited (quota, commission, totals) and the firm books revenue.
 * Shared by visits, pipeline closes, repeat purchases and self-service.
 */
import { VALUES } from './constants';
import type { Week } from './context';
import { commissionOn, satisfactionMultiplier } from './incentives';
import { clamp, log } from './math';
import { Adopted, DEAL_SOURCES, Status, type DealSource, type Opportunity, type RepState } from './types';
import { setStatus } from './status';

const {
  MISLED_SAT, MISLED_SAT_SPREAD, SAT_BASE, SAT_FIT, SAT_TRUST, SAT_DISCOUNT, PUSH_REGRET, PUSH_REGRET_FEAR, PULL_REGRET, SAT_NOISE,
  RESENTMENT, RESENTMENT_FEAR, BOND_BASE, BOND_SKILL, RELATE_SAT, RECENT_SAT_RATE, WALLET_ORDERS,
} = VALUES;

/**
 * Satisfaction right after a sale: fit, trust, the way it was sold and the
 * price. `skill`: the selling rep's; null for a sale no rep made (self-service),
 * where no one related with the customer.
 */
export function firstSatisfaction(w: Week, c: number, deal: Opportunity, skill: number | null, pulledIn: boolean): number {
  const cu = w.state.customers;
  if (deal.misconduct) return MISLED_SAT + MISLED_SAT_SPREAD * w.rng.customers.next();
  const harm = w.params['market.pressureHarm'];
  let s = SAT_BASE + SAT_FIT * cu.fit[c] + SAT_TRUST * cu.trust[c] + SAT_DISCOUNT * deal.discount;
  if (deal.push) s -= harm * (PUSH_REGRET + PUSH_REGRET_FEAR * cu.fear[c]);
  else if (skill !== null) s += w.params['market.relating'] * RELATE_SAT * skill;
  if (pulledIn) s -= PULL_REGRET * harm;
  s += SAT_NOISE * w.rng.customers.normal();
  return clamp(s, 0, 1);
}

/** Adds (or with -1 removes) an active customer to a rep's accounts, by how they were first sold. */
export function countAccount(rep: RepState, pushed: number, delta: number): void {
  if (pushed === 1) rep.accounts.pushed += delta;
  else rep.accounts.related += delta;
}

/**
 * A deal the customer closes this week as it comes (a self-service or
 * unwanted sale, or with `repeat` a reorder), outside any pipeline. A reorder is sold
 * the way the customer was first sold.
 */
export function newDeal(w: Week, customer: number, source: DealSource, discount = 0, repeat = false): Opportunity {
  const misconduct = source === 'misconduct';
  // a customer who stays buys more each time, up to WALLET_ORDERS reorders (share of wallet: Reichheld & Sasser 1990)
  const grown = repeat ? w.params['market.walletGrowth'] * Math.min(w.state.customers.orders[customer] + 1, WALLET_ORDERS) : 0;
  return {
    customer, source, repeat, value: w.params['market.dealValue'] * (1 + grown), discount, closeWeek: w.week,
    slipWeek: -1, push: misconduct || (repeat && w.state.customers.pushed[customer] === 1), misconduct, askedWeek: -1, held: false,
  };
}

/** Books a deal for a rep (or for nobody when rep is null: a self-service sale). */
export function bookDeal(w: Week, rep: RepState | null, deal: Opportunity, moved: boolean, pulledIn: boolean): void {
  const cu = w.state.customers;
  const c = deal.customer;
  const acc = w.acc;
  const net = deal.value * (1 - deal.discount);
  setStatus(w.state, c, Status.Active);
  if (cu.adopted[c] === Adopted.Never) {
    cu.adopted[c] = Adopted.Bought;
    w.state.marketCounts.adopters++;
  } else if (!deal.repeat) cu.adopted[c] = Adopted.WonBack;
  cu.saleWeek[c] = w.week;
  cu.paid[c] = net;
  cu.misled[c] = deal.misconduct ? 1 : 0;
  cu.orders[c] = deal.repeat ? cu.orders[c] + 1 : 0;
  if (!deal.repeat) {
    cu.pushed[c] = deal.push ? 1 : 0;
    cu.pressure[c] = deal.push ? cu.fear[c] : 0;
    // common ground found while relating becomes a bond that outlasts the sale (the founder's hypothesis); pressure leaves resentment
    if (deal.push) cu.bond[c] = Math.min(cu.bond[c], -(RESENTMENT + RESENTMENT_FEAR * cu.fear[c]) * w.params['market.pressureHarm']);
    else if (rep) cu.bond[c] = Math.max(cu.bond[c], w.params['market.relating'] * (BOND_BASE + BOND_SKILL * rep.skill));
  } else if (rep) {
    // what the rep sees of each way of selling: the reorders of the accounts they pushed and of those they related with
    const seen = w.reps[rep.id];
    if (deal.push) seen.pushReorders++;
    else seen.relateReorders++;
  }
  // a sale's manner is charged once, at the first sale: a reorder keeps the customer's satisfaction, lifted only by its price
  cu.sat[c] = deal.repeat ? clamp(cu.sat[c] + SAT_DISCOUNT * deal.discount, 0, 1) : firstSatisfaction(w, c, deal, rep ? rep.skill : null, pulledIn);
  // the account changes hands on a first sale, and on a reorder taken over from a rep who left
  const owner = rep ? rep.id : -1;
  if (!deal.repeat || cu.rep[c] !== owner) {
    const reps = w.state.reps;
    if (deal.repeat && cu.rep[c] >= 0) countAccount(reps[cu.rep[c]], cu.pushed[c], -1);
    if (rep) countAccount(rep, cu.pushed[c], 1);
  }
  cu.rep[c] = owner;
  cu.commission[c] = 0;
  // the reorder clock starts again: the next order comes when the need built since this one reaches a fresh Exp(1) level
  cu.need[c] = 0;
  cu.threshold[c] = -log(1 - w.rng.customers.next());
  acc.deals++;
  acc.revenue += net;
  const source = DEAL_SOURCES.indexOf(deal.source);
  acc.dealsBySource[source]++;
  acc.revenueBySource[source] += net;
  acc.discount += deal.value - net;
  if (deal.source === 'pulledIn') acc.discountPulledIn += deal.value - net;
  if (moved) acc.movedDeals++;
  if (deal.misconduct) acc.misconduct++;
  if (rep) {
    const plan = w.plan;
    const commission = commissionOn(plan, rep, rep.periodSales, net) * (1 - plan.teamShare) * satisfactionMultiplier(plan, rep);
    rep.periodSales += net;
    rep.periodDeals++;
    rep.deals++;
    rep.revenue += net;
    const paid = w.reps[rep.id];
    paid.pay += commission;
    paid.variable += commission;
    cu.commission[c] = commission;
    acc.teamRevenue += net;
    // recent satisfaction of the rep's customers, for satisfaction-weighted pay
    rep.recentSat += RECENT_SAT_RATE * (cu.sat[c] - rep.recentSat);
  }
  w.emit?.({
    type: 'deal', rep: rep ? rep.id : -1, customer: c, value: net, discount: deal.discount, moved, misconduct: deal.misconduct, source: deal.source, repeat: deal.repeat,
  });
}
