/**
 * A chart as a figure: a visible title, the canvas described for screen
 * readers by a plain-language summary of every series, a PNG download, and
 * the Chart.js instance created once the library has loaded (bigger type and
 * thicker lines in projector mode).
 */
import './figure.css';
import { t } from '../../i18n';
import { h } from '../kit/dom';
import { chartFileName, downloadCanvasPng } from '../kit/download';
import { onProjectorChange, projectorOn } from '../shell/projector';
import { colour, dash, hatch, pointStyle } from './palette';
import { weekInQuarter, WEEKS_PER_QUARTER } from '../../sim';

export interface Series {
  label: string;
  data: Array<number | null>;
  /** palette index: the colour and its second cue */
  style: number;
  /** a reference run drawn lighter and thinner */
  ghost?: boolean;
}

export interface ChartSpec {
  title: string;
  type: 'line' | 'bar';
  labels: string[];
  series: Series[];
  format: (v: number) => string;
  min?: number;
  max?: number;
  /** one sentence on how to read it, before the numbers */
  lead?: string;
}

type ChartModule = typeof import('./chartLib');
let lib: Promise<ChartModule> | null = null;
const live: Array<{ destroy(): void }> = [];

/** Projector styling: on screen in projector mode, never on paper. */
function room(): boolean {
  return projectorOn() && !matchMedia('print').matches;
}

/** Chart type on paper: 11 CSS px, 8.25 pt (a chart is redrawn at its printed size, 96 px to the inch). */
const PRINT_FONT_PX = 11;
/** Chart type in projector mode, readable from the back of a room. */
const ROOM_FONT_PX = 22;

/** Chart.js's defaults for the room: projector mode draws type 22 px instead of 14, in black on darker grid lines; paper 11 px (8 pt and a little), to leave the plot its room. */
function applyRoomDefaults({ Chart }: ChartModule): void {
  const on = room();
  Chart.defaults.font.size = matchMedia('print').matches ? PRINT_FONT_PX : on ? ROOM_FONT_PX : 14;
  Chart.defaults.color = on ? '#000000' : '#1d2433';
  Chart.defaults.borderColor = on ? 'rgba(0, 0, 0, 0.3)' : 'rgba(0, 0, 0, 0.1)';
}

/**
 * Restyles and redraws every Chart.js chart on the page at its container's
 * size: after a change of projector mode, and when printing starts or ends
 * (printing resizes containers without telling Chart.js).
 */
export function restyleCharts(): void {
  void lib?.then((m) => {
    applyRoomDefaults(m);
    for (const chart of Object.values(m.Chart.instances)) {
      chart.update();
      chart.resize();
    }
  });
}

/**
 * Marks each chart's canvas with the smallest type it draws (`data-font-px`: its ticks, axis titles and legend; a font
 * not set on the chart is the defaults'), on screen, in projector mode and on paper, so the browser tests read what the
 * reader gets. After an update, not each frame drawn: the sizes change only with the options (restyleCharts updates).
 */
function typeSize({ Chart }: ChartModule) {
  const size = (font: unknown): number => {
    const own = (font as { size?: unknown } | undefined)?.size;
    return typeof own === 'number' ? own : Chart.defaults.font.size ?? 12;
  };
  return {
    id: 'typeSize',
    afterUpdate(chart: import('chart.js').Chart) {
      const sizes: number[] = [];
      for (const s of Object.values(chart.scales)) {
        const { ticks, title } = s.options as { ticks?: { display?: boolean; font?: unknown }; title?: { display?: boolean; font?: unknown } };
        if (ticks?.display !== false) sizes.push(size(ticks?.font));
        if (title?.display) sizes.push(size(title.font));
      }
      const legend = chart.options.plugins?.legend;
      if (legend?.display !== false) sizes.push(size(legend?.labels?.font));
      const value = sizes.length ? String(Math.min(...sizes)) : '';
      if (chart.canvas.dataset.fontPx !== value) chart.canvas.dataset.fontPx = value;
    },
  };
}

export function loadCharts(): Promise<ChartModule> {
  lib ??= import('./chartLib').then((m) => {
    m.Chart.register(typeSize(m));
    applyRoomDefaults(m);
    onProjectorChange(restyleCharts);
    return m;
  });
  return lib;
}

/** Line width: doubled in projector mode (scriptable, so a mode change restyles on update). */
const width = (base: number) => () => (room() ? base * 2 : base);

/** Destroys the charts of the previous screen. */
export function destroyCharts(): void {
  while (live.length) live.pop()?.destroy();
}

export function summarize(spec: ChartSpec): string {
  const parts = spec.series.map((s) => {
    const vals = s.data.map((v, i) => [v, i] as const).filter((x): x is readonly [number, number] => x[0] !== null);
    if (vals.length === 0) return `${s.label}: —.`;
    const [first, fi] = vals[0];
    const [last, li] = vals[vals.length - 1];
    const min = vals.reduce((a, b) => (b[0] < a[0] ? b : a));
    const max = vals.reduce((a, b) => (b[0] > a[0] ? b : a));
    return vals.length === 1
      ? `${s.label}: ${spec.format(first)} (${spec.labels[fi]}).`
      : `${s.label}: ${spec.format(first)} (${spec.labels[fi]}) → ${spec.format(last)} (${spec.labels[li]}); min ${spec.format(min[0])} (${spec.labels[min[1]]}), max ${spec.format(max[0])} (${spec.labels[max[1]]}).`;
  });
  return [spec.title + '.', spec.lead ?? '', ...parts].filter(Boolean).join(' ');
}

export function chartFigure(spec: ChartSpec, testid?: string): HTMLElement {
  const summary = summarize(spec);
  const canvas = h('canvas', { role: 'img', 'aria-label': summary });
  const png = h(
    'button',
    { type: 'button', class: 'chip chart-png', 'aria-label': t('share.pngLabel', { title: spec.title }), 'data-testid': testid ? `${testid}-png` : undefined, onclick: () => downloadCanvasPng(canvas, chartFileName(spec.title)) },
    t('share.png'),
  );
  const fig = h('figure', { class: 'chart', 'data-testid': testid }, h('figcaption', {}, h('span', {}, spec.title), png), h('div', { class: 'chart-box' }, canvas), h('p', { class: 'sr-only' }, summary));
  const draw = ({ Chart }: ChartModule) => {
    if (!canvas.isConnected) return;
    const chart = new Chart(canvas, {
      type: spec.type,
      data: {
        labels: spec.labels,
        datasets: spec.series.map((s) => ({
          label: s.label,
          data: s.data,
          borderColor: colour(s.style) + (s.ghost ? 'aa' : ''),
          backgroundColor: spec.type === 'bar' ? hatch(s.style) : colour(s.style),
          borderWidth: width(spec.type === 'bar' ? 1.5 : s.ghost ? 2 : 3),
          borderDash: spec.type === 'line' ? (s.ghost ? [6, 5] : dash(s.style)) : undefined,
          pointStyle: pointStyle(s.style),
          // long weekly series: a marker at each quarter's end keeps the shape cue
          pointRadius: spec.type === 'line' ? (c: { dataIndex: number }) => (spec.labels.length <= 20 ? 5 : weekInQuarter(c.dataIndex) === WEEKS_PER_QUARTER - 1 ? 4 : 0) : undefined,
          pointHoverRadius: 6,
          spanGaps: true,
          tension: 0.15,
        })),
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        interaction: { mode: 'index', intersect: false },
        scales: {
          y: { min: spec.min, max: spec.max, ticks: { callback: (v) => spec.format(Number(v)) } },
          // level labels, fewer where the chart is narrow: rotated ones took a third of a short chart's height
          x: { ticks: { autoSkip: true, autoSkipPadding: 14, maxTicksLimit: 14, maxRotation: 0 } },
        },
        plugins: {
          legend: { labels: { usePointStyle: spec.type === 'line', boxWidth: 28, boxHeight: 14 } },
          tooltip: { callbacks: { label: (ctx) => `${ctx.dataset.label}: ${spec.format(Number(ctx.parsed.y))}` } },
        },
      },
    });
    live.push(chart);
  };
  void loadCharts().then(draw);
  return fig;
}
