/**
 * Print: the print stylesheet (print.css, imported last by main.ts; debrief and class view on A4 or Letter), and
 * the charts redrawn at the printed width, in print styling even in
 * projector mode. Chart.js only follows its container on a resize, which
 * printing does not send, so the charts restyle and resize when the print
 * media starts and ends.
 */
import { restyleCharts } from '../charts/figure';

let wired = false;

export function wirePrint(): void {
  if (wired) return;
  wired = true;
  window.addEventListener('beforeprint', () => restyleCharts());
  window.addEventListener('afterprint', () => restyleCharts());
  matchMedia('print').addEventListener('change', () => restyleCharts());
}
