/**
 * What the instructor exports: every run's code (a finished run's, checked by
 * the room's rerun; a run in progress as the code of its decisions so far, its
 * hash that of the rest of the run played with no further decision, flagged
 * not done), and the class CSV (one row per player, spreadsheet-safe).
 */
import { encodeRunCode, identityOf } from '../codes/runCode';
import { spreadsheetCsv } from '../shared/csv';
import type { PlayerRow, ServerMessage } from './protocol';
import { rowOf, type PlayerRecord, type Room } from './roomState';

export type ExportMessage = Extract<ServerMessage, { t: 'export' }>;

export type RowStatus = 'planning' | 'playing' | 'review' | 'waiting' | 'done' | 'finishing' | 'rejected' | 'disconnected';

/** Where a player is, as the dashboard and the CSV say it: a finished run checked or rejected whatever the connection; a review held by the instructor is "waiting". */
export function rowStatus(row: PlayerRow, hold: number | null): RowStatus {
  if (row.rejected) return 'rejected';
  if (row.phase === 'debrief') return row.hash ? 'done' : 'finishing';
  if (!row.online) return 'disconnected';
  if (row.phase === 'review') return hold !== null && row.quarter >= hold ? 'waiting' : 'review';
  return row.phase;
}

/** A player's code: the finished run's, or that of the decisions so far. */
export function codeOf(room: Room, p: PlayerRecord): { code: string; done: boolean } {
  if (p.code) return { code: p.code, done: true };
  const identity = identityOf(room.scenario.base, room.config.seed, {}, p.decisions, room.scenario);
  return { code: encodeRunCode(identity), done: false };
}

/** The CSV's columns: field names (a data file's header, read by the class view and spreadsheets alike). */
export const CSV_COLUMNS = ['name', 'player', 'status', 'quarter', 'week', 'profit', 'reputation', 'deals', 'quits', 'misconduct', 'hash', 'done', 'code'] as const;

export function exportRoom(room: Room, online: (player: string) => boolean): ExportMessage {
  const codes = room.players.map((p) => ({ player: p.id, name: p.name, ...codeOf(room, p) }));
  const rows = room.players.map((p, i) => {
    const r = rowOf(p, online(p.id));
    const c = codes[i];
    return [p.name, p.id, rowStatus(r, room.hold), r.quarter + 1, r.week, Math.round(r.profit * 100) / 100, Math.round(r.reputation * 10000) / 10000, r.deals, r.quits, r.misconduct, p.hash ?? '', c.done ? 'yes' : 'in progress', c.code];
  });
  return { t: 'export', codes, csv: spreadsheetCsv([[...CSV_COLUMNS], ...rows]), scenario: room.scenarioCode };
}

/** The codes file the class view reads: "Name: code" a line, runs in progress only when asked. */
export function codesText(reply: Pick<ExportMessage, 'codes'>, withUnfinished = false): string {
  return reply.codes
    .filter((c) => c.done || withUnfinished)
    .map((c) => `${c.name}: ${c.code}\n`)
    .join('');
}
