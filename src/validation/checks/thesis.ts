/**
 * The thesis of the game: under the default market the sales-director plan
 * out-earns the founder plan in the first quarters, and the founder plan
 * leads on profit and reputation in the second year. The founder's year-2
 * lead is split by the mechanism that made each part (kept customers'
 * reorders, referrals, the reputation that brings inbound leads, selling,
 * refunds, cost). The lesson rests on two premises, each a switch: relating
 * helps the customer (the founder's hypothesis: trust, bond, satisfaction),
 * and pressure harms them (satisfaction, resentment, remembered pressure,
 * trust). The check reports the 2×2 of the two, on the same seeds, and says
 * in words what the lesson rests on.
 */
import { sourceField, WEEKS_PER_QUARTER, WEEKS_PER_YEAR } from '../../sim';
import type { DealSource, RunResult, WeekRecord } from '../../sim';
import { cumulative, fmt, run, sumWeeks } from '../harness';
import { estimate, median, paired, side, wilson } from '../../shared/stats';
import { ablation, column, sub, type Experiment, type ResultTable, type Sample } from '../types';
import { effectText } from '../report';

/** "The first quarters": the first two. */
export const EARLY_WEEKS = 2 * WEEKS_PER_QUARTER;

/** The founder's hypothesis off: relating builds no trust, leaves no bond, adds no satisfaction (one switch). */
export const HYPOTHESIS_OFF = { 'market.relating': 0 } as const;

/** The other premise off: pressure harms the customer through no channel (trust, regret, resentment, remembered pressure; one switch). */
export const PRESSURE_OFF = { 'market.pressureHarm': 0 } as const;

/** The four markets of the 2×2, by the premises on in them, with the sample key prefix of each. */
const CELLS = [
  { key: '', relating: true, pressure: true, layers: [] as Record<string, number>[] },
  { key: 'off.', relating: false, pressure: true, layers: [HYPOTHESIS_OFF] },
  { key: 'noHarm.', relating: true, pressure: false, layers: [PRESSURE_OFF] },
  { key: 'neither.', relating: false, pressure: false, layers: [HYPOTHESIS_OFF, PRESSURE_OFF] },
] as const;

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

function revenueFrom(weeks: readonly WeekRecord[], sources: readonly DealSource[], from: number): number {
  return sources.reduce((sum, s) => sum + sumWeeks(weeks, sourceField('revenue', s), from), 0);
}

/** The parts of the year-2 lead, each by the mechanism that brings its revenue. */
const PARTS: readonly { key: string; sources: readonly DealSource[] }[] = [
  // customers kept and growing with the firm: how they were served
  { key: 'kept', sources: ['reorder'] },
  // friends sent to a rep by the rep's own satisfied customers
  { key: 'referred', sources: ['referral'] },
  // spontaneous interest scaled by the firm's reputation, and imitation (inbound leads, and those who buy without a rep)
  { key: 'reputation', sources: ['inbound', 'selfService'] },
  // the reps' own selling: cold visits, moved deals, unwanted sales
  { key: 'selling', sources: ['cold', 'pulledIn', 'heldBack', 'misconduct'] },
];

/**
 * The founder-minus-director year-2 profit, split exactly by mechanism:
 * margin on the revenue of each part above, the margin lost to refunds, and
 * the cost side (pay and management time); fixed costs are the same.
 * `relationship` is kept + referred (what customers liking their rep brings).
 */
export function splitLead(founder: RunResult, director: RunResult) {
  const from = founder.weeks.length - WEEKS_PER_YEAR;
  const gm = founder.params['market.grossMargin'];
  const diff = (f: (r: RunResult) => number) => f(founder) - f(director);
  const parts: Record<string, number> = {};
  for (const part of PARTS) parts[part.key] = gm * diff((r) => revenueFrom(r.weeks, part.sources, from));
  const refunds = -gm * diff((r) => sumWeeks(r.weeks, 'refunds', from));
  const cost = -diff((r) => sumWeeks(r.weeks, 'pay', from) + sumWeeks(r.weeks, 'managementCost', from));
  // margin the director gave away in discounts beyond the founder's (inside the revenue parts above)
  const discounts = -gm * diff((r) => sumWeeks(r.weeks, 'discount', from));
  return { ...parts, relationship: parts.kept + parts.referred, refunds, cost, discounts };
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
  runsPerSeed: 10,
  measure(seed) {
    const weeks = { 'run.weeks': 2 * WEEKS_PER_YEAR };
    const out: Sample = {};
    let cross = NaN;
    for (const c of CELLS) {
      const founder = run('founder', seed, weeks, ...c.layers);
      const director = run('sales-director', seed, weeks, ...c.layers);
      Object.assign(out, prefixed(c.key, compare(founder, director)));
      if (c.key === '') cross = crossingWeek(founder, director);
    }
    const wom0 = { 'market.wordOfMouth': 0 };
    const silent = compare(run('founder', seed, weeks, wom0), run('sales-director', seed, weeks, wom0));
    return { ...out, ...prefixed('wom0.', silent), cross };
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
      reported('year-2 lead from kept customers (margin on reorders)', 'kept'),
      reported('year-2 lead from referrals (margin on friends sent by a rep\'s own customers)', 'referred'),
      reported('year-2 lead from reputation (margin on inbound leads and self-service)', 'reputation'),
      reported('year-2 lead from selling (margin on cold visits, moved deals, misconduct)', 'selling'),
      reported('year-2 lead from refunds (margin lost to returns, founder minus director)', 'refunds'),
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
      tables: [premisesTable(s)],
      ablation: ablation('the founder\'s hypothesis off (market.relating = 0): drop of the relationship part of the year-2 lead', liking, side(liking) > 0),
      subchecks: subs,
      notes: `thesis holds in ${k} of ${s.length} seeds; with the founder's hypothesis off in ${kOff} (the founder then `
        + `${side(offLead) > 0 ? 'still leads in year 2' : side(offLead) < 0 ? 'trails in year 2' : 'is level in year 2'}: `
        + `${fmt(offLead.mean, 0)}, of which cost side ${fmt(e('off.cost').mean, 0)} and relationship ${fmt(e('off.relationship').mean, 0)}), `
        + `with word of mouth off in ${count('wom0.holds')}. Cumulative profits cross at week ${fmt(median(crosses), 0)} `
        + `(median over the ${crossed} seeds where the founder ends ahead).`,
    };
  },
};

const onOff = (on: boolean) => (on ? 'on' : 'off');

/**
 * The 2×2 of the premises: in each market, the founder's year-2 lead and its
 * split, the reputation lead, and the seeds the founder wins (ahead on year-2
 * profit). The reading names what the lesson needs: it holds where the
 * founder leads in most seeds.
 */
function premisesTable(s: Sample[]): ResultTable {
  const e = (key: string) => estimate(column(s, key));
  const ci = (key: string) => {
    const x = e(key);
    return effectText(x.mean, x.ci);
  };
  // each market once: the seeds the founder wins; the founder leads there when that is most of them (as the thesis
  // counts) and the mean lead's interval is above zero (a lead of most seeds by next to nothing is a draw)
  const cells = CELLS.map((c) => {
    const won = column(s, `${c.key}year2`).filter((x) => x > 0).length;
    return { ...c, won, holds: wilson(won, s.length).ci[0] > 0.5 && e(`${c.key}year2`).ci[0] > 0 };
  });
  const rows = cells.map((c) => {
    const m = (k: string) => fmt(e(`${c.key}${k}`).mean, 0);
    return [
      onOff(c.relating), onOff(c.pressure), ci(`${c.key}year2`), `${m('relationship')} / ${m('reputation')} / ${m('selling')} / ${m('refunds')} / ${m('cost')}`,
      ci(`${c.key}rep`), `${c.won} of ${s.length}`,
    ];
  });
  const cellOf = (relating: boolean, pressure: boolean) => cells.find((c) => c.relating === relating && c.pressure === pressure) ?? cells[0];
  const on = (relating: boolean, pressure: boolean) => cellOf(relating, pressure).holds;
  const lead = (relating: boolean, pressure: boolean) => {
    const c = cellOf(relating, pressure);
    return `${fmt(e(`${c.key}year2`).mean / 1e6, 2)} M (${c.won} of ${s.length} seeds)`;
  };
  const sizes = ` The year-2 lead is ${lead(true, true)} with both on, ${lead(false, true)} with only pressure harming, `
    + `${lead(true, false)} with only relating helping, and ${lead(false, false)} with neither.`;
  let reading: string;
  if (!on(true, true)) reading = 'With both premises on, the founder does not lead year 2 in most seeds: the lesson does not hold in the default market.';
  else if (on(false, false)) reading = 'The founder leads year 2 in most seeds even with both premises off: the lead comes from the plans themselves (their pay, their cost and how their reps sell), not from what relating or pressure does to customers.';
  else if (on(false, true) && on(true, false)) reading = 'The founder leads with either premise alone, not with neither: the lesson needs relating to help or pressure to harm, and either suffices.';
  else if (on(false, true)) reading = 'The founder leads when pressure harms customers, with or without relating helping them, and not when pressure is harmless: the lesson rests on the cost of pressure.';
  else if (on(true, false)) reading = 'The founder leads when relating helps customers, with or without pressure harming them, and not when relating is no better than a neutral visit: the lesson rests on the founder\'s hypothesis.';
  else reading = 'The founder leads only with both premises on: the lesson needs both relating to help and pressure to harm.';
  reading += sizes;
  return {
    title: 'What the lesson rests on: relating helps × pressure harms',
    headers: ['relating helps', 'pressure harms', 'year-2 lead, founder minus director [95% CI]', 'split: relationship / reputation / selling / refunds / cost', 'reputation lead [95% CI]', 'seeds the founder wins'],
    rows,
    reading,
  };
}
