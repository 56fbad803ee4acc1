/**
 * A room's folder: room.json (what makes the room: join code, instructor's
 * secret, scenario code, seed and the options it was started with; mode 0600,
 * since it holds the secret) and log.ndjson (one accepted event a line,
 * appended and flushed with fsync before the message is acknowledged).
 */
import { chmodSync, closeSync, existsSync, fstatSync, fsync, ftruncateSync, mkdirSync, openSync, readFileSync, truncateSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { z } from '../../sim/zod';
import { JOIN_CODE_LENGTH } from '../../room/protocol';
import { logLine, readLog, type RoomEvent } from '../../room/roomEvents';
import type { RoomConfig } from '../../room/roomState';
import { CliError } from '../errors';

export const ROOM_FILE = 'room.json';
export const LOG_FILE = 'log.ndjson';

export interface RoomFile extends RoomConfig {
  /** the port, bind address and site it served on (the port the OS gave, with --port 0) */
  options: { port: number; host: string; site?: string };
  created: string;
}

const roomFileSchema = z.object({
  code: z.string().length(JOIN_CODE_LENGTH),
  secret: z.string().regex(/^[0-9a-f]{32}$/),
  scenario: z.string(),
  seed: z.string().min(1),
  options: z.object({ port: z.number().int().min(0).max(65535), host: z.string(), site: z.string().optional() }),
  created: z.string(),
});

/** A new room's folder: refuses one that already holds a room. */
export function createRoomDir(dir: string, file: RoomFile): void {
  mkdirSync(dir, { recursive: true });
  if (existsSync(join(dir, ROOM_FILE))) throw new CliError('errors.roomExists', { dir });
  writeRoomFile(dir, file);
  writeFileSync(join(dir, LOG_FILE), '', { flag: 'a', mode: 0o600 });
}

/** room.json, written whole (the port once the OS gave one), owner-only. */
export function writeRoomFile(dir: string, file: RoomFile): void {
  const path = join(dir, ROOM_FILE);
  writeFileSync(path, `${JSON.stringify(file, null, 2)}\n`, { mode: 0o600 });
  chmodSync(path, 0o600);
}

/** A room's folder read back for --resume: its config and its log's events. */
export function readRoomDir(dir: string): { file: RoomFile; events: RoomEvent[] } {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(join(dir, ROOM_FILE), 'utf8'));
  } catch {
    throw new CliError('errors.notRoomDir', { dir });
  }
  const parsed = roomFileSchema.safeParse(json);
  if (!parsed.success) throw new CliError('errors.notRoomDir', { dir });
  const logPath = join(dir, LOG_FILE);
  let events: RoomEvent[];
  try {
    events = readLog(existsSync(logPath) ? readFileSync(logPath, 'utf8') : '');
  } catch (error) {
    throw new CliError('errors.badRoomLog', { file: logPath, reason: error instanceof Error ? error.message : String(error) });
  }
  return { file: parsed.data as RoomFile, events };
}

/**
 * Cuts a last line left half-written by a crash (never acknowledged, and
 * dropped by the fold), so that the next event starts a line of its own.
 * Returns the bytes cut.
 */
export function dropCutTail(dir: string): number {
  const path = join(dir, LOG_FILE);
  if (!existsSync(path)) return 0;
  const bytes = readFileSync(path);
  if (bytes.length === 0 || bytes[bytes.length - 1] === 0x0a) return 0;
  const keep = bytes.lastIndexOf(0x0a) + 1;
  truncateSync(path, keep);
  return bytes.length - keep;
}

/**
 * The log, open for appending: `write` puts an event's line in the file (throws
 * when it cannot), `flush` makes every line so far durable (fsync); the room
 * acknowledges nothing between the two (roomHost.ts), and one flush serves every
 * message that arrived together.
 */
export class RoomLog {
  private readonly fd: number;
  /** the log's length after the last whole line */
  private size: number;

  constructor(dir: string) {
    this.fd = openSync(join(dir, LOG_FILE), 'a', 0o600);
    this.size = fstatSync(this.fd).size;
  }

  /** Appends the event's line; a write that fails is cut back off (best effort), so the log never holds half a line before a whole one. */
  write(event: RoomEvent): void {
    const bytes = Buffer.from(logLine(event), 'utf8');
    let written = 0;
    try {
      while (written < bytes.length) written += writeSync(this.fd, bytes, written, bytes.length - written);
    } catch (error) {
      try {
        if (written > 0) ftruncateSync(this.fd, this.size);
      } catch {
        // the disk refuses even that: --resume drops a cut last line
      }
      throw error;
    }
    this.size += bytes.length;
  }

  /** fsync off the event loop (libuv's pool), so messages keep arriving and join the next flush */
  flush(): Promise<void> {
    return new Promise((done, fail) => fsync(this.fd, (error) => (error ? fail(error) : done())));
  }

  close(): void {
    closeSync(this.fd);
  }
}
