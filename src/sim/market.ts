/**
 * The market's own dynamics: Bass-style inbound leads (p + q x adopted share,
 * both scaled by the firm's reputation) and reputation as a lagging stock fed
 * by word of mouth.
 */
import type { Week } from './context';
import { bookDeal } from './deals';
import { clamp } from './math';
import { Status, type PendingDeal } from './types';

/** Reputation's pull on spontaneous interest: 1 at the neutral 0.5, 0 at 0, 2 at 1. */
export function reputationFactor(reputation: number): number {
  return clamp(2 * reputation, 0, 2);
}

/**
 * Weekly chance a non-adopter seeks the product by themselves (Bass hazard):
 * the firm's reputation scales the spontaneous part, word of mouth the imitation.
 */
export function inboundHazard(w: Week, adoptedShare: number): number {
  const p = w.params;
  const f = reputationFactor(w.state.reputation);
  return f * p['market.innovation'] + p['market.imitation'] * p['market.wordOfMouth'] * adoptedShare;
}

/** New inbound leads: some buy on their own, the rest wait for a rep. */
export function inboundWeek(w: Week, prospects: number, adopters: number): void {
  const cu = w.state.customers;
  const n = cu.status.length;
  const rm = w.rng.market;
  const count = rm.poisson(prospects * inboundHazard(w, adopters / n));
  const selfServe = 1 - w.params['reps.influence'];
  for (let k = 0; k < count; k++) {
    let c = -1;
    for (let tries = 0; tries < 30; tries++) {
      const pick = rm.int(n);
      if (cu.status[pick] === Status.Prospect && cu.adopted[pick] === 0) {
        c = pick;
        break;
      }
    }
    if (c < 0) continue;
    w.acc.leads++;
    if (rm.next() < selfServe) {
      const deal: PendingDeal = {
        customer: c, value: w.params['market.dealValue'], discount: 0, naturalWeek: w.week, closeWeek: w.week,
        movable: false, push: false, misconduct: false, pullAsked: false,
      };
      bookDeal(w, null, deal, false, false);
    } else if (w.state.leadPool.length < 4 * n) {
      w.state.leadPool.push(c);
    }
  }
  // leads nobody called on for eight weeks go cold
  const maxPool = Math.max(16, Math.round(8 * w.params['reps.visitsPerWeek'] * Math.max(1, w.activeReps)));
  if (w.state.leadPool.length > maxPool) w.state.leadPool.splice(0, w.state.leadPool.length - maxPool);
}

/** Reputation moves toward what this week's word of mouth says, at the speed of the news. */
export function updateReputation(w: Week): void {
  const pos = w.acc.womPositive;
  const neg = w.acc.womNegative;
  const volume = pos + neg;
  if (volume === 0) return;
  const target = pos / volume;
  const weight = volume / (volume + 10);
  w.state.reputation += w.params['market.reputationLag'] * weight * (target - w.state.reputation);
}
