/**
 * The headless runner: the same function serves the CLI, the lab's workers,
 * the tests and the game's counterfactuals.
 */
import { createRun } from './create';
import { checkDecisions, decisionsAt } from './decisions';
import { toHex } from './hash';
import type { Params } from './paramSpecs';
import { isDone, openRun, stepRun } from './step';
import type { Decision, PeriodRecord, RunState, WeekRecord } from './types';

export interface RepSummary {
  id: number;
  active: boolean;
  hiredWeek: number;
  leftWeek: number;
  ability: number;
  care: number;
  deals: number;
  revenue: number;
  pay: number;
  incentivePay: number;
  pushShare: number;
  misconduct: number;
  /** quota attainment (sales / quota) of each settled period */
  attainment: number[];
  /** each settled quota period: weeks, quota, sales credited, bonus paid */
  periods: PeriodRecord[];
}

export interface Totals {
  deals: number;
  revenue: number;
  discount: number;
  returns: number;
  refunds: number;
  churned: number;
  pay: number;
  incentivePay: number;
  profit: number;
  misconduct: number;
  quits: number;
  leads: number;
  finalReputation: number;
  finalTrust: number;
  finalSatisfaction: number;
  finalNps: number;
  activeCustomers: number;
}

export interface RunResult {
  model: { name: string; version: string };
  seed: string;
  params: Params;
  hash: string;
  weeks: WeekRecord[];
  reps: RepSummary[];
  totals: Totals;
}

export function hashHex(state: RunState): string {
  return toHex(state.hash);
}

/** The weekly flows the run's totals sum. */
type Summed = 'deals' | 'revenue' | 'discount' | 'returns' | 'refunds' | 'churned' | 'pay' | 'incentivePay' | 'profit' | 'misconduct' | 'quits' | 'leads';

/**
 * The weekly flows summed over the run, each sum in week order. Written out
 * field by field (a loop over their names reads each record through a
 * key the engine cannot see ahead, at a quarter of a game run's summary):
 * the same additions in the same order, in the order the totals list them.
 */
function sums(weeks: readonly WeekRecord[]): Record<Summed, number> {
  let deals = 0, revenue = 0, discount = 0, returns = 0, refunds = 0, churned = 0;
  let pay = 0, incentivePay = 0, profit = 0, misconduct = 0, quits = 0, leads = 0;
  for (let i = 0; i < weeks.length; i++) {
    const r = weeks[i];
    deals += r.deals;
    revenue += r.revenue;
    discount += r.discount;
    returns += r.returns;
    refunds += r.refunds;
    churned += r.churned;
    pay += r.pay;
    incentivePay += r.incentivePay;
    profit += r.profit;
    misconduct += r.misconduct;
    quits += r.quits;
    leads += r.leads;
  }
  return { deals, revenue, discount, returns, refunds, churned, pay, incentivePay, profit, misconduct, quits, leads };
}

export function summarize(state: RunState): RunResult {
  const weeks = state.history;
  const sum = sums(weeks);
  const last = weeks[weeks.length - 1];
  return {
    model: { ...state.model },
    seed: state.seed,
    params: state.params,
    hash: hashHex(state),
    weeks,
    reps: state.reps.map((r) => ({
      id: r.id,
      active: r.active,
      hiredWeek: r.hiredWeek,
      leftWeek: r.leftWeek,
      ability: r.ability,
      care: r.care,
      deals: r.deals,
      revenue: r.revenue,
      pay: r.pay,
      incentivePay: r.incentivePay,
      pushShare: r.visits > 0 ? r.pushVisits / r.visits : 0,
      misconduct: r.misconduct,
      attainment: r.periods.map((p) => p.sales / p.quota),
      periods: r.periods.map((p) => ({ ...p })),
    })),
    totals: {
      ...sum,
      finalReputation: last ? last.reputation : state.reputation,
      finalTrust: last ? last.trust : 0,
      finalSatisfaction: last ? last.satisfaction : 0,
      finalNps: last ? last.nps : 0,
      activeCustomers: last ? last.activeCustomers : 0,
    },
  };
}

export interface RunSpec {
  params: Params;
  seed: string;
  decisions?: readonly Decision[];
}

/** Runs a spec to its end and returns the final state. */
export function runToEnd(spec: RunSpec): RunState {
  const log = checkDecisions(spec.decisions ?? [], spec.params);
  const state = createRun(spec.params, spec.seed);
  const run = openRun(state);
  while (!isDone(state)) stepRun(run, decisionsAt(log, state.week));
  return state;
}

export function simulate(spec: RunSpec): RunResult {
  return summarize(runToEnd(spec));
}
