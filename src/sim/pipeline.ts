/**
 * A rep's pipeline of opportunities. Every "yes" of a visit is an
 * opportunity due at the customer's own expected close date (the sales
 * cycle, selling.ts); until its last COMMIT_WEEKS weeks it is a proposal,
 * which may slip away (SLIP_HAZARD a week), then a commit, which closes on
 * its date. Each week the rep settles it, pricing every move with what the
 * plan pays now and in the next period (incentives.ts):
 *
 * - pull in: a movable opportunity due in a later period is asked to close
 *   this week, with the discount that pays best; the customer agrees with a
 *   chance that falls with how early and rises with the discount (consent);
 *   asking takes visit time from prospecting;
 * - hold back (sandbag): a commit due this period is pushed to the next one
 *   when that pays more (past a lump bonus's quota, at a cap, under a
 *   ratchet), if the customer agrees to wait (the same consent, with no
 *   discount, falling with the weeks to the period's end), at the risk that
 *   they walk away.
 *
 * The rep's forecast of the period reads the pipeline too (forecast.ts), so
 * near a deadline they know whether they will make it. Nothing here knows
 * which plan or scenario is running.
 */
import { VALUES } from './constants';
import type { Week } from './context';
import { bookDeal } from './deals';
import { sigmoid } from './math';
import { setStatus } from './status';
import { Status, type RepState } from './types';

const { COMMIT_WEEKS, SLIP_HAZARD, CONSENT_INTERCEPT, CONSENT_DISCOUNT, CONSENT_WEEK, DISCOUNT_STEPS, WALK_BASE, WALK_PER_WEEK, MOVE_GAIN_MIN } = VALUES;

/** The chance a customer agrees to close `early` weeks before they meant to, offered discount d. */
export function consent(d: number, early: number): number {
  return sigmoid(CONSENT_INTERCEPT + CONSENT_DISCOUNT * d - CONSENT_WEEK * early);
}

/** The rep's best offer for an early close: the discount, the customer's chance of agreeing, and what the ask is worth per unit of list value. */
export interface Ask {
  discount: number;
  consent: number;
  worth: number;
}

/**
 * The offer that pays a rep best for closing now a deal worth mNext per unit
 * of revenue if it closes when the customer means to, against `fallback`,
 * what keeping the deal open is worth (the chances still to come): among no
 * discount and DISCOUNT_STEPS steps up to the authority, the one with the
 * highest expected gain, consent·((1 − d)·mNow − mNext − fallback). Worth 0:
 * no offer pays.
 */
export function bestAsk(mNow: number, mNext: number, early: number, authority: number, fallback = 0, timing = 1): Ask {
  let best: Ask = { discount: 0, consent: 0, worth: 0 };
  for (let k = 0; k <= DISCOUNT_STEPS; k++) {
    const d = (authority * k) / DISCOUNT_STEPS;
    const gain = (1 - d) * mNow - mNext - fallback;
    if (gain <= MOVE_GAIN_MIN) continue;
    const p = timing * consent(d, early);
    if (p * gain > best.worth) best = { discount: d, consent: p, worth: p * gain };
    if (authority === 0) break;
  }
  return best;
}

/**
 * Whether to ask for an early close now, and with what offer, or wait: the
 * customer agrees more readily as their own date nears, and a refusal can be
 * asked again the next week, so the rep weighs asking now against the chances
 * still to come in the period (worked backwards from its last week, each ask
 * costing `cost` per unit of value), at today's prices. Null: wait, or never.
 */
export function askNow(mNow: number, mNext: number, closeWeek: number, week: number, end: number, authority: number, cost: number, timing: number): Ask | null {
  // the worth of the chances to ask in the weeks after this one, from the period's last week back
  let later = 0;
  for (let t = end - 1; t > week; t--) {
    const ask = bestAsk(mNow, mNext, closeWeek - t, authority, later, timing);
    if (ask.worth > cost) later += ask.worth - cost;
  }
  const now = bestAsk(mNow, mNext, closeWeek - week, authority, later, timing);
  return now.worth > cost ? now : null;
}

/**
 * What a rep can expect to pull into this period from their pipeline: each
 * opportunity due after it, at the best discount the plan allows, weighed by
 * the chance its customer agrees.
 */
export function pullPotential(w: Week, rep: RepState): number {
  const end = w.plan.periodEnd;
  const timing = w.params['reps.timingControl'];
  const d = w.plan.discountAuthority;
  if (timing === 0 || w.plan.periodLength === 0) return 0;
  let sum = 0;
  for (const o of rep.pipeline) {
    if (o.closeWeek < end || o.held) continue;
    sum += timing * consent(d, o.closeWeek - w.week) * o.value * (1 - d);
  }
  return sum;
}

/** The chance a customer walks away when their deal is held back `weeks` weeks. */
export function walkRisk(weeks: number): number {
  return Math.min(1, WALK_BASE + WALK_PER_WEEK * weeks);
}

/** What this week's settling of the pipeline did, for the rep's visits: how many asks for an early close took their time. */
export interface Settled {
  asks: number;
}

/**
 * Settles a rep's pipeline this week. `first`: the settling before the
 * visits, when proposals may slip and the rep decides what to move; after
 * the visits only what falls due (a new "yes" due now) closes.
 * `visitWorth`: what a prospecting visit is worth to the rep (the time an ask takes from it).
 */
export function settlePipeline(w: Week, rep: RepState, mNow: number, mNext: number, first: boolean, visitWorth: number): Settled {
  const plan = w.plan;
  const cu = w.state.customers;
  const rs = w.rng.selling;
  const pipe = rep.pipeline;
  const periodic = plan.periodLength > 0;
  const end = plan.periodEnd;
  // how far customers let a rep move their date: it scales their consent to close early, and to wait
  const timing = w.params['reps.timingControl'];
  let asks = 0;
  // the open ones move to the front of the same list, in order (no new list per rep and week)
  let kept = 0;
  for (let i = 0; i < pipe.length; i++) {
    const o = pipe[i];
    if (cu.status[o.customer] !== Status.Pending) continue;
    if (first && o.closeWeek - w.week > COMMIT_WEEKS && rs.next() < SLIP_HAZARD) {
      // a proposal slips away: the business is a prospect again
      setStatus(w.state, o.customer, Status.Prospect);
      w.acc.slipped++;
      continue;
    }
    const due = o.closeWeek <= w.week;
    if (due) {
      // hold it back when the next period pays clearly more, risk included (the customer may walk away)
      if (first && periodic && !o.held && end > w.week) {
        const walk = walkRisk(end - w.week);
        // the customer agrees to wait as they agree to close early: less the further their date moves (no discount for waiting)
        if (mNow + MOVE_GAIN_MIN < (1 - walk) * mNext && rs.next() < timing * consent(0, end - w.week)) {
          o.closeWeek = end;
          o.held = true;
          o.source = 'heldBack';
          w.acc.movedDeals++;
          if (rs.next() < walk) {
            setStatus(w.state, o.customer, Status.Prospect);
            w.acc.walkedAway++;
            continue;
          }
          pipe[kept++] = o;
          continue;
        }
      }
      bookDeal(w, rep, o, false, false);
      continue;
    }
    // due in a later period: ask for an early close when the offer that pays best is worth the visit time it takes
    if (first && periodic && timing > 0 && !o.held && o.closeWeek >= end && o.askedWeek < w.week) {
      const ask = askNow(mNow, mNext, o.closeWeek, w.week, end, plan.discountAuthority, visitWorth / o.value, timing);
      if (ask) {
        asks++;
        o.askedWeek = w.week;
        if (rs.next() < ask.consent) {
          o.discount = Math.max(o.discount, ask.discount);
          o.source = 'pulledIn';
          o.closeWeek = w.week;
          bookDeal(w, rep, o, true, true);
          continue;
        }
      }
    }
    pipe[kept++] = o;
  }
  // pop, not a shorter length: setting an array's length is a runtime call, pop is inlined
  while (pipe.length > kept) pipe.pop();
  return { asks };
}
