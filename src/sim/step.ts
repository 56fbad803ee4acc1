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
import type { Decision, EventSink, RepState, RunState, StreamName, WeekRecord } from './types';

/**
 * Live generators are kept between steps for speed, keyed by the run state;
 * they are rebuilt from the saved states whenever those were not the ones
 * written at the end of the last step (a clone, a resumed snapshot, an edit).
 */
const live = new WeakMap<RunState, { streams: RunState['streams']; rng: Record<StreamName, Rng> }>();

function openStreams(state: RunState): Record<StreamName, Rng> {
  const cached = live.get(state);
  if (cached && cached.streams === state.streams) return cached.rng;
  const out = {} as Record<StreamName, Rng>;
  for (const name of STREAM_NAMES) out[name] = new Rng(state.streams[name]);
  return out;
}

function closeStreams(state: RunState, rng: Record<StreamName, Rng>): void {
  const streams = {} as RunState['streams'];
  for (const name of STREAM_NAMES) streams[name] = rng[name].state();
  state.streams = streams;
  live.set(state, { streams, rng });
}

export function isDone(state: RunState): boolean {
  return state.week >= state.params['run.weeks'];
}

export function step(state: RunState, decisions: readonly Decision[], sink?: EventSink): WeekRecord {
  const rng = openStreams(state);
  const gemba: number[] = [];
  for (const d of decisions) {
    if (d.week !== state.week) throw new RangeError(`decision for week ${d.week} given at week ${state.week}`);
    applyDecision(state, d, gemba);
  }
  const params = state.params;
  const w: Week = {
    state, params, week: state.week, plan: planFor(params, state.week), acc: emptyAcc(), rng, emit: sink ?? null,
    activeReps: state.reps.filter((r) => r.active).length,
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
  closeStreams(state, rng);
  state.week++;
  return record;
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
