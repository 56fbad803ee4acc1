/**
 * The debrief after the last quarter: why the run went as it did (ranked
 * causes computed from the run), the whole run against the same town played
 * under the founder's and the sales director's plans, the player's decisions
 * on a timeline under the charts, the key moments, questions for discussion,
 * the score on both ledgers and the run's hash.
 */
import { hashHex } from '../../sim';
import type { WeekRecord } from '../../sim';
import { t } from '../../i18n';
import { ghostRun, GHOST_SCENARIOS, type GhostId } from '../../play/analysis/ghosts';
import { keyMoments } from '../../play/analysis/moments';
import { explainRun } from '../../play/analysis/runWhy';
import { runWhyText } from '../../play/analysis/whyText';
import { decisionTimeline } from '../charts/decisionTimeline';
import { cumulative, quarterStats } from '../../play/analysis/quarters';
import { ledgerTotals, resultScore } from '../../play/analysis/score';
import { chartFigure, type ChartSpec, type Series } from '../charts/figure';
import type { AppContext } from '../shell/context';
import { h, replace } from '../kit/dom';
import { dilemmaOutcomes, goalVerdict } from './storyGoal';
import { int, money, pct } from '../../i18n/format';
import type { Session } from '../../play/session';
import { button, screenHeader } from '../shell/header';
import { stackable } from '../kit/stackTable';
import { lossesChart, quarterLabels, weekLabels } from './ledgers';
import { sharePanel } from './sharePanel';
import { scenarioTitleOf } from '../../play/library/runTitle';
import { whyCard } from './whyCard';
import { bestPlanCard } from './bestPlanCard';

type Runs = { you: readonly WeekRecord[] } & Record<GhostId, readonly WeekRecord[]>;

/** The reference plans on this town (a facilitator's scenario: in its town and market, with its events). */
function ghostsFor(session: Session): Record<GhostId, readonly WeekRecord[]> {
  const { seed, custom } = session;
  return { founder: ghostRun('founder', seed, custom?.def), 'sales-director': ghostRun('sales-director', seed, custom?.def) };
}

function runLabel(id: 'you' | GhostId): string {
  return id === 'you' ? t('ui.debrief.you') : t('ui.debrief.ghost', { plan: t(`scenarios.${id}.title`) });
}

function compare(runs: Runs, title: string, pick: (w: readonly WeekRecord[]) => number[], labels: string[], format: (v: number) => string, extra: Partial<ChartSpec> = {}): ChartSpec {
  const ids = ['you', ...GHOST_SCENARIOS] as const;
  const series: Series[] = ids.map((id, i) => ({ label: runLabel(id), data: pick(runs[id]), style: i, ghost: id !== 'you' }));
  return { title, type: 'line', labels, series, format, lead: t('ui.debrief.ghostLead'), ...extra };
}

function charts(runs: Runs): HTMLElement {
  const qLabels = quarterLabels(quarterStats(runs.you));
  const wLabels = weekLabels(runs.you);
  const perQuarter = (key: 'revenue') => (w: readonly WeekRecord[]) => quarterStats(w).map((q) => q[key]);
  const weekly = (key: 'reputation' | 'satisfaction' | 'careMotive') => (w: readonly WeekRecord[]) => w.map((r) => r[key]);
  const share = { min: 0, max: 1 };
  return h(
    'div',
    { class: 'ledgers' },
    h(
      'section',
      { class: 'ledger ledger-result' },
      h('h2', {}, t('ui.ledgers.result')),
      chartFigure(compare(runs, t('ui.charts.revenueQ'), perQuarter('revenue'), qLabels, (v) => money(v, true)), 'chart-revenue'),
      chartFigure(compare(runs, t('ui.charts.cumProfit'), (w) => cumulative(w.map((r) => r.profit)), wLabels, (v) => money(v, true)), 'chart-profit'),
    ),
    h(
      'section',
      { class: 'ledger ledger-effect' },
      h('h2', {}, t('ui.ledgers.effect')),
      chartFigure(compare(runs, t('ui.kpi.reputation'), weekly('reputation'), wLabels, (v) => pct(v), share), 'chart-reputation'),
      chartFigure(compare(runs, t('ui.kpi.satisfaction'), weekly('satisfaction'), wLabels, (v) => pct(v), share), 'chart-satisfaction'),
      chartFigure(compare(runs, t('ui.kpi.care'), weekly('careMotive'), wLabels, (v) => pct(v), share), 'chart-care'),
      chartFigure(lossesChart(quarterStats(runs.you)), 'chart-losses'),
    ),
  );
}

/** Whether a reference plan loses money on this town, so the result scale's 0 is not "no profit" (resultScore). */
function lossScale(runs: Runs): boolean {
  return GHOST_SCENARIOS.some((id) => ledgerTotals(runs[id]).profit <= 0);
}

function scoreTable(runs: Runs): HTMLElement {
  const ids = ['you', ...GHOST_SCENARIOS] as const;
  const totals = ids.map((id) => ledgerTotals(runs[id]));
  // the scale's marks are the reference plans' profits alone (resultScore)
  const references = totals.slice(1).map((x) => x.profit);
  const row = (label: string, cells: string[], attrs: Record<string, string> = {}) => h('tr', attrs, h('th', { scope: 'row' }, label), cells.map((c) => h('td', {}, c)));
  // stacked rows on a phone (src/ui/kit/stackTable.ts)
  return stackable(h(
    'table',
    { class: 'score-table', 'data-testid': 'score' },
    h('caption', {}, t('ui.debrief.scoreCaption')),
    h('thead', {}, h('tr', {}, h('td'), ids.map((id) => h('th', { scope: 'col' }, runLabel(id))))),
    h(
      'tbody',
      {},
      row(t('ui.debrief.resultScore'), totals.map((x) => `${resultScore(x.profit, references)} / 100`), { class: 'score-row', title: t('ui.debrief.resultScale') }),
      row(t('ui.kpi.revenue'), totals.map((x) => money(x.revenue))),
      row(t('ui.debrief.totalProfit'), totals.map((x) => money(x.profit))),
      row(t('ui.debrief.effectScore'), totals.map((x) => `${x.effect} / 100`), { class: 'score-row' }),
      row(t('ui.kpi.reputation'), totals.map((x) => pct(x.reputation))),
      row(t('ui.kpi.satisfaction'), totals.map((x) => pct(x.satisfaction))),
      row(t('ui.kpi.care'), totals.map((x) => pct(x.careMotive))),
    ),
  ));
}

function momentList(session: Session): HTMLElement {
  const qs = quarterStats(session.state.history);
  const first = session.state.history[0];
  const moments = keyMoments(qs, first?.reputation ?? 0.5, first?.careMotive ?? 0.6);
  const fmt = (k: string, v: number) => (['from', 'to'].includes(k) ? pct(v) : k === 'revenue' ? money(v) : int(v));
  return h(
    'ol',
    { class: 'moments', 'data-testid': 'moments' },
    moments.map((m) => h('li', {}, h('strong', {}, t('ui.common.q', { n: m.quarter })), ' — ', t(`ui.moments.${m.kind}`, Object.fromEntries(Object.entries(m.values).map(([k, v]) => [k, fmt(k, v)]))))),
  );
}

export function debriefScreen(ctx: AppContext, session: Session): HTMLElement {
  const body = h('div', { class: 'debrief-runs', 'aria-busy': 'true' }, h('p', { class: 'hint' }, t('ui.debrief.computing')));
  const why = whyCard(t('why.run.heading'), 'run-why');
  const title = scenarioTitleOf(session.scenario, session.custom?.def);
  const questions = ['q1', 'q2', 'q3', 'q4', 'q5'].map((q) => h('li', {}, t(`ui.debrief.questions.${q}`)));
  const el = h(
    'section',
    { class: 'screen screen-wide', 'data-testid': 'debrief' },
    // a class scenario's game is titled with the scenario's own title, not its base story's
    screenHeader(ctx, session.custom ? t('ui.debrief.headingCustom', { scenario: title }) : t('ui.debrief.heading')),
    h('p', { class: 'lead', 'data-testid': 'debrief-intro' }, t('ui.debrief.intro', { scenario: title, seed: session.seed })),
    goalVerdict(session),
    why.element,
    dilemmaOutcomes(session, null),
    h('div', { class: 'card hash-card' }, h('span', {}, t('ui.debrief.hash')), ' ', h('code', { 'data-testid': 'run-hash' }, hashHex(session.state)), h('p', { class: 'hint' }, t('ui.debrief.hashHelp', { seed: session.seed }))),
    sharePanel(session),
    body,
    bestPlanCard(session),
    h('div', { class: 'two-col' }, h('section', { class: 'card' }, h('h2', {}, t('ui.debrief.moments')), momentList(session)), h('section', { class: 'card' }, h('h2', {}, t('ui.debrief.questionsHeading')), h('ol', { class: 'questions' }, questions))),
    h('div', { class: 'actions' }, button(t('ui.debrief.playAgain'), () => ctx.playAgain(), { class: 'btn btn-primary btn-big', 'data-testid': 'play-again' })),
  );
  // the counterfactuals take a moment: draw the screen first
  setTimeout(() => {
    if (!el.isConnected) return;
    const ghosts = ghostsFor(session);
    const runs: Runs = { you: session.state.history, ...ghosts };
    const explained = explainRun(session, ghosts);
    why.fill(explained.lines.map(runWhyText), t('why.run.kept'));
    const weeks = session.state.history.length;
    replace(body, h('section', { class: 'card' }, h('h2', {}, t('ui.debrief.score')), h('p', { class: 'hint' }, t('ui.debrief.scoreHelp'), ...(lossScale(runs) ? [' ', t('ui.debrief.resultScaleLoss')] : [])), scoreTable(runs)), charts(runs), decisionTimeline(explained.marks, weeks, session.quarters));
    body.setAttribute('aria-busy', 'false');
    body.dataset.ready = 'true';
  }, 30);
  return el;
}
