/**
 * Timed market events a facilitator puts in a run: they are decisions of the
 * log (type 'event'), applied at the start of their week like a plan change.
 * An event with a duration stays in force in RunState.events until its last
 * week; while it is in force it scales one named parameter of the week (the
 * parameters the mechanisms read, w.params), never the plan in RunState.params:
 *
 * - recession: market.innovation and market.imitation × (1 − size): inbound interest falls by `size`;
 * - priceCut (a competitor's): market.repeatRate × (1 − size), market.baseChurn and market.dissatisfiedChurn × (1 + size):
 *   customers reorder less and leave more, happy or not;
 * - launch (a new product): market.dealValue × (1 + size): every deal is worth more;
 * - starLeaves: the active rep with the most revenue so far quits that week (no size, no duration).
 *
 * Two events of the same kind in force multiply. A run without events reads
 * the same parameter object as before, so its trajectory is unchanged.
 */
import { ParamError } from './params';
import { findSpec, type NumberSpec, type Params } from './paramSpecs';
import type { EventInForce, RepState, TimedEventKind } from './types';

export const TIMED_EVENTS: readonly TimedEventKind[] = ['recession', 'priceCut', 'launch'];
export const EVENT_KINDS: readonly string[] = [...TIMED_EVENTS, 'starLeaves'];

/** Bounds of an event's size (a share, 0 excluded) and of its duration in weeks (at most the longest run). */
export const EVENT_SIZE = { min: 0.01, max: 1 } as const;
export const EVENT_WEEKS = { min: 1, max: (findSpec('run.weeks') as NumberSpec).max } as const;

type EventDecision =
  | { week: number; type: 'event'; event: TimedEventKind; size: number; weeks: number }
  | { week: number; type: 'event'; event: 'starLeaves' };

/** Checks an event decision's kind, size and duration; throws ParamError with a plain sentence. */
export function checkEvent(o: Record<string, unknown>, week: number, n: number): EventDecision {
  const where = `decision ${n}`;
  if (o.event === 'starLeaves') return { week, type: 'event', event: 'starLeaves' };
  if (typeof o.event !== 'string' || !TIMED_EVENTS.includes(o.event as TimedEventKind)) {
    const vars = { n, event: String(o.event), choices: EVENT_KINDS.join(', ') };
    throw new ParamError(`${where} has unknown event "${vars.event}"; valid events: ${vars.choices}`, 'inputErrors.eventUnknown', vars);
  }
  const size = o.size;
  if (typeof size !== 'number' || !Number.isFinite(size) || size < EVENT_SIZE.min || size > EVENT_SIZE.max) {
    const vars = { n, event: o.event, min: EVENT_SIZE.min, max: EVENT_SIZE.max, got: String(size) };
    throw new ParamError(`${where}: the ${o.event} event's size must be a number from ${vars.min} to ${vars.max} (got ${vars.got})`, 'inputErrors.eventSize', vars);
  }
  const weeks = o.weeks;
  if (typeof weeks !== 'number' || !Number.isInteger(weeks) || weeks < EVENT_WEEKS.min || weeks > EVENT_WEEKS.max) {
    const vars = { n, event: o.event, min: EVENT_WEEKS.min, max: EVENT_WEEKS.max, got: String(weeks) };
    throw new ParamError(`${where}: the ${o.event} event lasts a whole number of weeks from ${vars.min} to ${vars.max} (got ${vars.got})`, 'inputErrors.eventWeeks', vars);
  }
  return { week, type: 'event', event: o.event as TimedEventKind, size, weeks };
}

/** Drops the events whose last week is over: an event from week w for n weeks is in force in weeks w to w + n − 1. */
export function expireEvents(events: readonly EventInForce[], week: number): EventInForce[] {
  return events.filter((e) => e.until > week);
}

/** The parameters the week's mechanisms read: the run's, scaled by the events in force (the same object when none is). */
export function paramsInForce(params: Params, events: readonly EventInForce[]): Params {
  if (events.length === 0) return params;
  let inbound = 1;
  let repeat = 1;
  let churn = 1;
  let value = 1;
  for (const e of events) {
    if (e.event === 'recession') inbound *= 1 - e.size;
    else if (e.event === 'priceCut') {
      repeat *= 1 - e.size;
      churn *= 1 + e.size;
    } else value *= 1 + e.size;
  }
  return {
    ...params,
    'market.innovation': params['market.innovation'] * inbound,
    'market.imitation': params['market.imitation'] * inbound,
    'market.repeatRate': params['market.repeatRate'] * repeat,
    'market.baseChurn': params['market.baseChurn'] * churn,
    'market.dissatisfiedChurn': params['market.dissatisfiedChurn'] * churn,
    'market.dealValue': params['market.dealValue'] * value,
  };
}

/** The active rep with the most revenue so far (the lowest id on a tie), or null when the team is empty. */
export function starRep(reps: readonly RepState[]): RepState | null {
  let star: RepState | null = null;
  for (const r of reps) if (r.active && (star === null || r.revenue > star.revenue)) star = r;
  return star;
}
