/** The two ledgers as chart specs: result (money, deals) and effect (feelings, word of mouth, losses). */
import type { Params, WeekRecord } from '../../sim';
import { t } from '../../i18n';
import { weekShort } from '../../play/weekLabel';
import { attainment, type QuarterStat } from '../../play/analysis/quarters';
import type { ChartSpec } from '../charts/figure';
import { int, money, pct } from '../../i18n/format';

export const quarterLabels = (qs: readonly QuarterStat[]) => qs.map((q) => t('ui.common.q', { n: q.quarter }));

export const weekLabels = (weeks: readonly WeekRecord[]) => weeks.map((w) => weekShort(w.week));

export function moneyChart(qs: readonly QuarterStat[]): ChartSpec {
  return {
    title: t('ui.charts.money'),
    type: 'bar',
    labels: quarterLabels(qs),
    format: (v) => money(v, true),
    series: [
      { label: t('ui.kpi.revenue'), data: qs.map((q) => q.revenue), style: 0 },
      { label: t('ui.kpi.pay'), data: qs.map((q) => q.pay), style: 1 },
      { label: t('ui.kpi.profit'), data: qs.map((q) => q.profit), style: 2 },
    ],
  };
}

export function attainmentChart(qs: readonly QuarterStat[], p: Params): ChartSpec {
  return {
    title: t('ui.charts.attainment'),
    type: 'bar',
    labels: quarterLabels(qs),
    format: (v) => pct(v),
    min: 0,
    lead: t('ui.charts.attainmentLead'),
    series: [{ label: t('ui.kpi.attainment'), data: qs.map((q) => attainment(q, p)), style: 4 }],
  };
}

export function feelingsChart(weeks: readonly WeekRecord[]): ChartSpec {
  return {
    title: t('ui.charts.feelings'),
    type: 'line',
    labels: weekLabels(weeks),
    format: (v) => pct(v),
    min: 0,
    max: 1,
    series: [
      { label: t('ui.kpi.satisfaction'), data: weeks.map((w) => w.satisfaction), style: 0 },
      { label: t('ui.kpi.reputation'), data: weeks.map((w) => w.reputation), style: 1 },
      { label: t('ui.kpi.trust'), data: weeks.map((w) => w.trust), style: 2 },
      { label: t('ui.kpi.care'), data: weeks.map((w) => w.careMotive), style: 3 },
    ],
  };
}

export function lossesChart(qs: readonly QuarterStat[]): ChartSpec {
  return {
    title: t('ui.charts.losses'),
    type: 'bar',
    labels: quarterLabels(qs),
    format: (v) => int(v),
    series: [
      { label: t('ui.kpi.womPositive'), data: qs.map((q) => q.womPositive), style: 2 },
      { label: t('ui.kpi.womNegative'), data: qs.map((q) => q.womNegative), style: 1 },
      { label: t('ui.kpi.returns'), data: qs.map((q) => q.returns), style: 3 },
      { label: t('ui.kpi.churn'), data: qs.map((q) => q.churned), style: 4 },
    ],
  };
}
