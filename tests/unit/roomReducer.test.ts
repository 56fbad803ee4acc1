/**
 * The room's rules without a socket: a whole class played through the
 * in-process room host, folded back from its log; every kind of bad input
 * refused with its reason and the room's serialisation unchanged.
 */
import { describe, expect, it } from 'vitest';
import { hashHex } from '../../src/sim';
import { encodeScenarioCode } from '../../src/codes/scenarioCode';
import { verifyRunCode } from '../../src/codes/runCode';
import { readClientMessage, MAX_MESSAGE_BYTES, type ClientMessage, type ServerMessage } from '../../src/room/protocol';
import { apply, check, fold, type Conn, type Verdict } from '../../src/room/reducer';
import { createRoom, MAX_PLAYERS, serialiseRoom, type Room, type RoomConfig } from '../../src/room/roomState';
import { RoomHost } from '../../src/room/roomHost';
import { readLog, logLine, type RoomEvent } from '../../src/room/roomEvents';
import { codesText } from '../../src/room/roomExport';
import { storyScenario } from '../../src/room/roomScenario';
import { SHORT } from '../fixtures/shortScenario';
import { RoomBot, secretsFrom } from './roomBot';

const CODE = 'K7PQ3M';
const SECRET = 'ab'.repeat(16);
const config = (sc = SHORT): RoomConfig => ({ code: CODE, secret: SECRET, scenario: encodeScenarioCode(sc), seed: 'room-seed' });

/** A room host whose log is an array and whose dashboards are sent at once. */
function inProcess(sc = SHORT) {
  const log: RoomEvent[] = [];
  const room = createRoom(config(sc), sc);
  const host = new RoomHost(room, { persist: (e) => void log.push(e), newSecret: secretsFrom(1), joinUrl: 'http://x/#/join', defer: (fn) => fn() });
  const peer = () => {
    const inbox: ServerMessage[] = [];
    const p = host.open((m) => inbox.push(m));
    return { p, inbox, send: (m: ClientMessage) => host.receive(p, JSON.stringify(m)), raw: (frame: string) => host.receive(p, frame), last: () => inbox[inbox.length - 1] };
  };
  return { log, room, host, peer };
}

/** Plays every bot until each is done or held. */
function playAll(bots: { bot: RoomBot; send: (m: ClientMessage) => void; seq: number; sent?: ClientMessage }[]): void {
  for (const b of bots) {
    for (let body = b.bot.next(); body; body = b.bot.next()) {
      b.sent = { t: 'progress', seq: ++b.seq, ...body };
      b.send(b.sent);
    }
  }
}

describe('a class in the room, in process', () => {
  it('three players play the short scenario with a hold, a release and a pushed event; the room has their runs, verified; the log folds back into the same room', () => {
    const { log, room, peer } = inProcess();
    const teacher = peer();
    teacher.send({ t: 'host', room: CODE, key: SECRET });
    expect(teacher.last().t).toBe('dashboard');
    teacher.send({ t: 'hold', seq: 1, quarter: 0 });
    const players = ['Ada', 'Bea', 'Cy'].map((name, i) => {
      const x = peer();
      x.send({ t: 'join', room: CODE, name });
      const welcome = x.last() as Extract<ServerMessage, { t: 'welcome' }>;
      expect(welcome.t).toBe('welcome');
      return { ...x, bot: new RoomBot(welcome.state, `bot-${i}`), seq: 0 };
    });
    playAll(players);
    expect(room.players.map((p) => p.run.state.week)).toEqual([13, 13, 13]);
    // an event after the hold: every browser rebuilds its game with the new scenario
    teacher.send({ t: 'event', seq: 2, event: { week: 18, type: 'event', event: 'launch', size: 0.3, weeks: 4 } });
    expect(teacher.inbox.some((m) => m.t === 'ack' && m.seq === 2)).toBe(true);
    teacher.send({ t: 'release', seq: 3, all: false });
    expect(room.hold).toBeNull();
    for (const x of players) {
      const state = [...x.inbox].reverse().find((m) => m.t === 'room') as Extract<ServerMessage, { t: 'room' }>;
      expect(state.state.scenario).toBe(room.scenarioCode);
      x.bot.setState(state.state);
    }
    playAll(players);
    for (const [i, x] of players.entries()) {
      const p = room.players[i];
      expect(x.bot.done).toBe(true);
      expect(p.hash).toBe(hashHex(x.bot.session.state));
      expect(p.rejected).toBeUndefined();
      expect(p.decisions).toEqual(x.bot.session.log);
      expect(verifyRunCode(p.code!, () => room.scenario).identity.hash).toBe(p.hash);
      expect(x.inbox.filter((m) => m.t === 'refused')).toEqual([]);
    }
    expect(room.scenario.events.at(-1)).toMatchObject({ week: 18, event: 'launch' });
    // the log's text, folded, is the same room
    const text = log.map(logLine).join('');
    expect(serialiseRoom(fold(room.config, SHORT, readLog(text)))).toBe(serialiseRoom(room));
    // a crash mid-write cuts the last line: it was never acknowledged and is dropped; a bad line inside throws
    expect(readLog(text + '{"e":"progress","pla')).toHaveLength(log.length);
    expect(() => readLog(`{"e":"nope"}\n${text}`)).toThrow(/line 1/);
    teacher.send({ t: 'export' });
    const exported = teacher.last() as Extract<ServerMessage, { t: 'export' }>;
    expect(exported.codes.map((c) => [c.name, c.done])).toEqual([['Ada', true], ['Bea', true], ['Cy', true]]);
    expect(codesText(exported).split('\n')[0]).toBe(`Ada: ${room.players[0].code}`);
    expect(exported.csv.split('\r\n')[0]).toBe('name,player,status,quarter,week,profit,reputation,deals,quits,misconduct,hash,done,code');
    // the CSV's status is the dashboard's word for the row (rowStatus)
    expect(exported.csv.split('\r\n').slice(1, 4).map((line) => line.split(',')[2])).toEqual(['done', 'done', 'done']);
  });

  it('a debrief whose hash the room does not get is kept but marked rejected, and the player told', () => {
    const { room, peer } = inProcess();
    const x = peer();
    x.send({ t: 'join', room: CODE, name: 'Eve' });
    const bot = new RoomBot((x.last() as Extract<ServerMessage, { t: 'welcome' }>).state, 'eve');
    let seq = 0;
    for (let body = bot.next(); body; body = bot.next()) x.send({ t: 'progress', seq: ++seq, ...body, ...(body.hash ? { hash: '0123456789abcdef' } : {}) });
    expect(room.players[0].rejected).toBe(true);
    expect(room.players[0].hash).toBe(hashHex(bot.session.state));
    expect(x.inbox.at(-1)).toMatchObject({ t: 'refused', reason: 'hash' });
  });

  it('exports a run in progress as the code of its decisions so far, flagged not done, and leaves it out of the codes file unless asked', () => {
    const { room, peer } = inProcess();
    const x = peer();
    x.send({ t: 'join', room: CODE, name: 'Ida' });
    const bot = new RoomBot((x.last() as Extract<ServerMessage, { t: 'welcome' }>).state, 'ida');
    for (let seq = 1; seq <= 2; seq++) x.send({ t: 'progress', seq, ...bot.next()! });
    const t = peer();
    t.send({ t: 'host', room: CODE, key: SECRET });
    t.send({ t: 'export' });
    const exported = t.last() as Extract<ServerMessage, { t: 'export' }>;
    expect(exported.codes).toEqual([{ player: 'p1', name: 'Ida', code: expect.any(String), done: false }]);
    const { identity } = verifyRunCode(exported.codes[0].code, () => room.scenario);
    expect(identity.decisions).toEqual(room.players[0].decisions);
    expect(exported.csv).toContain('Ida,p1,playing,1,');
    expect(exported.csv).toContain(',in progress,');
    expect(codesText(exported)).toBe('');
    expect(codesText(exported, true)).toBe(`Ida: ${exported.codes[0].code}\n`);
    expect(exported.scenario).toBe(room.scenarioCode);
  });

  it('a story id becomes a facilitator scenario of that story, titled in both languages', () => {
    const sc = storyScenario('founder');
    expect(sc).toMatchObject({ base: 'founder', overrides: {}, events: [], locked: [] });
    expect(sc.title.en).not.toBe('');
    expect(sc.title.fr).not.toBe('');
  });
});

describe('bad input to the room: refused with its reason, the room unchanged', () => {
  // one room in mid-game: two players at week 13 (quarter 0 held), the host connected
  const { room, peer } = inProcess();
  const teacher = peer();
  teacher.send({ t: 'host', room: CODE, key: SECRET });
  teacher.send({ t: 'hold', seq: 1, quarter: 0 });
  const [ada, bea] = ['Ada', 'Bea'].map((name, i) => {
    const x = peer();
    x.send({ t: 'join', room: CODE, name });
    return { ...x, bot: new RoomBot((x.last() as Extract<ServerMessage, { t: 'welcome' }>).state, `b${i}`), seq: 0 } as { bot: RoomBot; send: (m: ClientMessage) => void; raw: (f: string) => void; last: () => ServerMessage; inbox: ServerMessage[]; seq: number; sent?: ClientMessage };
  });
  playAll([ada, bea]);
  const adaId = room.players[0].id;
  const asAda: Conn = { player: adaId };
  const asHost: Conn = { host: true };
  const lastSeq = room.players[0].book.seq;
  const progress = (over: Partial<Extract<ClientMessage, { t: 'progress' }>> = {}): ClientMessage => ({ t: 'progress', seq: lastSeq + 1, from: 13, week: 13, quarter: 0, phase: 'review', decisions: [], ...over });

  const refusedAs = (conn: Conn, msg: ClientMessage, r: Room = room): Verdict => {
    const before = serialiseRoom(r);
    const verdict = check(r, conn, msg, secretsFrom(9));
    expect(serialiseRoom(r)).toBe(before);
    return verdict;
  };

  const cases: [string, Conn, ClientMessage, string][] = [
    ['a join with another room code', {}, { t: 'join', room: 'ZZZZZZ', name: 'Zed' }, 'room'],
    ['a join with a blank name', {}, { t: 'join', room: CODE, name: '   ' }, 'name'],
    ['a join with a control character in the name', {}, { t: 'join', room: CODE, name: 'Bad\u0007name' }, 'name'],
    ['a resume with a wrong token', {}, { t: 'resume', room: CODE, player: adaId, token: 'f'.repeat(32) }, 'token'],
    ["a resume with another player's token", {}, { t: 'resume', room: CODE, player: adaId, token: room.players[1].token }, 'token'],
    ['a host with a wrong secret', {}, { t: 'host', room: CODE, key: 'c'.repeat(32) }, 'key'],
    ['progress before join', {}, progress(), 'notJoined'],
    ['a player holding the class', asAda, { t: 'hold', seq: 1, quarter: 1 }, 'notHost'],
    ['a player releasing the class', asAda, { t: 'release', seq: 2, all: true }, 'notHost'],
    ['a player pushing an event', asAda, { t: 'event', seq: 2, event: { week: 20, type: 'event', event: 'recession', size: 0.2, weeks: 3 } }, 'notHost'],
    ['a player closing the room', asAda, { t: 'close', seq: 2 }, 'notHost'],
    ['a player asking for the export', asAda, { t: 'export' }, 'notHost'],
    ['a replayed seq with different content', asAda, progress({ seq: lastSeq, week: 13, from: 13, phase: 'planning' }), 'replayed'],
    ['an out-of-order seq', asAda, progress({ seq: lastSeq + 2 }), 'order'],
    ['progress not starting where the room is', asAda, progress({ from: 10 }), 'from'],
    ['progress past the hold', asAda, progress({ week: 14, quarter: 1, phase: 'playing' }), 'held'],
    ['the next quarter while held', asAda, progress({ quarter: 1, phase: 'planning' }), 'held'],
    ['a decision outside its weeks', asAda, progress({ decisions: [{ week: 3, type: 'gemba', rep: 0 }] }), 'decision'],
    ['a debrief without its hash', asAda, progress({ phase: 'debrief' }), 'hash'],
    ['an event before the hold', asHost, { t: 'event', seq: 2, event: { week: 5, type: 'event', event: 'recession', size: 0.2, weeks: 3 } }, 'eventWeek'],
    ['an event past the run', asHost, { t: 'event', seq: 2, event: { week: 26, type: 'event', event: 'recession', size: 0.2, weeks: 3 } }, 'eventWeek'],
    ['an event of an unknown kind', asHost, { t: 'event', seq: 2, event: { week: 20, type: 'event', event: 'meteor', size: 0.2, weeks: 3 } }, 'decision'],
    ['a host action with a skipped seq', asHost, { t: 'release', seq: 5, all: true }, 'order'],
  ];
  for (const [what, conn, msg, reason] of cases) {
    it(what, () => {
      expect(refusedAs(conn, msg)).toMatchObject({ kind: 'refused', reason });
    });
  }

  it('decisions breaking the locks or bounds, an event from a player, a walk with a rep not on the team', () => {
    // a room not held, so that a quarter can be played
    const free = inProcess();
    const x = free.peer();
    x.send({ t: 'join', room: CODE, name: 'Dee' });
    const conn: Conn = { player: free.room.players[0].id };
    const play = (decisions: object[]): ClientMessage => ({ t: 'progress', seq: 1, from: 0, week: 2, quarter: 0, phase: 'playing', decisions } as ClientMessage);
    for (const bad of [
      [{ week: 0, type: 'set', key: 'management.coaching', value: 0.5 }],
      [{ week: 0, type: 'set', key: 'plan.commissionRate', value: 0.2 }],
      [{ week: 1, type: 'event', event: 'recession', size: 0.5, weeks: 3 }],
      [{ week: 1, type: 'gemba', rep: 399 }],
      [{ week: 0, type: 'set', key: 'plan.noSuchLever', value: 1 }],
      [{ week: 1, type: 'dilemma', kind: 'complaint', rep: 0, customer: 999_999, accept: true }],
      [{ week: 1, type: 'hire', count: 21 }],
    ]) {
      expect(refusedAs(conn, play(bad), free.room)).toMatchObject({ kind: 'refused', reason: 'decision', seq: 1 });
    }
    expect(check(free.room, conn, play([{ week: 1, type: 'gemba', rep: 0 }]), secretsFrom(9))).toMatchObject({ kind: 'append' });
  });

  it('a resent message the room already applied is acknowledged again, not applied twice', () => {
    const applied = ada.inbox.filter((m) => m.t === 'ack').length;
    const before = serialiseRoom(room);
    const last = room.players[0].book.seq;
    // the bot's last message, resent as the client's outbox does after a reconnect
    expect(ada.sent).toMatchObject({ seq: last });
    ada.send(ada.sent!);
    expect(ada.last()).toEqual({ t: 'ack', seq: last });
    expect(serialiseRoom(room)).toBe(before);
    expect(ada.inbox.filter((m) => m.t === 'ack').length).toBe(applied + 1);
  });

  it('malformed, wrong-shaped and oversized frames', () => {
    expect(readClientMessage('{not json')).toBe('json');
    expect(readClientMessage(JSON.stringify({ t: 'progress', seq: 'one' }))).toBe('json');
    expect(readClientMessage(JSON.stringify({ t: 'launch-missiles' }))).toBe('json');
    expect(readClientMessage(JSON.stringify({ t: 'join', room: CODE, name: 'x'.repeat(MAX_MESSAGE_BYTES) }))).toBe('size');
    const before = serialiseRoom(room);
    for (const frame of ['{not json', '[]', 'null', JSON.stringify({ t: 'hold', seq: 0, quarter: -1 })]) {
      bea.raw(frame);
      expect(bea.last()).toMatchObject({ t: 'refused', reason: 'json' });
    }
    expect(serialiseRoom(room)).toBe(before);
  });

  it('a closed room refuses joins and progress but welcomes a returning player; a full room refuses joins', () => {
    const closed = inProcess();
    const x = closed.peer();
    x.send({ t: 'join', room: CODE, name: 'Fay' });
    const { player, token } = x.last() as Extract<ServerMessage, { t: 'welcome' }>;
    const t = closed.peer();
    t.send({ t: 'host', room: CODE, key: SECRET });
    t.send({ t: 'close', seq: 1 });
    expect(closed.room.closed).toBe(true);
    expect(refusedAs({}, { t: 'join', room: CODE, name: 'Gus' }, closed.room)).toMatchObject({ reason: 'closed' });
    expect(refusedAs({ player }, { t: 'progress', seq: 1, from: 0, week: 1, quarter: 0, phase: 'playing', decisions: [] }, closed.room)).toMatchObject({ reason: 'closed' });
    expect(check(closed.room, {}, { t: 'resume', room: CODE, player, token }, secretsFrom(9))).toEqual({ kind: 'welcome', player });
    const full = inProcess();
    for (let i = 0; i < MAX_PLAYERS; i++) apply(full.room, { e: 'join', player: `p${i + 1}`, name: `n${i}`, token: secretsFrom(3)() });
    expect(refusedAs({}, { t: 'join', room: CODE, name: 'One more' }, full.room)).toMatchObject({ reason: 'full' });
  });

  it('a write that fails is refused as storage and nothing is applied', () => {
    const broken = createRoom(config(), SHORT);
    const host = new RoomHost(broken, { persist: () => { throw new Error('disk full'); }, newSecret: secretsFrom(4), joinUrl: '', defer: (fn) => fn() });
    const inbox: ServerMessage[] = [];
    const p = host.open((m) => inbox.push(m));
    const before = serialiseRoom(broken);
    host.receive(p, JSON.stringify({ t: 'join', room: CODE, name: 'Hal' }));
    expect(inbox).toEqual([expect.objectContaining({ t: 'refused', reason: 'storage' })]);
    expect(serialiseRoom(broken)).toBe(before);
  });

  it('too many messages too fast are refused as rate', () => {
    let now = 0;
    const r = createRoom(config(), SHORT);
    const host = new RoomHost(r, { persist: () => undefined, newSecret: secretsFrom(5), joinUrl: '', now: () => now, defer: (fn) => fn() });
    const inbox: ServerMessage[] = [];
    const p = host.open((m) => inbox.push(m));
    for (let i = 0; i < 45; i++) host.receive(p, '{}');
    expect(inbox.filter((m) => m.t === 'refused' && m.reason === 'rate')).toHaveLength(5);
    now = 1000;
    host.receive(p, '{}');
    expect(inbox.at(-1)).toMatchObject({ reason: 'json' });
  });
});
