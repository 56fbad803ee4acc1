/** Chart.js with the scatter controller the class view needs, on top of what the ledgers register. Loaded with import(). */
import { ScatterController } from 'chart.js';
import { Chart } from '../charts/chartLib';

Chart.register(ScatterController);

export { Chart };
