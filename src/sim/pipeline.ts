/**
 * A rep's pipeline of opportunities. Every "yes" of a visit is an
 * opportunity due at the customer's own expected close date (the sales
 * cycle, selling.ts); until its last COMMIT_WEEKS weeks it is a proposal,
 * which may slip away (SLIP_HAZARD a week), then a commit, which closes on
 * its date. Each week the rep settles it, pricing every move with what the
 * plan pays now and in the next period (incentives.ts):
 *
 * - pull in: an opportunity due in a later period is asked to close
 *   this week, with the discount that pays best; the customer agrees with a
 *   chance that falls with how early and rises with the discount (consent);
 *   asking takes visit time from prospecting;
 * - hold back (sandbag): a commit due this period is pushed to the next one
 *   when that pays more (past a lump bonus's quota, at a cap, under a
 *   ratchet), if the customer agrees to wait (the same consent, with no
 *   discount, falling with the weeks to the period's end), at the risk that
 *   they walk away.
 *
 * What a customer's consent is, and what an ask is worth, is asks.ts. The
 * rep's forecast of the period reads the pipeline too (forecast.ts), so
 * near a deadline they know whether they will make it. Nothing here knows
 * which plan or scenario is running.
 */
import { VALUES } from './constants';
import type { Week } from './context';
import { bookDeal } from './deals';
import { agrees, askNow, EARLY_MAX, type Ask } from './asks';
import { reopen } from './status';
import { Status, type RepState } from './types';

const { ASK_COST, COMMIT_WEEKS, WALK_BASE, WALK_PER_WEEK, MOVE_GAIN_MIN } = VALUES;

/** The chance a customer walks away when their deal is held back `weeks` weeks. */
export function walkRisk(weeks: number): number {
  return Math.min(1, WALK_BASE + WALK_PER_WEEK * weeks);
}

/**
 * One settling's asks by how early they would close: every opportunity of a
 * rep due as many weeks after this one, of the same value, gets the same
 * offer (the prices, the authority and the weeks left are the rep's and the
 * week's), so it is worked out once. Reset at each settling.
 */
const memoValue = new Float64Array(EARLY_MAX + 1);
const memoAsk: (Ask | null)[] = new Array(EARLY_MAX + 1).fill(null);
const memoStamp = new Int32Array(EARLY_MAX + 1);
let stamp = 0;

function askMemo(mNow: number, mNext: number, closeWeek: number, week: number, end: number, authority: number, cost: number, timing: number, value: number): Ask | null {
  const early = closeWeek - week;
  if (memoStamp[early] === stamp && memoValue[early] === value) return memoAsk[early];
  const ask = askNow(mNow, mNext, closeWeek, week, end, authority, cost, timing);
  memoStamp[early] = stamp;
  memoValue[early] = value;
  memoAsk[early] = ask;
  return ask;
}

/**
 * Settles a rep's pipeline this week. `first`: the settling before the
 * visits, when proposals may slip and the rep decides what to move; after
 * the visits only what falls due (a new "yes" due now) closes.
 * `visitWorth`: what a prospecting visit is worth to the rep (an ask takes ASK_COST of a visit's time from it).
 * `from`: the first opportunity to settle (after the visits, the ones they added: the settling before
 * left none of the others due).
 * Returns how many asks for an early close took the rep's time (taken from the visits).
 */
export function settlePipeline(w: Week, rep: RepState, mNow: number, mNext: number, first: boolean, visitWorth: number, from = 0): number {
  const plan = w.plan;
  const cu = w.state.customers;
  const rs = w.rng.selling;
  const pipe = rep.pipeline;
  const periodic = plan.periodLength > 0;
  const end = plan.periodEnd;
  // how far customers let a rep move their date: it scales their consent to close early, and to wait
  const timing = w.params['reps.timingControl'];
  let asks = 0;
  stamp++;
  // the open ones move to the front of the same list, in order (no new list per rep and week)
  let kept = from;
  for (let i = from; i < pipe.length; i++) {
    const o = pipe[i];
    if (cu.status[o.customer] !== Status.Pending) continue;
    // a deal held back is one its customer agreed to close at the period's start: a commit, whatever its date
    if (first && !o.held && o.closeWeek - w.week > COMMIT_WEEKS && w.week >= o.slipWeek) {
      // a proposal slips away: the business is a prospect again
      reopen(w.state, o.customer);
      w.acc.slipped++;
      continue;
    }
    const due = o.closeWeek <= w.week;
    if (due) {
      // hold it back when the next period pays clearly more, risk included (the customer may walk away)
      if (first && periodic && !o.held && end > w.week) {
        const walk = walkRisk(end - w.week);
        // the customer agrees to wait as they agree to close early: less the further their date moves (no discount for waiting)
        if (mNow + MOVE_GAIN_MIN < (1 - walk) * mNext && rs.next() < agrees(plan.discountAuthority, timing, 0, end - w.week)) {
          o.closeWeek = end;
          o.held = true;
          o.source = 'heldBack';
          w.acc.movedDeals++;
          w.acc.heldBack++;
          const walked = rs.next() < walk;
          w.emit?.({ type: 'hold', rep: rep.id, customer: o.customer, walked });
          if (walked) {
            reopen(w.state, o.customer);
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
      const ask = askMemo(mNow, mNext, o.closeWeek, w.week, end, plan.discountAuthority, (ASK_COST * visitWorth) / o.value, timing, o.value);
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
  return asks;
}
