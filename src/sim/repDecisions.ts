/**
 * Each week every rep chooses how hard to work and how much pressure to put
 * on customers, from what the plan pays (incentives.ts), their care motive and
 * their fatigue. Giving up, pushing and misconduct all come out of these
 * prices; nothing here knows which scenario is running.
 */
import type { RepIntent, Week } from './context';
import { MIN_ATTAINMENT, commissionRate, marginalNext, marginalNow, outlook, quotaPressure, type Outlook } from './incentives';
import { clamp, normCdf, sigmoid } from './math';
import { PULL_WINDOW } from './selling';
import type { RepState } from './types';

/** Share of unwanted deals returned soon after (as reps expect it). */
const MISLED_RETURNS = 0.7;
/** Most unwanted deals a rep can book in a week. */
const MISCONDUCT_MAX = 6;

/** The rep's effort and taste for pressure (kept on the rep), and the week's intent (returned). */
export function decideRep(w: Week, rep: RepState): RepIntent {
  const p = w.params;
  const v = p['market.dealValue'];
  const k = p['reps.effortCost'];
  const plan = w.plan;

  // effort: what the work is worth to the rep, against what it costs them
  const look = outlook(w, rep, Math.max(0.5, rep.effort));
  const mNow = marginalNow(w, rep, look);
  const mNext = plan.periodLength > 0 ? marginalNext(w, rep) : mNow;
  const pulling = plan.periodLength > 0 && plan.weeksLeft <= PULL_WINDOW && mNow - mNext > 0.002;
  const intrinsic = k * (0.5 + 0.05 * rep.care);
  const money = Math.max(0, mNow) * rep.expectedRate;
  const effort = (intrinsic + money) / k - 0.5 * rep.fatigue;
  rep.effort = clamp(effort, 0.1, 1);

  // pressure: this week's money from pushing against what it costs later and inside
  const beta = p['reps.presentBias'];
  const ownRate = plan.commission * (1 - plan.teamShare);
  // what the rep believes each way of selling earns: priors at hire, then learned from their own visits (people.ts: learnWeek)
  const gainNow = mNow * v * Math.max(0, rep.pushEdge);
  const future = beta * ownRate * v * rep.relateFuture;
  const clawLoss = plan.clawbackWeeks > 0 ? ownRate * v * 0.15 * Math.min(1, plan.clawbackWeeks / 13) : 0;
  const satLoss = plan.satWeight * ownRate * v * 0.08;
  const careCost = rep.care * 0.0075 * v;
  const temperature = 0.004 * v;
  rep.pushShare = sigmoid((gainNow - future - clawLoss - satLoss - careCost) / temperature + p['reps.pushBias']);

  // misconduct: when quota cannot be reached honestly, unwanted deals may reach it (or escape the pressure)
  return { mNow, mNext, pulling, misconduct: misconductPlan(w, rep, look) };
}

/**
 * What ending the period with `add` more revenue than forecast is worth to the
 * rep: the bonus if it reaches quota, escaping management pressure if it
 * reaches 70% of it, each weighed by the chance of getting there.
 */
function periodWorth(w: Week, rep: RepState, look: Outlook, pressure: number, add: number): number {
  const expected = rep.periodSales + look.mean + add;
  return w.plan.bonus * normCdf((expected - rep.quota) / look.sd)
    + pressure * normCdf((expected - MIN_ATTAINMENT * rep.quota) / look.sd);
}

/**
 * Unwanted deals per week a rep means to book: enough to reach the quota (bonus
 * and no pressure) or 70% of it (no pressure), whichever pays best against the
 * rep's qualms, which shrink when colleagues do it too. 0 when honesty pays.
 */
function misconductPlan(w: Week, rep: RepState, look: Outlook): number {
  const p = w.params;
  const plan = w.plan;
  const v = p['market.dealValue'];
  const pressure = quotaPressure(w);
  if (plan.periodLength === 0 || rep.quota <= rep.periodSales || plan.weeksLeft === 0 || (plan.bonus === 0 && pressure === 0)) return 0;
  // a clawback reverses the credit and the pay of deals returned within its window, and unwanted deals mostly are
  const clawRisk = plan.clawbackWeeks > 0 ? MISLED_RETURNS * Math.min(1, plan.clawbackWeeks / 4) : 0;
  const credit = v * 0.8 * (1 - clawRisk);
  // what the period is worth without unwanted deals: worked out once, and only if a target is within reach
  let honest = NaN;
  const norm = 1 - p['reps.peerInfluence'] * w.state.misconductNorm;
  const qualm = v * (0.05 + 0.4 * rep.integrity + 0.1 * rep.care) * norm;
  const rate = commissionRate(plan, rep, rep.periodSales) * (1 - clawRisk);
  let best = 0;
  let bestValue = 0;
  // the two targets, 70% of quota then quota (a loop over two plain numbers: no list per rep and week)
  for (let t = 0; t < 2; t++) {
    const target = t === 0 ? MIN_ATTAINMENT * rep.quota : rep.quota;
    const gap = target + look.sd - rep.periodSales - look.mean;
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
