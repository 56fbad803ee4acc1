/**
 * A cursor on a chart: a vertical line at the category the replay is at. A
 * plain Chart.js plugin (no extra package) that draws after the datasets; the
 * index lives on the canvas (`data-cursor`), so it survives the chart being
 * created after the figure, and moving it only redraws.
 */
import type { Chart as ChartType, Plugin } from 'chart.js';
import { loadCharts } from '../charts/figure';

const CURSOR_COLOUR = '#1d2433';

const cursorPlugin: Plugin = {
  id: 'replayCursor',
  afterDatasetsDraw(chart: ChartType) {
    const raw = chart.canvas.dataset.cursor;
    if (raw === undefined || raw === '') return;
    const index = Number(raw);
    const x = chart.scales.x?.getPixelForValue(index);
    const area = chart.chartArea;
    if (x === undefined || !Number.isFinite(x) || x < area.left - 1 || x > area.right + 1) return;
    const g = chart.ctx;
    g.save();
    g.strokeStyle = CURSOR_COLOUR;
    g.lineWidth = 2;
    g.setLineDash([5, 4]);
    g.beginPath();
    g.moveTo(x, area.top);
    g.lineTo(x, area.bottom);
    g.stroke();
    g.restore();
  },
};

let registered: Promise<void> | null = null;

/** Registers the cursor plugin once; call before the figures are built. */
export function useCursor(): Promise<void> {
  registered ??= loadCharts().then(({ Chart }) => Chart.register(cursorPlugin));
  return registered;
}

/** Moves the cursor of the chart in a figure to a category index (null hides it). */
export function setCursor(figure: HTMLElement, index: number | null): void {
  const canvas = figure.querySelector('canvas');
  if (!canvas) return;
  const value = index === null ? '' : String(index);
  if (canvas.dataset.cursor === value) return;
  canvas.dataset.cursor = value;
  void useCursor().then(() => loadCharts()).then(({ Chart }) => Chart.getChart(canvas)?.draw());
}
