/**
 * The thesis of the game: under the default market the sales-director plan
 * out-earns the founder plan in the first quarters, and the founder plan
 * leads on profit and reputation in the second year.
 */
import { WEEKS_PER_QUARTER, WEEKS_PER_YEAR } from '../../sim';
import type { RunResult } from '../../sim';
import { cumulative, fmt, run, sumWeeks } from '../harness';
import { estimate, median, paired, side, wilson } from '../stats';
import { ablation, column, sub, type Experiment } from '../types';

/** "The first quarters": the first two. */
export const EARLY_WEEKS = 2 * WEEKS_PER_QUARTER;

/** The first week from which the founder's cumulative profit never falls behind again; NaN if it never leads at the end. */
export function crossingWeek(founder: RunResult, director: RunResult): number {
  const f = cumulative(founder.weeks, 'profit');
  const d = cumulative(director.weeks, 'profit');
  let cross = NaN;
  for (let t = f.length - 1; t >= 0; t--) {
    if (f[t] >= d[t]) cross = t;
    else break;
  }
  return cross;
}

function compare(founder: RunResult, director: RunResult) {
  const w = founder.weeks.length;
  const early = sumWeeks(director.weeks, 'profit', 0, EARLY_WEEKS) - sumWeeks(founder.weeks, 'profit', 0, EARLY_WEEKS);
  const year2 = sumWeeks(founder.weeks, 'profit', w - WEEKS_PER_YEAR) - sumWeeks(director.weeks, 'profit', w - WEEKS_PER_YEAR);
  const rep = founder.totals.finalReputation - director.totals.finalReputation;
  return { early, year2, rep, holds: early > 0 && year2 > 0 && rep > 0 ? 1 : 0 };
}

export const THESIS: Experiment = {
  id: 'THESIS',
  finding: 'Sales director wins the first quarters; founder leads on profit and reputation in year 2',
  metric: 'share of seeds where all three hold (director ahead on profit over quarters 1-2; founder ahead on year-2 profit and final reputation)',
  expected: 'most seeds (Wilson 95% lower bound > 0.5)',
  runsPerSeed: 4,
  measure(seed) {
    const weeks = { 'run.weeks': 2 * WEEKS_PER_YEAR };
    const founder = run('founder', seed, weeks);
    const director = run('sales-director', seed, weeks);
    const on = compare(founder, director);
    const wom0 = { 'market.wordOfMouth': 0 };
    const off = compare(run('founder', seed, weeks, wom0), run('sales-director', seed, weeks, wom0));
    return { ...on, cross: crossingWeek(founder, director), year2Off: off.year2, holdsOff: off.holds };
  },
  judge(s) {
    const k = column(s, 'holds').reduce((a, b) => a + b, 0);
    const share = wilson(k, s.length);
    const early = estimate(column(s, 'early'));
    const year2 = estimate(column(s, 'year2'));
    const rep = estimate(column(s, 'rep'));
    const year2Off = estimate(column(s, 'year2Off'));
    const shrink = paired(column(s, 'year2'), column(s, 'year2Off'));
    const crosses = column(s, 'cross');
    const crossed = crosses.filter((x) => Number.isFinite(x)).length;
    const subs = [
      sub('profit over quarters 1-2, director minus founder', '> 0', early, side(early) > 0),
      sub('year-2 profit, founder minus director', '> 0', year2, side(year2) > 0),
      sub('final reputation, founder minus director', '> 0', rep, side(rep) > 0),
    ];
    const kOff = column(s, 'holdsOff').reduce((a, b) => a + b, 0);
    return {
      id: this.id, finding: this.finding, metric: this.metric, expected: this.expected,
      effect: share.mean, ci: share.ci, n: s.length,
      pass: share.ci[0] > 0.5,
      ablation: ablation('market.wordOfMouth=0: year-2 profit lead of the founder', year2Off, side(shrink) > 0),
      subchecks: subs,
      notes: `thesis holds in ${k} of ${s.length} seeds (${kOff} with word of mouth off). Cumulative profits cross at week `
        + `${fmt(median(crosses), 0)} (median over the ${crossed} seeds where the founder ends ahead).`,
    };
  },
};
