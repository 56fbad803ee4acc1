/**
 * What a pay plan would cost for one quarter if each rep sold what they sold
 * last quarter (or, before any quarter has been played, exactly the quota —
 * or, under a plan without a quota, a typical quarter's sales: the quota
 * parameter's value, which the town's bars take as their reference too).
 * A reading aid for the planning panel, not the model's pay rule: it assumes
 * satisfaction at the reference level and deals spread evenly.
 */
import { WEEKS_PER_QUARTER, weeklyManagementCost } from '../../sim';
import type { Params } from '../../sim';
import { hasQuota } from './quarters';

export interface PlanCost {
  basis: 'lastQuarter' | 'quota' | 'reference';
  revenue: number;
  salaries: number;
  commission: number;
  bonuses: number;
  management: number;
  total: number;
}

function ownCommission(p: Params, sales: number): number {
  const rate = p['plan.commissionRate'];
  const quota = p['plan.quota'];
  if (p['plan.quotaPeriod'] === 'none' || quota <= 0) return rate * sales;
  const capAt = p['plan.cap'] > 0 ? p['plan.cap'] * quota : Infinity;
  const below = Math.min(sales, quota, capAt);
  const above = Math.max(0, Math.min(sales, capAt) - quota);
  return rate * below + rate * p['plan.acceleratorRate'] * above;
}

/** What the cost is worked out on in quarter `quarter` (0-based): never "the quota" under a plan without one. */
export function costBasis(p: Params, quarter: number): PlanCost['basis'] {
  return quarter > 0 ? 'lastQuarter' : hasQuota(p) ? 'quota' : 'reference';
}

/** `sales`: each active rep's revenue for the quarter taken as the basis; `hires` start at zero sales. */
export function planCost(p: Params, sales: readonly number[], basis: PlanCost['basis'], hires: number): PlanCost {
  const quota = p['plan.quota'];
  const all = [...sales, ...Array.from({ length: hires }, () => 0)];
  const revenue = all.reduce((s, r) => s + r, 0);
  const mean = all.length > 0 ? revenue / all.length : 0;
  const ts = p['plan.teamShare'];
  let commission = 0;
  let bonuses = 0;
  for (const r of all) {
    commission += (1 - ts) * ownCommission(p, r) + ts * ownCommission(p, mean);
    if (p['plan.quotaPeriod'] !== 'none' && quota > 0 && r >= quota) bonuses += p['plan.quotaBonus'];
  }
  const salaries = all.length * p['plan.baseSalary'] * WEEKS_PER_QUARTER;
  const management = WEEKS_PER_QUARTER * weeklyManagementCost(p);
  return { basis, revenue, salaries, commission, bonuses, management, total: salaries + commission + bonuses + management };
}
