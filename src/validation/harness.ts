/**
 * Running the model for an experiment, through the core's public API only:
 * scenario parameters with override layers, the headless runner, and a
 * stepping loop for metrics the weekly records do not carry (per rep-week
 * effort, deal events). Experiments only set parameters; none of this knows
 * which finding it serves.
 */
import { completeBlocks, createRun, isDone, simulate, step, WEEKS_PER_YEAR } from '../sim';
import type { Params, RunResult, RunState, SimEvent, WeekRecord } from '../sim';
import { getScenario } from '../scenarios';
import { resolveParams } from '../sim';

export type Overrides = Partial<Record<string, unknown>>;

/**
 * A market under every experiment's scenarios: the sensitivity analysis runs
 * each check at many points of the parameter space. It sits between the
 * defaults and the scenario, so a scenario's plan and an experiment's own
 * settings (its treatment, its control) always win.
 */
let base: Overrides = {};

/** Runs `fn` (synchronous: an experiment's measure) with `layer` as the base under every scenario, then restores it. */
export function withBase<T>(layer: Overrides, fn: () => T): T {
  const saved = base;
  base = layer;
  try {
    return fn();
  } finally {
    base = saved;
  }
}

export function params(scenario: string, ...layers: Overrides[]): Params {
  return resolveParams(base, getScenario(scenario).params, ...layers);
}

export function run(scenario: string, seed: string, ...layers: Overrides[]): RunResult {
  return simulate({ params: params(scenario, ...layers), seed });
}

/**
 * The years after a run's launch year: while the market grows from nothing a
 * fixed quota is out of most reps' reach, and that growth, not the plan, fills
 * a period's last weeks (E1, E1b, E3 read the years after it).
 */
export const LAUNCH_WEEKS = WEEKS_PER_YEAR;

/** The weeks after the launch year of a run of `years` years. */
export function settledWeeks(scenario: string, seed: string, years: number, ...layers: Overrides[]): WeekRecord[] {
  return run(scenario, seed, { 'run.weeks': years * WEEKS_PER_YEAR }, ...layers).weeks.slice(LAUNCH_WEEKS);
}

export interface StepHooks {
  /** called before each week is simulated (state.week is the week about to run) */
  before?(state: RunState): void;
  /** called after each week, with its record and (when `events` is set) its events */
  after?(state: RunState, record: WeekRecord, events: readonly SimEvent[]): void;
  /** collect the week's events; off by default (they cost time) */
  events?: boolean;
}

/** Steps a run to its end with hooks around each week; returns the final state. */
export function stepRun(p: Params, seed: string, hooks: StepHooks): RunState {
  const state = createRun(p, seed);
  const events: SimEvent[] = [];
  const sink = hooks.events ? (e: SimEvent) => void events.push(e) : undefined;
  while (!isDone(state)) {
    hooks.before?.(state);
    events.length = 0;
    const record = step(state, [], sink);
    hooks.after?.(state, record, events);
  }
  return state;
}

/** Sum of one field over weeks [from, to). */
export function sumWeeks(weeks: readonly WeekRecord[], key: keyof WeekRecord, from = 0, to = weeks.length): number {
  let s = 0;
  for (let i = Math.max(0, from); i < Math.min(to, weeks.length); i++) s += weeks[i][key];
  return s;
}

/** Mean of one field over weeks [from, to). */
export function meanWeeks(weeks: readonly WeekRecord[], key: keyof WeekRecord, from = 0, to = weeks.length): number {
  const a = Math.max(0, from);
  const b = Math.min(to, weeks.length);
  return b > a ? sumWeeks(weeks, key, a, b) / (b - a) : NaN;
}

/** Cumulative sums of one field, week by week. */
export function cumulative(weeks: readonly WeekRecord[], key: keyof WeekRecord): number[] {
  const out: number[] = [];
  let s = 0;
  for (const w of weeks) {
    s += w[key];
    out.push(s);
  }
  return out;
}

/**
 * Share of each period's deals that close in its last `tail` weeks, over all
 * complete periods of length `length` (sum of tails over sum of totals).
 */
export function tailShare(weeks: readonly WeekRecord[], length: number, tail = 2): number {
  let inTail = 0;
  let total = 0;
  const periods = completeBlocks(weeks.length, length);
  for (let p = 0; p < periods; p++) {
    const start = p * length;
    total += sumWeeks(weeks, 'deals', start, start + length);
    inTail += sumWeeks(weeks, 'deals', start + length - tail, start + length);
  }
  return total > 0 ? inTail / total : NaN;
}

/**
 * The hockey stick's two sides at once: deals in each period's last `tail`
 * weeks over deals in the next period's first `tail` weeks, minus 1, pooled
 * over the run's period boundaries (a steady market growth moves it by a
 * week's growth only).
 */
export function endOverStart(weeks: readonly WeekRecord[], length: number, tail = 2): number {
  let end = 0;
  let start = 0;
  for (let b = length; b + tail <= weeks.length; b += length) {
    end += sumWeeks(weeks, 'deals', b - tail, b);
    start += sumWeeks(weeks, 'deals', b, b + tail);
  }
  return start > 0 ? end / start - 1 : NaN;
}

/** Centred moving average (window clipped at the ends). */
export function movingAverage(xs: readonly number[], window: number): number[] {
  const h = Math.floor(window / 2);
  return xs.map((_, i) => {
    let s = 0;
    let n = 0;
    for (let j = Math.max(0, i - h); j <= Math.min(xs.length - 1, i + h); j++) {
      s += xs[j];
      n++;
    }
    return s / n;
  });
}

export function argmax(xs: readonly number[]): number {
  let best = 0;
  for (let i = 1; i < xs.length; i++) if (xs[i] > xs[best]) best = i;
  return best;
}

/** Formats a number for notes. */
export function fmt(x: number, digits = 3): string {
  if (!Number.isFinite(x)) return String(x);
  const a = Math.abs(x);
  if (a !== 0 && (a >= 1e5 || a < 1e-3)) return x.toExponential(2);
  return x.toFixed(digits);
}
