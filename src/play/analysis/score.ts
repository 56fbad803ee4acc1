/**
 * The score on both ledgers. Result: the run's total profit against the
 * three plans played on the same town (100 = the best of them, 50 = the worst). Effect: the
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

/** 100 for the best profit of the plans compared, 50 for the worst, 0 at as far again below it. */
export function resultScore(profit: number, allProfits: readonly number[]): number {
  const best = Math.max(profit, ...allProfits);
  const worst = Math.min(profit, ...allProfits);
  if (best - worst < 1e-6) return 100;
  const floor = worst - (best - worst);
  return Math.round(Math.max(0, Math.min(1, (profit - floor) / (best - floor))) * 100);
}
