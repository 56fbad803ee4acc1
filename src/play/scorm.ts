/**
 * The game inside a learning management system (SCORM 1.2). When the page
 * finds the LMS's API (scormApi.ts), it reports; outside an LMS every call
 * here does nothing.
 *
 * - `cmi.core.lesson_status`: "incomplete" from the first launch, "completed"
 *   when the run reaches its debrief; `cmi.core.lesson_location`: the quarter.
 * - `cmi.suspend_data`: the game's save (scenario, seed, quarter, phase and
 *   decision log: src/ui/save.ts), as JSON compressed with lz-string (base 64)
 *   to fit SCORM 1.2's 4,096 characters. A launch puts it back in
 *   localStorage before the app reads its save, so the title offers to
 *   continue where the trainee was, on any computer; the browser's own save
 *   wins only when it is the same run further along, and one the LMS does
 *   not know (another trainee's, on a shared computer) is set aside.
 * - At the debrief: `cmi.core.score.raw` (0–100, min 0, max 100) is the mean
 *   of the two ledgers' scores as the debrief shows them: the result score
 *   (the run's profit on the scale the founder's and the sales director's
 *   plans set on the same town: 100 = the better plan's, 50 = the other's,
 *   0 = no profit; analysis/score.ts) and the effect score (the mean of final reputation,
 *   last quarter's satisfaction and the team's care, out of 100). Each is
 *   also an interaction of its own, after the run code, so the LMS's report
 *   export carries all three: `cmi.interactions.n` "run-code" (fill-in, the
 *   code in `student_response`), n+1 "result-score" and n+2 "effect-score"
 *   (numeric). Interactions are a journal in SCORM 1.2: each finished run is
 *   appended at `cmi.interactions._count`, the first at 0. SCORM 1.2 caps a
 *   `student_response` at 255 characters: a code that fits (a game of up to
 *   about 30 decisions, a class scenario's included) is one "run-code"
 *   interaction; a longer one is cut into parts of 255, "run-code-1of3",
 *   "run-code-2of3"… in order, which put end to end give the code, and the
 *   whole code is also appended to `cmi.comments` (4,096 characters) as
 *   "run code: …", so an LMS that cuts a response still holds it whole.
 * - `LMSCommit` after every save; `LMSFinish` (with the session time, and
 *   `cmi.core.exit` "suspend" until completed) when the page goes away.
 */
import LZString from 'lz-string';
import { checksum } from '../codes/runCode';
import { ghostRun, GHOST_SCENARIOS } from './analysis/ghosts';
import { ledgerTotals, resultScore } from './analysis/score';
import { sessionCode } from './exports';
import { loadSave, SAVE_KEY, type SaveData } from './save';
import type { Session } from './session';
import { findScormApi, type Scorm12Api } from './scormApi';

/** What cmi.suspend_data holds, before compression: the save, and the check (runCode's FNV) of the run code last reported as finished. */
interface Suspended {
  v: 1;
  save: SaveData;
  reported?: string;
}

const SUSPEND_PREFIX = 'sf1:';
/** where a game found in the browser at launch goes when the LMS's save (or its absence) displaces it */
export const ASIDE_KEY = `${SAVE_KEY}.before-lms`;
export const SUSPEND_LIMIT = 4096;

/** SCORM 1.2's longest cmi.interactions.n.student_response (CMIString255). */
export const RESPONSE_LIMIT = 255;

/** The run code as interactions: one "run-code", or parts of 255 characters named run-code-1of3… that join back into it. */
export function codeInteractions(code: string): [string, string, string][] {
  if (code.length <= RESPONSE_LIMIT) return [['run-code', 'fill-in', code]];
  const parts: string[] = [];
  for (let i = 0; i < code.length; i += RESPONSE_LIMIT) parts.push(code.slice(i, i + RESPONSE_LIMIT));
  return parts.map((part, i) => [`run-code-${i + 1}of${parts.length}`, 'fill-in', part]);
}

export interface LedgerScores {
  result: number;
  effect: number;
  /** what cmi.core.score.raw gets: the mean of the two, rounded */
  raw: number;
}

export function encodeSuspend(data: Suspended): string {
  return SUSPEND_PREFIX + LZString.compressToBase64(JSON.stringify(data));
}

export function decodeSuspend(text: string): Suspended | null {
  if (!text.startsWith(SUSPEND_PREFIX)) return null;
  try {
    const data = JSON.parse(LZString.decompressFromBase64(text.slice(SUSPEND_PREFIX.length)) || 'null') as unknown;
    if (!data || typeof data !== 'object' || (data as Suspended).v !== 1 || typeof (data as Suspended).save !== 'object') return null;
    return data as Suspended;
  } catch {
    return null;
  }
}

/** The two ledgers' scores for a finished run, as the debrief computes them. */
export function ledgerScores(session: Session): LedgerScores {
  const you = ledgerTotals(session.state.history);
  // the same town under the two stories, on the facilitator's market and events when there is a custom scenario (as the debrief)
  const others = GHOST_SCENARIOS.map((id) => ledgerTotals(ghostRun(id, session.seed, session.custom?.def)).profit);
  const result = resultScore(you.profit, others);
  const effect = Math.max(0, Math.min(100, you.effect));
  return { result, effect, raw: Math.round((result + effect) / 2) };
}

const PHASES = ['planning', 'playing', 'review', 'debrief'];
const progress = (s: SaveData) => [s.quarter, PHASES.indexOf(s.phase), s.log.length];
/** a facilitator's scenario code, when the save has one */
const custom = (s: SaveData) => (s as { sc?: unknown }).sc;
const sameRun = (a: SaveData, b: SaveData) => a.scenario === b.scenario && a.seed === b.seed && custom(a) === custom(b);

function further(a: SaveData, b: SaveData): boolean {
  const pa = progress(a);
  const pb = progress(b);
  for (let i = 0; i < pa.length; i++) if (pa[i] !== pb[i]) return pa[i] > pb[i];
  return false;
}

/** SCORM 1.2 CMITimespan: HHHH:MM:SS.SS. */
export function timespan(ms: number): string {
  const cs = Math.max(0, Math.round(ms / 10));
  const h = Math.floor(cs / 360_000);
  const m = Math.floor((cs % 360_000) / 6000);
  const s = (cs % 6000) / 100;
  return `${String(h).padStart(4, '0')}:${String(m).padStart(2, '0')}:${s.toFixed(2).padStart(5, '0')}`;
}

class LmsLink {
  private finished = false;
  private completed: boolean;
  private reported: string | undefined;
  private readonly started = performance.now();

  constructor(private readonly api: Scorm12Api) {
    const status = api.LMSGetValue('cmi.core.lesson_status');
    this.completed = status === 'completed' || status === 'passed';
    if (!this.completed) api.LMSSetValue('cmi.core.lesson_status', 'incomplete');
    this.reported = decodeSuspend(api.LMSGetValue('cmi.suspend_data'))?.reported;
    addEventListener('pagehide', () => this.finish());
  }

  /**
   * Puts the LMS's save where the app reads its own (the app then checks it as
   * any save), unless the browser holds the same run further along (a commit
   * the LMS lost). With no save in the LMS, a game left in this browser is not
   * this learner's (a shared computer, another course): it is set aside under
   * ASIDE_KEY, never continued, never lost.
   */
  restore(): void {
    try {
      const before = localStorage.getItem(SAVE_KEY);
      const suspended = decodeSuspend(this.api.LMSGetValue('cmi.suspend_data'));
      if (suspended) {
        const local = loadSave();
        if (local.kind === 'ok' && sameRun(local.save, suspended.save) && !further(suspended.save, local.save)) return;
        localStorage.setItem(SAVE_KEY, JSON.stringify(suspended.save));
      } else {
        localStorage.removeItem(SAVE_KEY);
      }
      if (before !== null) localStorage.setItem(ASIDE_KEY, before);
    } catch {
      // no localStorage here: the game starts from what the app finds, as it would anyway
    }
  }

  /** After every save: the save as suspend data, where the trainee is, and at the debrief the scores and the code. */
  saved(session: Session, save: SaveData): void {
    if (this.finished) return;
    const api = this.api;
    api.LMSSetValue('cmi.core.lesson_location', `Q${save.quarter + 1}`);
    if (session.phase === 'debrief') this.report(session);
    api.LMSSetValue('cmi.suspend_data', encodeSuspend({ v: 1, save, ...(this.reported ? { reported: this.reported } : {}) }));
    api.LMSCommit('');
  }

  private report(session: Session): void {
    const code = sessionCode(session);
    if (checksum(code) === this.reported) return;
    const api = this.api;
    const scores = ledgerScores(session);
    api.LMSSetValue('cmi.core.score.min', '0');
    api.LMSSetValue('cmi.core.score.max', '100');
    api.LMSSetValue('cmi.core.score.raw', String(scores.raw));
    const n = Number.parseInt(api.LMSGetValue('cmi.interactions._count'), 10) || 0;
    // a code longer than a response holds is also kept whole in the comments
    if (code.length > RESPONSE_LIMIT) api.LMSSetValue('cmi.comments', `run code: ${code}`);
    const interactions: [string, string, string][] = [
      ...codeInteractions(code),
      ['result-score', 'numeric', String(scores.result)],
      ['effect-score', 'numeric', String(scores.effect)],
    ];
    interactions.forEach(([id, type, response], i) => {
      api.LMSSetValue(`cmi.interactions.${n + i}.id`, id);
      api.LMSSetValue(`cmi.interactions.${n + i}.type`, type);
      api.LMSSetValue(`cmi.interactions.${n + i}.student_response`, response);
      api.LMSSetValue(`cmi.interactions.${n + i}.result`, 'neutral');
    });
    api.LMSSetValue('cmi.core.lesson_status', 'completed');
    this.completed = true;
    this.reported = checksum(code);
  }

  finish(): void {
    if (this.finished) return;
    this.finished = true;
    try {
      this.api.LMSSetValue('cmi.core.session_time', timespan(performance.now() - this.started));
      this.api.LMSSetValue('cmi.core.exit', this.completed ? '' : 'suspend');
      this.api.LMSCommit('');
      this.api.LMSFinish('');
    } catch {
      // the LMS's window may already be going away with this one
    }
  }
}

let link: LmsLink | null = null;

/**
 * Looks for an LMS and opens the session with it; call before the app reads
 * its save. Returns whether one was found.
 */
export function connectLms(from: Window = window): boolean {
  if (link) return true;
  const api = findScormApi(from);
  if (!api) return false;
  try {
    if (api.LMSInitialize('') !== 'true') return false;
    link = new LmsLink(api);
    link.restore();
    return true;
  } catch {
    // an LMS API that throws: play on without it
    link = null;
    return false;
  }
}

/** The app saved: tell the LMS (nothing outside an LMS). */
export function lmsSaved(session: Session, save: SaveData): void {
  try {
    link?.saved(session, save);
  } catch {
    // the LMS's bookkeeping never stops the game
  }
}
