/** Weekly records folded into quarters: flows summed, stocks taken at the quarter's end, rates averaged. */
import { quarterOf, WEEKS_PER_QUARTER } from '../../sim';
import { SOURCE_FIELDS, type Params, type WeekRecord } from '../../sim';

export interface QuarterStat {
  quarter: number;
  weeks: number;
  deals: number;
  revenue: number;
  refunds: number;
  /** what the reps gave off list prices (money), already taken off the revenue */
  discount: number;
  pay: number;
  incentivePay: number;
  managementCost: number;
  profit: number;
  returns: number;
  churned: number;
  womPositive: number;
  womNegative: number;
  misconduct: number;
  movedDeals: number;
  /** deals held back into the next period, customers who would not wait for theirs, the discount (money) on pulled-in deals */
  heldBack: number;
  walkedAway: number;
  discountPulledIn: number;
  quits: number;
  satisfaction: number;
  trust: number;
  pushShare: number;
  reputation: number;
  careMotive: number;
  activeCustomers: number;
  headcount: number;
  leadsLost: number;
  /** deals and revenue by source (DEAL_SOURCES order) */
  dealsBySource: number[];
  revenueBySource: number[];
}


const SUMS = ['leadsLost', 'deals', 'revenue', 'refunds', 'discount', 'pay', 'incentivePay', 'managementCost', 'profit', 'returns', 'churned', 'womPositive', 'womNegative', 'misconduct', 'movedDeals', 'heldBack', 'walkedAway', 'discountPulledIn', 'quits'] as const;
const MEANS = ['satisfaction', 'trust', 'pushShare'] as const;
const ENDS = ['reputation', 'careMotive', 'activeCustomers', 'headcount'] as const;

export function quarterStats(history: readonly WeekRecord[]): QuarterStat[] {
  const out: QuarterStat[] = [];
  for (let start = 0; start < history.length; start += WEEKS_PER_QUARTER) {
    const weeks = history.slice(start, start + WEEKS_PER_QUARTER);
    const last = weeks[weeks.length - 1];
    const q = { quarter: quarterOf(start) + 1, weeks: weeks.length } as QuarterStat;
    for (const k of SUMS) q[k] = weeks.reduce((s, r) => s + r[k], 0);
    for (const k of MEANS) q[k] = weeks.reduce((s, r) => s + r[k], 0) / weeks.length;
    for (const k of ENDS) q[k] = last[k];
    q.dealsBySource = SOURCE_FIELDS.deals.map((f) => weeks.reduce((sum, r) => sum + r[f], 0));
    q.revenueBySource = SOURCE_FIELDS.revenue.map((f) => weeks.reduce((sum, r) => sum + r[f], 0));
    out.push(q);
  }
  return out;
}

export function total(stats: readonly QuarterStat[], key: (typeof SUMS)[number]): number {
  return stats.reduce((s, q) => s + q[key], 0);
}

/** The running sum of a weekly series. */
export function cumulative(values: readonly number[]): number[] {
  let s = 0;
  return values.map((v) => (s += v));
}

/** Does the plan set a quota at all? Without one, attainment does not apply and is not shown. */
export function hasQuota(p: Params): boolean {
  return p['plan.quotaPeriod'] !== 'none' && p['plan.quota'] > 0;
}

/** Team revenue against the team's quota, per quarter; null when the plan has no quota. */
export function attainment(q: QuarterStat, p: Params): number | null {
  const quota = p['plan.quota'];
  return hasQuota(p) && q.headcount > 0 ? q.revenue / (q.headcount * quota) : null;
}
