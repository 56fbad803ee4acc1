/**
 * Paying the team: salary and team-share commission every week, the quota
 * bonus at the end of a period, then the next quota (with its ratchet).
 * Own commission and clawbacks are booked where deals close and customers
 * leave (deals.ts, customers.ts).
 */
import type { Week } from './context';
import { MIN_ATTAINMENT, satisfactionMultiplier } from './incentives';
import { pow } from './math';
import { Status, type RepState } from './types';

/**
 * What management knows of each rep's potential for the coming period: new
 * business, which grows about as ability^0.6, plus the reorders their
 * accounts can be expected to place. One pass over the market per period.
 */
function potentials(w: Week): Map<number, number> {
  const p = w.params;
  const cu = w.state.customers;
  const weeks = w.plan.periodLength;
  const reps = w.state.reps;
  const accounts = new Float64Array(reps.length);
  const status = cu.status;
  const owner = cu.rep;
  const sat = cu.sat;
  const ACTIVE = Status.Active;
  for (let c = 0; c < status.length; c++) {
    if (status[c] !== ACTIVE || owner[c] < 0) continue;
    accounts[owner[c]] += sat[c] * sat[c];
  }
  const perAccount = (p['market.repeatRate'] * p['market.dealValue'] * weeks) / Math.max(1, p['plan.quota'] * w.plan.periodScale);
  const out = new Map<number, number>();
  for (const r of reps) if (r.active) out.set(r.id, pow(r.ability, 0.6) + accounts[r.id] * perAccount);
  return out;
}

/** How much of the team's average quota each rep is given, from their potential. */
export function quotaShares(w: Week): Map<number, number> {
  const weight = w.params['plan.quotaByPotential'];
  const pot = potentials(w);
  let sum = 0;
  for (const v of pot.values()) sum += v;
  const mean = pot.size > 0 ? sum / pot.size : 1;
  const out = new Map<number, number>();
  for (const [id, v] of pot) out.set(id, 1 - weight + (weight * v) / mean);
  return out;
}

/** Quota of a rep for the period that starts now: the plan's share, or last period's after a ratchet. */
export function quotaAtPeriodStart(w: Week, rep: RepState, share: number): number {
  const base = w.params['plan.quota'] * w.plan.periodScale * share;
  if (rep.quota <= 0 || w.plan.ratchet === 0) return base;
  return rep.quota;
}

export function startPeriod(w: Week, reps: RepState[]): void {
  const shares = quotaShares(w);
  for (const rep of reps) {
    if (!rep.active) continue;
    rep.quota = quotaAtPeriodStart(w, rep, shares.get(rep.id) ?? 1);
    rep.periodSales = 0;
    rep.periodDeals = 0;
  }
}

/**
 * A rep hired mid-period gets the rest of the period's quota, pro rata, at
 * share 1: management does not know a new hire's potential yet.
 */
export function proratedQuota(w: Week): number {
  const plan = w.plan;
  if (plan.periodLength === 0) return 0;
  return (w.params['plan.quota'] * plan.periodScale * plan.weeksLeft) / plan.periodLength;
}

export function payWeek(w: Week, reps: RepState[]): void {
  const plan = w.plan;
  let periodReps = 0;
  let missed = 0;
  const salary = w.params['plan.baseSalary'];
  const teamPart = w.activeReps > 0 ? (plan.commission * plan.teamShare * w.acc.teamRevenue) / w.activeReps : 0;
  for (const rep of reps) {
    if (!rep.active) continue;
    const team = teamPart * satisfactionMultiplier(plan, rep);
    rep.weekPay += salary + team;
    rep.weekVariable += team;
    if (plan.isPeriodEnd && rep.quota > 0) {
      const attained = rep.periodSales / rep.quota;
      rep.attainment.push(attained);
      periodReps++;
      if (attained < MIN_ATTAINMENT) missed++;
      if (plan.bonus > 0 && attained >= 1) {
        const bonus = plan.bonus * satisfactionMultiplier(plan, rep);
        rep.weekPay += bonus;
        rep.weekVariable += bonus;
        w.emit?.({ type: 'bonus', rep: rep.id, amount: bonus });
      }
      if (plan.ratchet > 0) {
        const gap = rep.periodSales - rep.quota;
        rep.quota += gap > 0 ? plan.ratchet * gap : 0.5 * plan.ratchet * gap;
      }
    }
    rep.pay += rep.weekPay;
    rep.incentivePay += rep.weekVariable;
    rep.avgPay += 0.05 * (rep.weekPay - rep.avgPay);
    rep.avgVariable += 0.05 * (rep.weekVariable - rep.avgVariable);
    w.acc.pay += rep.weekPay;
    w.acc.incentivePay += rep.weekVariable;
  }
  if (plan.isPeriodEnd && periodReps > 0) w.state.missedShare = missed / periodReps;
}
