/**
 * What every submodel of one week needs: the week's position in its quota
 * period, the pay plan in force, the live random streams and the week's
 * accumulators. Built at the start of a step, discarded at its end.
 */
import type { Params } from './paramSpecs';
import { Rng } from './rng';
import { WEEKS_PER_QUARTER, WEEKS_PER_YEAR, type EventSink, type RunState, type StreamName } from './types';

export interface Plan {
  /** 0 when there is no quota */
  periodLength: number;
  /** quota and bonus multiplier of the period (1 per quarter, 4 per year) */
  periodScale: number;
  weekInPeriod: number;
  /** weeks left in the period, this one included */
  weeksLeft: number;
  isPeriodStart: boolean;
  isPeriodEnd: boolean;
  commission: number;
  accelerator: number;
  cap: number;
  bonus: number;
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
}

export function planFor(params: Params, week: number): Plan {
  const kind = params['plan.quotaPeriod'];
  const periodLength = kind === 'quarter' ? WEEKS_PER_QUARTER : kind === 'year' ? WEEKS_PER_YEAR : 0;
  const weekInPeriod = periodLength > 0 ? week % periodLength : 0;
  const periodScale = periodLength / WEEKS_PER_QUARTER;
  return {
    periodLength,
    periodScale,
    weekInPeriod,
    weeksLeft: periodLength > 0 ? periodLength - weekInPeriod : 0,
    isPeriodStart: periodLength > 0 && weekInPeriod === 0,
    isPeriodEnd: periodLength > 0 && weekInPeriod === periodLength - 1,
    commission: params['plan.commissionRate'],
    accelerator: periodLength > 0 ? params['plan.acceleratorRate'] : 1,
    cap: periodLength > 0 ? params['plan.cap'] : 0,
    bonus: periodLength > 0 ? params['plan.quotaBonus'] * periodScale : 0,
    ratchet: periodLength > 0 ? params['plan.ratchet'] : 0,
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
    movedDeals: 0, quits: 0, teamRevenue: 0,
  };
}
