/**
 * The room's rules: `check` judges a message from a connection against the
 * room and returns what to do (an event to append, an ack to repeat, a
 * welcome, or a refusal with its reason) without changing anything; `apply`
 * changes the room by one event of its log; `fold` rebuilds a room from its
 * config and log. Isomorphic: no DOM, no Node.
 */
import { checkDecisions, isDone, ParamError, stepRun, decisionsAt, openRun, type Decision, type LiveRun } from '../sim';
import { breaksRules, type FacilitatorScenario } from '../codes/facilitatorScenario';
import { checksum, encodeRunCode, identityOf } from '../codes/runCode';
import { cleanName, type ClientMessage, type Refusal } from './protocol';
import { createRoom, findPlayer, firstFreeWeek, MAX_PLAYERS, newRun, setScenario, weekLimit, type PlayerRecord, type Room, type RoomConfig, type SeqBook } from './roomState';
import { quarterEndWeek, withEvent } from './roomScenario';
import type { RoomEvent } from './roomEvents';

/** Who a connection is: nobody yet, a player (after join/resume), or the instructor (after host). */
export interface Conn {
  player?: string;
  host?: boolean;
}

/** The room's work for a message, worked out by check: a new run state prepared for apply, so a progress is stepped once. */
export interface Prepared {
  /** the run stepped on a copy (weeks the core might refuse), or none: apply steps the run in place */
  run?: LiveRun;
  hash?: string;
  code?: string;
  rejected?: boolean;
}

export type Verdict =
  | { kind: 'append'; event: RoomEvent; prepared?: Prepared }
  /** a resent message the room already applied: acknowledge it again */
  | { kind: 'again'; seq: number }
  /** a resume: this connection is that player again */
  | { kind: 'welcome'; player: string }
  /** the instructor's key: this connection is the host */
  | { kind: 'host' }
  | { kind: 'export' }
  | { kind: 'refused'; reason: Refusal; seq?: number; detail: string };

const refuse = (reason: Refusal, detail: string, seq?: number): Verdict => ({ kind: 'refused', reason, detail, ...(seq !== undefined ? { seq } : {}) });

/** A digest of a message, to tell a resent one from a different one under the same seq. */
export const digestOf = (msg: ClientMessage): string => {
  const json = JSON.stringify(msg);
  return `${checksum(json)}-${json.length.toString(36)}`;
};

/** Compares two secrets in time independent of where they first differ. */
export function sameSecret(a: string, b: string): boolean {
  let diff = a.length ^ b.length;
  for (let i = 0; i < Math.max(a.length, b.length); i++) diff |= (a.charCodeAt(i) | 0) ^ (b.charCodeAt(i) | 0);
  return diff === 0;
}

/** A seq'd message against its sender's book: new (null), applied already (again), or refused. */
function seqVerdict(book: SeqBook, seq: number, digest: string): Verdict | null {
  if (seq <= book.seq) return book.digests[seq - 1] === digest ? { kind: 'again', seq } : refuse('replayed', `seq ${seq} was already used for another message`, seq);
  if (seq !== book.seq + 1) return refuse('order', `seq ${seq} skips ${book.seq + 1}`, seq);
  return null;
}

/** Judges a message; changes nothing. `newSecret` makes a new player's token (the room's crypto RNG). */
export function check(room: Room, conn: Conn, msg: ClientMessage, newSecret: () => string): Verdict {
  switch (msg.t) {
    case 'join': {
      if (msg.room !== room.config.code) return refuse('room', 'no room with that code here');
      // a join the room already wrote, resent because its welcome never arrived: that player, not a second one
      const again = msg.nonce === undefined ? undefined : room.players.find((p) => p.nonce !== undefined && sameSecret(p.nonce, msg.nonce!));
      if (again) return { kind: 'welcome', player: again.id };
      if (room.closed) return refuse('closed', 'the room is closed');
      const name = cleanName(msg.name);
      if (name === null) return refuse('name', 'a name of 1 to 40 characters, no control characters');
      if (room.players.length >= MAX_PLAYERS) return refuse('full', `the room takes ${MAX_PLAYERS} players`);
      return { kind: 'append', event: { e: 'join', player: `p${room.players.length + 1}`, name, token: newSecret(), ...(msg.nonce ? { nonce: msg.nonce } : {}) } };
    }
    case 'resume': {
      if (msg.room !== room.config.code) return refuse('room', 'no room with that code here');
      const p = findPlayer(room, msg.player);
      if (!p || !sameSecret(p.token, msg.token)) return refuse('token', 'unknown player or wrong token');
      return { kind: 'welcome', player: p.id };
    }
    case 'host':
      if (msg.room !== room.config.code) return refuse('room', 'no room with that code here');
      if (!sameSecret(room.config.secret, msg.key)) return refuse('key', "wrong instructor's key");
      return { kind: 'host' };
    case 'export':
      return conn.host ? { kind: 'export' } : refuse('notHost', "only the instructor's page may export");
    case 'progress':
      return checkProgress(room, conn, msg);
    default:
      return checkHostAction(room, conn, msg);
  }
}

type Progress = Extract<ClientMessage, { t: 'progress' }>;
type HostAction = Extract<ClientMessage, { t: 'hold' | 'release' | 'event' | 'close' }>;

function checkProgress(room: Room, conn: Conn, msg: Progress): Verdict {
  const p = conn.player ? findPlayer(room, conn.player) : undefined;
  if (!p) return refuse('notJoined', 'join or resume first', msg.seq);
  const digest = digestOf(msg);
  const bySeq = seqVerdict(p.book, msg.seq, digest);
  if (bySeq) return bySeq;
  const no = (reason: Refusal, detail: string) => refuse(reason, detail, msg.seq);
  if (room.closed) return no('closed', 'the room is closed');
  if (p.hash) return no('finished', 'this run is finished');
  const { weeks, quarters } = room.calendar;
  const from = p.run.state.week;
  if (msg.from !== from) return no('from', `the room has weeks up to ${from}, the message starts at ${msg.from}`);
  if (msg.week < from || msg.week > weeks || msg.quarter >= quarters) return no('decision', `week ${msg.week} or quarter ${msg.quarter} is outside the run`);
  const limit = weekLimit(room, p);
  if (limit < weeks && (msg.week > limit || (msg.quarter > p.quarter && quarterEndWeek(msg.quarter - 1, weeks) >= limit))) {
    return no('held', `the instructor holds the class at week ${limit}`);
  }
  if (msg.quarter < p.quarter) return no('decision', `quarter ${msg.quarter} is before ${p.quarter}`);
  const debrief = msg.phase === 'debrief';
  if (debrief !== (msg.hash !== undefined) || (debrief && msg.week !== weeks)) return no('hash', 'the debrief, and only it, carries the hash of the whole run');
  const decisions = msg.decisions as Decision[];
  const outside = decisions.find((d) => d.week < msg.from || d.week >= msg.week);
  if (outside) return no('decision', `a decision of week ${outside.week} is outside weeks ${msg.from} to ${msg.week - 1}`);
  const broken = breaksRules(room.scenario, decisions);
  if (broken) return no('decision', `a decision of week ${broken.week} breaks the scenario's locks or bounds, or is an event`);
  const customers = p.run.state.customers.status.length;
  const noCustomer = decisions.find((d) => d.type === 'dilemma' && d.customer >= customers);
  if (noCustomer) return no('decision', `a dilemma of week ${noCustomer.week} names customer ${(noCustomer as { customer: number }).customer}, not in the market`);
  let run: LiveRun | undefined;
  try {
    checkDecisions(decisions, room.calendar.params);
    // only a walk (a rep who left that week) or a hire (the team's limit) can make the core refuse a week once the
    // values are checked: those weeks are stepped on a copy now; the others are stepped in place by apply
    if (decisions.some((d) => d.type === 'gemba' || d.type === 'hire')) run = stepCopy(room.scenario, p, decisions, msg.week);
  } catch (error) {
    if (error instanceof ParamError) return no('decision', error.message);
    throw error;
  }
  const event: RoomEvent = { e: 'progress', player: p.id, seq: msg.seq, digest, week: msg.week, quarter: msg.quarter, phase: msg.phase, decisions, ...(msg.hash ? { hash: msg.hash } : {}) };
  return { kind: 'append', event, prepared: { ...(run ? { run } : {}), ...(msg.hash ? finish(room, [...p.decisions, ...decisions], msg.hash) : {}) } };
}

/** The player's run stepped on a copy to `week` with these decisions (throws ParamError from the core). */
function stepCopy(sc: FacilitatorScenario, p: PlayerRecord, decisions: readonly Decision[], week: number): LiveRun {
  const run = openRun(structuredClone(p.run.state));
  stepTo(run, sc, decisions, week);
  return run;
}

/** Steps a run to `week`, each week with the scenario's events then the player's decisions (as the game does). */
function stepTo(run: LiveRun, sc: FacilitatorScenario, decisions: readonly Decision[], week: number): void {
  while (run.state.week < week && !isDone(run.state)) {
    const w = run.state.week;
    stepRun(run, [...decisionsAt(sc.events, w), ...decisionsAt(decisions, w)]);
  }
}

/** A finished run rerun from scratch: its hash against the browser's, and its run code. */
function finish(room: Room, decisions: readonly Decision[], hash: string): { hash: string; code: string; rejected?: boolean } {
  const identity = identityOf(room.scenario.base, room.config.seed, {}, decisions, room.scenario);
  return { hash: identity.hash, code: encodeRunCode(identity), ...(identity.hash !== hash ? { rejected: true } : {}) };
}

function checkHostAction(room: Room, conn: Conn, msg: HostAction): Verdict {
  if (!conn.host) return refuse('notHost', "only the instructor's page may do this", msg.seq);
  const digest = digestOf(msg);
  const bySeq = seqVerdict(room.host, msg.seq, digest);
  if (bySeq) return bySeq;
  const { seq } = msg;
  if (msg.t === 'close') return { kind: 'append', event: { e: 'close', seq, digest } };
  if (room.closed) return refuse('closed', 'the room is closed', seq);
  if (msg.t === 'hold') {
    if (msg.quarter >= room.calendar.quarters) return refuse('decision', `the game has ${room.calendar.quarters} quarters`, seq);
    return { kind: 'append', event: { e: 'hold', seq, digest, quarter: msg.quarter } };
  }
  if (msg.t === 'release') return { kind: 'append', event: { e: 'release', seq, digest, all: msg.all } };
  const free = firstFreeWeek(room);
  if (room.hold === null || msg.event.week < free || msg.event.week >= room.calendar.weeks) {
    return refuse('eventWeek', room.hold === null ? 'hold the class first: an event goes after the hold' : `an event goes at week ${free} or later (0-based), before the run's end`, seq);
  }
  try {
    withEvent(room.scenario, msg.event as Extract<Decision, { type: 'event' }>);
  } catch (error) {
    if (error instanceof ParamError) return refuse('decision', error.message, seq);
    throw error;
  }
  return { kind: 'append', event: { e: 'event', seq, digest, event: msg.event } };
}

const book = (b: SeqBook, seq: number, digest: string): void => {
  b.seq = seq;
  b.digests[seq - 1] = digest;
};

/** Changes the room by one event of its log (one `check` accepted, or a line read back on resume). */
export function apply(room: Room, event: RoomEvent, prepared?: Prepared): void {
  switch (event.e) {
    case 'join':
      room.players.push({ id: event.player, name: event.name, token: event.token, ...(event.nonce ? { nonce: event.nonce } : {}), book: { seq: 0, digests: [] }, decisions: [], phase: 'planning', quarter: 0, run: newRun(room) });
      return;
    case 'progress': {
      const p = findPlayer(room, event.player);
      if (!p) throw new Error(`progress of unknown player ${event.player}`);
      const decisions = event.decisions as Decision[];
      if (prepared?.run) p.run = prepared.run;
      else stepTo(p.run, room.scenario, decisions, event.week);
      p.decisions.push(...decisions);
      p.phase = event.phase;
      p.quarter = event.quarter;
      book(p.book, event.seq, event.digest);
      if (event.hash) Object.assign(p, prepared?.code ? { hash: prepared.hash, code: prepared.code, rejected: prepared.rejected } : finish(room, p.decisions, event.hash));
      if (p.rejected === undefined) delete p.rejected;
      return;
    }
    case 'hold':
      room.hold = event.quarter;
      break;
    case 'release':
      room.hold = event.all || room.hold === null || room.hold + 1 >= room.calendar.quarters - 1 ? null : room.hold + 1;
      break;
    case 'event':
      setScenario(room, withEvent(room.scenario, event.event as Extract<Decision, { type: 'event' }>));
      break;
    case 'close':
      room.closed = true;
      break;
  }
  book(room.host, event.seq, event.digest);
}

/** The room its config and log make (resume after a crash). */
export function fold(config: RoomConfig, scenario: FacilitatorScenario, events: readonly RoomEvent[]): Room {
  const room = createRoom(config, scenario);
  for (const event of events) apply(room, event);
  return room;
}

