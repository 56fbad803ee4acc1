/** Three to five key moments found in a run's quarters, in the order they happened. */
import type { QuarterStat } from './quarters';

export const MOMENT_KINDS = ['reputationFell', 'misconductPeak', 'womTurned', 'careLow', 'quitsPeak', 'bestRevenue', 'returnsPeak'] as const;
export type MomentKind = (typeof MOMENT_KINDS)[number];

export interface Moment {
  kind: MomentKind;
  quarter: number;
  /** values for the sentence: from/to/count… */
  values: Record<string, number>;
}

function argmax(qs: readonly QuarterStat[], f: (q: QuarterStat) => number): QuarterStat {
  return qs.reduce((best, q) => (f(q) > f(best) ? q : best), qs[0]);
}

export function keyMoments(qs: readonly QuarterStat[], startReputation: number, startCare: number): Moment[] {
  if (qs.length === 0) return [];
  const found: Moment[] = [];
  for (let i = 0; i < qs.length; i++) {
    const before = i === 0 ? startReputation : qs[i - 1].reputation;
    if (qs[i].reputation < before - 0.005) {
      found.push({ kind: 'reputationFell', quarter: qs[i].quarter, values: { from: before, to: qs[i].reputation } });
      break;
    }
  }
  const mis = argmax(qs, (q) => q.misconduct);
  if (mis.misconduct > 0) found.push({ kind: 'misconductPeak', quarter: mis.quarter, values: { count: mis.misconduct } });
  const turned = qs.find((q) => q.womNegative > q.womPositive);
  if (turned) found.push({ kind: 'womTurned', quarter: turned.quarter, values: { pos: turned.womPositive, neg: turned.womNegative } });
  const low = qs.reduce((best, q) => (q.careMotive < best.careMotive ? q : best), qs[0]);
  if (low.careMotive < startCare - 0.02) found.push({ kind: 'careLow', quarter: low.quarter, values: { from: startCare, to: low.careMotive } });
  const quits = argmax(qs, (q) => q.quits);
  if (quits.quits > 0) found.push({ kind: 'quitsPeak', quarter: quits.quarter, values: { count: quits.quits } });
  const best = argmax(qs, (q) => q.revenue);
  found.push({ kind: 'bestRevenue', quarter: best.quarter, values: { revenue: best.revenue } });
  const ret = argmax(qs, (q) => q.returns + q.churned);
  if (ret.returns + ret.churned > 0) found.push({ kind: 'returnsPeak', quarter: ret.quarter, values: { returns: ret.returns, churned: ret.churned } });
  return found.slice(0, 5).sort((a, b) => a.quarter - b.quarter);
}
