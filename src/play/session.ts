/**
 * One game in progress: the scenario, the seed, the run state and the
 * decision log. The state only ever moves by stepping the core with the log,
 * so replaying the log from the seed rebuilds it exactly.
 */
import { createRun, decisionsAt, dilemmaAt, isDone, step, weekInQuarter, WEEKS_PER_QUARTER } from '../sim';
import type { Decision, Dilemma, RunState, SimEvent, WeekRecord } from '../sim';
import { scenarioParams } from '../scenarios';
import { scenarioRunLog, scenarioRunParams, type FacilitatorScenario } from '../codes/facilitatorScenario';

/** A facilitator's scenario a game is played on, and the code it came in (saved with the game). */
export interface CustomScenario {
  def: FacilitatorScenario;
  code: string;
}

export type Phase = 'planning' | 'playing' | 'review' | 'debrief';

export interface RepMark {
  revenue: number;
  deals: number;
  pay: number;
}

export class Session {
  readonly state: RunState;
  readonly log: Decision[] = [];
  phase: Phase = 'planning';
  /** the quarter being planned or played, or the one just reviewed (0-based) */
  quarter = 0;
  /** each rep's running totals at the start of each quarter */
  private readonly marks: Map<number, RepMark>[] = [];
  /** the facilitator's events (none without a custom scenario): the run steps with them before the player's decisions */
  private readonly events: Decision[];

  /** `scenario` is the base story's id; a facilitator's scenario (custom) adds its overrides and events to it. */
  constructor(
    readonly scenario: string,
    readonly seed: string,
    readonly custom: CustomScenario | null = null,
  ) {
    this.state = createRun(custom ? scenarioRunParams(custom.def) : scenarioParams(scenario), seed);
    this.events = scenarioRunLog(custom?.def, []);
    this.mark();
  }

  /** The decisions the run takes in a week: the facilitator's events, then the player's. */
  private weekDecisions(week: number): Decision[] {
    const mine = decisionsAt(this.log, week);
    return this.events.length > 0 ? [...decisionsAt(this.events, week), ...mine] : mine;
  }

  get quarters(): number {
    return Math.ceil(this.state.params['run.weeks'] / WEEKS_PER_QUARTER);
  }

  quarterStart(q = this.quarter): number {
    return q * WEEKS_PER_QUARTER;
  }

  quarterEnd(q = this.quarter): number {
    return Math.min((q + 1) * WEEKS_PER_QUARTER, this.state.params['run.weeks']);
  }

  get isLastQuarter(): boolean {
    return this.quarter >= this.quarters - 1;
  }

  /** the dilemma worked out last, for the week and log length it was worked out at */
  private asked: { week: number; decisions: number; dilemma: Dilemma | null } | null = null;

  /**
   * The dilemma the week about to run puts to the player and they have not
   * answered yet (sim/dilemmas.ts); null when none. The quarter waits for the
   * answer: stepWeek plays no week while one is open.
   */
  dilemma(): Dilemma | null {
    if (this.phase !== 'playing' || this.state.week >= this.quarterEnd() || isDone(this.state)) return null;
    const a = this.asked;
    if (a && a.week === this.state.week && a.decisions === this.log.length) return a.dilemma;
    const dilemma = dilemmaAt(this.state, this.log);
    this.asked = { week: this.state.week, decisions: this.log.length, dilemma };
    return dilemma;
  }

  /** Answers the open dilemma: a decision of the log for its week. False when none is open. */
  answer(accept: boolean): boolean {
    const d = this.dilemma();
    if (!d) return false;
    this.log.push({ week: d.week, type: 'dilemma', kind: d.kind, rep: d.rep, customer: d.customer, accept });
    return true;
  }

  /** Simulates one week of the quarter being played; null once it is over, or while a dilemma waits for its answer. */
  stepWeek(withEvents: boolean): { record: WeekRecord; events: SimEvent[] } | null {
    if (this.phase !== 'playing' || this.state.week >= this.quarterEnd() || isDone(this.state)) return null;
    if (this.dilemma()) return null;
    const events: SimEvent[] = [];
    const record = step(this.state, this.weekDecisions(this.state.week), withEvents ? (e) => events.push(e) : undefined);
    this.mark();
    return { record, events };
  }

  /** Plays whatever is left of the quarter and moves to its review; stops at a dilemma waiting for its answer. */
  finishQuarter(): void {
    while (this.stepWeek(false)) {
      // the scene may have skipped weeks it did not draw
    }
    if (this.phase === 'playing' && !this.dilemma()) this.phase = 'review';
  }

  /** Confirms the quarter's plan: its decisions are stamped with the quarter's first week. */
  startQuarter(decisions: Decision[]): void {
    if (this.phase !== 'planning') return;
    this.log.push(...decisions);
    this.plannedWalks.clear();
    this.phase = 'playing';
  }

  nextQuarter(): void {
    if (this.phase !== 'review') return;
    if (this.isLastQuarter) {
      this.phase = 'debrief';
    } else {
      this.quarter += 1;
      this.phase = 'planning';
    }
  }

  // --- gemba walks. Looking at a rep records nothing; a walk is booked on purpose:
  // while planning it is one of the plan's pending changes (a decision once the plan
  // is confirmed), while playing it is for the next week and can be cancelled until
  // that week runs.

  /** the walks in the plan being drawn up (planning only) */
  readonly plannedWalks = new Set<number>();
  /** told when a walk is booked or cancelled, so the planning panel can list it */
  onWalksChange: (() => void) | null = null;

  /** The week (0-based) a walk booked now would happen in, or why none can be booked. */
  walkWeek(rep: number): number | 'over' | 'left' | 'quarterEnd' {
    if (isDone(this.state) || (this.phase !== 'planning' && this.phase !== 'playing')) return 'over';
    if (!this.state.reps.some((r) => r.id === rep && r.active)) return 'left';
    if (this.phase === 'playing' && this.state.week >= this.quarterEnd()) return 'quarterEnd';
    return this.state.week;
  }

  /** Is a walk with the rep booked for the week `walkWeek` names? */
  hasWalk(rep: number): boolean {
    if (this.phase === 'planning') return this.plannedWalks.has(rep);
    const week = this.state.week;
    return this.log.some((d) => d.type === 'gemba' && d.week === week && d.rep === rep);
  }

  /** Books a walk (see walkWeek); false when none can be booked or one already is. */
  bookWalk(rep: number): boolean {
    const week = this.walkWeek(rep);
    if (typeof week !== 'number' || this.hasWalk(rep)) return false;
    if (this.phase === 'planning') this.plannedWalks.add(rep);
    else this.log.push({ week, type: 'gemba', rep });
    this.onWalksChange?.();
    return true;
  }

  /** Cancels a booked walk that has not happened yet. */
  cancelWalk(rep: number): boolean {
    if (!this.hasWalk(rep)) return false;
    if (this.phase === 'planning') {
      this.plannedWalks.delete(rep);
    } else {
      const week = this.state.week;
      this.log.splice(this.log.findIndex((d) => d.type === 'gemba' && d.week === week && d.rep === rep), 1);
    }
    this.onWalksChange?.();
    return true;
  }

  /**
   * Rebuilds a game from its seed and log (a saved game). A quarter being
   * played resumes at `week` (kept within the quarter), its start without one.
   */
  static replay(scenario: string, seed: string, log: Decision[], quarter: number, phase: Phase, custom: CustomScenario | null = null, week?: number): Session {
    const s = new Session(scenario, seed, custom);
    s.log.push(...log);
    s.quarter = Math.max(0, Math.min(quarter, s.quarters - 1));
    const playingAt = phase === 'playing' && week !== undefined ? Math.max(s.quarterStart(), Math.min(week, s.quarterEnd())) : s.quarterStart();
    const target = phase === 'review' ? s.quarterEnd() : phase === 'debrief' ? s.state.params['run.weeks'] : playingAt;
    if (phase === 'debrief') s.quarter = s.quarters - 1;
    s.phase = 'playing';
    while (s.state.week < target && !isDone(s.state)) {
      step(s.state, s.weekDecisions(s.state.week));
      s.mark();
    }
    s.phase = phase;
    return s;
  }

  /** What a rep did in a quarter (revenue, deals, pay), from the marks. */
  repQuarter(rep: number, q = this.quarter): RepMark {
    const r = this.state.reps.find((x) => x.id === rep);
    const start = this.marks[q]?.get(rep) ?? { revenue: 0, deals: 0, pay: 0 };
    const end = this.marks[q + 1]?.get(rep) ?? (r ? { revenue: r.revenue, deals: r.deals, pay: r.pay } : start);
    return { revenue: end.revenue - start.revenue, deals: end.deals - start.deals, pay: end.pay - start.pay };
  }

  /** Has the rep any mark before this quarter (was on the team)? */
  hadQuarter(q: number): boolean {
    return q >= 0 && this.marks[q + 1] !== undefined;
  }

  private mark(): void {
    const week = this.state.week;
    if (weekInQuarter(week) !== 0 && !isDone(this.state)) return;
    const q = Math.ceil(week / WEEKS_PER_QUARTER);
    const m = new Map<number, RepMark>();
    for (const r of this.state.reps) m.set(r.id, { revenue: r.revenue, deals: r.deals, pay: r.pay });
    this.marks[q] = m;
  }
}
