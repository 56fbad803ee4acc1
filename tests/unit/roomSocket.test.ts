/**
 * The room over a real socket (the server of `salesfloor class` in this
 * process, on loopback): bad frames refused with their reason and the room
 * unchanged, an oversized one closing the connection, the instructor's
 * secret, a player acting as host, a closed room; and the site served with
 * the room's ws: origin in its CSP and nothing outside its folder.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeScenarioCode } from '../../src/codes/scenarioCode';
import { MAX_MESSAGE_BYTES, type ServerMessage } from '../../src/room/protocol';
import { createRoom, serialiseRoom } from '../../src/room/roomState';
import { connectPlayer, type Refused, type SocketClass, type Status } from '../../src/room/client';
import { RoomLog, createRoomDir, LOG_FILE } from '../../src/cli/commands/classData';
import { startRoomServer, type RunningRoom } from '../../src/cli/commands/classServer';
import { SHORT } from '../fixtures/shortScenario';
import { fakeSite } from './roomDriver';

const CODE = 'K7PQ3M';
const SECRET = '0123456789abcdef'.repeat(2);
const tmp = mkdtempSync(join(tmpdir(), 'room-socket-'));
let server: RunningRoom;
let log: RoomLog;
let url = '';

beforeAll(async () => {
  const config = { code: CODE, secret: SECRET, scenario: encodeScenarioCode(SHORT), seed: 'socket' };
  const dir = join(tmp, 'room');
  createRoomDir(dir, { ...config, options: { port: 0, host: '127.0.0.1' }, created: '' });
  log = new RoomLog(dir);
  server = await startRoomServer({ room: createRoom(config, SHORT), site: fakeSite(join(tmp, 'site')), host: '127.0.0.1', port: 0, joinUrl: (p) => `http://127.0.0.1:${p}/#/join?room=${CODE}`, persist: (e) => log.write(e), flush: () => log.flush(), onFatal: (e) => { throw e; } });
  url = `ws://127.0.0.1:${server.port}/room`;
});

afterAll(async () => {
  await server.close();
  log.close();
  rmSync(tmp, { recursive: true, force: true });
});

/** A raw socket: frames out, the room's messages in, and how it closed. */
async function raw() {
  const ws = new WebSocket(url);
  const inbox: ServerMessage[] = [];
  const closed = new Promise<number>((r) => ws.on('close', (code) => r(code)));
  ws.on('message', (d) => inbox.push(JSON.parse(String(d)) as ServerMessage));
  await new Promise((r) => ws.on('open', r));
  const next = async (n: number) => {
    while (inbox.length < n) await new Promise((r) => setTimeout(r, 5));
    return inbox[n - 1];
  };
  return { ws, inbox, closed, next, send: (x: unknown) => ws.send(typeof x === 'string' ? x : JSON.stringify(x)) };
}

describe('the room over a socket', () => {
  it('refuses malformed, wrong-shaped and oversized frames with their reason, the room unchanged; a frame past twice the limit is cut', async () => {
    const before = serialiseRoom(server.host.room);
    const a = await raw();
    a.send('{"t":"join",');
    expect(await a.next(1)).toMatchObject({ t: 'refused', reason: 'json' });
    a.send({ t: 'progress', seq: 1 });
    expect(await a.next(2)).toMatchObject({ t: 'refused', reason: 'json' });
    a.send({ t: 'progress', seq: 1, from: 0, week: 1, quarter: 0, phase: 'playing', decisions: [] });
    expect(await a.next(3)).toMatchObject({ t: 'refused', reason: 'notJoined', seq: 1 });
    a.send({ t: 'join', room: CODE, name: 'x'.repeat(MAX_MESSAGE_BYTES) });
    expect(await a.next(4)).toMatchObject({ t: 'refused', reason: 'size' });
    expect(await a.closed).toBe(1009);
    const b = await raw();
    b.send('y'.repeat(2 * MAX_MESSAGE_BYTES + 10));
    expect(await b.closed).toBe(1009);
    expect(serialiseRoom(server.host.room)).toBe(before);
    expect(readFileSync(join(tmp, 'room', LOG_FILE), 'utf8')).toBe('');
  });

  it('a wrong secret is refused; a player cannot act as the host; a closed room refuses a join and the client stops', async () => {
    const p = await raw();
    p.send({ t: 'join', room: CODE, name: 'Ada' });
    const welcome = (await p.next(1)) as Extract<ServerMessage, { t: 'welcome' }>;
    expect(welcome).toMatchObject({ t: 'welcome', name: 'Ada', seq: 0, week: 0 });
    const before = serialiseRoom(server.host.room);
    p.send({ t: 'host', room: CODE, key: 'f'.repeat(32) });
    expect(await p.next(2)).toMatchObject({ t: 'refused', reason: 'key' });
    p.send({ t: 'close', seq: 1 });
    expect(await p.next(3)).toMatchObject({ t: 'refused', reason: 'notHost', seq: 1 });
    p.send({ t: 'export' });
    expect(await p.next(4)).toMatchObject({ t: 'refused', reason: 'notHost' });
    expect(serialiseRoom(server.host.room)).toBe(before);

    const h = await raw();
    h.send({ t: 'host', room: CODE, key: SECRET });
    expect(await h.next(1)).toMatchObject({ t: 'dashboard', seq: 0, joinUrl: `http://127.0.0.1:${server.port}/#/join?room=${CODE}` });
    h.send({ t: 'close', seq: 1 });
    await h.next(2);
    expect(h.inbox).toContainEqual({ t: 'ack', seq: 1 });
    expect(await p.next(5)).toMatchObject({ t: 'room', state: { closed: true } });
    const refused: Refused[] = [];
    const statuses: Status[] = [];
    const late = connectPlayer({ url, room: CODE, name: 'Late', WebSocket: WebSocket as unknown as SocketClass, onRefused: (r) => refused.push(r), onStatus: (s) => statuses.push(s) });
    while (refused.length === 0) await new Promise((r) => setTimeout(r, 5));
    expect(refused[0]).toMatchObject({ reason: 'closed' });
    await new Promise((r) => setTimeout(r, 600));
    // no reconnect loop after a final refusal
    expect(statuses).toEqual(['connecting', 'offline']);
    late.close();
    // a returning player still gets their welcome, to see the end
    const back = await raw();
    back.send({ t: 'resume', room: CODE, player: welcome.player, token: welcome.token });
    expect(await back.next(1)).toMatchObject({ t: 'welcome', player: welcome.player, state: { closed: true } });
    for (const s of [p, h, back]) s.ws.close();
  });

  it("serves the site with the room's ws: origin in its CSP, and nothing outside its folder", async () => {
    const base = `http://127.0.0.1:${server.port}`;
    const page = await (await fetch(`${base}/`)).text();
    expect(page).toContain(`connect-src 'self' ws://127.0.0.1:${server.port} data:`);
    expect((await fetch(`${base}/%2e%2e/%2e%2e/etc/passwd`)).status).toBe(404);
    expect((await fetch(`${base}/nothing.js`)).status).toBe(404);
    expect((await fetch(`${base}/`, { method: 'POST' })).status).toBe(405);
  });
});
