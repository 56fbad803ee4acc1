/**
 * Print: the print stylesheet (debrief and class view on A4 or Letter), and
 * the charts redrawn at the printed width. Chart.js only follows its
 * container on a resize, which printing does not send, so the charts resize
 * when the print media starts and ends.
 */
import './print.css';
import { resizeCharts } from './charts/figure';

let wired = false;

export function wirePrint(): void {
  if (wired) return;
  wired = true;
  window.addEventListener('beforeprint', () => resizeCharts());
  window.addEventListener('afterprint', () => resizeCharts());
  matchMedia('print').addEventListener('change', () => resizeCharts());
}
