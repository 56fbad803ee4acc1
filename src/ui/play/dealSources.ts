/**
 * Where the quarter's deals came from: one row per source, ranked by how much
 * its deals changed since last quarter (the source that moved most first; by
 * deals in the first quarter), with the leads that went cold below.
 */
import { DEAL_SOURCES } from '../../sim';
import { t } from '../../i18n';
import type { QuarterStat } from '../../play/analysis/quarters';
import { sourcesByChange } from '../../play/analysis/why';
import { h } from '../kit/dom';
import { int, money, pct, signed } from '../../i18n/format';
import { stackable } from '../kit/stackTable';

export function dealSourcesTable(q: QuarterStat, prev?: QuarterStat): HTMLElement {
  const rows = sourcesByChange(q, prev).map((r) => ({ s: DEAL_SOURCES[r.source], deals: r.to, from: r.from, revenue: q.revenueBySource[r.source] }));
  const cols = ['source', 'deals', ...(prev ? ['change'] : []), 'revenue', 'share'];
  // a short name for the long headings, which a phone shows over each value (src/ui/kit/stackTable.ts)
  const th = (key: string) => h('th', { scope: 'col', abbr: key === 'change' || key === 'share' ? t(`ui.sources.short.${key}`) : null }, t(`ui.sources.${key}`));
  const td = (text: string, attrs: Record<string, string> = {}) => h('td', attrs, text);
  // stacked rows on a phone, each value under its column's name (src/ui/kit/stackTable.ts)
  return stackable(h(
    'table',
    { class: 'sources-table', 'data-testid': 'deal-sources' },
    h('caption', {}, t('ui.sources.caption')),
    h('thead', {}, h('tr', {}, cols.map(th))),
    h(
      'tbody',
      {},
      rows.length === 0 ? h('tr', {}, h('td', { colspan: String(cols.length), class: 'hint' }, t('why.noDeals'))) : null,
      rows.map((r) =>
        h(
          'tr',
          { 'data-source': r.s },
          h('th', { scope: 'row' }, t(`ui.sources.${r.s}`)),
          td(int(r.deals)),
          r.from === null ? null : td(signed(r.deals - r.from).replace('-', '−'), { class: 'source-change' }),
          td(money(r.revenue)),
          td(q.revenue > 0 ? pct(r.revenue / q.revenue) : '—'),
        ),
      ),
    ),
    h('tfoot', {}, h('tr', {}, h('th', { scope: 'row' }, t('ui.sources.leadsLost')), h('td', { colspan: String(cols.length - 1) }, int(q.leadsLost)))),
  ));
}
