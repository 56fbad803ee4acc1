/**
 * `salesfloor class`: a live room on the instructor's machine. Starts the
 * site and the room (classServer.ts), keeps the room's folder (classData.ts),
 * prints the players' join link with a QR code and the instructor's link, and
 * runs until Ctrl+C. `--resume DIR` rebuilds the room from its folder after a
 * crash: the same code, secret, players, runs, hold and events, on the same port.
 */
import { spawnSync } from 'node:child_process';
import { randomInt } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeScenarioCode } from '../../codes/scenarioCode';
import { JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH } from '../../room/protocol';
import { fold } from '../../room/reducer';
import { roomScenario, scenarioCode } from '../../room/roomScenario';
import type { Room } from '../../room/roomState';
import { SCENARIO_IDS } from '../../scenarios';
import { unknownWord } from '../args';
import { DEFAULT_SEED } from '../runInput';
import { CliError } from '../errors';
import type { Tr } from '../locale';
import { createRoomDir, dropCutTail, readRoomDir, RoomLog, writeRoomFile, type RoomFile } from './classData';
import { newSecret, startRoomServer } from './classServer';

export const DEFAULT_PORT = 8787;
export const DEFAULT_HOST = '0.0.0.0';
/** the story a room plays without --scenario */
export const DEFAULT_STORY = 'sales-director';

export interface ClassIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** resolves when the room should stop (Ctrl+C by default) */
  stopped?: Promise<void>;
}

const joinCode = (): string => Array.from({ length: JOIN_CODE_LENGTH }, () => JOIN_CODE_ALPHABET[randomInt(JOIN_CODE_ALPHABET.length)]).join('');

/** The machine's address on the local network (the first IPv4 that is not loopback), or the bind address itself. */
export function lanAddress(bind: string): string {
  if (bind !== '0.0.0.0' && bind !== '::') return bind;
  for (const list of Object.values(networkInterfaces())) for (const a of list ?? []) if (a.family === 'IPv4' && !a.internal) return a.address;
  return '127.0.0.1';
}

/** The package's folder (its package.json is named salesfloor), from the bundle or the sources. */
function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && (JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'salesfloor') return dir;
    const up = dirname(dir);
    if (up === dir) return process.cwd();
    dir = up;
  }
}

/** The site to serve: --site as given, or the package's dist/, built with Vite first when missing. */
function siteDir(given: string | undefined, tr: Tr, stderr: (t: string) => void): string {
  if (given !== undefined) {
    const dir = resolve(given);
    if (!existsSync(join(dir, 'index.html'))) throw new CliError('errors.noSite', { dir });
    return dir;
  }
  const root = packageRoot();
  const dist = join(root, 'dist');
  if (existsSync(join(dist, 'index.html'))) return dist;
  stderr(`${tr('class.building', { dir: dist })}\n`);
  const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  const out = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], { cwd: root, stdio: ['ignore', 2, 2] });
  if (out.status !== 0 || !existsSync(join(dist, 'index.html'))) throw new CliError('errors.buildFailed', { dir: dist });
  return dist;
}

function parsePort(text: string | undefined, fallback: number): number {
  if (text === undefined) return fallback;
  const port = Number(text);
  if (!/^\d+$/.test(text) || port > 65535) throw new CliError('errors.badPort', { port: text });
  return port;
}

/** The room's new folder, or the one --resume names read back. */
function openRoom(options: Record<string, string>): { dir: string; file: RoomFile; room: Room; resumed: boolean } {
  if (options.resume !== undefined) {
    const given = ['scenario', 'seed', 'data'].filter((o) => o in options);
    if (given.length > 0) throw new CliError('errors.resumeExcludes', { options: given.map((o) => `--${o}`).join(', ') });
    const dir = resolve(options.resume);
    const { file, events } = readRoomDir(dir);
    const room = fold(file, decodeScenarioCode(file.scenario), events);
    return { dir, file, room, resumed: true };
  }
  const story = (options.scenario ?? DEFAULT_STORY).trim();
  // a word with no dot is a story's id mistyped, not a broken scenario code: name the stories there are
  if (/^[A-Za-z0-9_-]+$/.test(story) && !SCENARIO_IDS.includes(story)) throw unknownWord('errors.unknownScenario', story, SCENARIO_IDS, { id: story });
  const sc = roomScenario(story);
  const code = joinCode();
  const seed = options.seed ?? DEFAULT_SEED;
  if (seed === '') throw new CliError('errors.emptySeed', { seed: DEFAULT_SEED });
  const date = new Date().toISOString().slice(0, 10);
  const dir = resolve(options.data ?? join('salesfloor-rooms', `${date}-${code}`));
  const file: RoomFile = { code, secret: newSecret(), scenario: scenarioCode(sc), seed, options: { port: 0, host: DEFAULT_HOST }, created: new Date().toISOString() };
  return { dir, file, room: fold(file, sc, []), resumed: false };
}

const untilSignal = (): Promise<void> =>
  new Promise((done) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      done();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });

export async function classCommand(options: Record<string, string>, tr: Tr, io: ClassIo): Promise<void> {
  const { dir, file, room, resumed } = openRoom(options);
  const host = options.host ?? file.options.host;
  const port = parsePort(options.port, resumed ? file.options.port : DEFAULT_PORT);
  const site = siteDir(options.site ?? (resumed ? file.options.site : undefined), tr, io.stderr);
  if (!resumed) createRoomDir(dir, file);
  else dropCutTail(dir);
  const log = new RoomLog(dir);
  const address = lanAddress(host);
  const local = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host;
  let server;
  try {
    server = await startRoomServer({
      room,
      site,
      host,
      port,
      persist: (e) => log.write(e),
      flush: () => log.flush(),
      // the disk failed after a write: stop at once, so nothing more is acknowledged; --resume brings the room back from what is on disk
      onFatal: (e) => {
        io.stderr(`${tr('errors.line', { message: tr('errors.flushFailed', { dir, reason: e instanceof Error ? e.message : String(e) }) })}\n`);
        process.exit(1);
      },
      onError: (e) => io.stderr(`${tr('errors.unexpected', { message: e instanceof Error ? e.message : String(e) })}\n`),
      joinUrl: (p) => `http://${address}:${p}/#/join?room=${file.code}`,
    });
  } catch (error) {
    log.close();
    const code = (error as { code?: string }).code;
    throw new CliError('errors.listen', { host, port, reason: code ?? String(error) });
  }
  writeRoomFile(dir, { ...file, options: { port: server.port, host, ...(options.site ?? file.options.site ? { site } : {}) } });
  const join = server.host.joinUrl;
  // loaded here, not with the command line: every other command starts without it
  const { default: QRCode } = await import('qrcode');
  const qr = await QRCode.toString(join, { type: 'terminal', small: true });
  io.stdout(`${tr('class.join', { url: join })}\n${qr}\n`);
  io.stdout(`${tr('class.instructor', { url: `http://${local}:${server.port}/#/room?room=${file.code}&key=${file.secret}` })}\n`);
  io.stdout(`${tr(resumed ? 'class.resumed' : 'class.started', { dir, players: room.players.length, code: file.code, seed: file.seed })}\n`);
  io.stdout(`${tr('class.lan', { dir })}\n`);
  await (io.stopped ?? untilSignal());
  await server.close();
  log.close();
}
