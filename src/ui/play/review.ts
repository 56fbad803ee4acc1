/**
 * The quarter review: two or three sentences on why the quarter went as it
 * did (computed from the run once the screen is drawn), the result and the
 * effect side by side, who left and joined, then the team. Each arrow says
 * what it compares with: the quarter's flows (deals, money) with last
 * quarter's, the standing measures (satisfaction, reputation, trust, care)
 * with the start of the quarter — the town's top bar's baseline. Under a
 * plan without a quota nothing speaks of a quota.
 */
import { dilemmaOutcomes } from './storyGoal';
import { t } from '../../i18n';
import { explainQuarter } from '../../play/analysis/explain';
import { attainment, hasQuota, quarterStats, type QuarterStat } from '../../play/analysis/quarters';
import { teamMoves } from '../../play/analysis/teamMoves';
import { teamRows } from '../../play/analysis/team';
import { whyText } from '../../play/analysis/whyText';
import { chartFigure } from '../charts/figure';
import type { AppContext } from '../shell/context';
import { h, tableWrap } from '../kit/dom';
import { int, money, pct, signed } from '../../i18n/format';
import type { Session } from '../../play/session';
import type { Params, WeekRecord } from '../../sim';
import { button, screenHeader } from '../shell/header';
import { stackable } from '../kit/stackTable';
import { dealSourcesTable } from './dealSources';
import { marketNews } from './marketNews';
import { attainmentChart, feelingsChart, lossesChart, moneyChart } from './ledgers';
import { teamMovesCard, whyCard } from './whyCard';
import { holdGate } from '../room/holdGate';

/**
 * `up`: the value rose (▲) or fell (▼); `good`: whether that is better or
 * worse for the firm, a separate cue (colour and a word), never the arrow.
 */
type Kpi = { label: string; value: string; delta?: string; up?: boolean; good?: boolean | null };

function deltaView(k: Kpi): HTMLElement | null {
  if (!k.delta) return null;
  const verdict = k.good ?? null;
  return h(
    'span',
    { class: `delta ${verdict === null ? '' : verdict ? 'good' : 'bad'}` },
    h('span', { class: 'arrow', 'aria-hidden': 'true' }, k.up ? '▲ ' : '▼ '),
    k.delta,
    verdict === null ? null : h('span', { class: 'verdict' }, ` · ${t(verdict ? 'why.verdict.better' : 'why.verdict.worse')}`),
  );
}

function kpiList(items: Kpi[]): HTMLElement {
  return h(
    'dl',
    { class: 'kpis' },
    items.map((k) => h('div', { class: 'kpi' }, h('dt', {}, k.label), h('dd', {}, h('span', { class: 'kpi-value' }, k.value), deltaView(k)))),
  );
}

/** What an arrow compares with: last quarter's total (a flow), or the value the quarter began with (a standing measure, as the town's top bar). */
type Baseline = 'lastQuarter' | 'quarterStart';

/** the change against `before`: the arrow follows the number; `higherIsBetter` gives the verdict; the words name the baseline */
function delta(now: number, before: number | undefined, fmt: (v: number) => string, higherIsBetter: boolean, baseline: Baseline = 'lastQuarter'): Pick<Kpi, 'delta' | 'up' | 'good'> {
  if (before === undefined) return {};
  const shown = fmt(now - before);
  // a change too small to show ("0 pts") gets no arrow and no verdict
  if (!/[1-9]/.test(shown)) return {};
  const words = baseline === 'lastQuarter' ? t('ui.review.vsLast', { d: shown }) : t('ui.review.vsBaseline', { d: shown, baseline: t('ui.baseline.sinceQuarterStart') });
  return { delta: words, up: now > before, good: now > before === higherIsBetter };
}

/** The result ledger's numbers; quota attainment only under a plan with a quota. */
export function resultKpis(q: QuarterStat, prev: QuarterStat | undefined, p: Params): Kpi[] {
  const signedMoney = (v: number) => (v > 0 ? '+' : '') + money(v, true);
  const kpis: Kpi[] = [
    { label: t('ui.kpi.deals'), value: int(q.deals), ...delta(q.deals, prev?.deals, (v) => signed(v), true) },
    { label: t('ui.kpi.revenue'), value: money(q.revenue), ...delta(q.revenue, prev?.revenue, signedMoney, true) },
    { label: t('ui.kpi.pay'), value: money(q.pay), ...delta(q.pay, prev?.pay, signedMoney, false) },
    { label: t('ui.kpi.profit'), value: money(q.profit), ...delta(q.profit, prev?.profit, signedMoney, true) },
  ];
  const att = attainment(q, p);
  if (att === null) return kpis;
  const prevAtt = prev ? attainment(prev, p) : null;
  return [...kpis, { label: t('ui.kpi.attainment'), value: pct(att), ...(prevAtt !== null ? delta(att, prevAtt, (v) => signed(v * 100) + ' pts', true) : {}) }];
}

/** The standing measures an arrow follows, as a week left them. */
type Standing = Pick<WeekRecord, 'satisfaction' | 'reputation' | 'trust' | 'careMotive'>;

/**
 * The effect ledger: the standing measures as the quarter ended (`end`, its
 * last week), each against the quarter's start (`start`: the last week of
 * the quarter before; none in the first quarter), and its word of mouth and losses.
 */
export function effectKpis(q: QuarterStat, end: Standing, start: Standing | undefined): Kpi[] {
  const pts = (v: number) => t('ui.review.points', { d: signed(v * 100, 1) });
  const kpi = (label: string, k: keyof Standing): Kpi => ({ label: t(label), value: pct(end[k]), ...delta(end[k], start?.[k], pts, true, 'quarterStart') });
  return [
    kpi('ui.kpi.satisfaction', 'satisfaction'),
    kpi('ui.kpi.reputation', 'reputation'),
    kpi('ui.kpi.trust', 'trust'),
    { label: t('ui.kpi.wom'), value: `+${int(q.womPositive)} / −${int(q.womNegative)}` },
    { label: t('ui.kpi.returnsChurn'), value: `${int(q.returns)} / ${int(q.churned)}` },
    kpi('ui.kpi.care', 'careMotive'),
  ];
}

function teamTable(session: Session): HTMLElement {
  const rows = teamRows(session, session.quarter);
  const quota = hasQuota(session.state.params);
  const th = (key: string) => h('th', { scope: 'col' }, t(`ui.team.${key}`));
  const cols = ['rep', 'deals', 'revenue', ...(quota ? ['attainment'] : []), 'customers', 'satisfaction', 'care', 'pay'];
  // stacked rows on a phone (src/ui/kit/stackTable.ts)
  return stackable(h(
    'table',
    { class: 'team-table', 'data-testid': 'team-table' },
    h('caption', {}, t('ui.team.caption')),
    h('thead', {}, h('tr', {}, cols.map(th))),
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
          quota ? h('td', {}, r.attainment === null ? '—' : pct(r.attainment)) : null,
          h('td', {}, int(r.customers)),
          h('td', { class: r.satisfaction === null ? '' : r.satisfaction >= 0.66 ? 'good' : r.satisfaction < 0.4 ? 'bad' : '' }, r.satisfaction === null ? h('span', { class: 'hint' }, t('why.noCustomers')) : `${pct(r.satisfaction)} ${r.satisfaction >= 0.66 ? '☺' : r.satisfaction < 0.4 ? '☹' : '–'}`),
          h('td', {}, pct(r.care)),
          h('td', {}, money(r.pay)),
        ),
      ),
    ),
  ));
}

export function reviewScreen(ctx: AppContext, session: Session): HTMLElement {
  const history = session.state.history;
  const qs = quarterStats(history);
  const q = qs[session.quarter] ?? qs[qs.length - 1];
  const prev = qs[session.quarter - 1];
  const params = session.state.params;
  const n = session.quarter + 1;
  const why = whyCard(t('why.heading'), 'why');
  // the quarter's last week, and the week before it began (the end of the previous quarter)
  const last = history[Math.min(session.quarterEnd(), history.length) - 1];
  const before = session.quarter > 0 ? history[session.quarterStart() - 1] : undefined;
  // no quota, no attainment: nothing on this screen speaks of one
  const attainmentPart = hasQuota(params) ? chartFigure(attainmentChart(qs, params), 'chart-attainment') : null;
  const next = button(session.isLastQuarter ? t('ui.review.toDebrief') : t('ui.review.next', { n: n + 1 }), () => ctx.nextQuarter(), { class: 'btn btn-primary btn-big', 'data-testid': 'next-quarter' });
  // in a live room, the instructor's hold keeps Next disabled until the next quarter opens
  const gate = holdGate(session, next, ctx.signal);
  const el = h(
    'section',
    { class: 'screen screen-wide', 'data-testid': 'quarter-review' },
    screenHeader(ctx, t('ui.review.heading', { n, total: session.quarters })),
    why.element,
    h('p', { class: 'lead' }, t('ui.review.intro')),
    marketNews(session),
    h(
      'div',
      { class: 'ledgers' },
      h('section', { class: 'ledger ledger-result', 'aria-labelledby': 'ledger-result' }, h('h2', { id: 'ledger-result' }, t('ui.ledgers.result')), h('p', { class: 'hint' }, t('ui.ledgers.resultHint')), kpiList(resultKpis(q, prev, params)), tableWrap(dealSourcesTable(q, prev)), chartFigure(moneyChart(qs), 'chart-money'), attainmentPart),
      h('section', { class: 'ledger ledger-effect', 'aria-labelledby': 'ledger-effect' }, h('h2', { id: 'ledger-effect' }, t('ui.ledgers.effect')), h('p', { class: 'hint' }, t('ui.ledgers.effectHint')), kpiList(effectKpis(q, last, before)), chartFigure(feelingsChart(history), 'chart-feelings'), chartFigure(lossesChart(qs), 'chart-losses')),
    ),
    teamMovesCard(teamMoves(session.state, session.quarterStart(), session.quarterEnd())),
    dilemmaOutcomes(session, session.quarter),
    h('section', { class: 'team' }, h('h2', {}, t('ui.team.heading')), tableWrap(teamTable(session))),
    h('div', { class: 'actions sticky-actions' }, gate, next),
  );
  // the quarter replayed under the previous plan takes a moment: draw the screen first
  setTimeout(() => {
    if (!el.isConnected) return;
    why.fill(explainQuarter(session, session.quarter).lines.map(whyText), t('why.quiet'));
  }, 30);
  return el;
}
