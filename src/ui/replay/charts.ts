/**
 * The replay's charts: the debrief's ledgers over the whole recorded run, each
 * with a cursor at the week on screen. Weekly charts put it on the week just
 * played, quarterly ones on its quarter.
 */
import { quarterOf, type WeekRecord } from '../../sim';
import { t } from '../../i18n';
import { cumulative, type QuarterStat } from '../../play/analysis/quarters';
import { chartFigure, type ChartSpec, type Series } from '../charts/figure';
import { money, pct } from '../../i18n/format';
import { feelingsChart, lossesChart, moneyChart, quarterLabels, weekLabels } from '../play/ledgers';
import { setCursor, useCursor } from './cursor';

export interface CursorChart {
  figure: HTMLElement;
  per: 'week' | 'quarter';
}

function profitChart(records: readonly WeekRecord[]): ChartSpec {
  return { title: t('ui.charts.cumProfit'), type: 'line', labels: weekLabels(records), format: (v) => money(v, true), series: [{ label: t('ui.kpi.profit'), data: cumulative(records.map((r) => r.profit)), style: 0 }] };
}

/** The figures for one run. */
export function replayCharts(records: readonly WeekRecord[], quarters: readonly QuarterStat[]): CursorChart[] {
  void useCursor();
  return [
    { figure: chartFigure(feelingsChart(records), 'chart-feelings'), per: 'week' },
    { figure: chartFigure(profitChart(records), 'chart-profit'), per: 'week' },
    { figure: chartFigure(moneyChart(quarters), 'chart-money'), per: 'quarter' },
    { figure: chartFigure(lossesChart(quarters), 'chart-losses'), per: 'quarter' },
  ];
}

/** Two runs on each chart (A solid, B in the second colour), for the side-by-side view. */
export function overlaidCharts(a: readonly WeekRecord[], b: readonly WeekRecord[], qa: readonly QuarterStat[], qb: readonly QuarterStat[], names: [string, string]): CursorChart[] {
  void useCursor();
  const longer = a.length >= b.length ? a : b;
  const longerQ = qa.length >= qb.length ? qa : qb;
  const two = (title: string, pick: (w: readonly WeekRecord[]) => number[], format: (v: number) => string, extra: Partial<ChartSpec> = {}): ChartSpec => {
    const series: Series[] = [
      { label: names[0], data: pick(a), style: 0 },
      { label: names[1], data: pick(b), style: 1 },
    ];
    return { title, type: 'line', labels: weekLabels(longer), series, format, ...extra };
  };
  const share = { min: 0, max: 1 };
  const revenue: ChartSpec = {
    title: t('ui.charts.revenueQ'),
    type: 'bar',
    labels: quarterLabels(longerQ),
    format: (v) => money(v, true),
    series: [
      { label: names[0], data: qa.map((q) => q.revenue), style: 0 },
      { label: names[1], data: qb.map((q) => q.revenue), style: 1 },
    ],
  };
  return [
    { figure: chartFigure(two(t('ui.charts.cumProfit'), (w) => cumulative(w.map((r) => r.profit)), (v) => money(v, true)), 'chart-profit'), per: 'week' },
    { figure: chartFigure(two(t('ui.kpi.reputation'), (w) => w.map((r) => r.reputation), (v) => pct(v), share), 'chart-reputation'), per: 'week' },
    { figure: chartFigure(two(t('ui.kpi.satisfaction'), (w) => w.map((r) => r.satisfaction), (v) => pct(v), share), 'chart-satisfaction'), per: 'week' },
    { figure: chartFigure(two(t('ui.kpi.care'), (w) => w.map((r) => r.careMotive), (v) => pct(v), share), 'chart-care'), per: 'week' },
    { figure: chartFigure(revenue, 'chart-revenue'), per: 'quarter' },
  ];
}

/** Moves every chart's cursor to a week (0: before the first week, no cursor). */
export function moveCursors(charts: readonly CursorChart[], week: number): void {
  for (const c of charts) setCursor(c.figure, week <= 0 ? null : c.per === 'week' ? week - 1 : quarterOf(week - 1));
}
