/**
 * The calibration table of EVIDENCE.md, measured on the default market: the
 * defaults of PARAM_SPECS and the linear-commission scenario side by side.
 */
import { createRun, defaultParams, simulate, WEEKS_PER_YEAR } from '../sim';
import type { Params } from '../sim';
import { linearFit, estimate, type Estimate } from '../shared/stats';
import { meanWeeks, params, sumWeeks } from './harness';
import type { Sample } from './types';

export interface CalibrationRow {
  key: string;
  what: string;
  target: string;
  lo: number;
  hi: number;
  /** one estimate per market (defaults, linear-commission) */
  values: Estimate[];
  pass: boolean[];
}

export interface Calibration {
  markets: string[];
  rows: CalibrationRow[];
}

const ROWS: { key: string; what: string; target: string; lo: number; hi: number }[] = [
  { key: 'payShare', what: 'sales pay as share of revenue', target: '0.05 to 0.15', lo: 0.05, hi: 0.15 },
  { key: 'variableShare', what: 'variable share of sales pay', target: 'about 0.40 (0.30 to 0.50)', lo: 0.3, hi: 0.5 },
  { key: 'trustShare', what: 'share with trust > 0.5 at week 0 (E10)', target: '0.05 to 0.20', lo: 0.05, hi: 0.2 },
  { key: 'medianTrust', what: 'median trust in salespeople at week 0', target: '0.20 to 0.30', lo: 0.2, hi: 0.3 },
  { key: 'womPositiveShare', what: 'positive share of word of mouth (weeks 0-103)', target: '0.67 to 0.85 (positive 2-6x negative)', lo: 0.67, hi: 0.85 },
  { key: 'womReach', what: 'people told per dissatisfied / per satisfied talker', target: '1.5 to 3', lo: 1.5, hi: 3 },
  { key: 'retention', what: 'yearly retention of active accounts (year 2; every exit counts, churn and business closures; a return is a refund)', target: '0.80 to 0.92 (about 0.87: Reichheld 1996, half of customers lost in five years)', lo: 0.8, hi: 0.92 },
  { key: 'p', what: 'diffusion p, fitted (reps.influence=0), per week', target: '0.0003 to 0.0012 (about 0.0006)', lo: 0.0003, hi: 0.0012 },
  { key: 'q', what: 'diffusion q, fitted (reps.influence=0), per week', target: '0.004 to 0.011 (about 0.0073)', lo: 0.004, hi: 0.011 },
];

function marketParams(market: string, extra: Record<string, unknown> = {}): Params {
  return market === 'defaults' ? { ...defaultParams(), ...extra } as Params : params(market, extra);
}

/** Weekly hazard of adoption regressed on the adopted share: intercept p, slope q. */
function fitBass(p: Params, seed: string): { p: number; q: number } {
  const r = simulate({ params: { ...p, 'reps.influence': 0, 'run.weeks': 260 } as Params, seed });
  const n = p['market.size'];
  const shares: number[] = [];
  const hazards: number[] = [];
  let prev = 0;
  for (const w of r.weeks) {
    const fresh = w.adopters - prev;
    const remaining = n - prev;
    if (remaining > 0) {
      shares.push(prev / n);
      hazards.push(fresh / remaining);
    }
    prev = w.adopters;
  }
  const fit = linearFit(shares, hazards);
  return { p: fit.a, q: fit.b };
}

export function measureCalibration(market: string, seed: string): Sample {
  const p = marketParams(market, { 'run.weeks': 2 * WEEKS_PER_YEAR });
  const r = simulate({ params: p, seed });
  const w = r.weeks;
  const fresh = createRun(p, seed);
  const trust = Array.from(fresh.customers.trust).sort((a, b) => a - b);
  const pos = sumWeeks(w, 'womPositive');
  const neg = sumWeeks(w, 'womNegative');
  const exits = sumWeeks(w, 'churned', WEEKS_PER_YEAR) + sumWeeks(w, 'accountsClosed', WEEKS_PER_YEAR);
  const active = meanWeeks(w, 'activeCustomers', WEEKS_PER_YEAR);
  const bass = fitBass(p, seed);
  return {
    payShare: r.totals.pay / r.totals.revenue,
    variableShare: r.totals.incentivePay / r.totals.pay,
    trustShare: trust.filter((x) => x > 0.5).length / trust.length,
    medianTrust: trust[trust.length >> 1],
    womPositiveShare: pos + neg > 0 ? pos / (pos + neg) : NaN,
    womReach: p['market.negativeWomRatio'],
    retention: active > 0 ? 1 - exits / active : NaN,
    p: bass.p,
    q: bass.q,
  };
}

export const CALIBRATION_MARKETS = ['defaults', 'linear-commission'];

export function judgeCalibration(samples: Record<string, Sample[]>): Calibration {
  const markets = Object.keys(samples);
  return {
    markets,
    rows: ROWS.map((row) => {
      const values = markets.map((m) => estimate(samples[m].map((s) => s[row.key])));
      return { ...row, values, pass: values.map((v) => v.mean >= row.lo && v.mean <= row.hi) };
    }),
  };
}

export function calibrate(seeds: readonly string[]): Calibration {
  const samples: Record<string, Sample[]> = {};
  for (const m of CALIBRATION_MARKETS) samples[m] = seeds.map((seed) => measureCalibration(m, seed));
  return judgeCalibration(samples);
}
