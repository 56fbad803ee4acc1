/**
 * Driving a real room from Node, for the fault and load tests and
 * bench/room.bench.ts: the `salesfloor class` process started through the bin
 * (with a tiny stand-in site: the site is not what they test), and players
 * that are a RoomBot (a real game) behind src/room/client.ts over `ws`,
 * reconnecting by themselves. Each player keeps what the room acknowledged
 * and how long each acknowledgement took.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import WebSocket from 'ws';
import { connectHost, connectPlayer, type ExportReply, type PlayerClient, type ProgressBody, type Refused, type SocketClass } from '../../src/room/client';
import type { Decision } from '../../src/sim';
import { RoomBot } from './roomBot';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = join(ROOT, 'bin', 'salesfloor.mjs');

/** A site of one page, enough for the room's HTTP side. */
export function fakeSite(dir: string): string {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'index.html'), `<!doctype html><meta http-equiv="Content-Security-Policy" content="default-src 'self'; connect-src 'self' data: blob:"><title>room</title>`);
  return dir;
}

/** A port free right now on 127.0.0.1 (the fault test needs the same port after the restart). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

export interface ClassProcess {
  proc: ChildProcess;
  port: number;
  room: string;
  key: string;
  url: string;
  stdout: string;
  exited: Promise<number | null>;
}

/** Starts `salesfloor class` with these arguments and reads its printed links. */
export function startClass(args: string[]): Promise<ClassProcess> {
  const proc = spawn(process.execPath, [BIN, 'class', ...args], { cwd: ROOT, env: { ...process.env, LANG: 'C' }, stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise<number | null>((r) => proc.once('exit', (code) => r(code)));
  let stdout = '';
  let stderr = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`salesfloor class printed no links in 60 s:\n${stdout}\n${stderr}`)), 60_000);
    proc.stderr!.on('data', (d) => (stderr += d));
    proc.stdout!.on('data', (d) => {
      stdout += d;
      const m = /Instructor: http:\/\/([\d.]+):(\d+)\/#\/room\?room=([A-Z0-9]+)&key=([0-9a-f]{32})/.exec(stdout);
      if (m) {
        clearTimeout(timer);
        resolve({ proc, port: Number(m[2]), room: m[3], key: m[4], url: `ws://127.0.0.1:${m[2]}/room`, stdout, exited });
      }
    });
    void exited.then((code) => reject(new Error(`salesfloor class exited (${code}):\n${stdout}\n${stderr}`)));
  });
}

/** A player: a bot's game sent to the room, at most `inFlight` messages unacknowledged. */
export class SocketPlayer {
  bot: RoomBot | null = null;
  readonly client: PlayerClient;
  /** the decisions of every acknowledged message, in order */
  readonly acked: Decision[] = [];
  readonly ackMs: number[] = [];
  /** the room's week for this player, as far as acknowledged */
  ackedWeek = 0;
  readonly refusals: Refused[] = [];
  /** called on each acknowledgement, after acked and ackedWeek are updated and before the next message goes */
  onAcked: (() => void) | null = null;
  readonly finished: Promise<void>;
  private readonly sent = new Map<number, { at: number; body: ProgressBody }>();
  private resolve!: () => void;
  private pumping = false;

  constructor(url: string, room: string, name: string, botSeed: string, private readonly inFlight = 1) {
    this.finished = new Promise((r) => (this.resolve = r));
    this.client = connectPlayer({
      url,
      room,
      name,
      WebSocket: WebSocket as unknown as SocketClass,
      onWelcome: (w) => {
        this.bot ??= new RoomBot(w.state, botSeed);
        this.pump();
      },
      onState: (s) => {
        this.bot?.setState(s);
        this.pump();
      },
      onAck: (seq) => {
        const m = this.sent.get(seq);
        if (m) {
          this.ackMs.push(performance.now() - m.at);
          this.acked.push(...(m.body.decisions as Decision[]));
          this.ackedWeek = m.body.week;
          this.sent.delete(seq);
        }
        this.onAcked?.();
        this.pump();
      },
      onRefused: (r) => this.refusals.push(r),
    });
  }

  private pump(): void {
    if (this.pumping || !this.bot) return;
    this.pumping = true;
    try {
      while (this.client.pending() < this.inFlight) {
        const body = this.bot.next();
        if (!body) break;
        const seq = this.client.sendProgress(body);
        this.sent.set(seq, { at: performance.now(), body });
      }
      if (this.bot.done && this.client.pending() === 0) this.resolve();
    } finally {
      this.pumping = false;
    }
  }

  close(): void {
    this.client.close();
  }
}

/** The instructor's side: holds, releases, exports. */
export function hostOf(url: string, room: string, key: string) {
  return connectHost({ url, room, key, WebSocket: WebSocket as unknown as SocketClass });
}

export type { ExportReply };
