/** The quarter review: the result and the effect side by side, then the team. */
import { t } from '../../i18n';
import { quarterStats, type QuarterStat } from '../analysis/quarters';
import { teamRows } from '../analysis/team';
import { chartFigure } from '../charts/figure';
import type { AppContext } from '../context';
import { h } from '../dom';
import { int, money, pct, signed } from '../format';
import type { Session } from '../session';
import { button, screenHeader } from './common';
import { dealSourcesTable } from './dealSources';
import { marketNews } from './marketNews';
import { attainment, attainmentChart, feelingsChart, lossesChart, moneyChart } from './ledgers';

type Kpi = { label: string; value: string; delta?: string; good?: boolean | null };

function kpiList(items: Kpi[]): HTMLElement {
  return h(
    'dl',
    { class: 'kpis' },
    items.map((k) =>
      h(
        'div',
        { class: 'kpi' },
        h('dt', {}, k.label),
        h('dd', {}, h('span', { class: 'kpi-value' }, k.value), k.delta ? h('span', { class: `delta ${k.good === null ? '' : k.good ? 'up' : 'down'}` }, (k.good === null ? '' : k.good ? '▲ ' : '▼ ') + k.delta) : null),
      ),
    ),
  );
}

/** change vs last quarter; `higherIsBetter` decides the arrow's verdict */
function delta(now: number, before: number | undefined, fmt: (v: number) => string, higherIsBetter: boolean): Pick<Kpi, 'delta' | 'good'> {
  if (before === undefined || Math.abs(now - before) < 1e-9) return {};
  return { delta: t('ui.review.vsLast', { d: fmt(now - before) }), good: now > before === higherIsBetter };
}

export function resultKpis(q: QuarterStat, prev: QuarterStat | undefined, quota: number): Kpi[] {
  const att = attainment(q, quota);
  const prevAtt = prev ? attainment(prev, quota) : null;
  return [
    { label: t('ui.kpi.deals'), value: int(q.deals), ...delta(q.deals, prev?.deals, (v) => signed(v), true) },
    { label: t('ui.kpi.revenue'), value: money(q.revenue), ...delta(q.revenue, prev?.revenue, (v) => (v > 0 ? '+' : '') + money(v, true), true) },
    { label: t('ui.kpi.pay'), value: money(q.pay), ...delta(q.pay, prev?.pay, (v) => (v > 0 ? '+' : '') + money(v, true), false) },
    { label: t('ui.kpi.profit'), value: money(q.profit), ...delta(q.profit, prev?.profit, (v) => (v > 0 ? '+' : '') + money(v, true), true) },
    { label: t('ui.kpi.attainment'), value: att === null ? '—' : pct(att), ...(att !== null && prevAtt !== null ? delta(att, prevAtt, (v) => signed(v * 100) + ' pts', true) : {}) },
  ];
}

export function effectKpis(q: QuarterStat, prev: QuarterStat | undefined): Kpi[] {
  const pts = (v: number) => t('ui.review.points', { d: signed(v * 100, 1) });
  return [
    { label: t('ui.kpi.satisfaction'), value: pct(q.satisfaction), ...delta(q.satisfaction, prev?.satisfaction, pts, true) },
    { label: t('ui.kpi.reputation'), value: pct(q.reputation), ...delta(q.reputation, prev?.reputation, pts, true) },
    { label: t('ui.kpi.trust'), value: pct(q.trust), ...delta(q.trust, prev?.trust, pts, true) },
    { label: t('ui.kpi.wom'), value: `+${int(q.womPositive)} / −${int(q.womNegative)}` },
    { label: t('ui.kpi.returnsChurn'), value: `${int(q.returns)} / ${int(q.churned)}` },
    { label: t('ui.kpi.care'), value: pct(q.careMotive), ...delta(q.careMotive, prev?.careMotive, pts, true) },
  ];
}

function teamTable(session: Session): HTMLElement {
  const rows = teamRows(session, session.quarter);
  const th = (key: string) => h('th', { scope: 'col' }, t(`ui.team.${key}`));
  return h(
    'table',
    { class: 'team-table', 'data-testid': 'team-table' },
    h('caption', {}, t('ui.team.caption')),
    h('thead', {}, h('tr', {}, ['rep', 'deals', 'revenue', 'attainment', 'customers', 'satisfaction', 'care', 'pay'].map(th))),
    h(
      'tbody',
      {},
      rows.map((r) =>
        h(
          'tr',
          { class: r.active ? '' : 'left' },
          h('th', { scope: 'row' }, t('ui.rep.name', { n: r.id + 1 }), r.active ? '' : ` (${t('ui.rep.left')})`),
          h('td', {}, int(r.deals)),
          h('td', {}, money(r.revenue)),
          h('td', {}, r.attainment === null ? '—' : pct(r.attainment)),
          h('td', {}, int(r.customers)),
          h('td', { class: r.satisfaction === null ? '' : r.satisfaction >= 0.66 ? 'good' : r.satisfaction < 0.4 ? 'bad' : '' }, r.satisfaction === null ? '—' : `${pct(r.satisfaction)} ${r.satisfaction >= 0.66 ? '☺' : r.satisfaction < 0.4 ? '☹' : '–'}`),
          h('td', {}, pct(r.care)),
          h('td', {}, money(r.pay)),
        ),
      ),
    ),
  );
}

export function reviewScreen(ctx: AppContext, session: Session): HTMLElement {
  const history = session.state.history;
  const qs = quarterStats(history);
  const q = qs[session.quarter] ?? qs[qs.length - 1];
  const prev = qs[session.quarter - 1];
  const quota = session.state.params['plan.quota'];
  const n = session.quarter + 1;
  return h(
    'section',
    { class: 'screen screen-wide', 'data-testid': 'quarter-review' },
    screenHeader(ctx, t('ui.review.heading', { n, total: session.quarters })),
    h('p', { class: 'lead' }, t('ui.review.intro')),
    marketNews(session),
    h(
      'div',
      { class: 'ledgers' },
      h('section', { class: 'ledger ledger-result', 'aria-labelledby': 'ledger-result' }, h('h2', { id: 'ledger-result' }, t('ui.ledgers.result')), h('p', { class: 'hint' }, t('ui.ledgers.resultHint')), kpiList(resultKpis(q, prev, quota)), h('div', { class: 'table-wrap' }, dealSourcesTable(q)), chartFigure(moneyChart(qs), 'chart-money'), chartFigure(attainmentChart(qs, quota), 'chart-attainment')),
      h('section', { class: 'ledger ledger-effect', 'aria-labelledby': 'ledger-effect' }, h('h2', { id: 'ledger-effect' }, t('ui.ledgers.effect')), h('p', { class: 'hint' }, t('ui.ledgers.effectHint')), kpiList(effectKpis(q, prev)), chartFigure(feelingsChart(history), 'chart-feelings'), chartFigure(lossesChart(qs), 'chart-losses')),
    ),
    h('section', { class: 'team' }, h('h2', {}, t('ui.team.heading')), h('div', { class: 'table-wrap' }, teamTable(session))),
    h('div', { class: 'actions sticky-actions' }, button(session.isLastQuarter ? t('ui.review.toDebrief') : t('ui.review.next', { n: n + 1 }), () => ctx.nextQuarter(), { class: 'btn btn-primary btn-big', 'data-testid': 'next-quarter' })),
  );
}
