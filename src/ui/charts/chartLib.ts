/** Chart.js, registered with only what the ledgers and the lab use (Filler: the lab's bands; the matrix: its heatmaps). Loaded with import() so it stays out of the first screen. */
import { BarController, BarElement, CategoryScale, Chart, Filler, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip } from 'chart.js';
import { MatrixController, MatrixElement } from 'chartjs-chart-matrix';

Chart.register(BarController, BarElement, CategoryScale, Filler, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip, MatrixController, MatrixElement);
Chart.defaults.font.family = "'Inter', system-ui, sans-serif";
Chart.defaults.font.size = 14;
Chart.defaults.color = '#1d2433';
Chart.defaults.animation = false;

export { Chart };
