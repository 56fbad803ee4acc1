/**
 * Trust in salespeople, with the count of people who rate salespeople
 * trustworthy kept up to date on every change (no weekly scan of the market).
 */
import { VALUES } from './constants';
import type { RunState } from './types';

/** Above this, a person rates salespeople trustworthy (the weekly `trust` share). */
export const TRUSTING = VALUES.TRUSTING;

export function setTrust(state: RunState, c: number, value: number): void {
  const trust = state.customers.trust;
  const was = trust[c] > TRUSTING;
  const v = value < 0 ? 0 : value > 1 ? 1 : value;
  trust[c] = v;
  const now = v > TRUSTING;
  if (was !== now) state.marketCounts.trusting += now ? 1 : -1;
}
