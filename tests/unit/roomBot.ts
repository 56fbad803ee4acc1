/**
 * A room's simulated player: a real game (src/play/session.ts) played by a
 * seeded rule — a plan change now and then, a gemba walk now and then, every
 * dilemma answered — that turns its weeks into the room's progress messages
 * as the browser's bridge does: the decisions of weeks [sent, week) in log
 * order, one message every few weeks, one at each quarter's end and next
 * plan, one at the debrief with the hash. It waits at a review the room holds.
 * For the room's reducer tests, its fault and load tests and bench/room.bench.ts.
 */
import seedrandom from 'seedrandom';
import { Session } from '../../src/play/session';
import { hashHex, type Decision } from '../../src/sim';
import { decodeScenarioCode } from '../../src/codes/scenarioCode';
import type { FacilitatorScenario } from '../../src/codes/facilitatorScenario';
import type { ProgressBody } from '../../src/room/client';
import type { RoomState } from '../../src/room/protocol';

/** Weeks between two progress messages while a quarter plays. */
const EVERY = 4;

export class RoomBot {
  session: Session;
  /** the first week the room does not have yet */
  sent = 0;
  private readonly rng: () => number;
  private scenarioCode: string;

  constructor(
    private state: RoomState,
    botSeed: string,
  ) {
    this.rng = seedrandom(botSeed);
    this.scenarioCode = state.scenario;
    const sc = decodeScenarioCode(state.scenario);
    this.session = new Session(sc.base, state.seed, { def: sc, code: state.scenario });
  }

  get done(): boolean {
    return this.session.phase === 'debrief';
  }

  /** The room changed (hold, release, an event pushed): a new scenario rebuilds the game with the same log at the same week. */
  setState(state: RoomState): void {
    this.state = state;
    if (state.scenario === this.scenarioCode) return;
    this.scenarioCode = state.scenario;
    const sc = decodeScenarioCode(state.scenario);
    const s = this.session;
    this.session = Session.replay(sc.base, state.seed, [...s.log], s.quarter, s.phase, { def: sc, code: state.scenario }, s.state.week);
  }

  private body(): ProgressBody {
    const s = this.session;
    const week = s.state.week;
    const decisions = s.log.filter((d) => d.week >= this.sent && d.week < week);
    const body: ProgressBody = { from: this.sent, week, quarter: s.quarter, phase: s.phase, decisions, ...(s.phase === 'debrief' ? { hash: hashHex(s.state) } : {}) };
    this.sent = week;
    return body;
  }

  /** Plays on until there is something to send; null when done or held. */
  next(): ProgressBody | null {
    const s = this.session;
    const rng = this.rng;
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)];
    for (;;) {
      if (s.phase === 'debrief') return null;
      if (s.phase === 'planning') {
        s.startQuarter(this.plan());
        continue;
      }
      if (s.phase === 'review') {
        if (s.isLastQuarter) {
          s.nextQuarter();
          return this.body();
        }
        const hold = this.state.hold;
        if (hold !== null && s.quarter >= hold) return null;
        s.nextQuarter();
        return this.body();
      }
      if (s.dilemma()) {
        s.answer(rng() < 0.5);
        continue;
      }
      if (rng() < 0.05) {
        const team = s.state.reps.filter((r) => r.active);
        if (team.length > 0) s.bookWalk(pick(team).id);
      }
      if (!s.stepWeek(false)) {
        s.finishQuarter();
        if ((s.phase as string) === 'review') return this.body();
        continue;
      }
      if (s.state.week - this.sent >= EVERY && s.state.week < s.quarterEnd()) return this.body();
    }
  }

  /** Half the quarters a commission change inside the scenario's bounds (the lever every story has). */
  private plan(): Decision[] {
    const sc: FacilitatorScenario = this.session.custom!.def;
    const key = 'plan.commissionRate';
    if (sc.locked.includes(key) || this.rng() < 0.5) return [];
    const b = sc.bounds[key] ?? { min: 0, max: 0.12 };
    const value = Math.round((b.min + this.rng() * (b.max - b.min)) * 1000) / 1000;
    return [{ week: this.session.quarterStart(), type: 'set', key, value }];
  }
}

/** Tokens for in-process rooms: distinct, 32 hex digits, deterministic. */
export function secretsFrom(prefix: number): () => string {
  let n = 0;
  return () => (prefix.toString(16) + (++n).toString(16)).padStart(32, '0');
}
