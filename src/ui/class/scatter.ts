/**
 * The class scatter: each run's cumulative profit (result, y) against its
 * final reputation (effect, x), colour and point shape by scenario, the
 * class's medians as dashed lines; a click on a point opens its replay.
 */
import { t } from '../../i18n';
import { SCENARIO_IDS } from '../../scenarios';
import { groupOf, type ClassRun } from '../../classroom/runs';
import type { Spread } from '../../shared/stats';
import { colour, pointStyle } from '../charts/palette';
import { loadCharts } from '../charts/figure';
import { h } from '../kit/dom';
import { runTitle, share } from './table';
import { money, pct } from '../../i18n/format';

const MEDIAN_COLOUR = '#5b6170';

/** Charts of this screen, destroyed with it (figure.ts's list is private to its own charts). */
const live: Array<{ destroy(): void }> = [];

export function destroyScatter(): void {
  while (live.length) live.pop()?.destroy();
}

/** The groups of a batch in the order of the stories, facilitators' scenarios last: each gets its own colour and shape. */
function orderedGroups(runs: readonly ClassRun[]): ClassRun[][] {
  const rank = (r: ClassRun) => (r.custom ? SCENARIO_IDS.length : SCENARIO_IDS.indexOf(r.scenario));
  const groups = new Map<string, ClassRun[]>();
  for (const r of [...runs].sort((a, b) => rank(a) - rank(b))) {
    const key = groupOf(r);
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  return [...groups.values()];
}

export function spreadLine(measure: string, s: Spread, format: (v: number) => string): string {
  return t('classroom.stats.line', { measure, median: format(s.median), q1: format(s.q1), q3: format(s.q3), iqr: format(s.iqr) });
}

export interface ScatterInput {
  runs: readonly ClassRun[];
  profit: Spread;
  reputation: Spread;
  originText: (run: ClassRun) => string;
  open: (run: ClassRun) => void;
}

export function classScatter(input: ScatterInput): HTMLElement {
  const { runs, profit, reputation } = input;
  const summary = t('classroom.scatter.summary', {
    n: runs.length,
    profit: spreadLine(t('classroom.columns.profit'), profit, (v) => money(v)),
    reputation: spreadLine(t('classroom.columns.reputation'), reputation, share),
  });
  const canvas = h('canvas', { role: 'img', 'aria-label': `${t('classroom.scatter.title')}. ${summary}`, 'data-testid': 'class-scatter-canvas' });
  const fig = h(
    'figure',
    { class: 'chart class-scatter', 'data-testid': 'class-scatter' },
    h('figcaption', {}, t('classroom.scatter.title')),
    h('p', { class: 'hint' }, t('classroom.scatter.lead')),
    h('div', { class: 'chart-box class-scatter-box' }, canvas),
    h('p', { class: 'sr-only' }, summary),
  );
  const groups = orderedGroups(runs);
  // loadCharts sets the page's chart type (projector, paper) and restyles on a change of mode; ./chart adds the scatter
  void Promise.all([import('./chart'), loadCharts()]).then(([{ Chart }]) => {
    if (!canvas.isConnected) return;
    // the medians as dashed lines across the plot; their datasets are empty and only name them in the legend
    const legendOnly = (label: string) => ({ type: 'scatter' as const, label, data: [], borderColor: MEDIAN_COLOUR, backgroundColor: MEDIAN_COLOUR, borderDash: [7, 5], borderWidth: 2, pointStyle: 'line' as const });
    const medians = {
      id: 'classMedians',
      afterDatasetsDraw: (c: import('chart.js').Chart) => {
        const { ctx: g, chartArea: a, scales } = c;
        const x = scales.x.getPixelForValue(reputation.median);
        const y = scales.y.getPixelForValue(profit.median);
        g.save();
        g.strokeStyle = MEDIAN_COLOUR;
        g.lineWidth = 2;
        g.setLineDash([7, 5]);
        g.beginPath();
        g.moveTo(a.left, y);
        g.lineTo(a.right, y);
        g.moveTo(x, a.top);
        g.lineTo(x, a.bottom);
        g.stroke();
        g.restore();
      },
    };
    const chart = new Chart(canvas, {
      type: 'scatter',
      data: {
        datasets: [
          ...groups.map((group, i) => ({
            type: 'scatter' as const,
            label: runTitle(group[0]),
            data: group.map((r) => ({ x: r.reputation, y: r.profit })),
            borderColor: colour(i),
            backgroundColor: colour(i) + 'b3',
            borderWidth: 2,
            pointStyle: pointStyle(i),
            // smaller on a phone, where thirty points share a few centimetres
            pointRadius: (c: { chart: { width: number } }) => (c.chart.width < 500 ? 5 : 8),
            pointHoverRadius: (c: { chart: { width: number } }) => (c.chart.width < 500 ? 7 : 11),
          })),
          legendOnly(t('classroom.scatter.medianProfit')),
          legendOnly(t('classroom.scatter.medianReputation')),
        ],
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        interaction: { mode: 'nearest', intersect: true },
        scales: {
          x: { type: 'linear', grace: '5%', title: { display: true, text: t('classroom.columns.reputation') }, ticks: { callback: (v) => pct(Number(v)) } },
          y: { type: 'linear', grace: '5%', title: { display: true, text: t('classroom.columns.profit') }, ticks: { callback: (v) => money(Number(v), true) } },
        },
        plugins: {
          legend: { labels: { usePointStyle: true, boxWidth: 28, boxHeight: 14 } },
          tooltip: {
            filter: (item) => item.datasetIndex < groups.length,
            callbacks: {
              label: (item) => {
                const run = groups[item.datasetIndex][item.dataIndex];
                const point = t('classroom.scatter.point', { scenario: runTitle(run), seed: run.seed, origin: input.originText(run), profit: money(run.profit), reputation: share(run.reputation) });
                // the canvas draws the tooltip as text: a name is never markup
                return run.name ? `${run.name}: ${point}` : point;
              },
            },
          },
        },
        onHover: (event, elements) => {
          const target = event.native?.target;
          if (target instanceof HTMLElement) target.style.cursor = elements.some((e) => e.datasetIndex < groups.length) ? 'pointer' : 'default';
        },
        onClick: (_event, elements) => {
          const hit = elements.find((e) => e.datasetIndex < groups.length);
          if (hit) input.open(groups[hit.datasetIndex][hit.index]);
        },
      },
      plugins: [
        medians,
        {
          id: 'classPoints',
          // where each run was drawn, for the browser test to click: the chart's own elements, not the input
          afterRender: (c) => {
            const drawn = groups.flatMap((_, i) => c.getDatasetMeta(i).data.map((p) => [Math.round(p.x), Math.round(p.y)]));
            canvas.dataset.points = JSON.stringify(drawn);
          },
        },
      ],
    });
    live.push(chart);
  });
  return fig;
}
