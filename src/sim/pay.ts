/**
 * Paying the team: salary and team-share commission every week, and the
 * period's settlement (period.ts) in its last week. Own commission and
 * clawbacks are booked where deals close and customers leave (deals.ts,
 * customers.ts).
 */
import { VALUES } from './constants';
import type { Week } from './context';
import { satisfactionMultiplier } from './incentives';
import { settlePeriod } from './period';
import type { RepState } from './types';

const { PAY_AVERAGING } = VALUES;

export function payWeek(w: Week, reps: RepState[]): void {
  const plan = w.plan;
  // the period's last week: attainment, bonus and ratchet, before the week's pay is booked
  if (plan.isPeriodEnd) settlePeriod(w, plan, plan.periodEnd);
  const salary = w.params['plan.baseSalary'];
  const teamPart = w.activeReps > 0 ? (plan.commission * plan.teamShare * w.acc.teamRevenue) / w.activeReps : 0;
  for (const rep of reps) {
    if (!rep.active) continue;
    const team = teamPart * satisfactionMultiplier(plan, rep);
    const week = w.reps[rep.id];
    week.pay += salary + team;
    week.variable += team;
    rep.pay += week.pay;
    rep.incentivePay += week.variable;
    rep.avgPay += PAY_AVERAGING * (week.pay - rep.avgPay);
    rep.avgVariable += PAY_AVERAGING * (week.variable - rep.avgVariable);
    w.acc.pay += week.pay;
    w.acc.incentivePay += week.variable;
  }
}
