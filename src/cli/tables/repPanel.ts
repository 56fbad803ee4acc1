/**
 * The per-rep weekly panel of `salesfloor run --table reps`: one row per week
 * and rep on the team that week (a rep who quits has a last row that week).
 * Flows (deals, revenue, pay, visits, misconduct) are the week's, worked out
 * from the rep's running totals before and after the week; levels (effort,
 * fatigue, care, skill, quota, attainment) are as the week left them.
 * `hired` marks a rep's first week (a hire or a replacement; the starting
 * team has none), `quit` their last.
 */
import type { Cell } from '../../shared/csv';
import type { RepState } from '../../sim';
import { dataWeek } from '../../shared/dataWeek';
import { ratio, type Observer } from './observer';

export const REP_COLUMNS = [
  'week', 'rep', 'active', 'hired', 'quit', 'territory', 'ability', 'skill', 'care', 'integrity', 'fatigue', 'effort',
  'visits', 'pushShare', 'deals', 'revenue', 'pay', 'incentivePay', 'misconduct', 'quota', 'periodSales', 'attainment',
  'periodAttainment', 'bonus', 'accountsPushed', 'accountsRelated',
];

type Running = Pick<RepState, 'deals' | 'revenue' | 'pay' | 'incentivePay' | 'visits' | 'pushVisits' | 'misconduct'> & { periods: number };

const running = (r: RepState): Running => ({
  deals: r.deals, revenue: r.revenue, pay: r.pay, incentivePay: r.incentivePay, visits: r.visits, pushVisits: r.pushVisits, misconduct: r.misconduct, periods: r.periods.length,
});
const ZERO: Running = { deals: 0, revenue: 0, pay: 0, incentivePay: 0, visits: 0, pushVisits: 0, misconduct: 0, periods: 0 };

export function repPanel(): Observer {
  let before: Running[] = [];
  const rows: Cell[][] = [];
  return {
    before: (state) => {
      before = state.reps.map(running);
    },
    event: () => undefined,
    after: (state, week) => {
      const quotaRuns = state.period !== null;
      for (const r of state.reps) {
        if (!r.active && r.leftWeek !== week) continue;
        const b = before[r.id] ?? ZERO;
        const visits = r.visits - b.visits;
        const settled = r.periods.length > b.periods ? r.periods[r.periods.length - 1] : null;
        rows.push([
          dataWeek(week), r.id, r.active ? 1 : 0, r.id >= before.length ? 1 : 0, r.leftWeek === week ? 1 : 0, r.territory,
          r.ability, r.skill, r.care, r.integrity, r.fatigue, r.effort,
          visits, ratio(r.pushVisits - b.pushVisits, visits), r.deals - b.deals, r.revenue - b.revenue, r.pay - b.pay,
          r.incentivePay - b.incentivePay, r.misconduct - b.misconduct,
          quotaRuns ? r.quota : '', quotaRuns ? r.periodSales : '', quotaRuns ? ratio(r.periodSales, r.quota) : '',
          settled ? ratio(settled.sales, settled.quota) : '', settled ? settled.bonus : '',
          r.accounts.pushed, r.accounts.related,
        ]);
      }
    },
    finish: () => ({ columns: REP_COLUMNS, rows }),
  };
}
