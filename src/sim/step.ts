/**
 * One week of the model, in a fixed order:
 * decisions → quota period start → inbound leads → reps decide → reps sell →
 * customers (returns, churn, repeat, word of mouth) → reputation → pay →
 * people (care, skill, fatigue, quits, hires) → record.
 * The state is updated in place; a snapshot is structuredClone(state).
 */
import { emptyAcc, planFor, type Week } from './context';
import { customersWeek } from './customers';
import { applyDecision } from './decisions';
import { inboundWeek, updateReputation } from './market';
import { payWeek, startPeriod } from './pay';
import { gembaWalk, hire, peopleWeek, updateNorm } from './people';
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

/**
 * The live runs of states stepped one call at a time (the game), so that
 * their generators are not rebuilt every week. The headless runner holds its
 * LiveRun itself and never looks here.
 */
const openRuns = new WeakMap<RunState, LiveRun>();

export function isDone(state: RunState): boolean {
  return state.week >= state.params['run.weeks'];
}

export function step(state: RunState, decisions: readonly Decision[], sink?: EventSink): WeekRecord {
  let run = openRuns.get(state);
  if (!run) {
    run = openRun(state);
    openRuns.set(state, run);
  }
  return stepRun(run, decisions, sink);
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
  const gemba: number[] = [];
  for (const d of decisions) {
    if (d.week !== state.week) throw new RangeError(`decision for week ${d.week} given at week ${state.week}`);
    applyDecision(state, d, gemba);
  }
  const params = state.params;
  const w: Week = {
    state, params, week: state.week, plan: planFor(params, state.week), acc: emptyAcc(), rng, emit: sink ?? null,
    activeReps: countActive(state.reps),
  };
  const hires = decisions.reduce((n, d) => (d.type === 'hire' ? n + d.count : n), 0);
  if (hires > 0) hire(w, hires);
  if (w.plan.isPeriodStart) startPeriod(w, state.reps);
  for (const id of gemba) {
    const rep = state.reps[id];
    if (rep && rep.active) gembaWalk(w, rep);
  }

  inboundWeek(w, state.marketCounts.prospects, state.marketCounts.adopters);

  const reps = state.reps;
  for (const rep of reps) {
    rep.weekPay = 0;
    rep.weekVariable = 0;
    if (rep.active) decideRep(w, rep);
  }
  // reps go out in an order drawn each week, so no one always gets the inbound leads first
  const order = shuffledActive(reps, rng.reps);
  for (const rep of order) sellWeek(w, rep);

  const repsById: (RepState | undefined)[] = reps;
  let cursor = 0;
  const fallback = (): RepState | null => {
    if (order.length === 0) return null;
    cursor = (cursor + 1) % order.length;
    return order[cursor];
  };
  const counts = customersWeek(w, repsById, fallback);
  updateReputation(w);
  payWeek(w, reps);
  peopleWeek(w);

  updateNorm(state, order);
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
