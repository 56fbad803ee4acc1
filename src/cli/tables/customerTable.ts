/**
 * The final per-customer table of `salesfloor run --table customers`: one row
 * per customer of the town, as the run left them. What the state keeps
 * (status, satisfaction, trust, fit, bond, the rep who holds the account, how
 * they were first sold: pushed or related, misled) is read at the end; what it
 * does not (the first sale's week and source, deals and revenue over the run,
 * the week they were lost: they left, or their business closed) is gathered
 * from the run's events; a return is a refund, not a loss. A row is a slot of
 * the town: after a closure its story is the closed business's, its state the
 * new one's. Cells of a customer who never bought are empty where nothing
 * applies.
 */
import type { Cell } from '../../shared/csv';
import { Status, type DealSource, type RunState } from '../../sim';
import { dataWeek } from '../../shared/dataWeek';
import type { Observer } from './observer';

export const CUSTOMER_COLUMNS = [
  'customer', 'status', 'firstSaleWeek', 'source', 'lastSaleWeek', 'lostWeek', 'tenure', 'deals', 'revenue', 'returns',
  'satisfaction', 'trust', 'fear', 'fit', 'bond', 'rep', 'pushed', 'misled',
];

const STATUS_NAMES: Record<number, string> = { [Status.Prospect]: 'prospect', [Status.Pending]: 'pending', [Status.Active]: 'active', [Status.Lost]: 'lost' };

interface Story {
  first: number;
  source: DealSource;
  deals: number;
  revenue: number;
  returns: number;
  lost: number;
}

export function customerTable(): Observer {
  const stories = new Map<number, Story>();
  let week = 0;
  return {
    before: (state) => {
      week = state.week;
    },
    event: (e) => {
      if (e.type === 'deal') {
        const s = stories.get(e.customer);
        if (s) {
          s.deals++;
          s.revenue += e.value;
        } else stories.set(e.customer, { first: week, source: e.source, deals: 1, revenue: e.value, returns: 0, lost: -1 });
      } else if (e.type === 'return') {
        // a refund: a returned reorder keeps the account, a returned first order cancels the sale; neither is a loss
        const s = stories.get(e.customer);
        if (s) s.returns++;
      } else if (e.type === 'churn' || e.type === 'closure') {
        // the customer left, or their business closed (its slot holds a new business from then on)
        const s = stories.get(e.customer);
        if (s) s.lost = week;
      }
    },
    after: () => undefined,
    finish: (state: RunState) => {
      const cu = state.customers;
      const end = state.week;
      const rows: Cell[][] = [];
      for (let c = 0; c < cu.status.length; c++) {
        const s = stories.get(c);
        const status = cu.status[c];
        // tenure: weeks from the first sale to the end of the run for a customer still buying, else to the loss
        // (0 for a sale cancelled by its return)
        const buying = status === Status.Active || status === Status.Pending;
        const tenure = s ? (buying ? end : s.lost >= 0 ? s.lost : s.first) - s.first : '';
        rows.push([
          c, STATUS_NAMES[status] ?? String(status), s ? dataWeek(s.first) : '', s ? s.source : '', cu.saleWeek[c] >= 0 ? dataWeek(cu.saleWeek[c]) : '',
          s && s.lost >= 0 ? dataWeek(s.lost) : '', tenure, s ? s.deals : 0, s ? s.revenue : 0, s ? s.returns : 0,
          s ? cu.sat[c] : '', cu.trust[c], cu.fear[c], cu.fit[c], cu.bond[c], cu.rep[c] >= 0 ? cu.rep[c] : '',
          s ? cu.pushed[c] : '', s ? cu.misled[c] : '',
        ]);
      }
      return { columns: CUSTOMER_COLUMNS, rows };
    },
  };
}
