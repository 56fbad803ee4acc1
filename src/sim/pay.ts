/**
 * Paying the team: salary and team-share commission every week, the quota
 * bonus at the end of a period, then the next quota (with its ratchet).
 * Own commission and clawbacks are booked where deals close and customers
 * leave (deals.ts, customers.ts).
 */
import type { Week } from './context';
import { satisfactionMultiplier } from './incentives';
import { pow } from './math';
import type { RepState } from './types';

/** How much of the team's average quota a rep is given, from their ability (sales grow about as ability^0.6). */
export function quotaShare(w: Week, rep: RepState): number {
  const weight = w.params['plan.quotaByAbility'];
  if (weight === 0) return 1;
  let sum = 0;
  let n = 0;
  for (const r of w.state.reps) {
    if (!r.active) continue;
    sum += pow(r.ability, 0.6);
    n++;
  }
  const mean = n > 0 ? sum / n : 1;
  return 1 - weight + (weight * pow(rep.ability, 0.6)) / mean;
}

/** Quota of a rep for the period that starts now: the plan's, or last period's after a ratchet. */
export function quotaAtPeriodStart(w: Week, rep: RepState): number {
  const plan = w.plan;
  const base = w.params['plan.quota'] * plan.periodScale * quotaShare(w, rep);
  if (rep.quota <= 0 || plan.ratchet === 0) return base;
  return rep.quota;
}

export function startPeriod(w: Week, reps: RepState[]): void {
  for (const rep of reps) {
    if (!rep.active) continue;
    rep.quota = quotaAtPeriodStart(w, rep);
    rep.periodSales = 0;
    rep.periodDeals = 0;
  }
}

/** A rep hired mid-period gets the rest of the period's quota, pro rata. */
export function proratedQuota(w: Week, rep: RepState): number {
  const plan = w.plan;
  if (plan.periodLength === 0) return 0;
  return (w.params['plan.quota'] * plan.periodScale * quotaShare(w, rep) * plan.weeksLeft) / plan.periodLength;
}

export function payWeek(w: Week, reps: RepState[]): void {
  const plan = w.plan;
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
}
