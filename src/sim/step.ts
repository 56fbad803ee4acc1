/**
 * One week of the model, in a fixed order:
 * decisions and events → quota period (settled, opened) → hires, gemba walks, a star rep leaving, dilemmas answered → inbound leads → reps decide → reps sell →
 * customers (returns, churn, repeat, word of mouth) → reputation → pay →
 * people (care, skill, fatigue, quits, hires) → record.
 * The state is updated in place; a snapshot is structuredClone(state).
 */
import { emptyAcc, emptyRepWeek, planFor, type Week } from './context';
import { customersWeek } from './customers';
import { applyWeek, checkWeek } from './decisions';
import { expireEvents, paramsInForce, starRep } from './events';
import { inboundWeek, updateReputation } from './market';
import { answerDilemma } from './dilemmas';
import { payWeek } from './pay';
import { renewPeriod } from './period';
import { gembaWalk, hire, learnWeek, peopleWeek, quit, updateNorm } from './people';
import { makeRecord, foldRecord } from './record';
import { decideRep } from './repDecisions';
import { Rng, STREAM_NAMES } from './rng';
import { sellWeek } from './selling';
import type { Decision, EventSink, RepState, RunState, StreamName, Streams, WeekRecord } from './types';

/**
 * A run being stepped: its plain state and the live generators of its
 * streams. The generators are not part of the state: they are built from its
 * saved streams, and those are written back at the end of every week, so the
 * state is a complete snapshot between steps.
 */
export interface LiveRun {
  state: RunState;
  /** the saved streams the live generators stand for */
  streams: Streams;
  rng: Record<StreamName, Rng>;
}

export function openRun(state: RunState): LiveRun {
  const rng = {} as Record<StreamName, Rng>;
  for (const name of STREAM_NAMES) rng[name] = new Rng(state.streams[name]);
  return { state, streams: state.streams, rng };
}

function closeStreams(run: LiveRun): void {
  const streams = {} as Streams;
  for (const name of STREAM_NAMES) streams[name] = run.rng[name].state();
  run.state.streams = streams;
  run.streams = streams;
}

export function isDone(state: RunState): boolean {
  return state.week >= state.params['run.weeks'];
}

/**
 * One week of a bare state (the game steps one call at a time): its
 * generators are built from the saved streams, a few numbers each, and
 * written back at the end. The headless runner keeps a LiveRun instead.
 */
export function step(state: RunState, decisions: readonly Decision[], sink?: EventSink): WeekRecord {
  return stepRun(openRun(state), decisions, sink);
}

/** One week of a run; step() for a bare state. */
export function stepRun(run: LiveRun, decisions: readonly Decision[], sink?: EventSink): WeekRecord {
  const state = run.state;
  // saved streams replaced since the last week (an edit, a JSON round trip): generators built afresh from them
  if (state.streams !== run.streams) {
    const fresh = openRun(state);
    run.rng = fresh.rng;
    run.streams = fresh.streams;
  }
  const rng = run.rng;
  // every decision checked before any applies: a refused week leaves the run as it was
  const checked = checkWeek(state, decisions);
  const before = state.params;
  const { gemba, hires, starsLeaving, dilemmas } = applyWeek(state, checked);
  // the facilitator's events: the ones over are dropped, the ones in force scale the week's parameters (events.ts)
  if (state.events.length > 0) state.events = expireEvents(state.events, state.week);
  const params = paramsInForce(state.params, state.events);
  const w: Week = {
    state, params, week: state.week, plan: planFor(params, state.period, state.week), acc: emptyAcc(), rng, emit: sink ?? null,
    activeReps: countActive(state.reps), reps: state.reps.map(emptyRepWeek),
  };
  renewPeriod(w, before);
  if (hires > 0) hire(w, hires);
  for (const id of gemba) gembaWalk(w, state.reps[id]);
  for (let k = 0; k < starsLeaving; k++) {
    const star = starRep(state.reps);
    if (star) quit(w, star, 'event');
  }
  for (const d of dilemmas) answerDilemma(w, d);

  inboundWeek(w);

  const reps = state.reps;
  for (const rep of reps) if (rep.active) w.reps[rep.id].intent = decideRep(w, rep);
  // reps go out in an order drawn each week, so no one always gets the inbound leads first
  const order = shuffledActive(reps, rng.reps);
  for (const rep of order) sellWeek(w, rep, w.reps[rep.id].intent);

  let cursor = 0;
  const fallback = (): RepState | null => {
    if (order.length === 0) return null;
    cursor = (cursor + 1) % order.length;
    return order[cursor];
  };
  const counts = customersWeek(w, reps, fallback);
  state.marketCounts.activeDetractors = counts.detractors;
  updateReputation(w);
  payWeek(w, reps);
  peopleWeek(w);

  updateNorm(w, order);
  learnWeek(w);
  const record = makeRecord(w, counts);
  state.history.push(record);
  foldRecord(state.hash, record);
  state.cash += record.profit;
  closeStreams(run);
  state.week++;
  return record;
}

function countActive(reps: readonly RepState[]): number {
  let n = 0;
  for (const r of reps) if (r.active) n++;
  return n;
}

function shuffledActive(reps: RepState[], rng: Rng): RepState[] {
  const out = reps.filter((r) => r.active);
  for (let i = out.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    const t = out[i];
    out[i] = out[j];
    out[j] = t;
  }
  return out;
}
