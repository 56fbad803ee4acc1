/**
 * The thesis of the game: under the default market the sales-director plan
 * out-earns the founder plan in the first quarters, and the founder plan
 * leads on profit and reputation in the second year. Its control is the
 * founder's own claim switched off (relating no better than a neutral visit
 * for trust, bond and satisfaction), and the founder's year-2 lead is split
 * into what comes from customers liking their rep and what comes from the
 * plan's cost side.
 */
import { DEAL_SOURCES, sourceField, WEEKS_PER_QUARTER, WEEKS_PER_YEAR } from '../../sim';
import type { DealSource, RunResult, WeekRecord } from '../../sim';
import { cumulative, fmt, run, sumWeeks } from '../harness';
import { estimate, median, paired, side, wilson } from '../../shared/stats';
import { ablation, column, sub, type Experiment, type Sample } from '../types';

/** "The first quarters": the first two. */
export const EARLY_WEEKS = 2 * WEEKS_PER_QUARTER;

/** The founder's hypothesis off: relating builds no trust, leaves no bond, adds no satisfaction. */
export const HYPOTHESIS_OFF = { 'market.relateTrust': 0, 'market.relateBond': 0, 'market.relateSatisfaction': 0 } as const;

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

/** Revenue from the sources a liked rep and a good name bring: referrals, reorders, inbound leads. */
const RELATIONSHIP: readonly DealSource[] = ['referral', 'reorder', 'inbound'];

function revenueFrom(weeks: readonly WeekRecord[], sources: readonly DealSource[], from: number): number {
  return sources.reduce((sum, s) => sum + sumWeeks(weeks, sourceField('revenue', s), from), 0);
}

/**
 * The founder-minus-director year-2 profit, split exactly in three:
 * relationship (margin on revenue from referrals, reorders and inbound leads,
 * less refunds of returns), selling (margin on the other sources: cold visits,
 * moved deals, self-service, misconduct) and cost (pay and management time).
 */
export function splitLead(founder: RunResult, director: RunResult) {
  const from = founder.weeks.length - WEEKS_PER_YEAR;
  const gm = founder.params['market.grossMargin'];
  const diff = (f: (r: RunResult) => number) => f(founder) - f(director);
  const relationship = gm * (diff((r) => revenueFrom(r.weeks, RELATIONSHIP, from)) - diff((r) => sumWeeks(r.weeks, 'refunds', from)));
  const others = DEAL_SOURCES.filter((s) => !RELATIONSHIP.includes(s));
  const selling = gm * diff((r) => revenueFrom(r.weeks, others, from));
  const cost = -diff((r) => sumWeeks(r.weeks, 'pay', from) + sumWeeks(r.weeks, 'managementCost', from));
  // margin the director gave away in discounts beyond the founder's (inside the two revenue parts above)
  const discounts = -gm * diff((r) => sumWeeks(r.weeks, 'discount', from));
  return { relationship, selling, cost, discounts };
}

function compare(founder: RunResult, director: RunResult) {
  const w = founder.weeks.length;
  const early = sumWeeks(director.weeks, 'profit', 0, EARLY_WEEKS) - sumWeeks(founder.weeks, 'profit', 0, EARLY_WEEKS);
  const year2 = sumWeeks(founder.weeks, 'profit', w - WEEKS_PER_YEAR) - sumWeeks(director.weeks, 'profit', w - WEEKS_PER_YEAR);
  const rep = founder.totals.finalReputation - director.totals.finalReputation;
  return { early, year2, rep, holds: early > 0 && year2 > 0 && rep > 0 ? 1 : 0, ...splitLead(founder, director) };
}

const prefixed = (prefix: string, o: Record<string, number>): Sample => Object.fromEntries(Object.entries(o).map(([k, v]) => [`${prefix}${k}`, v]));

export const THESIS: Experiment = {
  id: 'THESIS',
  finding: 'Sales director wins the first quarters; founder leads on profit and reputation in year 2',
  metric: 'share of seeds where all three hold (director ahead on profit over quarters 1-2; founder ahead on year-2 profit and final reputation)',
  expected: 'most seeds (Wilson 95% lower bound > 0.5)',
  runsPerSeed: 6,
  measure(seed) {
    const weeks = { 'run.weeks': 2 * WEEKS_PER_YEAR };
    const founder = run('founder', seed, weeks);
    const director = run('sales-director', seed, weeks);
    const on = compare(founder, director);
    const off = compare(run('founder', seed, weeks, HYPOTHESIS_OFF), run('sales-director', seed, weeks, HYPOTHESIS_OFF));
    const wom0 = { 'market.wordOfMouth': 0 };
    const silent = compare(run('founder', seed, weeks, wom0), run('sales-director', seed, weeks, wom0));
    return { ...on, ...prefixed('off.', off), ...prefixed('wom0.', silent), cross: crossingWeek(founder, director) };
  },
  judge(s) {
    const count = (key: string) => column(s, key).reduce((a, b) => a + b, 0);
    const k = count('holds');
    const share = wilson(k, s.length);
    const e = (key: string) => estimate(column(s, key));
    const early = e('early');
    const year2 = e('year2');
    const rep = e('rep');
    const liking = paired(column(s, 'relationship'), column(s, 'off.relationship'));
    const crosses = column(s, 'cross');
    const crossed = crosses.filter((x) => Number.isFinite(x)).length;
    const reported = (label: string, key: string) => sub(label, '(reported)', e(key), true);
    const subs = [
      sub('profit over quarters 1-2, director minus founder', '> 0', early, side(early) > 0),
      sub('year-2 profit, founder minus director', '> 0', year2, side(year2) > 0),
      sub('final reputation, founder minus director', '> 0', rep, side(rep) > 0),
      reported('year-2 lead from customers liking their rep (margin on referrals, reorders, inbound, less refunds)', 'relationship'),
      reported('year-2 lead from selling (margin on cold visits, moved deals, self-service, misconduct)', 'selling'),
      reported('year-2 lead from the cost side (pay and management time)', 'cost'),
      reported('margin the director gave away in discounts beyond the founder (inside the revenue parts)', 'discounts'),
      reported('hypothesis off: year-2 profit, founder minus director', 'off.year2'),
      reported('hypothesis off: the relationship part', 'off.relationship'),
      reported('hypothesis off: the cost part', 'off.cost'),
      reported('hypothesis off: final reputation, founder minus director', 'off.rep'),
      reported('word of mouth off: year-2 profit, founder minus director', 'wom0.year2'),
    ];
    const kOff = count('off.holds');
    const offLead = e('off.year2');
    return {
      id: this.id, finding: this.finding, metric: this.metric, expected: this.expected,
      effect: share.mean, ci: share.ci, n: s.length,
      pass: share.ci[0] > 0.5,
      ablation: ablation('the founder\'s hypothesis off (market.relateTrust, relateBond, relateSatisfaction = 0): drop of the relationship part of the year-2 lead', liking, side(liking) > 0),
      subchecks: subs,
      notes: `thesis holds in ${k} of ${s.length} seeds; with the founder's hypothesis off in ${kOff} (the founder then `
        + `${side(offLead) > 0 ? 'still leads in year 2' : side(offLead) < 0 ? 'trails in year 2' : 'is level in year 2'}: `
        + `${fmt(offLead.mean, 0)}, of which cost side ${fmt(e('off.cost').mean, 0)} and relationship ${fmt(e('off.relationship').mean, 0)}), `
        + `with word of mouth off in ${count('wom0.holds')}. Cumulative profits cross at week ${fmt(median(crosses), 0)} `
        + `(median over the ${crossed} seeds where the founder ends ahead).`,
    };
  },
};
