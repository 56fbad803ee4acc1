/**
 * The player's and researcher's timed decisions: plan changes, gemba walks,
 * hiring, the facilitator's market events (events.ts) and the answers to the
 * game's dilemmas (dilemmas.ts). A run is seed +
 * parameters + this log.
 */
import { checkEvent } from './events';
import { checkParam, ParamError } from './params';
import type { Params } from './paramSpecs';
import { DILEMMA_KINDS, type Decision, type DilemmaKind, type EventInForce, type RunState } from './types';

/** Parameters fixed for the whole run: they size arrays or end it. */
export const FIXED_KEYS: readonly string[] = ['run.weeks', 'reps.count', 'market.size'];

export function decisionsAt(log: readonly Decision[], week: number): Decision[] {
  return log.filter((d) => d.week === week);
}

/** Checks a decision's shape and values; throws ParamError with a plain sentence. */
export function checkDecision(d: unknown, index = 0): Decision {
  const n = index + 1;
  const where = `decision ${n}`;
  if (d === null || typeof d !== 'object') throw new ParamError(`${where} is not an object`, 'inputErrors.decisionNotObject', { n });
  const o = d as Record<string, unknown>;
  if (typeof o.week !== 'number' || !Number.isInteger(o.week) || o.week < 0) {
    throw new ParamError(`${where} needs a whole, non-negative "week"`, 'inputErrors.decisionWeek', { n });
  }
  switch (o.type) {
    case 'set': {
      if (typeof o.key !== 'string') throw new ParamError(`${where} needs a parameter "key"`, 'inputErrors.decisionKey', { n });
      if (FIXED_KEYS.includes(o.key)) throw new ParamError(`${where}: ${o.key} cannot change during a run`, 'inputErrors.decisionFixed', { n, key: o.key });
      const value = checkParam(o.key, o.value);
      return { week: o.week, type: 'set', key: o.key, value };
    }
    case 'gemba':
      if (typeof o.rep !== 'number' || !Number.isInteger(o.rep) || o.rep < 0) throw new ParamError(`${where} needs a rep id`, 'inputErrors.decisionRep', { n });
      return { week: o.week, type: 'gemba', rep: o.rep };
    case 'hire':
      if (typeof o.count !== 'number' || !Number.isInteger(o.count) || o.count < 1 || o.count > MAX_HIRE) {
        throw new ParamError(`${where}: hire count must be a whole number from 1 to ${MAX_HIRE}`, 'inputErrors.decisionHire', { n, max: MAX_HIRE });
      }
      return { week: o.week, type: 'hire', count: o.count };
    case 'event':
      return checkEvent(o, o.week, n);
    case 'dilemma': {
      if (typeof o.kind !== 'string' || !DILEMMA_KINDS.includes(o.kind as DilemmaKind)) {
        const vars = { n, kind: String(o.kind), choices: DILEMMA_KINDS.join(', ') };
        throw new ParamError(`${where} has unknown dilemma "${vars.kind}"; valid dilemmas: ${vars.choices}`, 'inputErrors.dilemmaKind', vars);
      }
      if (typeof o.rep !== 'number' || !Number.isInteger(o.rep) || o.rep < -1 || typeof o.customer !== 'number' || !Number.isInteger(o.customer) || o.customer < -1 || typeof o.accept !== 'boolean') {
        throw new ParamError(`${where}: a dilemma's answer needs a rep, a customer (-1 for none) and accept (true or false)`, 'inputErrors.dilemmaShape', { n });
      }
      return { week: o.week, type: 'dilemma', kind: o.kind as DilemmaKind, rep: o.rep, customer: o.customer, accept: o.accept };
    }
    default:
      throw new ParamError(`${where} has unknown type "${String(o.type)}"; valid types: set, gemba, hire, event, dilemma`, 'inputErrors.decisionType', { n, type: String(o.type) });
  }
}

/**
 * Checks a whole log; with the run's parameters, also that every decision
 * falls within the run (a decision after its last week would never apply).
 */
export function checkDecisions(log: unknown, params?: Params): Decision[] {
  if (!Array.isArray(log)) throw new ParamError('a decision log must be a list of decisions', 'inputErrors.decisionLog');
  const checked = log.map((d, i) => checkDecision(d, i));
  const weeks = params?.['run.weeks'];
  if (weeks !== undefined) {
    checked.forEach((d, i) => {
      if (d.week >= weeks) {
        const vars = { n: i + 1, week: d.week, weeks, last: weeks - 1 };
        throw new ParamError(`decision ${i + 1} is for week ${d.week}, but the run has ${weeks} weeks (0 to ${weeks - 1})`, 'inputErrors.decisionPastEnd', vars);
      }
    });
  }
  return checked;
}

/** A dilemma's answer in the log. */
export type DilemmaAnswer = Extract<Decision, { type: 'dilemma' }>;

/** Most reps one hiring decision can add. */
export const MAX_HIRE = 20;

/** Most reps a run can have, hires and replacements included. */
export const MAX_REPS = 400;

/**
 * Checks a week's decisions against the run as it stands, all of them before
 * any is applied, so that a refused week leaves the run untouched: each is for
 * this week, a gemba walk is with a rep on the team, hires fit the team's limit.
 */
export function checkWeek(state: RunState, decisions: readonly Decision[]): Decision[] {
  const checked = decisions.map((d, i) => checkDecision(d, i));
  let hires = 0;
  checked.forEach((d, i) => {
    if (d.week !== state.week) {
      throw new ParamError(`decision ${i + 1} is for week ${d.week}, given at week ${state.week}`, 'inputErrors.decisionWrongWeek', { n: i + 1, week: d.week, now: state.week });
    }
    if (d.type === 'gemba') {
      const rep = state.reps[d.rep];
      if (!rep || !rep.active) {
        const team = state.reps.filter((r) => r.active).map((r) => r.id).join(', ');
        const vars = { n: i + 1, rep: d.rep, week: state.week, team };
        throw new ParamError(`decision ${i + 1}: rep ${d.rep} is not on the team in week ${state.week} (reps on the team: ${team})`, 'inputErrors.decisionRepGone', vars);
      }
    }
    if (d.type === 'hire') hires += d.count;
    if (d.type === 'dilemma' && d.customer >= state.customers.status.length) {
      const vars = { n: i + 1, customer: d.customer, last: state.customers.status.length - 1 };
      throw new ParamError(`decision ${i + 1}: customer ${d.customer} is not in the market (customers 0 to ${vars.last})`, 'inputErrors.dilemmaCustomer', vars);
    }
  });
  if (state.reps.length + hires > MAX_REPS) {
    throw new ParamError(`the team cannot grow beyond ${MAX_REPS} reps, hires and replacements included`, 'inputErrors.teamTooBig', { max: MAX_REPS });
  }
  return checked;
}

/**
 * Applies a checked week's plan changes and starts its timed events; returns
 * the reps to walk with, the count to hire and how many star reps leave.
 */
export function applyWeek(state: RunState, checked: readonly Decision[]): { gemba: number[]; hires: number; starsLeaving: number; dilemmas: DilemmaAnswer[] } {
  const gemba: number[] = [];
  const dilemmas: DilemmaAnswer[] = [];
  let hires = 0;
  let starsLeaving = 0;
  const started: EventInForce[] = [];
  for (const d of checked) {
    if (d.type === 'set') state.params = { ...state.params, [d.key]: d.value } as Params;
    else if (d.type === 'gemba') gemba.push(d.rep);
    else if (d.type === 'hire') hires += d.count;
    else if (d.type === 'dilemma') dilemmas.push(d);
    else if (d.event === 'starLeaves') starsLeaving++;
    else started.push({ event: d.event, size: d.size, until: d.week + d.weeks });
  }
  if (started.length > 0) state.events = [...state.events, ...started];
  return { gemba, hires, starsLeaving, dilemmas };
}
