/**
 * A rep's week in the field: settle the pipeline (pipeline.ts: closing what
 * falls due, pulling in or holding back across the period's end), then visit
 * customers — referral leads first, then inbound leads, then cold prospects —
 * with the time the asks left, and win opportunities due at the customer's
 * own close date. "People buy from people they like": relating builds the
 * prospect's trust, pushing works on the fearless and backfires on the fearful.
 */
import type { RepIntent, Week } from './context';
import { bookDeal, newDeal } from './deals';
import { atLeastSigmoid, clamp } from './math';
import { drawLag, drawSlip } from './forecast';
import { settlePipeline } from './pipeline';
import { Status, type Opportunity, type RepState } from './types';
import { setTrust } from './trust';
import { setStatus } from './status';
import { VALUES } from './constants';

// the time an ask for an early close takes (pipeline.ts)
const { ASK_COST } = VALUES;
// visits and buying
const {
  WARMTH_REFERRAL, WARMTH_INBOUND, PROSPECT_TRIES, BUY_INTERCEPT, ODDS_FIT, FIT_NEUTRAL, ODDS_TRUST, TRUST_NEUTRAL,
  REPUTATION_NEUTRAL, ODDS_ABILITY, ODDS_SKILL, SKILL_NEUTRAL, PUSH_ODDS, PUSH_ODDS_FEAR, WIN_BACK_PENALTY, RELATE_TRUST, RELATE_TRUST_BASE, PUSH_TRUST_LOSS,
  DISCOUNT_HALF, DISCOUNT_MIN, FATIGUE_VISITS, RATE_LEARNING, MIN_LEARNING_EFFORT, RATE_CAP_DEALS,
} = VALUES;
/** The rep card's list of last visits (display only). */
const LAST_VISITS = 8;

/** First customer index and size of a rep's territory: a contiguous block of the town. */
export function territoryRange(w: Week, rep: RepState): [number, number] {
  const n = w.state.customers.status.length;
  const t = w.state.territories;
  const from = Math.floor((rep.territory * n) / t);
  return [from, Math.floor(((rep.territory + 1) * n) / t) - from];
}

/** Where a visit's prospect came from. */
type LeadSource = 'referral' | 'inbound' | 'cold';
/** How warm a visit starts, on the log-odds of buying, by where the lead came from. */
const WARMTH: Record<LeadSource, number> = { referral: WARMTH_REFERRAL, inbound: WARMTH_INBOUND, cold: 0 };

/** The next referral sent to the rep who is still a prospect or lost, or -1. */
function referralLead(w: Week, rep: RepState): number {
  const status = w.state.customers.status;
  while (rep.referrals.length > 0) {
    const c = rep.referrals.shift() as number;
    if (status[c] === Status.Prospect || status[c] === Status.Lost) return c;
  }
  return -1;
}

/** The oldest inbound lead in the shared pool who is still a prospect, or -1. */
function inboundLead(w: Week): number {
  const status = w.state.customers.status;
  const pool = w.state.leadPool;
  while (pool.length > 0) {
    const c = pool.shift() as number;
    if (status[c] === Status.Prospect) return c;
  }
  return -1;
}

/** A prospect or lost customer drawn in the territory [from, from + size), up to PROSPECT_TRIES tries, or -1. */
function coldProspect(w: Week, from: number, size: number): number {
  const status = w.state.customers.status;
  for (let tries = 0; tries < PROSPECT_TRIES; tries++) {
    const c = from + w.rng.selling.int(size);
    if (status[c] === Status.Prospect || status[c] === Status.Lost) return c;
  }
  return -1;
}

/** Log-odds that a visited prospect agrees to buy, before any discount. */
export function buyingOdds(w: Week, rep: RepState, c: number, push: boolean, warmth: number): number {
  const cu = w.state.customers;
  let z = BUY_INTERCEPT + warmth + ODDS_FIT * (cu.fit[c] - FIT_NEUTRAL) + ODDS_TRUST * (cu.trust[c] - TRUST_NEUTRAL)
    + w.params['market.reputationOdds'] * (w.state.reputation - REPUTATION_NEUTRAL);
  z += ODDS_ABILITY * rep.logAbility + ODDS_SKILL * (rep.skill - SKILL_NEUTRAL);
  if (push) z += PUSH_ODDS - PUSH_ODDS_FEAR * cu.fear[c];
  if (cu.status[c] === Status.Lost) z -= WIN_BACK_PENALTY;
  return z;
}

function visit(w: Week, rep: RepState, mNow: number, c: number, source: LeadSource): void {
  const warmth = WARMTH[source];
  const cu = w.state.customers;
  const rs = w.rng.selling;
  const push = rs.next() < rep.pushShare;
  // the answer depends on the trust the prospect had when the rep walked in; what the visit does to it counts later
  const z = buyingOdds(w, rep, c, push, warmth);
  w.acc.visits++;
  rep.visits++;
  const seen = w.reps[rep.id];
  if (push) {
    w.acc.pushVisits++;
    rep.pushVisits++;
    seen.pushVisits++;
    // what pressure costs the prospect (market.pressureHarm = 0 turns it off)
    setTrust(w.state, c, cu.trust[c] - w.params['market.pressureHarm'] * PUSH_TRUST_LOSS * cu.fear[c] * cu.trust[c]);
  } else {
    seen.relateVisits++;
    // finding common ground: the prospect comes to like and trust the rep (the founder's hypothesis; market.relating = 0 turns it off)
    setTrust(w.state, c, cu.trust[c] + w.params['market.relating'] * RELATE_TRUST * (RELATE_TRUST_BASE + rep.skill) * (1 - cu.trust[c]));
  }
  rep.lastVisits.push(c);
  if (rep.lastVisits.length > LAST_VISITS) rep.lastVisits.shift();
  w.emit?.({ type: 'visit', rep: rep.id, customer: c, push });

  const u = rs.next();
  let discount = 0;
  if (atLeastSigmoid(u, z)) {
    // a "no": the rep may rescue it with a discount when the deal is worth it to them
    const m = Math.max(0, mNow);
    const authority = w.plan.discountAuthority;
    const d = Math.min(authority, m / (DISCOUNT_HALF + m));
    if (d <= DISCOUNT_MIN || atLeastSigmoid(u, z + w.params['market.discountElasticity'] * d)) return;
    discount = d;
  }
  if (push) seen.pushCloses++;
  else seen.relateCloses++;
  const lag = drawLag(rs.next(), w.params['market.salesCycle']);
  const deal: Opportunity = {
    customer: c, source, repeat: false, value: w.params['market.dealValue'], discount, closeWeek: w.week + lag,
    slipWeek: w.week + 1 + drawSlip(rs.next()), push, misconduct: false, askedWeek: -1, held: false,
  };
  setStatus(w.state, c, Status.Pending);
  rep.pipeline.push(deal);
}

/** Unwanted deals: sold to prospects who do not need the product, or opened without consent. */
function misconduct(w: Week, rep: RepState, count: number, from: number, size: number): void {
  const cu = w.state.customers;
  for (let k = 0; k < count; k++) {
    for (let tries = 0; tries < PROSPECT_TRIES; tries++) {
      const c = from + w.rng.selling.int(size);
      if (cu.status[c] !== Status.Prospect) continue;
      rep.misconduct++;
      setStatus(w.state, c, Status.Pending);
      bookDeal(w, rep, newDeal(w, c, 'misconduct'), false, false);
      break;
    }
  }
}

/** One rep's selling week, as the rep intends it. */
export function sellWeek(w: Week, rep: RepState, intent: RepIntent): void {
  const before = rep.revenue;
  const influence = w.params['reps.influence'];
  const effective = rep.effort * (1 - FATIGUE_VISITS * rep.fatigue);
  const perWeek = w.params['reps.visitsPerWeek'];
  // what a prospecting visit is worth to the rep: its share of what a week of full effort brings, at the next period's price
  const visitWorth = (Math.max(0, intent.mNext) * rep.expectedRate) / perWeek;
  const asks = settlePipeline(w, rep, intent.mNow, intent.mNext, true, visitWorth);
  const open = rep.pipeline.length;
  // the asks for early closes take their time from prospecting
  const planned = Math.max(0, perWeek * effective * influence - ASK_COST * asks);
  let visits = Math.floor(planned);
  if (w.rng.selling.next() < planned - visits) visits++;
  const [from, size] = territoryRange(w, rep);
  // each visit goes to a referral, else an inbound lead, else a cold prospect; none left ends the rep's visits
  for (let i = 0; i < visits; i++) {
    let source: LeadSource = 'referral';
    let c = referralLead(w, rep);
    if (c < 0) {
      source = 'inbound';
      c = inboundLead(w);
    }
    if (c < 0) {
      source = 'cold';
      c = coldProspect(w, from, size);
    }
    if (c < 0) break;
    visit(w, rep, intent.mNow, c, source);
  }
  settlePipeline(w, rep, intent.mNow, intent.mNext, false, visitWorth, open);
  // learning what a unit of honest effort brings (expected revenue per week at full effort): unwanted deals are not effort
  const earned = rep.revenue - before;
  if (intent.misconduct > 0) misconduct(w, rep, intent.misconduct, from, size);
  if (effective > MIN_LEARNING_EFFORT) {
    const cap = RATE_CAP_DEALS * w.params['market.dealValue'];
    rep.expectedRate += RATE_LEARNING * (clamp(earned / effective, 0, cap) - rep.expectedRate);
  }
}
