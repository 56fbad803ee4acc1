/**
 * What a finished run can be taken away as: its run code and replay link, the
 * weekly data as CSV (the columns of `salesfloor run --format csv`), the run
 * as JSON (the document of `salesfloor run`, with the decision log and the
 * code). The page saves them through src/ui/kit/download.ts; nothing leaves
 * the browser.
 */
import { hashHex, MODEL_VERSION, summarize } from '../sim';
import { encodeRunCode } from '../codes/runCode';
import type { RunDocument } from '../shared/runDocument';
import { documentRows, weeksCsv } from '../shared/dataWeek';
import type { Session } from './session';

/** The run's code: the game plays the scenario's parameters as they are, so there are no overrides; a facilitator's scenario travels with it. */
export function sessionCode(session: Session): string {
  const custom = session.custom ? { custom: session.custom.def } : {};
  return encodeRunCode({ model: MODEL_VERSION, scenario: session.scenario, seed: session.seed, overrides: {}, decisions: [...session.log], hash: hashHex(session.state), ...custom });
}

/** The link that opens a code in this site's replay, wherever the site is served from; a class scenario's code (`sc`) rides along, so the link opens anywhere. */
export function replayLink(code: string, where: Pick<Location, 'origin' | 'pathname'> = location, sc?: string): string {
  return `${where.origin}${where.pathname}#/replay?code=${code}${sc ? `&sc=${sc}` : ''}`;
}

/** The same document as `salesfloor run` prints (its type and key order), with the code and the decisions that replay it. */
export function runDocument(session: Session): RunDocument {
  const result = summarize(session.state);
  const { model, seed, params, hash, totals } = result;
  return { model, scenario: session.scenario, seed, params, hash, code: sessionCode(session), decisions: [...session.log], ...documentRows(result), totals };
}

export function runJson(session: Session): string {
  return `${JSON.stringify(runDocument(session), null, 2)}\n`;
}

/** One row per week, one column per field of the week record (the week as the game numbers it). */
export function weeklyCsv(session: Session): string {
  return weeksCsv(session.state.history);
}

/** A file name from the run: `salesfloor-founder-42` and the like. */
export function fileStem(session: Session): string {
  const seed = session.seed.replace(/[^A-Za-z0-9_-]+/g, '-').slice(0, 40);
  return `salesfloor-${session.scenario}-${seed}`;
}
