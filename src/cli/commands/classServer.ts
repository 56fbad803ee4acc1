/**
 * The room's process: one HTTP server that serves the built site and carries
 * the room's WebSocket at ROOM_PATH (package `ws`). Made for a classroom's
 * local network: plain http and ws (no TLS), no outbound connection. The
 * site's index.html is served with its CSP's connect-src widened to this
 * server's own ws: origin (the request's Host), since older browsers do not
 * count ws: as 'self'.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
// `ws` is loaded when a room starts, not with the command line: every other command starts without it
import type { WebSocket } from 'ws';
import { MAX_MESSAGE_BYTES, ROOM_PATH } from '../../room/protocol';
import { RoomHost } from '../../room/roomHost';
import type { RoomEvent } from '../../room/roomEvents';
import type { Room } from '../../room/roomState';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.ogg': 'audio/ogg',
  '.mp3': 'audio/mpeg',
  '.wav': 'audio/wav',
  '.txt': 'text/plain; charset=utf-8',
};

/** A secret or token: 128 bits from the OS's crypto RNG, as 32 hex digits. */
export const newSecret = (): string => randomBytes(16).toString('hex');

/** index.html's CSP with this server's ws: origin added to connect-src. */
export function withSocketCsp(html: string, host: string | undefined): string {
  if (!host || !/^[A-Za-z0-9.\-:[\]]{1,100}$/.test(host)) return html;
  return html.replace(/connect-src 'self'/, `connect-src 'self' ws://${host}`);
}

function serveSite(site: string, req: IncomingMessage, res: ServerResponse): void {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { allow: 'GET, HEAD' }).end();
    return;
  }
  let path: string;
  try {
    path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  } catch {
    res.writeHead(400).end();
    return;
  }
  const file = normalize(join(site, path.endsWith('/') ? `${path}index.html` : path));
  if (!(file === site || file.startsWith(site + sep)) || !existsSync(file) || statSync(file).isDirectory()) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
    return;
  }
  const type = TYPES[extname(file)] ?? 'application/octet-stream';
  const body = extname(file) === '.html' ? Buffer.from(withSocketCsp(readFileSync(file, 'utf8'), req.headers.host)) : readFileSync(file);
  res.writeHead(200, { 'content-type': type, 'cache-control': 'no-cache', 'x-content-type-options': 'nosniff' });
  res.end(req.method === 'HEAD' ? undefined : body);
}

export interface RunningRoom {
  port: number;
  host: RoomHost;
  close(): Promise<void>;
}

/** Starts the site and the room on host:port (0: a port the OS picks). */
export async function startRoomServer(opts: {
  room: Room;
  site: string;
  host: string;
  port: number;
  joinUrl: (port: number) => string;
  persist: (event: RoomEvent) => void;
  flush: () => void | Promise<void>;
  onFatal: (error: unknown) => void;
  /** an unexpected error while handling one message (logged; the room goes on) */
  onError?: (error: unknown) => void;
}): Promise<RunningRoom> {
  const site = resolve(opts.site);
  const { WebSocketServer } = await import('ws');
  const http = createServer((req, res) => serveSite(site, req, res));
  // frames up to twice the limit are read and refused as `size`; larger ones ws cuts (close 1009)
  const wss = new WebSocketServer({ server: http, path: ROOM_PATH, maxPayload: 2 * MAX_MESSAGE_BYTES });
  const roomHost = new RoomHost(opts.room, { persist: opts.persist, flush: opts.flush, onFatal: opts.onFatal, newSecret, joinUrl: '' });
  wss.on('connection', (socket: WebSocket) => {
    const peer = roomHost.open((msg) => {
      if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(msg));
    });
    socket.on('message', (data, isBinary) => {
      const frame = isBinary ? '' : data.toString();
      try {
        roomHost.receive(peer, frame);
      } catch (error) {
        // a bug must not take the whole class down: this message is refused, the others go on
        opts.onError?.(error);
        peer.send({ t: 'refused', reason: 'json', detail: 'the room could not handle this message' });
      }
      if (Buffer.byteLength(frame) > MAX_MESSAGE_BYTES) socket.close(1009, 'message too large');
    });
    socket.on('close', () => roomHost.close(peer));
    socket.on('error', () => socket.terminate());
  });
  await new Promise<void>((done, fail) => {
    http.once('error', fail);
    http.listen(opts.port, opts.host, () => done());
  });
  const port = (http.address() as AddressInfo).port;
  roomHost.joinUrl = opts.joinUrl(port);
  return {
    port,
    host: roomHost,
    close: () =>
      new Promise<void>((done) => {
        void roomHost.settled().then(() => http.close(() => done()));
        for (const client of wss.clients) client.terminate();
        wss.close();
        http.closeAllConnections();
      }),
  };
}
