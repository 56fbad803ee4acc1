/**
 * Quota periods: opened on the calendar, each with its own quota per rep and
 * bonus; settled at their end (attainment, bonus, the ratchet). A change of
 * the quota period, the quota, the bonus or how quotas follow potential
 * closes the running period on the spot: it is settled under the rules it was
 * opened with, its quota and bonus prorated to the weeks it ran, and a new
 * period opens under the new rules and runs to the end of its calendar block.
 */
import { blockOf, periodLengthOf, WEEKS_PER_QUARTER } from './calendar';
import { planFor, type Plan, type Week } from './context';
import { VALUES } from './constants';
import { satisfactionMultiplier } from './incentives';
import { pow } from './math';
import type { Params } from './paramSpecs';
import { Status, type QuotaPeriodState } from './types';

const { MIN_ATTAINMENT, POTENTIAL_EXPONENT, RATCHET_DOWN } = VALUES;

/** The parameters that define a period: changing one closes the running period. */
const PERIOD_KEYS: readonly string[] = ['plan.quotaPeriod', 'plan.quota', 'plan.quotaBonus', 'plan.quotaByPotential'];

/** The plan's quota for `weeks` weeks of selling (plan.quota is per 13-week quarter). */
function quotaFor(p: Params, weeks: number): number {
  return (p['plan.quota'] * weeks) / WEEKS_PER_QUARTER;
}

/**
 * Management's forecast of what a rep sells in a week: the team's booked
 * sales per rep-week in the period just settled (the reps still on the team
 * who sold through it), or null before the first one.
 */
function lastPeriodPace(w: Week): number | null {
  let sales = 0;
  let weeks = 0;
  for (const rep of w.state.reps) {
    if (!rep.active || rep.periods.length === 0) continue;
    const last = rep.periods[rep.periods.length - 1];
    sales += last.sales;
    weeks += last.end - last.start;
  }
  return weeks > 0 ? sales / weeks : null;
}

/**
 * The average quota per rep for `weeks` weeks: the plan's, moved toward the
 * forecast by plan.quotaForecast (quotas set from last period's sales, as
 * most firms set them). One rep moves the team's pace by 1/N, so reps do not
 * price it the way they price their own ratchet.
 */
function teamQuota(w: Week, weeks: number): number {
  const p = w.params;
  const plan = quotaFor(p, weeks);
  const f = p['plan.quotaForecast'];
  const pace = f > 0 ? lastPeriodPace(w) : null;
  return pace === null ? plan : (1 - f) * plan + f * pace * weeks;
}

/**
 * What management knows of each rep's potential for the coming period: new
 * business, which grows about as ability^POTENTIAL_EXPONENT (0.6), plus the
 * reorders their accounts can be expected to place. One pass over the market
 * per period.
 */
function potentials(w: Week, weeks: number): Map<number, number> {
  const p = w.params;
  const cu = w.state.customers;
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
  const perAccount = (p['market.repeatRate'] * p['market.dealValue'] * weeks) / Math.max(1, quotaFor(p, weeks));
  const out = new Map<number, number>();
  for (const r of reps) if (r.active) out.set(r.id, pow(r.ability, POTENTIAL_EXPONENT) + accounts[r.id] * perAccount);
  return out;
}

/** How much of the team's average quota each rep is given, from their potential. */
function quotaShares(w: Week, weeks: number): Map<number, number> {
  const weight = w.params['plan.quotaByPotential'];
  const pot = potentials(w, weeks);
  let sum = 0;
  for (const v of pot.values()) sum += v;
  const mean = pot.size > 0 ? sum / pot.size : 1;
  const out = new Map<number, number>();
  for (const [id, v] of pot) out.set(id, 1 - weight + (weight * v) / mean);
  return out;
}

/**
 * The period a plan opens at `week`: to the end of its calendar block, with
 * the bonus for the weeks it has; null when the plan has no quota.
 */
export function periodOpenedAt(p: Params, week: number): QuotaPeriodState | null {
  const nominal = periodLengthOf(p['plan.quotaPeriod']);
  if (nominal === 0) return null;
  const { end } = blockOf(week, nominal);
  return { start: week, end, nominal, bonus: (p['plan.quotaBonus'] * (end - week)) / WEEKS_PER_QUARTER };
}

/** Opens the period of the current plan that holds this week, if the plan has one, and sets every rep's quota. */
function openPeriod(w: Week): void {
  const state = w.state;
  const p = w.params;
  state.period = periodOpenedAt(p, w.week);
  if (!state.period) return;
  const weeks = state.period.end - w.week;
  const shares = quotaShares(w, weeks);
  const base = teamQuota(w, weeks);
  for (const rep of state.reps) {
    if (!rep.active) continue;
    // the ratchet moves a rep's quota relative to the plan's, so a new plan quota reaches every rep
    rep.quota = base * (shares.get(rep.id) ?? 1) * rep.ratchet;
    rep.periodSales = 0;
    rep.periodDeals = 0;
  }
}

/**
 * Settles the running period after week `upTo - 1`: each rep's attainment of
 * their quota (prorated when the period closes early), the bonus, and the
 * ratchet's move of their next quota. `plan` is the plan the period ran under.
 */
export function settlePeriod(w: Week, plan: Plan, upTo: number): void {
  const period = w.state.period;
  if (!period) return;
  const share = (upTo - period.start) / (period.end - period.start);
  let settled = 0;
  let missed = 0;
  for (const rep of w.state.reps) {
    if (!rep.active || rep.quota <= 0) continue;
    const quota = rep.quota * share;
    const attained = rep.periodSales / quota;
    settled++;
    if (attained < MIN_ATTAINMENT) missed++;
    let paid = 0;
    if (period.bonus > 0 && attained >= 1) {
      paid = period.bonus * share * satisfactionMultiplier(plan, rep);
      const week = w.reps[rep.id];
      week.pay += paid;
      week.variable += paid;
      w.emit?.({ type: 'bonus', rep: rep.id, amount: paid });
    }
    rep.periods.push({ start: period.start, end: upTo, quota, sales: rep.periodSales, bonus: paid });
    if (plan.ratchet > 0) {
      // next quota up by the ratchet's share of a beat, down by RATCHET_DOWN (half) of it after a miss
      const gap = rep.periodSales - quota;
      const next = quota + (gap > 0 ? plan.ratchet * gap : RATCHET_DOWN * plan.ratchet * gap);
      // a quota so small that the move overflows (or a prorated quota that rounds to 0) is no quota: the ratchet stays
      const moved = rep.ratchet * (Math.max(0, next) / quota);
      if (Number.isFinite(moved)) rep.ratchet = moved;
    }
  }
  if (settled > 0) w.state.missedShare = missed / settled;
}

/**
 * At the start of a week, after its decisions: closes the running period if
 * its calendar block is over (it was settled in its last week) or if the
 * decisions changed what defines it (settled now under `before`, the
 * parameters it ran under), then opens the next one and sets the week's plan.
 */
export function renewPeriod(w: Week, before: Params): void {
  const state = w.state;
  const period = state.period;
  const changed = PERIOD_KEYS.some((k) => before[k as keyof Params] !== w.params[k as keyof Params]);
  if (period && w.week < period.end && !changed) return;
  if (period && w.week < period.end && w.week > period.start) settlePeriod(w, planFor(before, period, w.week), w.week);
  if (!period && periodLengthOf(w.params['plan.quotaPeriod']) === 0) return;
  openPeriod(w);
  w.plan = planFor(w.params, state.period, w.week);
}

/**
 * The quota of a rep hired into the running period: the plan's quota for the
 * weeks they will sell in it (a hire made after the week's selling starts next
 * week); none when no week of it is left.
 */
export function hireQuota(w: Week, sellsThisWeek: boolean): number {
  const period = w.state.period;
  if (!period) return 0;
  const weeks = period.end - w.week - (sellsThisWeek ? 0 : 1);
  return weeks > 0 ? teamQuota(w, weeks) : 0;
}
