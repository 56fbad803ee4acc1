/**
 * Each week every rep chooses how hard to work and how much pressure to put
 * on customers, from what the plan pays (incentives.ts), their care motive and
 * their fatigue. Giving up, pushing and misconduct all come out of these
 * prices; nothing here knows which scenario is running.
 */
import type { Week } from './context';
import { commissionRate, marginalNext, marginalNow, outlook } from './incentives';
import { clamp, normCdf, sigmoid } from './math';
import type { RepState } from './types';

/** Extra chance of closing a visit by pushing, as reps believe it. */
const PUSH_EDGE = 0.06;
/** Future deals a relating visit brings (repeat purchases, referrals), as reps believe it. */
const RELATE_FUTURE = 0.04;
/** Unwanted deals a rep can book in a week when they decide to. */
const MISCONDUCT_PER_WEEK = 2;

export function decideRep(w: Week, rep: RepState): void {
  const p = w.params;
  const v = p['market.dealValue'];
  const k = p['reps.effortCost'];
  const plan = w.plan;

  // effort: what the work is worth to the rep, against what it costs them
  const look = outlook(w, rep, Math.max(0.5, rep.effort));
  const mNow = marginalNow(w, rep, look);
  rep.mNow = mNow;
  rep.mNext = plan.periodLength > 0 ? marginalNext(w, rep) : mNow;
  const intrinsic = k * (0.2 + 0.5 * rep.care);
  const money = Math.max(0, mNow) * rep.expectedRate;
  const effort = (intrinsic + money) / k - 0.5 * rep.fatigue;
  rep.effort = clamp(effort, 0.1, 1);

  // pressure: this week's money from pushing against what it costs later and inside
  const beta = p['reps.presentBias'];
  const ownRate = plan.commission * (1 - plan.teamShare);
  const gainNow = mNow * v * PUSH_EDGE;
  const future = beta * ownRate * v * RELATE_FUTURE;
  const clawLoss = plan.clawbackWeeks > 0 ? ownRate * v * 0.15 * Math.min(1, plan.clawbackWeeks / 13) : 0;
  const satLoss = plan.satWeight * ownRate * v * 0.08;
  const careCost = rep.care * 0.0075 * v;
  const temperature = 0.004 * v;
  rep.pushShare = sigmoid((gainNow - future - clawLoss - satLoss - careCost) / temperature + p['reps.pushBias']);

  // misconduct: when quota cannot be reached honestly, unwanted deals may
  rep.misconductPlan = 0;
  if (plan.bonus > 0 && rep.quota > rep.periodSales && plan.weeksLeft > 0) {
    const extra = MISCONDUCT_PER_WEEK * plan.weeksLeft * v * 0.8;
    const pWith = normCdf((rep.periodSales + look.mean + extra - rep.quota) / look.sd);
    const bonusGain = (plan.bonus * (pWith - look.pHit)) / plan.weeksLeft;
    const rate = commissionRate(plan, rep, rep.periodSales);
    const clawRisk = plan.clawbackWeeks > 0 ? 0.8 : 0;
    const commissionGain = MISCONDUCT_PER_WEEK * v * 0.8 * rate * (1 - clawRisk);
    const moralCost = MISCONDUCT_PER_WEEK * v * (0.02 + 0.12 * rep.integrity + 0.05 * rep.care);
    if (bonusGain + commissionGain > moralCost) rep.misconductPlan = MISCONDUCT_PER_WEEK;
  }
}
