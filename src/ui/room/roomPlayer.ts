/**
 * A player's link to the live room: the connection (src/room/client.ts keeps
 * the outbox and reconnects), the room's state as last heard, and the
 * progress the game sends as its weeks run — coalesced while a quarter
 * plays (at most one message per COALESCE_MS), at once at a quarter's end
 * and at the debrief. One link at a time: the page's room game.
 */
import type { Refusal, RoomState } from '../../room/protocol';
import type { Session } from '../../play/session';
import { membershipOf, remember, type Membership } from './membership';
import { moved, progressOf } from './progress';
import { pageSocketUrl, roomClient, type LinkStatus, type PlayerConnection, type Progress, type Refused, type Welcome } from './transport';

/** While a quarter plays, weeks are sent together at most this often (ms). */
export const COALESCE_MS = 300;
/** Where the tabs of this browser say which room game they hold, and this tab's name there. */
const TABS_CHANNEL = 'salesfloor.room-tabs';
const TAB = `${Date.now().toString(36)}-${Math.floor(Math.random() * 1e9).toString(36)}`;
/** A refused progress brings the page back to the room at most this often (ms). */
const RESYNC_MS = 3000;

export type RoomNews =
  | { kind: 'welcome'; welcome: Welcome; first: boolean }
  | { kind: 'state'; state: RoomState; before: RoomState | null }
  | { kind: 'status'; status: LinkStatus }
  | { kind: 'refused'; refused: Refused }
  | { kind: 'elsewhere' };

export class RoomPlayer {
  state: RoomState | null = null;
  status: LinkStatus = 'connecting';
  name = '';
  /** the last welcome (what the room had of this game then); the client gives its state (onState) just before it */
  welcome: Welcome | null = null;
  /** how many progress messages wait for the room's acknowledgement */
  get pending(): number {
    return this.conn?.pending() ?? 0;
  }
  private conn: PlayerConnection | null = null;
  private closed = false;
  /** the week the last progress ended at (the next one's `from`); null before the first welcome */
  private from: number | null = null;
  private last: Pick<Progress, 'week' | 'phase' | 'quarter'> | null = null;
  private lastAt = -Infinity;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private later: Session | null = null;
  private readonly listeners = new Set<(news: RoomNews) => void>();

  constructor(readonly room: string) {}

  /** another tab of this browser took this room's game: this one stays out of the room */
  elsewhere = false;
  private tabs: BroadcastChannel | null = null;

  /** Joins by name (a new player) or comes back as the player this browser was. */
  async connect(how: { name: string } | { resume: Membership }): Promise<void> {
    const client = await roomClient();
    if (this.closed) return;
    this.claimTab();
    this.conn = client.connectPlayer({
      url: pageSocketUrl(),
      room: this.room,
      ...how,
      onWelcome: (w) => this.welcomed(w),
      onState: (state) => this.changed(state),
      onRefused: (refused) => {
        this.emit({ kind: 'refused', refused });
        this.refused(refused.reason);
      },
      onStatus: (status) => {
        this.status = status;
        this.emit({ kind: 'status', status });
      },
    });
  }

  /** Listens to the link's news until `signal` aborts; returns the removal. */
  on(listener: (news: RoomNews) => void, signal?: AbortSignal): () => void {
    this.listeners.add(listener);
    const off = () => this.listeners.delete(listener);
    signal?.addEventListener('abort', off, { once: true });
    return off;
  }

  /** Tells the room where the game is, when anything moved since the last message (see COALESCE_MS). */
  sync(session: Session): void {
    if (!this.conn || this.from === null || this.state?.closed || session.state.week < this.from) return;
    const p = progressOf(session, this.from);
    if (!moved(p, this.last)) return;
    const wait = p.phase === 'playing' ? this.lastAt + COALESCE_MS - performance.now() : 0;
    if (wait > 0) {
      this.later = session;
      this.timer ??= setTimeout(() => {
        this.timer = null;
        const s = this.later;
        this.later = null;
        if (s) this.sync(s);
      }, wait);
      return;
    }
    this.stopTimer();
    this.conn.sendProgress(p);
    this.from = p.week;
    this.last = { week: p.week, phase: p.phase, quarter: p.quarter };
    this.lastAt = performance.now();
  }

  /** Does the instructor's hold keep this game at its review (Next disabled)? */
  holds(session: Session): boolean {
    const hold = this.state?.hold ?? null;
    return hold !== null && session.phase === 'review' && !session.isLastQuarter && session.quarter >= hold;
  }

  close(): void {
    this.closed = true;
    this.tabs?.close();
    this.tabs = null;
    this.stopTimer();
    this.conn?.close();
    this.conn = null;
    this.listeners.clear();
    if (active === this) active = null;
  }

  /**
   * A progress the room refused leaves this page's `from` ahead of the
   * room's: come back to the room (resume), whose welcome says where it has
   * the game, and send the rest again from there. Past the hold, only once
   * the instructor moves it; a gap or a replay at once, at most every few
   * seconds (a room that keeps refusing is not asked in a loop).
   */
  private refused(reason: Refusal): void {
    if (reason === 'held') this.resyncOnState = true;
    else if (reason === 'from' || reason === 'order' || reason === 'replayed') this.resync();
  }

  private resyncOnState = false;
  private lastResync = -Infinity;

  private resync(): void {
    const m = membershipOf(this.room);
    if (this.closed || this.elsewhere || !m || performance.now() - this.lastResync < RESYNC_MS) return;
    this.lastResync = performance.now();
    this.stopTimer();
    this.conn?.close();
    this.conn = null;
    this.welcome = null;
    this.from = null;
    this.last = null;
    void this.connect({ resume: m });
  }

  /**
   * One tab per room and browser: the room numbers a player's messages, and
   * two tabs would each number their own. The tab that connects last takes
   * the game; the others close their connection and say so.
   */
  private claimTab(): void {
    if (typeof BroadcastChannel === 'undefined') return;
    this.tabs ??= new BroadcastChannel(TABS_CHANNEL);
    this.tabs.onmessage = (e: MessageEvent<{ room?: string; tab?: string }>) => {
      if (e.data?.room !== this.room || e.data.tab === TAB || this.elsewhere) return;
      this.elsewhere = true;
      this.stopTimer();
      this.conn?.close();
      this.conn = null;
      this.emit({ kind: 'elsewhere' });
    };
    this.tabs.postMessage({ room: this.room, tab: TAB });
  }

  private stopTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.later = null;
  }

  private welcomed(w: Welcome): void {
    remember(this.room, { player: w.player, token: w.token, sc: w.state.scenario, seed: w.state.seed });
    this.name = w.name;
    // the first welcome of this link says what the room has; after a reconnect the client resends its own outbox
    const first = this.welcome === null;
    if (first) this.from = w.week;
    this.welcome = w;
    this.emit({ kind: 'welcome', welcome: w, first });
  }

  private changed(state: RoomState): void {
    const before = this.state;
    this.state = state;
    const m = membershipOf(this.room);
    if (m && m.sc !== state.scenario) remember(this.room, { ...m, sc: state.scenario, seed: state.seed });
    if (this.resyncOnState && before !== null && before.hold !== state.hold) {
      this.resyncOnState = false;
      this.resync();
    }
    this.emit({ kind: 'state', state, before });
  }

  private emit(news: RoomNews): void {
    for (const l of [...this.listeners]) l(news);
  }
}

let active: RoomPlayer | null = null;

/** The page's room link, if a room game is open. */
export function currentPlayer(): RoomPlayer | null {
  return active;
}

/** The link for `room`: the one open, or a new one coming back with this browser's membership (null: this browser never joined it). */
export function playerFor(room: string): RoomPlayer | null {
  if (active?.room === room) return active;
  const m = membershipOf(room);
  if (!m) return null;
  active?.close();
  const p = new RoomPlayer(room);
  active = p;
  void p.connect({ resume: m });
  return p;
}

/** Makes a link the page's (the join page's, once welcomed). */
export function adoptPlayer(p: RoomPlayer): void {
  if (active && active !== p) active.close();
  active = p;
}
