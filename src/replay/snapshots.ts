/**
 * A recorded run kept for replay: the run is stepped once, from its seed with
 * its decision log, keeping a snapshot (structuredClone of the state) every
 * SNAPSHOT_EVERY weeks and every week's record and hash. `stateAt(week)`
 * restores the nearest snapshot at or before that week and steps forward with
 * the same decisions, so the state it gives is bit-identical to a straight run
 * stopped at that week (same hash so far).
 *
 * Snapshots are taken without the run's history (it is the same list as the
 * weekly records, kept once here); a restored state gets a copy of its part.
 *
 * Framework-free: no DOM, no Phaser, no Chart.js.
 */
import { checkDecisions, createRun, decisionsAt, hashHex, isDone, openRun, stepRun } from '../sim';
import type { Decision, Params, RunState, WeekRecord } from '../sim';

/**
 * Weeks between snapshots: one quarter (13 weeks). The game's decisions and
 * the key moments both fall on quarter boundaries, so those jumps are a single
 * clone; any other week is at most 12 steps away (a week steps in well under a
 * millisecond at the default market size, bench/replay.bench.ts), and a 10-year
 * run keeps only 41 snapshots.
 */
export const SNAPSHOT_EVERY = 13;

/** Past this many customers a snapshot weighs over 1 MB (about 100 bytes a customer), and they are kept half as often. */
export const LARGE_MARKET = 12_000;

/**
 * The interval for a run: a quarter, or half a year in a large market, where
 * a snapshot is up to 5 MB (50,000 customers): a 10-year run then keeps 21
 * (about 100 MB) instead of 41, and a jump steps at most 25 weeks.
 */
export function snapshotInterval(params: Params): number {
  return params['market.size'] > LARGE_MARKET ? 2 * SNAPSHOT_EVERY : SNAPSHOT_EVERY;
}

export interface ReplaySpec {
  params: Params;
  seed: string;
  decisions: readonly Decision[];
}

export class RunSnapshots {
  /** the week record of each simulated week, in order (records[w] is week w) */
  readonly records: WeekRecord[];
  /** hashes[w]: the run hash after w weeks (hashes[0] is the fresh run's) */
  readonly hashes: string[];
  /** the checked decision log */
  readonly decisions: Decision[];
  private readonly snaps: RunState[] = [];

  private constructor(
    readonly every: number,
    decisions: Decision[],
  ) {
    this.records = [];
    this.hashes = [];
    this.decisions = decisions;
  }

  /** Runs the spec to its end once, keeping a snapshot every `every` weeks. */
  static record(spec: ReplaySpec, every = snapshotInterval(spec.params)): RunSnapshots {
    if (!Number.isInteger(every) || every < 1) throw new RangeError(`snapshot interval must be a whole number of weeks ≥ 1, not ${every}`);
    const log = checkDecisions(spec.decisions, spec.params);
    const out = new RunSnapshots(every, log);
    const state = createRun(spec.params, spec.seed);
    // live generators kept from week to week (step() would rebuild them every week)
    const live = openRun(state);
    for (;;) {
      if (state.week % every === 0) out.snaps.push(bare(state));
      out.hashes.push(hashHex(state));
      if (isDone(state)) break;
      out.records.push(stepRun(live, decisionsAt(log, state.week)));
    }
    return out;
  }

  /** weeks in the run */
  get weeks(): number {
    return this.records.length;
  }

  /** the whole run's hash */
  get hash(): string {
    return this.hashes[this.hashes.length - 1];
  }

  /** how many snapshots are kept */
  get snapshotCount(): number {
    return this.snaps.length;
  }

  /**
   * The state after `week` weeks (0 = the fresh run, `weeks` = the end), a new
   * object each call that the caller may keep or step on.
   */
  stateAt(week: number): RunState {
    const w = Math.max(0, Math.min(this.weeks, Math.floor(week)));
    const i = Math.floor(w / this.every);
    const state = structuredClone(this.snaps[i]);
    state.history = structuredClone(this.records.slice(0, state.week));
    const live = openRun(state);
    while (state.week < w) stepRun(live, decisionsAt(this.decisions, state.week));
    return state;
  }

  /** The decisions that apply at the start of a week. */
  decisionsAt(week: number): Decision[] {
    return decisionsAt(this.decisions, week);
  }
}

/** A copy of a state without its history (kept once, as the records). */
function bare(state: RunState): RunState {
  const history = state.history;
  state.history = [];
  try {
    return structuredClone(state);
  } finally {
    state.history = history;
  }
}
