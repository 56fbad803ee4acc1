/**
 * The player's and researcher's timed decisions: plan changes, gemba walks,
 * hiring. A run is seed + parameters + this log.
 */
import { checkParam, ParamError } from './params';
import type { Params } from './paramSpecs';
import type { Decision, RunState } from './types';

/** Parameters fixed for the whole run: they size arrays or end it. */
export const FIXED_KEYS: readonly string[] = ['run.weeks', 'reps.count', 'market.size'];

export function decisionsAt(log: readonly Decision[], week: number): Decision[] {
  return log.filter((d) => d.week === week);
}

/** Checks a decision's shape and values; throws ParamError with a plain sentence. */
export function checkDecision(d: unknown, index = 0): Decision {
  const where = `decision ${index + 1}`;
  if (d === null || typeof d !== 'object') throw new ParamError(`${where} is not an object`);
  const o = d as Record<string, unknown>;
  if (typeof o.week !== 'number' || !Number.isInteger(o.week) || o.week < 0) {
    throw new ParamError(`${where} needs a whole, non-negative "week"`);
  }
  switch (o.type) {
    case 'set': {
      if (typeof o.key !== 'string') throw new ParamError(`${where} needs a parameter "key"`);
      if (FIXED_KEYS.includes(o.key)) throw new ParamError(`${where}: ${o.key} cannot change during a run`);
      const value = checkParam(o.key, o.value);
      return { week: o.week, type: 'set', key: o.key, value };
    }
    case 'gemba':
      if (typeof o.rep !== 'number' || !Number.isInteger(o.rep) || o.rep < 0) throw new ParamError(`${where} needs a rep id`);
      return { week: o.week, type: 'gemba', rep: o.rep };
    case 'hire':
      if (typeof o.count !== 'number' || !Number.isInteger(o.count) || o.count < 1 || o.count > 20) {
        throw new ParamError(`${where}: hire count must be a whole number from 1 to 20`);
      }
      return { week: o.week, type: 'hire', count: o.count };
    default:
      throw new ParamError(`${where} has unknown type "${String(o.type)}"; valid types: set, gemba, hire`);
  }
}

export function checkDecisions(log: unknown): Decision[] {
  if (!Array.isArray(log)) throw new ParamError('a decision log must be a list of decisions');
  return log.map((d, i) => checkDecision(d, i));
}

/** Applies a decision at the start of its week. Gemba walks are collected for the step. */
export function applyDecision(state: RunState, d: Decision, gemba: number[]): void {
  const checked = checkDecision(d);
  if (checked.type === 'set') {
    state.params = { ...state.params, [checked.key]: checked.value } as Params;
  } else if (checked.type === 'gemba') {
    gemba.push(checked.rep);
  }
}
