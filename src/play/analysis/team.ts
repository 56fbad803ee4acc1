/** Each rep's quarter next to how their customers feel. */
import type { RunState } from '../../sim';
import type { Session } from '../session';
import { hasQuota } from './quarters';

export interface TeamRow {
  id: number;
  active: boolean;
  deals: number;
  revenue: number;
  pay: number;
  attainment: number | null;
  customers: number;
  satisfaction: number | null;
  care: number;
  pushShare: number;
}

/** Mean satisfaction and count of each rep's active customers. */
export function customersByRep(state: RunState): Map<number, { n: number; sat: number }> {
  const cu = state.customers;
  const acc = new Map<number, { n: number; sum: number }>();
  for (let i = 0; i < cu.status.length; i++) {
    if (cu.status[i] !== 2 || cu.rep[i] < 0) continue;
    const a = acc.get(cu.rep[i]) ?? { n: 0, sum: 0 };
    a.n++;
    a.sum += cu.sat[i];
    acc.set(cu.rep[i], a);
  }
  return new Map([...acc].map(([id, a]) => [id, { n: a.n, sat: a.sum / a.n }]));
}

export function teamRows(session: Session, q: number): TeamRow[] {
  const state = session.state;
  const quota = hasQuota(state.params) ? state.params['plan.quota'] : 0;
  const custs = customersByRep(state);
  const leftBefore = session.quarterStart(q);
  return state.reps
    .filter((r) => r.active || r.leftWeek >= leftBefore)
    .map((r) => {
      const m = session.repQuarter(r.id, q);
      const c = custs.get(r.id);
      return {
        id: r.id,
        active: r.active,
        deals: m.deals,
        revenue: m.revenue,
        pay: m.pay,
        attainment: quota > 0 ? m.revenue / quota : null,
        customers: c?.n ?? 0,
        satisfaction: c ? c.sat : null,
        care: r.care,
        pushShare: r.pushShare,
      };
    });
}
