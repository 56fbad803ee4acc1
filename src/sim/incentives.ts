/**
 * How a rep reads the pay plan: the money one more unit of revenue brings,
 * now and at the start of the next period. Everything a rep decides (effort,
 * pressure, discounts, moving deals, misconduct) is priced with these.
 */
import { VALUES } from './constants';
import type { Plan, Week } from './context';
import { clamp, normCdf, normPdf } from './math';
import { landingWeeks, pipelineDue } from './forecast';
import type { RepState } from './types';

/**
 * Below MIN_ATTAINMENT of quota at the end of a period, management pressure
 * bites; SAT_REFERENCE is the satisfaction at which satisfaction-weighted pay
 * is paid in full (constants table: src/sim/constants/plan.ts, decisions.ts).
 */
const { MIN_ATTAINMENT, SAT_REFERENCE, SAT_MULTIPLIER_MAX, RATCHET_DOWN } = VALUES;
const { OUTLOOK_DEAL_VARIANCE, OUTLOOK_RATE_VARIANCE, PRESENT_BIAS_WEEKS, PRESENT_BIAS_MIDWAY, RATCHET_PERSISTENCE, NEXT_PERIOD_EFFORT } = VALUES;

/** Multiplier of variable pay from the satisfaction of the rep's recent customers. */
export function satisfactionMultiplier(plan: Plan, rep: RepState): number {
  if (plan.satWeight === 0) return 1;
  return 1 - plan.satWeight + plan.satWeight * clamp(rep.recentSat / SAT_REFERENCE, 0, SAT_MULTIPLIER_MAX);
}

/**
 * Commission rate on the next unit of the rep's own revenue, given sales so
 * far in the period: none past the cap, none below the commission threshold
 * (plan.commissionFrom of quota), the accelerated rate above quota.
 */
export function commissionRate(plan: Plan, rep: RepState, sales: number): number {
  if (plan.periodLength > 0 && rep.quota > 0) {
    if (plan.cap > 0 && sales >= plan.cap * rep.quota) return 0;
    if (sales < plan.commissionFrom * rep.quota) return 0;
    if (sales >= rep.quota) return plan.commission * plan.accelerator;
  }
  return plan.commission;
}

/** The commission on a deal of `net` booked at `sales` so far: the part of a deal that crosses the commission threshold is paid at the rate above it. */
export function commissionOn(plan: Plan, rep: RepState, sales: number, net: number): number {
  const rate = commissionRate(plan, rep, sales);
  if (rate > 0 || plan.periodLength === 0 || rep.quota <= 0) return rate * net;
  const above = sales + net - plan.commissionFrom * rep.quota;
  return above > 0 ? commissionRate(plan, rep, sales + net) * Math.min(net, above) : 0;
}

export interface Outlook {
  /** expected further revenue in the period at the rep's usual effort */
  mean: number;
  sd: number;
}

/**
 * The rep's forecast of the rest of the period: what the pipeline due before
 * its end should bring (pipeline.ts), and the new business that lands in time
 * at this effort (landingWeeks: late effort books into the next period).
 */
export function outlook(w: Week, rep: RepState, effort: number): Outlook {
  const plan = w.plan;
  const landing = landingWeeks(plan.weeksLeft, w.params['market.salesCycle']);
  const v = w.params['market.dealValue'];
  const rate = rep.expectedRate * effort;
  const fresh = rate * landing;
  const due = plan.periodLength > 0 ? pipelineDue(w, rep) : { mean: 0, variance: 0 };
  const sd = Math.sqrt(landing * (rate * v + v * v * OUTLOOK_DEAL_VARIANCE) + OUTLOOK_RATE_VARIANCE * fresh * fresh + due.variance) + 1e-9;
  return { mean: fresh + due.mean, sd };
}

/**
 * Weight of a reward settled at the end of the period: the present-bias
 * weight while the end is three weeks away or more, rising to 1 in its last
 * week (quasi-hyperbolic discounting, smoothed over the final weeks).
 */
export function periodEndWeight(w: Week): number {
  const beta = w.params['reps.presentBias'];
  const left = w.plan.weeksLeft;
  if (left <= 1) return 1;
  if (left >= PRESENT_BIAS_WEEKS) return beta;
  return beta + (1 - beta) * PRESENT_BIAS_MIDWAY;
}

/** What ending the period under MIN_ATTAINMENT of quota costs a rep now: more after a period the team missed. */
export function quotaPressure(w: Week): number {
  const p = w.params;
  return p['management.quotaPressure'] * (1 + p['management.escalation'] * w.state.missedShare);
}

/** Money the rep expects from one more unit of revenue booked this week. */
export function marginalNow(w: Week, rep: RepState, look: Outlook): number {
  const plan = w.plan;
  let own = commissionRate(plan, rep, rep.periodSales) * (1 - plan.teamShare);
  // below the commission threshold a unit earns nothing now, but brings the paid part nearer: worth the rate times the chance of passing it
  const from = plan.commissionFrom * rep.quota;
  if (plan.periodLength > 0 && rep.quota > 0 && rep.periodSales < from) {
    own = plan.commission * (1 - plan.teamShare) * periodEndWeight(w) * normCdf((rep.periodSales + look.mean - from) / look.sd);
  }
  // a team share pays the rep 1/N of what their effort earns; colleagues who see the effort make them feel part of the rest
  const n = Math.max(1, w.activeReps);
  const team = (plan.commission * plan.teamShare) / n + w.params['reps.peerMonitoring'] * plan.commission * plan.teamShare * (1 - 1 / n);
  // what is settled at the period's end weighs less while the end is far (present bias: reps procrastinate)
  const later = periodEndWeight(w);
  let bonus = 0;
  if (plan.bonus > 0 && rep.quota > 0 && rep.periodSales < rep.quota) {
    bonus = (later * plan.bonus * normPdf((rep.periodSales + look.mean - rep.quota) / look.sd)) / look.sd;
  }
  let m = (own + team + bonus) * satisfactionMultiplier(plan, rep);
  // management pressure: the threat of ending the period far below quota
  const pressure = quotaPressure(w);
  if (pressure > 0 && plan.periodLength > 0 && rep.quota > 0) {
    m += (later * pressure * normPdf((rep.periodSales + look.mean - MIN_ATTAINMENT * rep.quota) / look.sd)) / look.sd;
  }
  // a ratchet turns every unit sold into a higher quota next period, and the one after: by the ratchet's share if the
  // period ends above quota, by RATCHET_DOWN of it if it ends below; the rep weighs the two by their own forecast
  if (plan.ratchet > 0 && rep.quota > 0) {
    const beta = w.params['reps.presentBias'];
    const persistence = 1 / (1 - RATCHET_PERSISTENCE * beta);
    const above = normCdf((rep.periodSales + look.mean - rep.quota) / look.sd);
    const share = above + RATCHET_DOWN * (1 - above);
    m -= (share * beta * persistence * plan.ratchet * (plan.bonus + plan.commission * rep.quota)) / rep.quota;
  }
  return m;
}

/** Money the rep expects from the same revenue booked at the start of the next period. */
export function marginalNext(w: Week, rep: RepState): number {
  const plan = w.plan;
  let own = plan.commission * (1 - plan.teamShare);
  const team = (plan.commission * plan.teamShare) / Math.max(1, w.activeReps);
  let bonus = 0;
  if (rep.quota > 0 && plan.nominalLength > 0 && (plan.nextBonus > 0 || plan.commissionFrom > 0)) {
    // early in a period one unit moves the chance of the bonus by about pdf(0)/sd
    const v = w.params['market.dealValue'];
    const mean = rep.expectedRate * plan.nominalLength * NEXT_PERIOD_EFFORT;
    const sd = Math.sqrt(plan.nominalLength * (rep.expectedRate * v + v * v * OUTLOOK_DEAL_VARIANCE) + OUTLOOK_RATE_VARIANCE * mean * mean);
    bonus = (plan.nextBonus * normPdf((mean - rep.quota) / sd)) / sd;
    // a unit booked early in a period under a commission threshold is paid only if the period ends above it
    if (plan.commissionFrom > 0) own *= normCdf((mean - plan.commissionFrom * rep.quota) / sd);
  }
  return w.params['reps.presentBias'] * (own + team + bonus) * satisfactionMultiplier(plan, rep);
}
