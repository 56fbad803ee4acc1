/**
 * src/room/client.ts against a fake socket: messages numbered and kept until
 * acknowledged, a reconnect with backoff that resumes with the token and
 * resends what the room did not apply under the same seqs, a `rate` refusal
 * retried, a final refusal that stops reconnecting, the host's export; a
 * join the room wrote but never answered (killed before its flush) resent
 * after the restart is the same player, not a second one.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BACKOFF_FIRST_MS, connectHost, connectPlayer, type SocketClass, type SocketLike } from '../../src/room/client';
import type { ClientMessage, RoomState, ServerMessage } from '../../src/room/protocol';
import { encodeScenarioCode } from '../../src/codes/scenarioCode';
import { fold } from '../../src/room/reducer';
import { RoomHost } from '../../src/room/roomHost';
import { createRoom } from '../../src/room/roomState';
import type { RoomEvent } from '../../src/room/roomEvents';
import { SHORT } from '../fixtures/shortScenario';
import { secretsFrom } from './roomBot';

class FakeSocket implements SocketLike {
  static all: FakeSocket[] = [];
  readyState = 0;
  sent: ClientMessage[] = [];
  onopen: ((ev: unknown) => void) | null = null;
  onmessage: ((ev: { data: unknown }) => void) | null = null;
  onclose: ((ev: unknown) => void) | null = null;
  onerror: ((ev: unknown) => void) | null = null;
  constructor(readonly url: string) {
    FakeSocket.all.push(this);
  }
  send(data: string): void {
    this.sent.push(JSON.parse(data) as ClientMessage);
  }
  close(): void {
    this.readyState = 3;
    this.onclose?.({});
  }
  open(): void {
    this.readyState = 1;
    this.onopen?.({});
  }
  receive(msg: ServerMessage): void {
    this.onmessage?.({ data: JSON.stringify(msg) });
  }
  drop(): void {
    this.readyState = 3;
    this.onclose?.({});
  }
}
const Fake = FakeSocket as unknown as SocketClass;
const last = () => FakeSocket.all[FakeSocket.all.length - 1];
const STATE: RoomState = { room: 'K7PQ3M', scenario: 'sfs1.x.y', seed: 's', hold: null, closed: false };
const TOKEN = 'a'.repeat(32);
const welcome = (seq: number, week = 0): ServerMessage => ({ t: 'welcome', player: 'p1', token: TOKEN, name: 'Ada', state: STATE, decisions: [], week, seq });
const body = (from: number, week: number) => ({ from, week, quarter: 0, phase: 'playing' as const, decisions: [] });

beforeEach(() => {
  FakeSocket.all = [];
  vi.useFakeTimers();
});
afterEach(() => vi.useRealTimers());

describe('the room client', () => {
  it('numbers messages, keeps them until acknowledged, and after a reconnect resumes and resends the rest under the same seqs', () => {
    const statuses: string[] = [];
    const client = connectPlayer({ url: 'ws://x/room', room: 'K7PQ3M', name: 'Ada', WebSocket: Fake, onStatus: (s) => statuses.push(s) });
    const first = last();
    first.open();
    expect(first.sent).toEqual([{ t: 'join', room: 'K7PQ3M', name: 'Ada', nonce: expect.stringMatching(/^[0-9a-f]{32}$/) }]);
    first.receive(welcome(0));
    expect(client.identity()).toEqual({ player: 'p1', token: TOKEN });
    expect([client.sendProgress(body(0, 4)), client.sendProgress(body(4, 8)), client.sendProgress(body(8, 12))]).toEqual([1, 2, 3]);
    expect(first.sent.slice(1).map((m) => 'seq' in m && m.seq)).toEqual([1, 2, 3]);
    first.receive({ t: 'ack', seq: 1 });
    expect(client.pending()).toBe(2);
    first.drop();
    expect(statuses.at(-1)).toBe('offline');
    // offline: a new message waits in the outbox
    expect(client.sendProgress(body(12, 13))).toBe(4);
    vi.advanceTimersByTime(BACKOFF_FIRST_MS - 1);
    expect(FakeSocket.all).toHaveLength(1);
    vi.advanceTimersByTime(1);
    const second = last();
    second.open();
    expect(second.sent).toEqual([{ t: 'resume', room: 'K7PQ3M', player: 'p1', token: TOKEN }]);
    // the room had applied seq 2 before the drop: only 3 and 4 are resent, in order
    second.receive(welcome(2, 8));
    expect(second.sent.slice(1)).toEqual([
      { t: 'progress', seq: 3, ...body(8, 12) },
      { t: 'progress', seq: 4, ...body(12, 13) },
    ]);
    second.receive({ t: 'ack', seq: 4 });
    expect(client.pending()).toBe(0);
    client.close();
  });

  it('backs off 250 ms doubling to 5 s while the room is away', () => {
    connectPlayer({ url: 'ws://x/room', room: 'K7PQ3M', resume: { player: 'p1', token: TOKEN }, WebSocket: Fake });
    const gaps: number[] = [];
    for (let i = 0; i < 7; i++) {
      const n = FakeSocket.all.length;
      last().drop();
      let waited = 0;
      while (FakeSocket.all.length === n) {
        vi.advanceTimersByTime(50);
        waited += 50;
      }
      gaps.push(waited);
    }
    expect(gaps).toEqual([250, 500, 1000, 2000, 4000, 5000, 5000]);
  });

  it('resends after a rate refusal; drops a refused message; stops after a final refusal', () => {
    const refused: string[] = [];
    const client = connectPlayer({ url: 'ws://x/room', room: 'K7PQ3M', name: 'Ada', WebSocket: Fake, onRefused: (r) => refused.push(r.reason) });
    const s = last();
    s.open();
    s.receive(welcome(0));
    client.sendProgress(body(0, 4));
    s.receive({ t: 'refused', reason: 'rate' });
    vi.advanceTimersByTime(1000);
    expect(s.sent.filter((m) => m.t === 'progress')).toHaveLength(2);
    s.receive({ t: 'refused', reason: 'held', seq: 1 });
    expect(client.pending()).toBe(0);
    expect(refused).toEqual(['held']);
    client.close();

    const late = connectPlayer({ url: 'ws://x/room', room: 'K7PQ3M', name: 'Bea', WebSocket: Fake, onRefused: (r) => refused.push(r.reason) });
    const t = last();
    t.open();
    t.receive({ t: 'refused', reason: 'closed' });
    vi.advanceTimersByTime(10_000);
    expect(last()).toBe(t);
    late.close();
  });

  it("the host's seqs continue the room's, and export waits for the room", async () => {
    const host = connectHost({ url: 'ws://x/room', room: 'K7PQ3M', key: 'b'.repeat(32), WebSocket: Fake });
    expect(host.hold(0)).toBe(1);
    const s = last();
    s.open();
    expect(s.sent).toEqual([{ t: 'host', room: 'K7PQ3M', key: 'b'.repeat(32) }]);
    const exported = host.exportAll();
    s.receive({ t: 'dashboard', state: STATE, players: [], seq: 5, joinUrl: 'http://x/#/join?room=K7PQ3M' });
    // the hold given before the room answered is renumbered after the room's last host seq
    expect(s.sent.slice(1)).toEqual([{ t: 'hold', quarter: 0, seq: 6 }, { t: 'export' }]);
    s.receive({ t: 'export', codes: [], csv: '', scenario: 'sfs1.x.y' });
    await expect(exported).resolves.toMatchObject({ t: 'export' });
    host.close();
  });

  it('a join the room wrote but was killed before answering is, resent after --resume, the same player: one record, the decisions under it', () => {
    const config = { code: 'K7PQ3M', secret: 'ab'.repeat(16), scenario: encodeScenarioCode(SHORT), seed: 's' };
    const log: RoomEvent[] = [];
    const persist = (e: RoomEvent) => void log.push(e);
    const client = connectPlayer({ url: 'ws://x/room', room: 'K7PQ3M', name: 'Ada', WebSocket: Fake });
    const first = last();
    first.open();
    // the first process writes the join, and its flush never ends: killed before the welcome went out
    const killed = new RoomHost(createRoom(config, SHORT), { persist, flush: () => new Promise<void>(() => {}), later: (fn) => fn(), newSecret: secretsFrom(1), joinUrl: 'http://x/#/join' });
    killed.receive(killed.open((m) => first.receive(m)), JSON.stringify(first.sent[0]));
    expect(log.map((e) => e.e)).toEqual(['join']);
    expect(client.identity()).toBeNull();
    first.drop();
    // --resume: the room folded from the log; the client reconnects by itself and joins again
    const resumed = new RoomHost(fold(config, SHORT, log), { persist, newSecret: secretsFrom(2), joinUrl: 'http://x/#/join' });
    vi.advanceTimersByTime(BACKOFF_FIRST_MS);
    const second = last();
    const peer = resumed.open((m) => second.receive(m));
    second.open();
    resumed.receive(peer, JSON.stringify(second.sent[0]));
    expect(client.identity()).toEqual({ player: 'p1', token: (log[0] as Extract<RoomEvent, { e: 'join' }>).token });
    client.sendProgress(body(0, 4));
    resumed.receive(peer, JSON.stringify(second.sent[1]));
    expect(client.pending()).toBe(0);
    expect(resumed.room.players.map((p) => [p.id, p.name, p.run.state.week])).toEqual([['p1', 'Ada', 4]]);
    expect(fold(config, SHORT, log).players).toHaveLength(1);
    client.close();
  });
});
