/**
 * Initialisation: a fresh market, a fresh team, week 0.
 */
import { VALUES } from './constants';
import { clamp, exp, logit, sigmoid } from './math';
import { ParamError } from './params';
import type { Params } from './paramSpecs';
import { Rng, deriveStreams } from './rng';
import { MODEL_NAME, MODEL_VERSION, type RepState, type RunState } from './types';
import { makeCustomers } from './customerArrays';
import { FNV_OFFSET } from './hash';
import { TRUSTING } from './trust';

const { PRIOR_CLOSE, SKILL_START, SKILL_START_SPREAD, SKILL_HIRE, INTEGRITY_SPREAD, EFFORT_START, PUSH_SHARE_START, SAT_REFERENCE } = VALUES;
const { PUSH_EDGE, RELATE_FUTURE, FOLLOW_HORIZON } = VALUES;
const { FIT_MID, FIT_SPREAD, FEAR_SPREAD, SAT_PROSPECT, REPUTATION_NEUTRAL } = VALUES;

/** A new rep drawn from the hiring pool. */
export function newRep(id: number, territory: number, week: number, params: Params, rng: Rng): RepState {
  const care = clamp(params['reps.careMotive'] + params['reps.careSpread'] * rng.normal(), 0, 1);
  const ramp = params['reps.rampWeeks'];
  const logAbility = params['reps.abilitySigma'] * rng.normal();
  return {
    id,
    active: true,
    territory,
    hiredWeek: week,
    leftWeek: -1,
    ability: exp(logAbility),
    logAbility,
    skill: week === 0 || ramp === 0 ? SKILL_START + SKILL_START_SPREAD * rng.next() : SKILL_HIRE,
    care,
    careBase: care,
    integrity: clamp(params['reps.integrity'] + INTEGRITY_SPREAD * rng.normal(), 0, 1),
    fatigue: 0,
    effort: EFFORT_START,
    pushShare: PUSH_SHARE_START,
    expectedRate: params['reps.visitsPerWeek'] * PRIOR_CLOSE * params['market.dealValue'],
    accounts: { pushed: 0, related: 0 },
    seen: {
      pushClose: PRIOR_CLOSE + PUSH_EDGE,
      relateClose: PRIOR_CLOSE,
      pushFollow: 0,
      relateFollow: RELATE_FUTURE / (PRIOR_CLOSE * FOLLOW_HORIZON),
    },
    avgPay: params['plan.baseSalary'],
    avgVariable: 0,
    quota: 0,
    periodSales: 0,
    periodDeals: 0,
    ratchet: 1,
    periods: [],
    // a new rep's customers are taken to be satisfied enough for full pay until they say otherwise
    recentSat: SAT_REFERENCE,
    deals: 0,
    revenue: 0,
    pay: 0,
    incentivePay: 0,
    pushVisits: 0,
    visits: 0,
    misconduct: 0,
    pipeline: [],
    referrals: [],
    lastVisits: [],
  };
}

/** Scratch for the set-up's normal deviates, reused from run to run (it holds nothing between them). */
let normals = new Float64Array(0);

export function createRun(params: Params, seed: string): RunState {
  if (typeof seed !== 'string' || seed.trim() === '') throw new ParamError('the seed must be a non-empty string');
  const streams = deriveStreams(seed);
  const rng = new Rng(streams.setup);
  const n = params['market.size'];
  const customers = makeCustomers(n);
  // three normals per customer, for fit, trust and fear, customer after customer
  if (normals.length < 3 * n) normals = new Float64Array(3 * n);
  const z = normals;
  rng.fillNormals(z, 3 * n);
  const trustMid = logit(params['market.baselineTrust']);
  const trustSpread = params['market.trustSpread'];
  const fearMean = params['market.fear'];
  const { fit, trust, fear, sat } = customers;
  let trusting = 0;
  for (let i = 0; i < n; i++) {
    // fit: most prospects fit moderately, some badly, some very well
    fit[i] = sigmoid(FIT_MID + FIT_SPREAD * z[3 * i]);
    trust[i] = sigmoid(trustMid + trustSpread * z[3 * i + 1]);
    fear[i] = clamp(fearMean + FEAR_SPREAD * z[3 * i + 2], 0, 1);
    sat[i] = SAT_PROSPECT;
    if (trust[i] > TRUSTING) trusting++;
  }
  const reps: RepState[] = [];
  for (let r = 0; r < params['reps.count']; r++) reps.push(newRep(r, r, 0, params, rng));
  streams.setup = rng.state();
  return {
    model: { name: MODEL_NAME, version: MODEL_VERSION },
    seed,
    params,
    week: 0,
    streams,
    customers,
    reps,
    leadPool: [],
    reputation: REPUTATION_NEUTRAL,
    marketCounts: { fresh: n, adopters: 0, unhappyLost: 0, activeDetractors: 0, trusting },
    pendingHires: [],
    misconductNorm: 0,
    missedShare: 0,
    period: null,
    events: [],
    territories: params['reps.count'],
    cash: 0,
    history: [],
    hash: [FNV_OFFSET[0], FNV_OFFSET[1]],
  };
}
