/**
 * What every submodel of one week needs: the week's position in its quota
 * period, the pay plan in force, the live random streams and the week's
 * accumulators. Built at the start of a step, discarded at its end.
 */
import type { Params } from './paramSpecs';
import { Rng } from './rng';
import { DEAL_SOURCES, WEEKS_PER_QUARTER, type EventSink, type QuotaPeriodState, type RunState, type StreamName } from './types';

export interface Plan {
  /** weeks of the running quota period (shorter than nominal when it opened mid-block); 0 when there is no quota */
  periodLength: number;
  /** weeks of a whole period of the plan's kind (13 or 52; 0 without quota) */
  nominalLength: number;
  /** a whole period's length in quarters (1 per quarter, 4 per year) */
  periodScale: number;
  weekInPeriod: number;
  /** weeks left in the period, this one included */
  weeksLeft: number;
  isPeriodStart: boolean;
  isPeriodEnd: boolean;
  /** the first week after the running period, -1 without quota */
  periodEnd: number;
  commission: number;
  /** commission is paid only on revenue above this share of quota (0: from the first sale) */
  commissionFrom: number;
  accelerator: number;
  cap: number;
  /** bonus of the running period at quota; of a whole period of the plan's kind (the next one) */
  bonus: number;
  nextBonus: number;
  ratchet: number;
  clawbackWeeks: number;
  satWeight: number;
  teamShare: number;
  discountAuthority: number;
}

export interface WeekAcc {
  leads: number;
  visits: number;
  pushVisits: number;
  deals: number;
  revenue: number;
  discount: number;
  returns: number;
  refunds: number;
  churned: number;
  womPositive: number;
  womNegative: number;
  pay: number;
  incentivePay: number;
  clawback: number;
  managementCost: number;
  misconduct: number;
  movedDeals: number;
  quits: number;
  /** revenue credited to reps this week, for team-share commission */
  teamRevenue: number;
  leadsLost: number;
  /** businesses that closed and were replaced by new ones (turnover.ts) */
  closures: number;
  /** of those, the ones that were active customers: accounts lost to closure, not to churn */
  accountsClosed: number;
  /** proposals that slipped away, and customers who walked away from a deal held back (pipeline.ts) */
  slipped: number;
  walkedAway: number;
  /** deals held back into the next period, and the discount (money) given on pulled-in deals */
  heldBack: number;
  discountPulledIn: number;
  /** deals and net revenue by source, in the order of DEAL_SOURCES */
  dealsBySource: number[];
  revenueBySource: number[];
}

export interface Week {
  state: RunState;
  params: Params;
  week: number;
  plan: Plan;
  acc: WeekAcc;
  rng: Record<StreamName, Rng>;
  emit: EventSink | null;
  /** active reps this week */
  activeReps: number;
  /** each rep's week, by rep id: what they decided and what they earn (hires made during the week get theirs) */
  reps: RepWeek[];
}

/**
 * What a rep decided for this week, handed from the decision to selling, the
 * customers' pass and the people rules as a value. It is the week's scratch,
 * never saved: the next week decides afresh.
 */
export interface RepIntent {
  /** the rep's price of one unit of revenue booked now, and early in the next period */
  mNow: number;
  mNext: number;
  /** the rep asks customers to close before the period ends: a deal booked now pays more than one booked in the next period */
  pulling: boolean;
  /** unwanted deals the rep means to book (misconduct) */
  misconduct: number;
}

/** A rep's week: the intent and the pay it brings (all of it, and the variable part), and what the rep saw of each way of selling. */
export interface RepWeek {
  intent: RepIntent;
  pay: number;
  variable: number;
  pushVisits: number;
  pushCloses: number;
  relateVisits: number;
  relateCloses: number;
  /** reorders of the rep's accounts, by how those customers were first sold */
  pushReorders: number;
  relateReorders: number;
}

export const NO_INTENT: RepIntent = { mNow: 0, mNext: 0, pulling: false, misconduct: 0 };

export function emptyRepWeek(): RepWeek {
  return { intent: NO_INTENT, pay: 0, variable: 0, pushVisits: 0, pushCloses: 0, relateVisits: 0, relateCloses: 0, pushReorders: 0, relateReorders: 0 };
}

/** The plan in force this week: the parameters, read through the running quota period (none: no quota). */
export function planFor(params: Params, period: QuotaPeriodState | null, week: number): Plan {
  const on = period !== null;
  const periodLength = on ? period.end - period.start : 0;
  const nominal = on ? period.nominal : 0;
  return {
    periodLength,
    nominalLength: nominal,
    periodScale: nominal / WEEKS_PER_QUARTER,
    weekInPeriod: on ? week - period.start : 0,
    weeksLeft: on ? period.end - week : 0,
    isPeriodStart: on && week === period.start,
    isPeriodEnd: on && week === period.end - 1,
    periodEnd: on ? period.end : -1,
    commission: params['plan.commissionRate'],
    commissionFrom: on ? params['plan.commissionFrom'] : 0,
    accelerator: on ? params['plan.acceleratorRate'] : 1,
    cap: on ? params['plan.cap'] : 0,
    bonus: on ? period.bonus : 0,
    nextBonus: on ? (params['plan.quotaBonus'] * nominal) / WEEKS_PER_QUARTER : 0,
    ratchet: on ? params['plan.ratchet'] : 0,
    clawbackWeeks: params['plan.clawbackWeeks'],
    satWeight: params['plan.satisfactionWeight'],
    teamShare: params['plan.teamShare'],
    discountAuthority: params['plan.discountAuthority'],
  };
}

export function emptyAcc(): WeekAcc {
  return {
    leads: 0, visits: 0, pushVisits: 0, deals: 0, revenue: 0, discount: 0, returns: 0, refunds: 0, churned: 0,
    womPositive: 0, womNegative: 0, pay: 0, incentivePay: 0, clawback: 0, managementCost: 0, misconduct: 0,
    movedDeals: 0, quits: 0, teamRevenue: 0, leadsLost: 0, closures: 0, accountsClosed: 0, slipped: 0, walkedAway: 0, heldBack: 0, discountPulledIn: 0,
    dealsBySource: DEAL_SOURCES.map(() => 0), revenueBySource: DEAL_SOURCES.map(() => 0),
  };
}
