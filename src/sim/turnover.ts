/**
 * An open market: each week some of the town's businesses close and new ones
 * open in their place (market.turnover a year). A business that closes takes
 * its orders with it, whatever its rep did; the new one has never bought and
 * never met a rep, with its own fit, trust and fear drawn as at the start.
 * The town keeps its size, and each customer keeps its slot in the arrays.
 */
import { VALUES } from './constants';
import type { Week } from './context';
import { countAccount } from './deals';
import { clamp, logit, sigmoid } from './math';
import { setStatus } from './status';
import { setTrust } from './trust';
import { Adopted, Status, WEEKS_PER_YEAR } from './types';

const { FIT_MID, FIT_SPREAD, FEAR_SPREAD, SAT_PROSPECT } = VALUES;

/** Replaces customer c with a new business; false when c has a deal pending (it stays this week). */
function renew(w: Week, c: number): boolean {
  const state = w.state;
  const cu = state.customers;
  const status = cu.status[c];
  if (status === Status.Pending) return false;
  const rm = w.rng.market;
  if (status === Status.Active) {
    w.acc.accountsClosed++;
    if (cu.rep[c] >= 0) countAccount(state.reps[cu.rep[c]], cu.pushed[c], -1);
  }
  w.emit?.({ type: 'closure', customer: c });
  const counts = state.marketCounts;
  if (cu.adopted[c] !== Adopted.Never) counts.adopters--;
  // setStatus keeps the active list, the fresh count and the count of unhappy leavers right (it reads sat and adopted)
  setStatus(state, c, Status.Prospect);
  if (cu.adopted[c] !== Adopted.Never) {
    cu.adopted[c] = Adopted.Never;
    counts.fresh++;
  }
  const p = w.params;
  cu.fit[c] = sigmoid(FIT_MID + FIT_SPREAD * rm.normal());
  setTrust(state, c, sigmoid(logit(p['market.baselineTrust']) + p['market.trustSpread'] * rm.normal()));
  cu.fear[c] = clamp(p['market.fear'] + FEAR_SPREAD * rm.normal(), 0, 1);
  cu.sat[c] = SAT_PROSPECT;
  cu.paid[c] = 0;
  cu.commission[c] = 0;
  cu.pressure[c] = 0;
  cu.bond[c] = 0;
  cu.need[c] = 0;
  cu.threshold[c] = 0;
  cu.rep[c] = -1;
  cu.saleWeek[c] = -1;
  cu.misled[c] = 0;
  cu.pushed[c] = 0;
  cu.orders[c] = 0;
  return true;
}

/**
 * This week's closures: n·turnover/52 businesses on average (the whole part
 * every week, the fraction with its chance), each a slot drawn at random.
 */
export function turnoverWeek(w: Week): void {
  const rate = w.params['market.turnover'];
  if (rate <= 0) return;
  const n = w.state.customers.status.length;
  const rm = w.rng.market;
  const expected = (n * rate) / WEEKS_PER_YEAR;
  let count = Math.floor(expected);
  if (rm.next() < expected - count) count++;
  for (let k = 0; k < count; k++) {
    if (renew(w, rm.int(n))) w.acc.closures++;
  }
}
