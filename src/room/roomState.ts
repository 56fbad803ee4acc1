/**
 * A live room's state: the game everyone plays, the instructor's hold and
 * events, and per player their name, token, last seq, committed decisions and
 * the room's own copy of their run, stepped to their week (so the dashboard's
 * figures are the room's). It only ever changes by `apply` (reducer.ts) of an
 * event of its log, so folding the log rebuilds it exactly.
 */
import { createRun, hashHex, openRun, summarize, type Decision, type LiveRun } from '../sim';
import type { FacilitatorScenario } from '../codes/facilitatorScenario';
import { calendarOf, quarterEndWeek, scenarioCode, type Calendar } from './roomScenario';
import type { GamePhase, PlayerRow, RoomState } from './protocol';

/** Most players a room takes (a lecture hall); a join beyond is refused as `full`. */
export const MAX_PLAYERS = 300;

/** What `salesfloor class` writes once in room.json: what makes the room, before its log. */
export interface RoomConfig {
  code: string;
  secret: string;
  /** the class scenario's code (sfs1…) at the start, before any pushed event */
  scenario: string;
  seed: string;
}

/** What a seq'd sender has had applied: its last seq and a digest of each message, so a resent one is told apart from a replayed one. */
export interface SeqBook {
  seq: number;
  digests: string[];
}

export interface PlayerRecord {
  id: string;
  name: string;
  token: string;
  /** the join's nonce (protocol.ts), when it had one: the same join resent is welcomed as this player */
  nonce?: string;
  book: SeqBook;
  /** the decisions of weeks [0, run.week), in the order the browser sent them */
  decisions: Decision[];
  phase: GamePhase;
  quarter: number;
  run: LiveRun;
  /** a finished run: the room's rerun's hash, its run code, and whether the browser's hash differed */
  hash?: string;
  code?: string;
  rejected?: boolean;
}

export interface Room {
  config: RoomConfig;
  scenario: FacilitatorScenario;
  scenarioCode: string;
  calendar: Calendar;
  /** the last quarter players may finish, or null */
  hold: number | null;
  closed: boolean;
  host: SeqBook;
  /** in join order; ids p1, p2… */
  players: PlayerRecord[];
}

export function createRoom(config: RoomConfig, scenario: FacilitatorScenario): Room {
  return { config, scenario, scenarioCode: config.scenario, calendar: calendarOf(scenario), hold: null, closed: false, host: { seq: 0, digests: [] }, players: [] };
}

/** A fresh run of the room's game for a new player. */
export function newRun(room: Room): LiveRun {
  return openRun(createRun(room.calendar.params, room.config.seed));
}

export const findPlayer = (room: Room, id: string): PlayerRecord | undefined => room.players.find((p) => p.id === id);

export const weekOf = (p: PlayerRecord): number => p.run.state.week;

/** The room as every client sees it. */
export function roomStateOf(room: Room): RoomState {
  return { room: room.config.code, scenario: room.scenarioCode, seed: room.config.seed, hold: room.hold, closed: room.closed };
}

/**
 * The last week a player may reach: the end of the held quarter, or, for a
 * player already past it when the hold was set, the end of the quarter they
 * are in (a hold stops a player at their next quarter end, never mid-quarter).
 */
export function weekLimit(room: Room, p: PlayerRecord): number {
  const weeks = room.calendar.weeks;
  if (room.hold === null) return weeks;
  return Math.max(quarterEndWeek(room.hold, weeks), quarterEndWeek(p.quarter, weeks));
}

/** The first week no run can have played: where a pushed event may go. */
export function firstFreeWeek(room: Room): number {
  let free = room.hold === null ? room.calendar.weeks : quarterEndWeek(room.hold, room.calendar.weeks);
  for (const p of room.players) if (!p.hash) free = Math.max(free, weekLimit(room, p));
  return free;
}

/** A player's line on the dashboard, from the room's own run. */
export function rowOf(p: PlayerRecord, online: boolean): PlayerRow {
  const t = summarize(p.run.state).totals;
  return {
    player: p.id,
    name: p.name,
    online,
    phase: p.phase,
    quarter: p.quarter,
    week: weekOf(p),
    profit: t.profit,
    reputation: t.finalReputation,
    deals: t.deals,
    quits: t.quits,
    misconduct: t.misconduct,
    ...(p.hash ? { hash: p.hash } : {}),
    ...(p.code ? { code: p.code } : {}),
    ...(p.rejected ? { rejected: true } : {}),
  };
}

/** The room as plain JSON, for tests that compare it before and after a refused message (runs by their week and hash). */
export function serialiseRoom(room: Room): string {
  const players = room.players.map((p) => ({ ...p, run: { week: p.run.state.week, hash: hashHex(p.run.state) as string } }));
  return JSON.stringify({ ...room, players });
}

/** The room's scenario changed by a pushed event: its code and calendar follow. */
export function setScenario(room: Room, sc: FacilitatorScenario): void {
  room.scenario = sc;
  room.scenarioCode = scenarioCode(sc);
  room.calendar = calendarOf(sc);
}

