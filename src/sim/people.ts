/**
 * The team as people: the care motive crowded out by contingent pay and
 * crowded in by coaching and recognition; skill from coaching and ramp-up;
 * fatigue from effort; quits and replacements; gemba walks.
 */
import { emptyRepWeek, type Week } from './context';
import { newRep } from './create';
import { VALUES } from './constants';
import { MAX_REPS } from './decisions';
import { clamp } from './math';
import type { Params } from './paramSpecs';
import { hireQuota } from './period';
import { Status, type QuitReason, type RepState } from './types';
import { reopen } from './status';

// the people rules' constants (src/sim/constants/people.ts) and the priors they share with create.ts
const { FOLLOW_HORIZON, RECOGNITION_TIME, GEMBA_CARE, GEMBA_SKILL, PRIOR_CLOSE, LOW_PAY_SHARE } = VALUES;
const { CARE_COACHING, CARE_RETURN, CARE_MISCONDUCT, SKILL_COACHING, RAMP_GAIN, SUSTAINABLE_EFFORT, QUIT_FATIGUE, QUIT_CARE, QUIT_LOW_PAY, NORM_RATE } = VALUES;

/** What a week of coaching and recognition costs (gemba walks come on top). */
export function weeklyManagementCost(p: Params): number {
  return p['management.hourCost'] * (p['management.coaching'] + RECOGNITION_TIME * p['management.recognition']);
}

/** Management time one gemba walk takes, as a share of a management week. */
export const GEMBA_TIME = VALUES.GEMBA_TIME;

/** What one gemba walk costs in management time: the run's rule, and what the rep card and the plan show. */
export function gembaWalkCost(p: Params): number {
  return GEMBA_TIME * p['management.hourCost'];
}

export function gembaWalk(w: Week, rep: RepState): void {
  rep.care += GEMBA_CARE * (1 - rep.care);
  rep.skill += GEMBA_SKILL * (1 - rep.skill);
  w.acc.managementCost += gembaWalkCost(w.params);
}

/**
 * The pay below which a rep feels underpaid: their outside option, a share of
 * the revenue a new rep is expected to bring at full effort in this market
 * (the prior of create.ts: visits × PRIOR_CLOSE × deal value), so the line
 * scales with the market instead of standing at a fixed sum.
 */
export function lowPayLine(p: Params): number {
  return p['reps.visitsPerWeek'] * PRIOR_CLOSE * p['market.dealValue'] * LOW_PAY_SHARE;
}

/** The territory with the fewest active reps (the lowest index on a tie). */
function leastCovered(w: Week): number {
  const cover = new Array<number>(w.state.territories).fill(0);
  for (const r of w.state.reps) if (r.active) cover[r.territory]++;
  let best = 0;
  for (let t = 1; t < cover.length; t++) if (cover[t] < cover[best]) best = t;
  return best;
}

/**
 * Hires reps: the player's hires at the start of the week (they sell this
 * week), replacements after it (from next week). A replacement takes the
 * territory of the rep who left, others the least covered one.
 */
export function hire(w: Week, count: number, replacing?: { territory: number }): void {
  const territory = replacing ? replacing.territory : -1;
  const reps = w.state.reps;
  for (let k = 0; k < count; k++) {
    if (reps.length >= MAX_REPS) return;
    const rep = newRep(reps.length, territory >= 0 ? territory : leastCovered(w), w.week, w.params, w.rng.people);
    rep.quota = hireQuota(w, !replacing);
    rep.joinedAs = replacing ? 'replacement' : 'hire';
    reps.push(rep);
    w.reps[rep.id] = emptyRepWeek();
    w.activeReps++;
    w.emit?.({ type: 'hire', rep: rep.id, replacement: replacing !== undefined });
  }
}

/** A rep leaves: their open opportunities go back to prospects, a replacement is due after the vacancy. */
export function quit(w: Week, rep: RepState, reason: QuitReason): void {
  rep.active = false;
  rep.leftWeek = w.week;
  rep.leftBecause = reason;
  const cu = w.state.customers;
  for (const o of rep.pipeline) if (cu.status[o.customer] === Status.Pending) reopen(w.state, o.customer);
  rep.pipeline = [];
  rep.referrals = [];
  w.acc.quits++;
  w.activeReps--;
  const vacancy = w.params['reps.vacancyWeeks'];
  if (vacancy > 0) w.state.pendingHires.push({ week: w.week + vacancy, territory: rep.territory });
  w.emit?.({ type: 'quit', rep: rep.id, reason });
}

/** The quit hazard's largest term, against the base rate's 1 ('usual' when none is above it); reporting only, worked out only for a rep who quits. */
function largestTerm(fatigue: number, care: number, lowPay: number): QuitReason {
  let reason: QuitReason = 'usual';
  let top = 1;
  if (fatigue > top) {
    top = fatigue;
    reason = 'fatigue';
  }
  if (care > top) {
    top = care;
    reason = 'care';
  }
  if (lowPay > top) reason = 'lowPay';
  return reason;
}

export function peopleWeek(w: Week): void {
  const p = w.params;
  const coaching = p['management.coaching'];
  const recognition = p['management.recognition'];
  const ramp = p['reps.rampWeeks'];
  const rp = w.rng.people;
  const lowPayBelow = lowPayLine(p);
  // under team pay the best seller's know-how spreads: helping a colleague is paid too
  const help = p['reps.helping'] * w.plan.teamShare;
  let best = 0;
  if (help > 0) for (const rep of w.state.reps) if (rep.active && rep.skill > best) best = rep.skill;
  for (const rep of w.state.reps) {
    if (!rep.active) continue;
    if (help > 0) rep.skill += help * (best - rep.skill);
    // crowding out: the share of pay that is contingent; crowding in: coaching and feedback
    const contingent = rep.avgPay > 0 ? clamp(rep.avgVariable / rep.avgPay, 0, 1) : 0;
    const dCare = -p['reps.crowdingOut'] * contingent * rep.care + p['reps.crowdingIn'] * (CARE_COACHING * coaching + recognition) * (1 - rep.care)
      + CARE_RETURN * (rep.careBase - rep.care) - CARE_MISCONDUCT * w.reps[rep.id].intent.misconduct * rep.care;
    rep.care = clamp(rep.care + dCare, 0, 1);
    // skill: coaching and, for new hires, ramping up
    rep.skill += SKILL_COACHING * coaching * (1 - rep.skill);
    if (ramp > 0 && w.week - rep.hiredWeek < ramp) rep.skill += (RAMP_GAIN / ramp) * (1 - rep.skill);
    rep.skill = clamp(rep.skill, 0, 1);
    // fatigue: effort above a sustainable level builds it, less effort removes it
    rep.fatigue = clamp(rep.fatigue + p['reps.fatigueRate'] * (rep.effort - SUSTAINABLE_EFFORT), 0, 1);
    const lowPay = clamp(1 - rep.avgPay / lowPayBelow, 0, 1);
    const fatigueTerm = QUIT_FATIGUE * rep.fatigue * rep.fatigue;
    const careTerm = QUIT_CARE * (1 - rep.care);
    const lowPayTerm = QUIT_LOW_PAY * lowPay;
    const hazard = p['reps.quitRate'] * (1 + fatigueTerm + careTerm + lowPayTerm);
    if (rp.next() < hazard) quit(w, rep, largestTerm(fatigueTerm, careTerm, lowPayTerm));
  }
  const due = w.state.pendingHires.filter((h) => h.week <= w.week);
  if (due.length > 0) {
    w.state.pendingHires = w.state.pendingHires.filter((h) => h.week > w.week);
    for (const h of due) hire(w, 1, { territory: h.territory });
  }
  w.acc.managementCost += weeklyManagementCost(p);
}

/** The team's norm: a moving average of the share of this week's reps who sold against customers' interest. */
export function updateNorm(w: Week, team: readonly RepState[]): void {
  const state = w.state;
  let misbehaving = 0;
  for (const rep of team) if (w.reps[rep.id].intent.misconduct > 0) misbehaving++;
  const share = team.length > 0 ? misbehaving / team.length : 0;
  state.misconductNorm += NORM_RATE * (share - state.misconductNorm);
}

/**
 * Reps revise what they believe each way of selling earns, from what they saw
 * this week (reps.learningRate; 0 keeps their priors): the close rates of
 * their pushing and relating visits, and the weekly reorders of the accounts
 * they pushed and of those they related with. What pushing adds now is the
 * difference of close rates; what relating brings later is the follow-on
 * reorders a visit of each kind leads to over FOLLOW_HORIZON weeks.
 */
export function learnWeek(w: Week): void {
  const lr = w.params['reps.learningRate'];
  if (lr === 0) return;
  const reps = w.state.reps;
  for (const rep of reps) {
    if (!rep.active) continue;
    const week = w.reps[rep.id];
    const seen = rep.seen;
    if (week.pushVisits > 0) seen.pushClose += lr * (week.pushCloses / week.pushVisits - seen.pushClose);
    if (week.relateVisits > 0) seen.relateClose += lr * (week.relateCloses / week.relateVisits - seen.relateClose);
    const pushAccounts = rep.accounts.pushed;
    const relateAccounts = rep.accounts.related;
    if (pushAccounts > 0) seen.pushFollow += lr * (week.pushReorders / pushAccounts - seen.pushFollow);
    if (relateAccounts > 0) seen.relateFollow += lr * (week.relateReorders / relateAccounts - seen.relateFollow);
  }
}

/** What a rep believes pushing adds to a visit's chance of closing now: the difference of the close rates they have seen. */
export function pushEdge(rep: RepState): number {
  return rep.seen.pushClose - rep.seen.relateClose;
}

/** The follow-on deals a rep believes a relating visit brings beyond a pushing one: the reorders each leads to over FOLLOW_HORIZON weeks. */
export function relateFuture(rep: RepState): number {
  const seen = rep.seen;
  return FOLLOW_HORIZON * (seen.relateClose * seen.relateFollow - seen.pushClose * seen.pushFollow);
}
