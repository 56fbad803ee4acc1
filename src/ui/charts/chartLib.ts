/** Chart.js, registered with only what the ledgers use. Loaded with import() so it stays out of the first screen. */
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip } from 'chart.js';

Chart.register(BarController, BarElement, CategoryScale, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip);
Chart.defaults.font.family = "'Inter', system-ui, sans-serif";
Chart.defaults.font.size = 14;
Chart.defaults.color = '#1d2433';
Chart.defaults.animation = false;

export { Chart };
