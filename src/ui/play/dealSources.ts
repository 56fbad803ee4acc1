/** Where the quarter's deals came from: one row per source, with the leads that went cold below. */
import { DEAL_SOURCES } from '../../sim';
import { t } from '../../i18n';
import type { QuarterStat } from '../../play/analysis/quarters';
import { h } from '../kit/dom';
import { int, money, pct } from '../../i18n/format';

export function dealSourcesTable(q: QuarterStat): HTMLElement {
  const rows = DEAL_SOURCES.map((s, i) => ({ s, deals: q.dealsBySource[i], revenue: q.revenueBySource[i] })).filter((r) => r.deals > 0);
  const th = (key: string) => h('th', { scope: 'col' }, t(`ui.sources.${key}`));
  return h(
    'table',
    { class: 'sources-table', 'data-testid': 'deal-sources' },
    h('caption', {}, t('ui.sources.caption')),
    h('thead', {}, h('tr', {}, ['source', 'deals', 'revenue', 'share'].map(th))),
    h(
      'tbody',
      {},
      rows.length === 0 ? h('tr', {}, h('td', { colspan: '4', class: 'hint' }, t('why.noDeals'))) : null,
      rows.map((r) =>
        h(
          'tr',
          {},
          h('th', { scope: 'row' }, t(`ui.sources.${r.s}`)),
          h('td', {}, int(r.deals)),
          h('td', {}, money(r.revenue)),
          h('td', {}, q.revenue > 0 ? pct(r.revenue / q.revenue) : '—'),
        ),
      ),
    ),
    h('tfoot', {}, h('tr', {}, h('th', { scope: 'row' }, t('ui.sources.leadsLost')), h('td', { colspan: '3' }, int(q.leadsLost)))),
  );
}
