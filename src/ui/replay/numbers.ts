/** A replayed week in numbers: that week's flows and the stocks at its end (the cash is the profit so far: a run starts with none). */
import type { RunState } from '../../sim';
import { t } from '../../i18n';
import { h } from '../kit/dom';
import { int, money, pct } from '../../i18n/format';
import type { Recording } from './recording';

export interface Row {
  key: string;
  label: string;
  value: string;
}

/** The rows for a week (0 = before the first week: stocks only). */
export function weekRows(rec: Recording, week: number, state: RunState): Row[] {
  const r = week > 0 ? rec.snaps.records[week - 1] : null;
  const dash = '—';
  const rows: Row[] = [
    { key: 'revenue', label: t('ui.kpi.revenue'), value: r ? money(r.revenue) : dash },
    { key: 'deals', label: t('ui.kpi.deals'), value: r ? int(r.deals) : dash },
    { key: 'profit', label: t('replay.cumProfit'), value: money(state.cash) },
    { key: 'reputation', label: t('ui.kpi.reputation'), value: pct(state.reputation) },
    { key: 'satisfaction', label: t('ui.kpi.satisfaction'), value: r ? pct(r.satisfaction) : dash },
    { key: 'trust', label: t('ui.kpi.trust'), value: r ? pct(r.trust) : dash },
    { key: 'care', label: t('ui.kpi.care'), value: r ? pct(r.careMotive) : dash },
    { key: 'wom', label: t('ui.kpi.wom'), value: r ? `${int(r.womPositive)} / ${int(r.womNegative)}` : dash },
    { key: 'headcount', label: t('replay.headcount'), value: int(state.reps.filter((x) => x.active).length) },
    { key: 'customers', label: t('replay.activeCustomers'), value: r ? int(r.activeCustomers) : dash },
  ];
  return rows;
}

/** The replay page's list of the week's numbers. */
export function numbersList(rows: Row[]): HTMLElement {
  return h('dl', { class: 'replay-numbers', 'data-testid': 'replay-numbers' }, rows.flatMap((row) => [h('dt', {}, row.label), h('dd', { 'data-key': row.key }, row.value)]));
}
