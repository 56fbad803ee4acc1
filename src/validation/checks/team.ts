/**
 * E14: small sales teams do not collapse under team pay. The counterweights
 * to free-riding are mechanisms with parameters: peers who see each other's
 * effort (reps.peerMonitoring) and help from the best seller to the others
 * (reps.helping); switched off, team pay is a 1/N share and revenue falls.
 */
import { WEEKS_PER_YEAR } from '../../sim';
import { fmt, run } from '../harness';
import { estimate, mean, paired, side } from '../../shared/stats';
import { ablation, column, type Experiment } from '../types';

const COUNTERWEIGHTS_OFF = { 'reps.peerMonitoring': 0, 'reps.helping': 0 };

export const E14: Experiment = {
  id: 'E14',
  finding: 'Small teams do not collapse under team pay (Hamilton, Nickerson & Owan 2003; Kandel & Lazear 1992)',
  metric: 'two-year revenue, team-bonus over linear-commission (same expected pay rate), minus 1',
  expected: 'no collapse: above -0.15 (free-riding alone would cost far more)',
  runsPerSeed: 3,
  measure(seed, { quick }) {
    const weeks = { 'run.weeks': quick ? WEEKS_PER_YEAR : 2 * WEEKS_PER_YEAR };
    const linear = run('linear-commission', seed, weeks).totals.revenue;
    const team = run('team-bonus', seed, weeks).totals.revenue;
    const alone = run('team-bonus', seed, weeks, COUNTERWEIGHTS_OFF).totals.revenue;
    return { rel: team / linear - 1, relOff: alone / linear - 1 };
  },
  judge(s) {
    const main = estimate(column(s, 'rel'));
    const off = estimate(column(s, 'relOff'));
    const drop = paired(column(s, 'rel'), column(s, 'relOff'));
    return {
      id: this.id, finding: this.finding, metric: this.metric, expected: this.expected,
      effect: main.mean, ci: main.ci, n: main.n,
      pass: main.ci[0] > -0.15,
      ablation: ablation('reps.peerMonitoring=0 and reps.helping=0 (free-riding on a 1/N share only): revenue over linear, minus 1', off, side(drop) > 0),
      notes: `team pay keeps ${fmt(100 * (1 + mean(column(s, 'rel'))), 0)}% of the linear plan's revenue; without peers and help `
        + `${fmt(100 * (1 + mean(column(s, 'relOff'))), 0)}%.`,
    };
  },
};
