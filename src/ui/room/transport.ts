/**
 * How the room's pages reach the room: the client of src/room/client.ts
 * (numbering, outbox, reconnects), loaded on first use, and the WebSocket
 * address on the page's own origin. A component test puts a fake in its
 * place (setRoomClient); the types are the client's.
 */
import type { HostClient, HostOptions, PlayerClient, PlayerOptions } from '../../room/client';
import { roomSocketUrl, type ClientMessage } from '../../room/protocol';

export type { Welcome, Dashboard, Refused, ExportReply, ProgressBody as Progress, Status as LinkStatus } from '../../room/client';
export type EventDecision = Extract<ClientMessage, { t: 'event' }>['event'];
export type PlayerConnection = Pick<PlayerClient, 'sendProgress' | 'pending' | 'close'>;
export type HostConnection = Omit<HostClient, 'pending'>;

/** src/room/client.ts, or a component test's fake of it. */
export interface RoomClient {
  connectPlayer(options: PlayerOptions): PlayerConnection;
  connectHost(options: HostOptions): HostConnection;
  /** does a room answer at this address (a WebSocket opens)? */
  probe(url: string): Promise<boolean>;
}

let injected: RoomClient | null = null;

/** A component test's fake client (null: the real one again). */
export function setRoomClient(client: RoomClient | null): void {
  injected = client;
}

/** Opens a WebSocket and closes it: true when it opened within `ms`. */
function probe(url: string, ms = 4000): Promise<boolean> {
  return new Promise((resolve) => {
    let ws: WebSocket;
    try {
      ws = new WebSocket(url);
    } catch {
      resolve(false);
      return;
    }
    const done = (ok: boolean) => {
      clearTimeout(timer);
      ws.onopen = ws.onerror = ws.onclose = null;
      ws.close();
      resolve(ok);
    };
    const timer = setTimeout(() => done(false), ms);
    ws.onopen = () => done(true);
    ws.onerror = ws.onclose = () => done(false);
  });
}

/** The room's client: the fake a test set, else src/room/client.ts (loaded on first use). */
export async function roomClient(): Promise<RoomClient> {
  if (injected) return injected;
  const real = await import('../../room/client');
  return { connectPlayer: (o) => real.connectPlayer(o), connectHost: (o) => real.connectHost(o), probe };
}

/** The room's WebSocket on this page's origin. */
export function pageSocketUrl(): string {
  return roomSocketUrl(location.origin);
}
