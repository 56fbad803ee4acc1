/**
 * What volume pay does to the relationship: E6 (crowding out the unmeasured
 * task), E7 (contingent pay and the care motive), E8 (customer orientation
 * pays slowly), E9 (pressure closes now, costs later), E10 (baseline distrust).
 */
import { createRun, WEEKS_PER_QUARTER } from '../../sim';
import { fmt, meanWeeks, params, run, stepRun, sumWeeks } from '../harness';
import { correlation, estimate, mean, paired, side } from '../../shared/stats';
import { ablation, column, sub, type Experiment, type Sample } from '../types';

const Q = WEEKS_PER_QUARTER;

// ---------------------------------------------------------------- E6
const RATES = [0, 0.02, 0.04, 0.06, 0.09, 0.12];

/** Push share, satisfaction of the last year and cumulative profit of a linear plan at one rate. */
function linearAt(seed: string, weeks: number, rate: number, extra: Record<string, unknown> = {}) {
  const r = run('linear-commission', seed, { 'run.weeks': weeks, 'plan.commissionRate': rate }, extra);
  const w = r.weeks;
  const visits = sumWeeks(w, 'visits');
  const push = w.reduce((s, x) => s + x.pushShare * x.visits, 0) / Math.max(1, visits);
  return { push, sat: meanWeeks(w, 'satisfaction', w.length - 52), profit: r.totals.profit };
}

function bestIndex(curve: readonly number[]): number {
  let best = 0;
  curve.forEach((v, i) => {
    if (v > curve[best]) best = i;
  });
  return best;
}

/**
 * The best commission rate of a profit curve over RATES: the vertex of the
 * parabola through the grid maximum and its two neighbours (at a grid end,
 * that end). `at` fixes the grid point, so every seed is read the same way.
 */
export function bestRate(profits: readonly number[], at: number): number {
  const i = Math.min(Math.max(at, 1), RATES.length - 2);
  if (at <= 0 || at >= RATES.length - 1) return RATES[at];
  const [x0, x1, x2] = [RATES[i - 1], RATES[i], RATES[i + 1]];
  const [y0, y1, y2] = [profits[i - 1], profits[i], profits[i + 1]];
  const num = (x1 - x0) ** 2 * (y1 - y2) - (x1 - x2) ** 2 * (y1 - y0);
  const den = (x1 - x0) * (y1 - y2) - (x1 - x2) * (y1 - y0);
  if (den === 0) return x1;
  return Math.min(x2, Math.max(x0, x1 - num / (2 * den)));
}

export const E6: Experiment = {
  id: 'E6',
  finding: 'Paying for the measured task crowds out the unmeasured one (Holmstrom & Milgrom 1991; Hauser et al. 1994)',
  metric: `push share at commission ${RATES[RATES.length - 1]} minus at 0 (linear-commission)`,
  expected: '> 0; satisfaction falls; profit rises then falls; satisfaction weight moves the best rate up',
  runsPerSeed: RATES.length * 2 + 2,
  measure(seed, { quick }) {
    const weeks = quick ? 78 : 156;
    const out: Sample = {};
    RATES.forEach((rate, i) => {
      const a = linearAt(seed, weeks, rate);
      out[`push${i}`] = a.push;
      out[`sat${i}`] = a.sat;
      out[`profit${i}`] = a.profit;
      out[`profitSW${i}`] = linearAt(seed, weeks, rate, { 'plan.satisfactionWeight': 1 }).profit;
    });
    const harm0 = { 'market.pressureHarm': 0 };
    out.satHarm0Lo = linearAt(seed, weeks, 0, harm0).sat;
    out.satHarm0Hi = linearAt(seed, weeks, RATES[RATES.length - 1], harm0).sat;
    return out;
  },
  judge(s) {
    const last = RATES.length - 1;
    const push = paired(column(s, `push${last}`), column(s, 'push0'));
    const sat = paired(column(s, `sat${last}`), column(s, 'sat0'));
    const curveOf = (prefix: string) => RATES.map((_, i) => mean(column(s, `${prefix}${i}`)));
    const best = bestIndex(curveOf('profit'));
    const bestSW = bestIndex(curveOf('profitSW'));
    const perSeed = (x: Sample, prefix: string, at: number) => bestRate(RATES.map((_, i) => x[`${prefix}${i}`]), at);
    const moveUp = estimate(s.map((x) => perSeed(x, 'profitSW', bestSW) - perSeed(x, 'profit', best)));
    const rise = paired(column(s, `profit${best}`), column(s, 'profit0'));
    const fall = paired(column(s, `profit${best}`), column(s, `profit${last}`));
    const satOff = paired(column(s, 'satHarm0Hi'), column(s, 'satHarm0Lo'));
    const shrink = estimate(column(s, `sat${last}`).map((x, i) => x - s[i].sat0 - (s[i].satHarm0Hi - s[i].satHarm0Lo)));
    const subs = [
      sub(`satisfaction (last year) at ${RATES[last]} minus at 0`, '< 0', sat, side(sat) < 0),
      sub(`profit at the best rate (${RATES[best]}) minus at 0`, '> 0', rise, best > 0 && side(rise) > 0),
      sub(`profit at the best rate (${RATES[best]}) minus at ${RATES[last]}`, '> 0', fall, best < last && side(fall) > 0),
      sub('best commission rate (parabola vertex) with satisfaction weight 1 minus without', '> 0', moveUp, side(moveUp) > 0),
    ];
    const curve = RATES.map((r, i) => `${r}: ${fmt(mean(column(s, `profit${i}`)) / 1e6, 2)}M`).join(', ');
    const curveSW = RATES.map((r, i) => `${r}: ${fmt(mean(column(s, `profitSW${i}`)) / 1e6, 2)}M`).join(', ');
    const pushCurve = RATES.map((r, i) => `${r}: ${fmt(mean(column(s, `push${i}`)), 2)}`).join(', ');
    return {
      id: this.id, finding: this.finding, metric: this.metric, expected: this.expected,
      effect: push.mean, ci: push.ci, n: push.n,
      pass: side(push) > 0 && subs.every((x) => x.pass),
      ablation: ablation('market.pressureHarm=0: satisfaction change from 0 to the top rate', satOff, side(shrink) < 0),
      subchecks: subs,
      notes: `push share by rate: ${pushCurve}. Profit by rate: ${curve}. With satisfaction weight 1: ${curveSW}. `
        + 'Best rates are per-seed parabola vertices around the grid maximum of the mean curve.',
    };
  },
};

// ---------------------------------------------------------------- E7
const SALARY = { 'plan.baseSalary': 2000, 'plan.commissionRate': 0 };
/** About the same expected pay as SALARY, 80% of it contingent on sales. */
const CONTINGENT = { 'plan.baseSalary': 400, 'plan.commissionRate': 0.08 };

export const E7: Experiment = {
  id: 'E7',
  finding: 'Contingent pay crowds out the care motive; feedback crowds it in (Deci, Koestner & Ryan 1999)',
  metric: 'mean care motive in year 2, contingent pay minus salary, in units of reps.careSpread (Cohen\'s d)',
  expected: 'moderate and negative: -0.6 to -0.1 (meta-analysis d = -0.28); coaching and recognition raise it',
  runsPerSeed: 6,
  measure(seed, { quick }) {
    const weeks = quick ? 52 : 104;
    const from = weeks / 2;
    const off = { 'reps.crowdingOut': 0 };
    const care = (...layers: Record<string, unknown>[]) => meanWeeks(run('linear-commission', seed, { 'run.weeks': weeks }, ...layers).weeks, 'careMotive', from);
    const noMgmt = { 'management.coaching': 0, 'management.recognition': 0 };
    const mgmt = { 'management.coaching': 0.6, 'management.recognition': 0.6 };
    return {
      salary: care(SALARY),
      contingent: care(CONTINGENT),
      contingentMgmt: care(CONTINGENT, mgmt),
      contingentNoMgmt: care(CONTINGENT, noMgmt),
      salaryOff: care(SALARY, off),
      contingentOff: care(CONTINGENT, off),
      spread: params('linear-commission')['reps.careSpread'],
    };
  },
  judge(s) {
    const spread = s[0]?.spread || 0.15;
    const d = estimate(column(s, 'contingent').map((x, i) => (x - s[i].salary) / spread));
    const din = estimate(column(s, 'contingentMgmt').map((x, i) => (x - s[i].contingentNoMgmt) / spread));
    const dOff = estimate(column(s, 'contingentOff').map((x, i) => (x - s[i].salaryOff) / spread));
    const shrink = paired(column(s, 'contingentOff').map((x, i) => x - s[i].salaryOff), column(s, 'contingent').map((x, i) => x - s[i].salary));
    const subs = [sub('coaching 0.6 + recognition 0.6 minus none, under contingent pay (d)', '> 0', din, side(din) > 0)];
    return {
      id: this.id, finding: this.finding, metric: this.metric, expected: this.expected,
      effect: d.mean, ci: d.ci, n: d.n,
      pass: side(d) < 0 && d.mean >= -0.6 && d.mean <= -0.1 && subs.every((x) => x.pass),
      ablation: ablation('reps.crowdingOut=0 (contingent pay no longer erodes care)', dOff, side(shrink) > 0),
      subchecks: subs,
      notes: `mean care: salary ${fmt(mean(column(s, 'salary')))}, contingent ${fmt(mean(column(s, 'contingent')))}.`,
    };
  },
};

// ---------------------------------------------------------------- E8
/**
 * Reps of equal ability and varied care in one team: each rep's customer
 * orientation (share of relating visits in the first quarter) against their
 * revenue in the first quarter and in the second year.
 */
function orientationCorrelations(seed: string, weeks: number, extra: Record<string, unknown>): { early: number; late: number } {
  const p = params('linear-commission', { 'run.weeks': weeks, 'reps.count': 20, 'reps.abilitySigma': 0, 'reps.careSpread': 0.3 }, extra);
  const q1: { relate: number; revenue: number }[] = [];
  const lateFrom = weeks - 4 * Q;
  let lateStart: number[] = [];
  const state = stepRun(p, seed, {
    after(st) {
      if (st.week === Q) {
        for (const r of st.reps) q1[r.id] = { relate: r.visits > 0 ? 1 - r.pushVisits / r.visits : NaN, revenue: r.revenue };
      }
      if (st.week === lateFrom) lateStart = st.reps.map((r) => r.revenue);
    },
  });
  const stayed = state.reps.filter((r) => r.hiredWeek === 0 && r.active && q1[r.id] && Number.isFinite(q1[r.id].relate));
  const relate = stayed.map((r) => q1[r.id].relate);
  return {
    early: correlation(relate, stayed.map((r) => q1[r.id].revenue)),
    late: correlation(relate, stayed.map((r) => r.revenue - (lateStart[r.id] ?? 0))),
  };
}

export const E8: Experiment = {
  id: 'E8',
  finding: 'Customer-oriented selling pays slowly (Saxe & Weitz 1982; Franke & Park 2006)',
  metric: 'corr(rep\'s relating share, revenue) in quarters 5-8 minus in quarter 1 (20 reps, equal ability)',
  expected: '> 0; near zero in quarter 1, positive after 4-8 quarters',
  runsPerSeed: 2,
  measure(seed, { quick }) {
    const weeks = quick ? 78 : 104;
    const on = orientationCorrelations(seed, weeks, {});
    const off = orientationCorrelations(seed, weeks, { 'market.wordOfMouth': 0, 'market.repeatRate': 0 });
    return { early: on.early, late: on.late, gain: on.late - on.early, gainOff: off.late - off.early };
  },
  judge(s) {
    const main = estimate(column(s, 'gain'));
    const early = estimate(column(s, 'early'));
    const late = estimate(column(s, 'late'));
    const off = estimate(column(s, 'gainOff'));
    const shrink = paired(column(s, 'gain'), column(s, 'gainOff'));
    const subs = [
      sub('corr in quarter 1', 'about 0 (|r| < 0.3)', early, Math.abs(early.mean) < 0.3),
      sub('corr in quarters 5-8', '> 0', late, side(late) > 0),
    ];
    return {
      id: this.id, finding: this.finding, metric: this.metric, expected: this.expected,
      effect: main.mean, ci: main.ci, n: main.n,
      pass: side(main) > 0 && subs.every((x) => x.pass),
      ablation: ablation('market.wordOfMouth=0 and market.repeatRate=0 (no referrals, no repeat buying)', off, side(shrink) > 0),
      subchecks: subs,
      notes: 'Care also raises effort in repDecisions.ts, so orientation and early sales share a cause.',
    };
  },
};

// ---------------------------------------------------------------- E9
/** Returns and churn per deal sold, and deals of the first quarter, of a linear plan. */
function pressureRun(seed: string, weeks: number, layers: Record<string, unknown>[]) {
  const r = run('linear-commission', seed, { 'run.weeks': weeks }, ...layers);
  const w = r.weeks;
  const visits = sumWeeks(w, 'visits');
  return {
    push: w.reduce((s, x) => s + x.pushShare * x.visits, 0) / Math.max(1, visits),
    dealsQ1: sumWeeks(w, 'deals', 0, Q),
    lost: (sumWeeks(w, 'returns', Q) + sumWeeks(w, 'churned', Q)) / Math.max(1, sumWeeks(w, 'deals')),
  };
}

export const E9: Experiment = {
  id: 'E9',
  finding: 'Pressure closes now and costs later (Zboja, Clark & Haytko 2016)',
  metric: 'returns + churn after quarter 1 per deal sold, higher-push plan minus lower-push plan',
  expected: '> 0; the higher-push plan also closes more deals in quarter 1',
  runsPerSeed: 4,
  measure(seed, { quick }) {
    const weeks = quick ? 52 : 104;
    // a 13-week clawback makes pushing expensive to the rep and changes nothing else they decide
    const claw = { 'plan.clawbackWeeks': 13 };
    const harm0 = { 'market.pressureHarm': 0 };
    const hi = pressureRun(seed, weeks, []);
    const lo = pressureRun(seed, weeks, [claw]);
    const hi0 = pressureRun(seed, weeks, [harm0]);
    const lo0 = pressureRun(seed, weeks, [claw, harm0]);
    return {
      pushHi: hi.push, pushLo: lo.push, dealsHi: hi.dealsQ1, dealsLo: lo.dealsQ1, lostHi: hi.lost, lostLo: lo.lost,
      lost0: hi0.lost - lo0.lost,
    };
  },
  judge(s) {
    const main = paired(column(s, 'lostHi'), column(s, 'lostLo'));
    const push = paired(column(s, 'pushHi'), column(s, 'pushLo'));
    const deals = estimate(column(s, 'dealsHi').map((x, i) => x / Math.max(1, s[i].dealsLo) - 1));
    const off = estimate(column(s, 'lost0'));
    const shrink = estimate(column(s, 'lostHi').map((x, i) => x - s[i].lostLo - s[i].lost0));
    const subs = [
      sub('push share, higher minus lower', '> 0', push, side(push) > 0),
      sub('deals in quarter 1, higher over lower minus 1', '> 0', deals, side(deals) > 0),
    ];
    return {
      id: this.id, finding: this.finding, metric: this.metric, expected: this.expected,
      effect: main.mean, ci: main.ci, n: main.n,
      pass: side(main) > 0 && subs.every((x) => x.pass),
      ablation: ablation('market.pressureHarm=0 (pressure no longer lowers satisfaction)', off, side(shrink) > 0),
      subchecks: subs,
      notes: `push share ${fmt(mean(column(s, 'pushHi')))} vs ${fmt(mean(column(s, 'pushLo')))} (linear-commission without vs with a 13-week clawback); `
        + `lost per deal ${fmt(mean(column(s, 'lostHi')))} vs ${fmt(mean(column(s, 'lostLo')))}.`,
    };
  },
};

// ---------------------------------------------------------------- E10
export const E10: Experiment = {
  id: 'E10',
  finding: 'People start out distrusting salespeople (Gallup honesty polls)',
  metric: 'share of customers with trust > 0.5 in a fresh market (defaults, week 0)',
  expected: '0.05 to 0.20',
  runsPerSeed: 2,
  measure(seed) {
    const share = (extra: Record<string, unknown>) => {
      const st = createRun(params('linear-commission', extra), seed);
      let k = 0;
      for (let i = 0; i < st.customers.trust.length; i++) if (st.customers.trust[i] > 0.5) k++;
      return k / st.customers.trust.length;
    };
    return { share: share({}), flat: share({ 'market.trustSpread': 0 }) };
  },
  judge(s) {
    const main = estimate(column(s, 'share'));
    const off = estimate(column(s, 'flat'));
    return {
      id: this.id, finding: this.finding, metric: this.metric, expected: this.expected,
      effect: main.mean, ci: main.ci, n: main.n,
      pass: main.ci[0] >= 0.05 && main.ci[1] <= 0.2,
      ablation: ablation('market.trustSpread=0 (everyone at the median trust)', off, off.mean < main.mean),
      notes: 'A property of the initial distribution: median market.baselineTrust on a logit scale with spread market.trustSpread.',
    };
  },
};

export const RELATIONSHIP_CHECKS: readonly Experiment[] = [E6, E7, E8, E9, E10];
