/**
 * The room's transport for a browser page and for Node clients (the load and
 * fault tests): one WebSocket to the room, messages numbered (seq), an outbox
 * of those not yet acknowledged, and reconnection by itself (backoff 250 ms
 * doubling to 5 s) that resumes with the player's token and resends the
 * outbox in order under the same seqs (the welcome's `seq` says which the
 * room already applied). Pass `WebSocket` in Node (`ws`'s class); the page
 * uses the browser's.
 */
import { serverMessageSchema, type ClientMessage, type Refusal, type RoomState, type ServerMessage } from './protocol';

/** The part of a WebSocket both the browser's and `ws`'s have. */
export interface SocketLike {
  readonly readyState: number;
  send(data: string): void;
  close(code?: number, reason?: string): void;
  onopen: ((ev: unknown) => void) | null;
  onmessage: ((ev: { data: unknown }) => void) | null;
  onclose: ((ev: unknown) => void) | null;
  onerror: ((ev: unknown) => void) | null;
}
export type SocketClass = new (url: string) => SocketLike;

export type Status = 'connecting' | 'open' | 'offline';
export type Welcome = Extract<ServerMessage, { t: 'welcome' }>;
export type Dashboard = Extract<ServerMessage, { t: 'dashboard' }>;
export type Refused = Extract<ServerMessage, { t: 'refused' }>;
export type ExportReply = Extract<ServerMessage, { t: 'export' }>;
export type ProgressBody = Omit<Extract<ClientMessage, { t: 'progress' }>, 't' | 'seq'>;
type Seqd = Extract<ClientMessage, { seq: number }>;

/** Refusals after which reconnecting cannot help: the client stops. */
const FINAL: ReadonlySet<Refusal> = new Set(['room', 'closed', 'name', 'full', 'token', 'key']);
const OPEN = 1;
export const BACKOFF_FIRST_MS = 250;
export const BACKOFF_MAX_MS = 5000;
/** How long after a `rate` refusal the outbox is sent again. */
export const RATE_RETRY_MS = 1000;

interface Common {
  /** ws://host:port/room (see roomSocketUrl) */
  url: string;
  room: string;
  WebSocket?: SocketClass;
  onState?: (state: RoomState) => void;
  onRefused?: (refused: Refused) => void;
  onStatus?: (status: Status) => void;
  onAck?: (seq: number) => void;
}

/**
 * One numbered, reconnecting channel: `hello` is what it says on each open
 * (join, resume or host); `welcomed(seq)` is called by the owner when the
 * room answers it, with the last seq the room applied.
 */
class Channel {
  private socket: SocketLike | null = null;
  private outbox: Seqd[] = [];
  private nextSeq = 1;
  private ready = false;
  private closed = false;
  private backoff = BACKOFF_FIRST_MS;
  private timer: ReturnType<typeof setTimeout> | null = null;
  /** seqs handed out before the room said where this sender is: renumbered at the first welcome */
  private provisional = true;

  constructor(
    private readonly opts: Common,
    private readonly hello: () => ClientMessage,
    private readonly receive: (msg: ServerMessage) => void,
  ) {
    this.open();
  }

  private open(): void {
    if (this.closed) return;
    const Ctor = this.opts.WebSocket ?? (globalThis as unknown as { WebSocket: SocketClass }).WebSocket;
    this.opts.onStatus?.('connecting');
    const socket = new Ctor(this.opts.url);
    this.socket = socket;
    socket.onopen = () => socket.send(JSON.stringify(this.hello()));
    socket.onmessage = (ev) => this.onMessage(ev.data);
    socket.onerror = () => {
      // onclose follows
    };
    socket.onclose = () => {
      if (this.socket !== socket) return;
      this.socket = null;
      this.ready = false;
      this.opts.onStatus?.('offline');
      if (this.closed) return;
      this.timer = setTimeout(() => this.open(), this.backoff);
      this.backoff = Math.min(this.backoff * 2, BACKOFF_MAX_MS);
    };
  }

  private onMessage(data: unknown): void {
    let parsed: ServerMessage;
    try {
      const result = serverMessageSchema.safeParse(JSON.parse(String(data)));
      if (!result.success) return;
      parsed = result.data as ServerMessage;
    } catch {
      return;
    }
    if (parsed.t === 'ack') {
      this.outbox = this.outbox.filter((m) => m.seq > parsed.seq);
      this.opts.onAck?.(parsed.seq);
    } else if (parsed.t === 'refused') {
      this.refused(parsed);
    }
    this.receive(parsed);
  }

  private refused(r: Refused): void {
    if (r.reason === 'rate') {
      this.timer = setTimeout(() => this.flush(), RATE_RETRY_MS);
      return;
    }
    if (r.seq !== undefined) this.outbox = this.outbox.filter((m) => m.seq !== r.seq);
    this.opts.onRefused?.(r);
    if (FINAL.has(r.reason) && !this.ready) this.close();
  }

  /** The room answered the hello: `applied` is the last seq it has from this sender. */
  welcomed(applied: number): void {
    if (this.provisional) {
      this.provisional = false;
      this.outbox = this.outbox.map((m, i) => ({ ...m, seq: applied + 1 + i }));
      this.nextSeq = applied + 1 + this.outbox.length;
    } else {
      this.outbox = this.outbox.filter((m) => m.seq > applied);
      this.nextSeq = Math.max(this.nextSeq, applied + 1);
    }
    this.ready = true;
    this.backoff = BACKOFF_FIRST_MS;
    this.opts.onStatus?.('open');
    this.flush();
  }

  /** Numbers a message, keeps it until acknowledged, sends it if the room is there. */
  send(body: Record<string, unknown>): number {
    const msg = { ...body, seq: this.nextSeq++ } as Seqd;
    this.outbox.push(msg);
    if (this.ready) this.raw(msg);
    return msg.seq;
  }

  /** Sends a message that needs no number (export). False when offline. */
  raw(msg: ClientMessage): boolean {
    if (!this.socket || this.socket.readyState !== OPEN) return false;
    this.socket.send(JSON.stringify(msg));
    return true;
  }

  private flush(): void {
    if (this.ready) for (const m of this.outbox) this.raw(m);
  }

  get isReady(): boolean {
    return this.ready;
  }

  pending(): number {
    return this.outbox.length;
  }

  close(): void {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    const socket = this.socket;
    this.socket = null;
    this.ready = false;
    socket?.close();
    this.opts.onStatus?.('offline');
  }
}

export interface PlayerOptions extends Common {
  /** a new player's display name */
  name?: string;
  /** a returning player (from the page's storage); `seq` the last the page knows was sent, if kept */
  resume?: { player: string; token: string };
  onWelcome?: (welcome: Welcome) => void;
}

export interface PlayerClient {
  /** Sends the decisions of weeks [from, week) and where the game is; returns its seq. */
  sendProgress(p: ProgressBody): number;
  /** messages not yet acknowledged */
  pending(): number;
  /** who this player is in the room, once welcomed (keep it to resume after a reload) */
  identity(): { player: string; token: string } | null;
  close(): void;
}

/** 32 hex digits from the platform's crypto RNG (a join's nonce). */
const nonce = (): string => Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');

export function connectPlayer(opts: PlayerOptions): PlayerClient {
  if (!opts.name && !opts.resume) throw new Error('connectPlayer needs a name or a resume');
  let me = opts.resume ?? null;
  // the same nonce in every join until welcomed: a join the room wrote but never answered (killed before its flush) is this player's when resent
  const joinNonce = nonce();
  const hello = (): ClientMessage => (me ? { t: 'resume', room: opts.room, player: me.player, token: me.token } : { t: 'join', room: opts.room, name: opts.name ?? '', nonce: joinNonce });
  const channel: Channel = new Channel(opts, hello, (msg) => {
    if (msg.t === 'welcome') {
      me = { player: msg.player, token: msg.token };
      channel.welcomed(msg.seq);
      opts.onState?.(msg.state);
      opts.onWelcome?.(msg);
    } else if (msg.t === 'room') {
      opts.onState?.(msg.state);
    }
  });
  return {
    sendProgress: (p) => channel.send({ t: 'progress', ...p }),
    pending: () => channel.pending(),
    identity: () => me,
    close: () => channel.close(),
  };
}

export interface HostOptions extends Common {
  /** the instructor's secret (`key=` of the printed link) */
  key: string;
  onDashboard?: (dashboard: Dashboard) => void;
}

export interface HostClient {
  /** Holds every run at the end of this quarter (0-based). Each returns its seq. */
  hold(quarter: number): number;
  release(all: boolean): number;
  pushEvent(event: Extract<ClientMessage, { t: 'event' }>['event']): number;
  closeRoom(): number;
  /** Every run's code and the class CSV (waits for the room if offline). */
  exportAll(): Promise<ExportReply>;
  pending(): number;
  close(): void;
}

export function connectHost(opts: HostOptions): HostClient {
  const waiting: ((reply: ExportReply) => void)[] = [];
  let asked = false;
  const ask = () => {
    if (waiting.length > 0 && !asked) asked = channel.raw({ t: 'export' });
  };
  const channel: Channel = new Channel(opts, () => ({ t: 'host', room: opts.room, key: opts.key }), (msg) => {
    if (msg.t === 'dashboard') {
      if (!channel.isReady) {
        // the first dashboard on each connection answers the hello
        asked = false;
        channel.welcomed(msg.seq);
        ask();
      }
      opts.onState?.(msg.state);
      opts.onDashboard?.(msg);
    } else if (msg.t === 'room') {
      opts.onState?.(msg.state);
    } else if (msg.t === 'export') {
      asked = false;
      for (const resolve of waiting.splice(0)) resolve(msg);
    }
  });
  return {
    hold: (quarter) => channel.send({ t: 'hold', quarter }),
    release: (all) => channel.send({ t: 'release', all }),
    pushEvent: (event) => channel.send({ t: 'event', event }),
    closeRoom: () => channel.send({ t: 'close' }),
    exportAll: () =>
      new Promise<ExportReply>((resolve) => {
        waiting.push(resolve);
        if (channel.isReady) ask();
      }),
    pending: () => channel.pending(),
    close: () => channel.close(),
  };
}

