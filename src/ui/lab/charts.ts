/**
 * The lab's charts, on Chart.js (loaded with the chart chunk): a fan (median
 * with its 50% and 90% bands as filled areas), a line with its confidence
 * band over a sweep's values, and a heatmap of a 2-D sweep. Every number
 * drawn comes from the runs; a plain-language summary describes the canvas.
 */
import { t } from '../../i18n';
import { int, numberFormat } from '../../i18n/format';
import { h } from '../kit/dom';
import { chartFileName, downloadCanvasPng } from '../kit/download';
import { loadCharts } from '../charts/figure';
import { colour } from '../charts/palette';
import type { Fan } from '../../shared/stats';
import type { Plugin } from 'chart.js';
import { weekNumber } from '../../sim';
import { modelProvenance } from '../../research/provenance';
import { withPngText } from './pngText';

/** The helper datasets of a fan (the lower edges of its bands, the zero line), kept out of the legend and tooltips. */
const HIDDEN = new Set(['q05', 'q25', 'zero']);

type ChartLike = { destroy(): void; canvas: HTMLCanvasElement | null };
let mine: ChartLike[] = [];

/** Destroys the lab's charts drawn inside `within` (before drawing new ones there), and any no longer on the page. */
export function clearLabCharts(within: HTMLElement): void {
  const keep: ChartLike[] = [];
  for (const c of mine) {
    if (!c.canvas?.isConnected || within.contains(c.canvas)) c.destroy();
    else keep.push(c);
  }
  mine = keep;
}

function frame(title: string, summary: string, testid: string): { fig: HTMLElement; canvas: HTMLCanvasElement } {
  const canvas = h('canvas', { role: 'img', 'aria-label': summary });
  const png = h('button', { type: 'button', class: 'chip chart-png', 'aria-label': t('share.pngLabel', { title }), onclick: () => downloadCanvasPng(canvas, chartFileName(title), (bytes) => withPngText(bytes, pngProvenance(title))) }, t('share.png'));
  const fig = h('figure', { class: 'chart lab-chart', 'data-testid': testid }, h('figcaption', {}, h('span', {}, title), png), h('div', { class: 'chart-box' }, canvas), h('p', { class: 'sr-only' }, summary));
  return { fig, canvas };
}

/** What a lab chart's PNG says of itself (tEXt chunks): its title, the model that drew it, the hash of the model's sources. */
function pngProvenance(title: string): Record<string, string> {
  const p = modelProvenance();
  return { Title: title, Software: `${p.model.name} ${p.model.version} (lab)`, sourcesHash: p.sourcesHash ?? '', commit: p.commit ?? '', dirty: String(p.dirty) };
}

/** Numbers in the app's language (not the browser's): whole above 1,000, three significant digits below. */
export const fmt = (v: number) => (Math.abs(v) >= 1000 ? int(v) : numberFormat({ maximumSignificantDigits: 3 }).format(v));

/**
 * A fan chart of a weekly measure. The figure carries the medians as
 * data-median (tests read them). `range` puts two fans on one scale; `zero`
 * draws the line at 0 (a difference's fan).
 */
export function fanChart(title: string, f: Fan, testid: string, style = 0, range?: { min: number; max: number }, zero = false): HTMLElement {
  const last = f.median.length - 1;
  const summary = `${title}. ${t('lab.seeds.median')}: ${fmt(f.median[0])} → ${fmt(f.median[last])}; ${t('lab.seeds.band90')}: ${fmt(f.q05[last])} – ${fmt(f.q95[last])}.`;
  const { fig, canvas } = frame(title, summary, testid);
  fig.dataset.median = JSON.stringify(f.median);
  const c = colour(style);
  void loadCharts().then(({ Chart }) => {
    if (!canvas.isConnected) return;
    const band = (label: string, data: number[], fill: string | false, alpha: string) => ({ label, data, borderColor: 'transparent', backgroundColor: c + alpha, pointRadius: 0, fill, borderWidth: 0 });
    const chart = new Chart(canvas, {
      type: 'line',
      data: {
        labels: f.median.map((_, i) => String(weekNumber(i))),
        datasets: [
          band('q05', f.q05, false, '00'),
          band(t('lab.seeds.band90'), f.q95, '-1', '33'),
          band('q25', f.q25, false, '00'),
          band(t('lab.seeds.band50'), f.q75, '-1', '66'),
          { label: t('lab.seeds.median'), data: f.median, borderColor: c, backgroundColor: c, pointRadius: 0, borderWidth: 3, fill: false },
          ...(zero ? [{ label: 'zero', data: f.median.map(() => 0), borderColor: '#444444', backgroundColor: '#444444', borderDash: [6, 4], pointRadius: 0, borderWidth: 1, fill: false }] : []),
        ],
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        interaction: { mode: 'index', intersect: false },
        scales: { y: { ...(range ? { suggestedMin: range.min, suggestedMax: range.max } : {}), ticks: { maxTicksLimit: 8, callback: (v) => fmt(Number(v)) } }, x: { title: { display: true, text: t('lab.seeds.week') }, ticks: { autoSkip: true, maxTicksLimit: 14 } } },
        plugins: {
          legend: { labels: { filter: (item) => !HIDDEN.has(item.text) } },
          tooltip: { filter: (item) => !HIDDEN.has(item.dataset.label ?? ''), callbacks: { label: (ctx) => `${ctx.dataset.label ?? ''}: ${fmt(Number(ctx.parsed.y))}` } },
        },
      },
    });
    mine.push(chart);
  });
  return fig;
}

/** A 1-D sweep: the mean at each value with its 95% confidence band; `range` puts several on one scale. */
export function sweepLine(title: string, xs: string[], mean: number[], half: number[], testid: string, range?: { min: number; max: number }): HTMLElement {
  const summary = `${title}. ${xs.map((x, i) => `${x}: ${fmt(mean[i])} ± ${fmt(half[i])}`).join('; ')}.`;
  const { fig, canvas } = frame(title, summary, testid);
  fig.dataset.mean = JSON.stringify(mean);
  const c = colour(1);
  void loadCharts().then(({ Chart }) => {
    if (!canvas.isConnected) return;
    const chart = new Chart(canvas, {
      type: 'line',
      data: {
        labels: xs,
        datasets: [
          { label: 'low', data: mean.map((m, i) => m - half[i]), borderColor: 'transparent', backgroundColor: c + '00', pointRadius: 0, fill: false },
          { label: t('lab.sweep.ci'), data: mean.map((m, i) => m + half[i]), borderColor: 'transparent', backgroundColor: c + '44', pointRadius: 0, fill: '-1' },
          { label: t('lab.sweep.mean'), data: mean, borderColor: c, backgroundColor: c, pointRadius: 5, borderWidth: 3, fill: false },
        ],
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        interaction: { mode: 'index', intersect: false },
        scales: { y: { ...(range ? { suggestedMin: range.min, suggestedMax: range.max } : {}), ticks: { callback: (v) => fmt(Number(v)) } } },
        plugins: { legend: { labels: { filter: (item) => item.text !== 'low' } }, tooltip: { filter: (item) => item.dataset.label !== 'low' } },
      },
    });
    mine.push(chart);
  });
  return fig;
}

/** The two sequential scales of a heatmap: blues for a value, oranges for an interval's width (so the two panels are not read as one). */
const TONES = { value: [[239, 243, 255], [8, 48, 107]], width: [[255, 245, 235], [127, 39, 4]] } as const;
export type Tone = keyof typeof TONES;

/** Sequential colour for a heatmap cell: light to dark as the value goes from the lowest to the highest. */
function shade(v: number, lo: number, hi: number, tone: Tone): string {
  const f = hi > lo ? (v - lo) / (hi - lo) : 0.5;
  const [a, b] = TONES[tone];
  const mix = (i: number) => Math.round(a[i] + (b[i] - a[i]) * f);
  return `rgb(${mix(0)}, ${mix(1)}, ${mix(2)})`;
}

export interface HeatCell {
  x: string;
  y: string;
  v: number;
  /** the 95% interval's half-width of v, when v is a mean */
  half?: number;
}

/** A cell's value as read aloud and in its tooltip: the mean with its interval when it has one. */
const cellText = (c: HeatCell) => (c.half === undefined ? fmt(c.v) : `${fmt(c.v)} ± ${fmt(c.half)} (${fmt(c.v - c.half)} – ${fmt(c.v + c.half)})`);

/** Writes each cell's value in it, with its interval (± the half-width) on a second line, where the text fits the cell. */
function cellLabels(cells: readonly HeatCell[], lo: number, hi: number, tone: Tone): Plugin<'matrix'> {
  return {
    id: 'labCellText',
    afterDatasetsDraw(chart) {
      const g = chart.ctx;
      const lineHeight = 16;
      g.save();
      g.textAlign = 'center';
      g.textBaseline = 'middle';
      g.font = "600 13px 'Inter', system-ui, sans-serif";
      chart.getDatasetMeta(0).data.forEach((el, i) => {
        const c = cells[i];
        if (!c || !Number.isFinite(c.v)) return;
        const { x, y, width, height } = el.getProps(['x', 'y', 'width', 'height'], true) as { x: number; y: number; width: number; height: number };
        const lines = c.half === undefined ? [fmt(c.v)] : [fmt(c.v), `± ${fmt(c.half)}`];
        if (lines.some((l) => g.measureText(l).width > width - 8) || lines.length * lineHeight > height - 4) return;
        const f = hi > lo ? (c.v - lo) / (hi - lo) : 0.5;
        g.fillStyle = f > 0.5 ? '#ffffff' : tone === 'value' ? '#08306b' : '#7f2704';
        lines.forEach((l, k) => g.fillText(l, x + width / 2, y + height / 2 + (k - (lines.length - 1) / 2) * lineHeight));
      });
      g.restore();
    },
  };
}

/**
 * A 2-D sweep: one cell per grid point, coloured by its value (a mean, or an
 * interval's half-width with the 'width' tone; `range` gives several one
 * colour scale); the values, with their intervals, are written in the cells
 * where they fit, their tooltips and the summary.
 */
export function heatmap(title: string, xKey: string, yKey: string, cells: HeatCell[], testid: string, tone: Tone = 'value', range?: { min: number; max: number }): HTMLElement {
  const xs = [...new Set(cells.map((c) => c.x))];
  const ys = [...new Set(cells.map((c) => c.y))];
  const finiteValues = cells.map((c) => c.v).filter(Number.isFinite);
  const lo = range?.min ?? Math.min(...finiteValues);
  const hi = range?.max ?? Math.max(...finiteValues);
  const summary = `${title}. ${cells.map((c) => `${xKey} ${c.x}, ${yKey} ${c.y}: ${cellText(c)}`).join('; ')}.`;
  const { fig, canvas } = frame(title, summary, testid);
  fig.dataset.cells = JSON.stringify(cells);
  const legend = h('p', { class: 'lab-heat-legend' }, h('span', { class: 'lab-heat-lo' }, fmt(lo)), h('span', { class: `lab-heat-bar lab-heat-${tone}`, 'aria-hidden': 'true' }), h('span', {}, fmt(hi)));
  fig.append(legend);
  void loadCharts().then(({ Chart }) => {
    if (!canvas.isConnected) return;
    const chart = new Chart(canvas, {
      type: 'matrix',
      data: {
        datasets: [
          {
            label: title,
            data: cells,
            backgroundColor: (ctx: { raw?: unknown }) => shade((ctx.raw as { v: number } | undefined)?.v ?? lo, lo, hi, tone),
            borderColor: '#ffffff',
            borderWidth: 1,
            width: ({ chart: c }: { chart: { chartArea?: { width: number } } }) => (c.chartArea?.width ?? 0) / xs.length - 1,
            height: ({ chart: c }: { chart: { chartArea?: { height: number } } }) => (c.chartArea?.height ?? 0) / ys.length - 1,
          },
        ],
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        scales: {
          x: { type: 'category', labels: xs, offset: true, title: { display: true, text: xKey }, grid: { display: false } },
          y: { type: 'category', labels: ys, offset: true, title: { display: true, text: yKey }, grid: { display: false } },
        },
        plugins: {
          legend: { display: false },
          tooltip: { callbacks: { title: () => '', label: (ctx) => { const r = ctx.raw as HeatCell; return `${xKey} ${r.x}, ${yKey} ${r.y}: ${cellText(r)}`; } } },
        },
      },
      plugins: [cellLabels(cells, lo, hi, tone)],
    });
    mine.push(chart);
  });
  return fig;
}
