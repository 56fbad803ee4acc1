/**
 * The market's own dynamics: Bass-style inbound leads (p scaled by the firm's
 * reputation, q by the share of the town that recommends the product) and
 * reputation as a lagging stock fed by word of mouth.
 */
import { VALUES } from './constants';
import type { Week } from './context';
import { bookDeal, newDeal } from './deals';
import { clamp } from './math';
import { turnoverWeek } from './turnover';
import { Status, type RepState } from './types';

const { DETRACTOR, REPUTATION_NEUTRAL, REFERRALS_MAX, LEAD_POOL_MIN, LEAD_POOL_WEEKS, REPUTATION_VOLUME } = VALUES;

/**
 * Reputation's pull on spontaneous interest, at weight w (market.reputationInbound):
 * 1 − w + w·reputation/0.5, so at w = 1 it is 1 at the neutral 0.5, 0 at 0, 2 at 1
 * (division by 0.5 is exact: the bits of 2·reputation), and 1 whatever the reputation at w = 0.
 */
export function reputationFactor(reputation: number, weight: number): number {
  return 1 - weight + weight * clamp(reputation / REPUTATION_NEUTRAL, 0, 1 / REPUTATION_NEUTRAL);
}

/**
 * The Bass hazards of a fresh prospect (one who never bought) this week:
 * spontaneous interest (innovation p, scaled by the firm's reputation) and
 * imitation (q times how much people talk, times the share of the town that
 * recommends the product: adopters, less those who left dissatisfied and the
 * customers who are dissatisfied now).
 */
export function inboundHazards(w: Week): { innovation: number; imitation: number } {
  const p = w.params;
  const counts = w.state.marketCounts;
  const n = w.state.customers.status.length;
  const recommenders = Math.max(0, counts.adopters - counts.unhappyLost - counts.activeDetractors);
  return {
    innovation: reputationFactor(w.state.reputation, p['market.reputationInbound']) * p['market.innovation'],
    imitation: (p['market.imitation'] * p['market.wordOfMouth'] * recommenders) / n,
  };
}

/** Tries at a random pick before a scan: a market where few fresh prospects remain is scanned. */
const PICK_TRIES = 64;

/** A fresh prospect drawn uniformly, or -1 when none is left. */
function drawFresh(w: Week): number {
  const cu = w.state.customers;
  const fresh = w.state.marketCounts.fresh;
  if (fresh <= 0) return -1;
  const n = cu.status.length;
  const rm = w.rng.market;
  const isFresh = (c: number) => cu.status[c] === Status.Prospect && cu.adopted[c] === 0;
  for (let tries = 0; tries < PICK_TRIES; tries++) {
    const c = rm.int(n);
    if (isFresh(c)) return c;
  }
  // the j-th fresh prospect in town order: as uniform as the picks, whatever few remain
  let j = rm.int(fresh);
  for (let c = 0; c < n; c++) if (isFresh(c) && j-- === 0) return c;
  return -1;
}

/** The rep a satisfied customer would send a friend to, or null: a random customer of the moment, if they recommend. */
function recommendedRep(w: Week): RepState | null {
  const cu = w.state.customers;
  if (cu.activeCount === 0) return null;
  const c = cu.activeList[w.rng.market.int(cu.activeCount)];
  const rep = cu.rep[c] >= 0 ? w.state.reps[cu.rep[c]] : undefined;
  return cu.sat[c] >= DETRACTOR && rep && rep.active ? rep : null;
}

/**
 * New inbound leads: spontaneous ones go to the lead pool, imitation ones
 * (word of mouth) to the rep of a customer who recommends the product when one
 * does, else to the pool; a share of either buys without a rep (self-service).
 */
export function inboundWeek(w: Week): void {
  // first, the businesses that close this week are replaced by new ones (an open market)
  turnoverWeek(w);
  const state = w.state;
  const rm = w.rng.market;
  const fresh = state.marketCounts.fresh;
  const hazards = inboundHazards(w);
  const spontaneous = rm.poisson(fresh * hazards.innovation);
  const imitated = rm.poisson(fresh * hazards.imitation);
  const selfServe = 1 - w.params['reps.influence'];
  for (let k = 0; k < spontaneous + imitated; k++) {
    const c = drawFresh(w);
    if (c < 0) break;
    w.acc.leads++;
    if (rm.next() < selfServe) {
      bookDeal(w, null, newDeal(w, c, 'selfService'), false, false);
      continue;
    }
    const rep = k >= spontaneous ? recommendedRep(w) : null;
    if (rep && rep.referrals.length < REFERRALS_MAX) rep.referrals.push(c);
    else state.leadPool.push(c);
  }
  // leads nobody called on for LEAD_POOL_WEEKS weeks go cold
  const maxPool = Math.max(LEAD_POOL_MIN, Math.round(LEAD_POOL_WEEKS * w.params['reps.visitsPerWeek'] * Math.max(1, w.activeReps)));
  const cold = state.leadPool.length - maxPool;
  if (cold > 0) {
    state.leadPool.splice(0, cold);
    w.acc.leadsLost += cold;
  }
}

/** Reputation moves toward what this week's word of mouth says, at the speed of the news. */
export function updateReputation(w: Week): void {
  const pos = w.acc.womPositive;
  const neg = w.acc.womNegative;
  const volume = pos + neg;
  if (volume === 0) return;
  const target = pos / volume;
  const weight = volume / (volume + REPUTATION_VOLUME);
  w.state.reputation += w.params['market.reputationLag'] * weight * (target - w.state.reputation);
}
