/**
 * Each week every rep chooses how hard to work and how much pressure to put
 * on customers, from what the plan pays (incentives.ts), their care motive and
 * their fatigue. Giving up, pushing and misconduct all come out of these
 * prices; nothing here knows which scenario is running.
 */
import type { RepIntent, Week } from './context';
import { VALUES } from './constants';
import { landsInTime } from './forecast';
import { pushEdge, relateFuture } from './people';
import { pullPotential } from './asks';
import { commissionRate, marginalNext, marginalNow, outlook, quotaPressure, type Outlook } from './incentives';
import { clamp, normCdf, sigmoid } from './math';
import type { RepState } from './types';

// effort and pressure (constants table: src/sim/constants/decisions.ts)
const {
  OUTLOOK_EFFORT_MIN, MOVE_GAIN_MIN, INTRINSIC_BASE, INTRINSIC_CARE, FATIGUE_EFFORT, EFFORT_FLOOR, CLAWBACK_LOSS,
  CLAWBACK_FULL_WEEKS, SAT_PAY_LOSS, CARE_COST, PUSH_TEMPERATURE,
} = VALUES;
// misconduct: the share of unwanted deals returned soon after and when (as reps expect it), what one credits, the most a week, the qualms
const {
  MIN_ATTAINMENT, MISLED_RETURNS, MISLED_RETURN_WEEKS, MISLED_CREDIT, MISCONDUCT_MAX, QUALM_BASE, QUALM_INTEGRITY, QUALM_CARE,
} = VALUES;

/** The rep's effort and taste for pressure (kept on the rep), and the week's intent (returned). */
export function decideRep(w: Week, rep: RepState): RepIntent {
  const p = w.params;
  const v = p['market.dealValue'];
  const k = p['reps.effortCost'];
  const plan = w.plan;

  // effort: what the work is worth to the rep, against what it costs them
  const look = outlook(w, rep, Math.max(OUTLOOK_EFFORT_MIN, rep.effort));
  const mNow = marginalNow(w, rep, look);
  const mNext = plan.periodLength > 0 ? marginalNext(w, rep) : mNow;
  // a deal booked now pays more than the same deal in the next period: the rep asks customers due after it to close early (pipeline.ts)
  const pulling = plan.periodLength > 0 && mNow - mNext > MOVE_GAIN_MIN;
  const intrinsic = k * (INTRINSIC_BASE + INTRINSIC_CARE * rep.care);
  // what a week's work wins closes in this period only if the customer's sales cycle ends in time; the rest pays at the next period's price
  const inTime = plan.periodLength > 0 ? landsInTime(plan.weeksLeft, p['market.salesCycle']) : 1;
  const money = (inTime * Math.max(0, mNow) + (1 - inTime) * Math.max(0, mNext)) * rep.expectedRate;
  const effort = (intrinsic + money) / k - FATIGUE_EFFORT * rep.fatigue;
  rep.effort = clamp(effort, EFFORT_FLOOR, 1);

  // pressure: this week's money from pushing against what it costs later and inside
  const beta = p['reps.presentBias'];
  const ownRate = plan.commission * (1 - plan.teamShare);
  // what the rep believes each way of selling earns: priors at hire, then learned from their own visits (people.ts: learnWeek)
  const gainNow = mNow * v * Math.max(0, pushEdge(rep));
  const future = beta * ownRate * v * relateFuture(rep);
  const clawLoss = plan.clawbackWeeks > 0 ? ownRate * v * CLAWBACK_LOSS * Math.min(1, plan.clawbackWeeks / CLAWBACK_FULL_WEEKS) : 0;
  const satLoss = plan.satWeight * ownRate * v * SAT_PAY_LOSS;
  const careCost = rep.care * CARE_COST * v;
  const temperature = PUSH_TEMPERATURE * v;
  rep.pushShare = sigmoid((gainNow - future - clawLoss - satLoss - careCost) / temperature + p['reps.pushBias']);

  // misconduct: when quota cannot be reached honestly, unwanted deals may reach it (or escape the pressure)
  return { mNow, mNext, pulling, misconduct: misconductPlan(w, rep, look) };
}

/**
 * What ending the period with `add` more revenue than forecast is worth to the
 * rep: the bonus if it reaches quota, escaping management pressure if it
 * reaches MIN_ATTAINMENT (70%) of it, each weighed by the chance of getting there.
 */
function periodWorth(w: Week, rep: RepState, look: Outlook, pressure: number, add: number): number {
  const expected = rep.periodSales + look.mean + add;
  return w.plan.bonus * normCdf((expected - rep.quota) / look.sd)
    + pressure * normCdf((expected - MIN_ATTAINMENT * rep.quota) / look.sd);
}

/**
 * Unwanted deals per week a rep means to book: enough to reach the quota (bonus
 * and no pressure) or MIN_ATTAINMENT of it (no pressure), whichever pays best against the
 * rep's qualms, which shrink when colleagues do it too. 0 when honesty pays.
 */
function misconductPlan(w: Week, rep: RepState, look: Outlook): number {
  const p = w.params;
  const plan = w.plan;
  const v = p['market.dealValue'];
  const pressure = quotaPressure(w);
  if (plan.periodLength === 0 || rep.quota <= rep.periodSales || plan.weeksLeft === 0 || (plan.bonus === 0 && pressure === 0)) return 0;
  // a clawback reverses the credit and the pay of deals returned within its window, and unwanted deals mostly are
  const clawRisk = plan.clawbackWeeks > 0 ? MISLED_RETURNS * Math.min(1, plan.clawbackWeeks / MISLED_RETURN_WEEKS) : 0;
  const credit = v * MISLED_CREDIT * (1 - clawRisk);
  // what the period is worth without unwanted deals: worked out once, and only if a target is within reach
  let honest = NaN;
  const norm = 1 - p['reps.peerInfluence'] * w.state.misconductNorm;
  const qualm = v * (QUALM_BASE + QUALM_INTEGRITY * rep.integrity + QUALM_CARE * rep.care) * norm;
  const rate = commissionRate(plan, rep, rep.periodSales) * (1 - clawRisk);
  let best = 0;
  let bestValue = 0;
  // the honest way to a target first: what asking customers due later to close now should bring (pipeline.ts)
  const pullable = pullPotential(w, rep);
  // the two targets, MIN_ATTAINMENT of quota then quota (a loop over two plain numbers: no list per rep and week)
  for (let t = 0; t < 2; t++) {
    const target = t === 0 ? MIN_ATTAINMENT * rep.quota : rep.quota;
    const gap = target + look.sd - rep.periodSales - look.mean - pullable;
    if (gap <= 0) continue;
    const k = Math.ceil(gap / (plan.weeksLeft * credit));
    if (k > MISCONDUCT_MAX) continue;
    if (honest !== honest) honest = periodWorth(w, rep, look, pressure, 0);
    const gain = (periodWorth(w, rep, look, pressure, k * plan.weeksLeft * credit) - honest) / plan.weeksLeft + k * credit * rate;
    const value = gain - k * qualm;
    if (value > bestValue) {
      bestValue = value;
      best = k;
    }
  }
  return best;
}
