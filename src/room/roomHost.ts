/**
 * The room at work, whatever carries its messages: each connection is a
 * peer; a frame from a peer is rate-limited, read, judged (reducer `check`),
 * and when accepted its event is written (the Node server appends it to
 * log.ndjson) BEFORE it is applied; a write that throws is refused as
 * `storage` and nothing is applied. With `flush` (fsync), what the room says
 * after a write waits until the writes of the batch are flushed: one flush
 * for every message that arrived together (group commit), then their acks
 * and broadcasts in order, so nothing is acknowledged before it is on disk. The
 * dashboard goes to the instructor's connections at once after their own
 * actions and at most every DASHBOARD_MS after players' progress.
 */
import { readClientMessage, type PlayerRow, type ServerMessage } from './protocol';
import { apply, check, type Conn } from './reducer';
import { exportRoom } from './roomExport';
import { findPlayer, roomStateOf, rowOf, type PlayerRecord, type Room } from './roomState';
import type { RoomEvent } from './roomEvents';
import { TokenBucket } from './rateLimit';

export const DASHBOARD_MS = 200;

export interface Peer {
  conn: Conn;
  /** answers this connection (after the pending flush, if any) */
  send(msg: ServerMessage): void;
  /** puts a message on the wire now */
  readonly deliver: (msg: ServerMessage) => void;
  readonly bucket: TokenBucket;
}

export interface RoomHostOptions {
  /** writes the event (durably, unless `flush` is given); throws when it cannot (the message is then refused as `storage`) */
  persist(event: RoomEvent): void;
  /** makes every write so far durable (fsync, sync or not); the room's answers after a write wait for it. A flush that fails ends the room (`onFatal`): the log holds what was acknowledged, and --resume brings it back */
  flush?: () => void | Promise<void>;
  onFatal?: (error: unknown) => void;
  /** runs fn after the current batch of messages (setImmediate) */
  later?: (fn: () => void) => void;
  /** a new player's token: 32 hex digits from a crypto RNG */
  newSecret(): string;
  /** the players' join link, shown on the dashboard */
  joinUrl: string;
  now?: () => number;
  defer?: (fn: () => void, ms: number) => void;
}

export class RoomHost {
  readonly peers = new Set<Peer>();
  private readonly rows = new Map<string, { key: string; row: PlayerRow }>();
  private dashboardDue = false;
  private readonly now: () => number;
  private readonly defer: (fn: () => void, ms: number) => void;
  /** the players' join link the dashboard shows (set once the server knows its port) */
  joinUrl: string;

  constructor(
    readonly room: Room,
    private readonly opts: RoomHostOptions,
  ) {
    this.joinUrl = opts.joinUrl;
    this.now = opts.now ?? (() => performance.now());
    this.defer = opts.defer ?? ((fn, ms) => void setTimeout(fn, ms));
  }

  /** answers to send after the next flush (collecting), and those waiting on the flush under way */
  private collecting: [Peer, ServerMessage][] | null = null;
  private flushing: [Peer, ServerMessage][] | null = null;
  private flushDue = false;
  private lastFlush: Promise<void> = Promise.resolve();

  open(send: (msg: ServerMessage) => void): Peer {
    const peer: Peer = { conn: {}, send: (msg) => this.answer(peer, msg), deliver: send, bucket: new TokenBucket(this.now) };
    this.peers.add(peer);
    return peer;
  }

  close(peer: Peer): void {
    this.peers.delete(peer);
    if (peer.conn.player) this.scheduleDashboard();
  }

  isOnline(player: string): boolean {
    for (const peer of this.peers) if (peer.conn.player === player) return true;
    return false;
  }

  receive(peer: Peer, frame: string): void {
    if (!peer.bucket.take()) return peer.send({ t: 'refused', reason: 'rate', detail: 'too many messages: slow down' });
    const msg = readClientMessage(frame);
    if (typeof msg === 'string') return peer.send({ t: 'refused', reason: msg, detail: msg === 'size' ? 'message too large' : 'not a message of the room' });
    const verdict = check(this.room, peer.conn, msg, this.opts.newSecret);
    switch (verdict.kind) {
      case 'refused':
        return peer.send({ t: 'refused', reason: verdict.reason, detail: verdict.detail, ...(verdict.seq !== undefined ? { seq: verdict.seq } : {}) });
      case 'again':
        return peer.send({ t: 'ack', seq: verdict.seq });
      case 'welcome':
        peer.conn = { player: verdict.player };
        peer.send(this.welcome(findPlayer(this.room, verdict.player)!));
        return this.scheduleDashboard();
      case 'host':
        peer.conn = { host: true };
        return peer.send(this.dashboard());
      case 'export':
        return peer.send(exportRoom(this.room, (id) => this.isOnline(id)));
      case 'append':
        break;
    }
    const { event, prepared } = verdict;
    try {
      this.opts.persist(event);
    } catch (error) {
      const detail = `the room could not write its log: ${error instanceof Error ? error.message : String(error)}`.slice(0, 500);
      return peer.send({ t: 'refused', reason: 'storage', detail, ...('seq' in event ? { seq: event.seq } : {}) });
    }
    this.wrote();
    apply(this.room, event, prepared);
    if (event.e === 'join') {
      peer.conn = { player: event.player };
      peer.send(this.welcome(findPlayer(this.room, event.player)!));
      return this.scheduleDashboard();
    }
    peer.send({ t: 'ack', seq: event.seq });
    if (event.e === 'progress') {
      const p = findPlayer(this.room, event.player)!;
      if (p.rejected) peer.send({ t: 'refused', reason: 'hash', detail: `the room's rerun of this run gives hash ${p.hash}, not ${event.hash}` });
      return this.scheduleDashboard();
    }
    const state = roomStateOf(this.room);
    for (const other of this.peers) if (other.conn.player) other.send({ t: 'room', state });
    this.sendDashboard();
  }

  /** An answer goes out at once, unless writes are waiting to be flushed: then after them, in order. */
  private answer(peer: Peer, msg: ServerMessage): void {
    if (!this.collecting && !this.flushing) return peer.deliver(msg);
    if (!this.collecting) this.collecting = [];
    this.collecting.push([peer, msg]);
    this.scheduleFlush();
  }

  /** A write happened: with a flush, every answer from now on waits for the next flush. */
  private wrote(): void {
    if (!this.opts.flush) return;
    this.collecting ??= [];
    this.scheduleFlush();
  }

  /**
   * Group commit: after the current batch of messages, one flush for every
   * write so far; the messages that arrive while it runs (fsync runs off the
   * event loop) wait for the next one.
   */
  private scheduleFlush(): void {
    if (this.flushDue || this.flushing) return;
    this.flushDue = true;
    (this.opts.later ?? setImmediate)(() => {
      this.flushDue = false;
      const batch = this.collecting;
      if (!batch) return;
      this.collecting = null;
      this.flushing = batch;
      this.lastFlush = Promise.resolve()
        .then(() => this.opts.flush?.())
        .then(
          () => {
            this.flushing = null;
            for (const [peer, msg] of batch) if (this.peers.has(peer)) peer.deliver(msg);
            if (this.collecting) this.scheduleFlush();
          },
          (error: unknown) => (this.opts.onFatal ?? ((e) => { throw e; }))(error),
        );
    });
  }

  /** Resolves once every write is flushed and its answers sent (before the log is closed). */
  async settled(): Promise<void> {
    await new Promise((r) => setTimeout(r, 0));
    while (this.flushing || this.collecting || this.flushDue) {
      await this.lastFlush;
      await new Promise((r) => setTimeout(r, 0));
    }
  }

  private welcome(p: PlayerRecord): ServerMessage {
    return { t: 'welcome', player: p.id, token: p.token, name: p.name, state: roomStateOf(this.room), decisions: p.decisions, week: p.run.state.week, seq: p.book.seq };
  }

  /** Every player's row; a row is worked out again only when its player moved. */
  rowsNow(): PlayerRow[] {
    return this.room.players.map((p) => {
      const key = `${p.book.seq}`;
      let cached = this.rows.get(p.id);
      if (!cached || cached.key !== key) {
        cached = { key, row: rowOf(p, false) };
        this.rows.set(p.id, cached);
      }
      return { ...cached.row, online: this.isOnline(p.id) };
    });
  }

  dashboard(): ServerMessage {
    return { t: 'dashboard', state: roomStateOf(this.room), players: this.rowsNow(), seq: this.room.host.seq, joinUrl: this.joinUrl };
  }

  private hosts(): Peer[] {
    return [...this.peers].filter((p) => p.conn.host);
  }

  sendDashboard(): void {
    const hosts = this.hosts();
    if (hosts.length === 0) return;
    const msg = this.dashboard();
    for (const h of hosts) h.send(msg);
  }

  private scheduleDashboard(): void {
    if (this.dashboardDue || this.hosts().length === 0) return;
    this.dashboardDue = true;
    this.defer(() => {
      this.dashboardDue = false;
      this.sendDashboard();
    }, DASHBOARD_MS);
  }
}
