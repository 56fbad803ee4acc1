/**
 * The score on both ledgers. Result: the run's total profit against the
 * reference plans played on the same town (100 = the better one's, 50 = the
 * other's, 0 = no profit: resultScore). Effect: the
 * mean, out of 100, of the final reputation, the last quarter's customer
 * satisfaction and the team's final care motive.
 */
import type { WeekRecord } from '../../sim';
import { quarterStats, total } from './quarters';

export interface LedgerTotals {
  revenue: number;
  profit: number;
  reputation: number;
  satisfaction: number;
  careMotive: number;
  effect: number;
}

export function ledgerTotals(history: readonly WeekRecord[]): LedgerTotals {
  const qs = quarterStats(history);
  const last = qs[qs.length - 1];
  const reputation = last?.reputation ?? 0;
  const satisfaction = last?.satisfaction ?? 0;
  const careMotive = last?.careMotive ?? 0;
  return {
    revenue: total(qs, 'revenue'),
    profit: total(qs, 'profit'),
    reputation,
    satisfaction,
    careMotive,
    effect: Math.round((100 * (reputation + satisfaction + careMotive)) / 3),
  };
}

/**
 * The result score, out of 100, of a run's total profit against the reference
 * plans played on the same town (the founder's and the sales director's, on
 * a class scenario's market and events): 100 for the better plan's profit,
 * 50 for the other's, 0 for no profit; in proportion between those marks, and
 * 100 at or above the better plan. The marks are the references' alone, so a
 * run's score does not depend on the run (it once did: any run below both
 * plans scored 50, whether it made 213 k€ or 1.59 M€). Where the worse plan
 * makes no profit, 0 is as far below it as the better plan is above it.
 */
/** The result scale's version, kept with a finished run's scores (My runs): 2 is resultScore's reference-anchored scale; scores kept without it were on the old one. */
export const RESULT_SCALE = 2;

export function resultScore(profit: number, references: readonly number[]): number {
  if (references.length === 0) return 100;
  const hi = Math.max(...references);
  const lo = Math.min(...references);
  if (profit >= hi) return 100;
  const floor = lo > 0 ? 0 : lo - (hi - lo);
  if (profit <= floor) return 0;
  // between the two plans (a single plan, or two that earn the same: straight from 50 to 100)
  const score = profit >= lo ? 50 + (hi - lo > 1e-6 ? (50 * (profit - lo)) / (hi - lo) : 50) : (50 * (profit - floor)) / (lo - floor);
  return Math.round(score);
}
