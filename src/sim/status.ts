/**
 * Customer status changes, in one place: the list of active customers (the
 * only ones the weekly customer pass visits) and the market's counts stay
 * in step with the status array.
 */
import { DETRACTOR } from './constants';
import { Adopted, Status, type Customers, type RunState } from './types';

function addActive(cu: Customers, c: number): void {
  cu.activePos[c] = cu.activeCount;
  cu.activeList[cu.activeCount++] = c;
}

/** Swap-removal: the last active customer takes the leaver's place. */
function removeActive(cu: Customers, c: number): void {
  const at = cu.activePos[c];
  const last = cu.activeList[--cu.activeCount];
  cu.activeList[at] = last;
  cu.activePos[last] = at;
  cu.activePos[c] = -1;
}

/**
 * An opportunity that did not close (it slipped, its customer would not wait,
 * its rep left): the business is again what it was before, a prospect, or a
 * lost customer when it had bought and kept an order before (a win-back that
 * failed is still a lost customer, not a fresh prospect).
 */
export function reopen(state: RunState, c: number): void {
  setStatus(state, c, state.customers.adopted[c] === Adopted.Never ? Status.Prospect : Status.Lost);
}

export function setStatus(state: RunState, c: number, next: number): void {
  const cu = state.customers;
  const prev = cu.status[c];
  if (prev === next) return;
  cu.status[c] = next;
  const counts = state.marketCounts;
  const fresh = cu.adopted[c] === Adopted.Never;
  if (prev === Status.Prospect && fresh) counts.fresh--;
  if (next === Status.Prospect && fresh) counts.fresh++;
  // a customer who left dissatisfied keeps that satisfaction until they buy again
  const unhappy = cu.sat[c] < DETRACTOR;
  if (prev === Status.Lost && unhappy) counts.unhappyLost--;
  if (next === Status.Lost && unhappy) counts.unhappyLost++;
  if (prev === Status.Active) removeActive(cu, c);
  if (next === Status.Active) addActive(cu, c);
}
