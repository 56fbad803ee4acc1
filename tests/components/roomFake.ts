/**
 * A room in the test's memory, in place of src/room/client.ts and the room
 * process (setRoomClient): it welcomes players, keeps what their progress
 * says (refusing a `from` that is not where the last one ended, as the room
 * does), holds and releases, changes its scenario, and answers the host.
 * Callbacks arrive on a later tick, as a socket's would, and in the real
 * client's order (onState, then onWelcome).
 */
import type { HostOptions, PlayerOptions } from '../../src/room/client';
import type { PlayerRow, RoomState } from '../../src/room/protocol';
import type { Decision } from '../../src/sim';
import { setRoomClient, type Progress, type RoomClient } from '../../src/ui/room/transport';

export interface FakePlayer {
  id: string;
  name: string;
  token: string;
  decisions: Decision[];
  week: number;
  phase: Progress['phase'];
  quarter: number;
  hash?: string;
  online: boolean;
}

const later = (fn: () => void) => setTimeout(fn, 0);

export class FakeRoom {
  state: RoomState;
  there = true;
  /** the next progress this says is lost on the way (the one after it then starts past where the room is) */
  lose: ((p: Progress) => boolean) | null = null;
  readonly players: FakePlayer[] = [];
  /** every progress message received, in order */
  readonly progress: Array<Progress & { player: string }> = [];
  /** what the players' pages said on opening: join or resume */
  readonly hellos: Array<{ kind: 'join' | 'resume'; player?: string; name?: string }> = [];
  readonly hostCalls: string[] = [];
  readonly refusals: string[] = [];
  private readonly listeners: PlayerOptions[] = [];
  private host: HostOptions | null = null;

  constructor(code: string, scenario: string, seed: string) {
    this.state = { room: code, scenario, seed, hold: null, closed: false };
  }

  install(): void {
    setRoomClient(this.client());
  }

  /** A player the room already has (another device, or before a reload). */
  addPlayer(p: Partial<FakePlayer> & { name: string }): FakePlayer {
    const player: FakePlayer = { id: `p${this.players.length + 1}`, token: `${this.players.length + 1}`.padStart(32, 'a'), decisions: [], week: 0, phase: 'planning', quarter: 0, online: false, ...p };
    this.players.push(player);
    return player;
  }

  /** The instructor changed the room: every page hears it. */
  change(patch: Partial<RoomState>): void {
    this.state = { ...this.state, ...patch };
    for (const l of this.listeners) later(() => l.onState?.(this.state));
    this.dashboard();
  }

  /** The room refuses something of every player's (without a seq: nothing to drop from an outbox). */
  refuse(reason: 'hash' | 'rate'): void {
    for (const l of this.listeners) later(() => l.onRefused?.({ t: 'refused', reason }));
  }

  /** The players' connections go (or come back): each page hears it from its client. */
  status(status: 'open' | 'offline' | 'connecting'): void {
    for (const l of this.listeners) later(() => l.onStatus?.(status));
  }

  rows(): PlayerRow[] {
    return this.players.map((p) => ({ player: p.id, name: p.name, online: p.online, phase: p.phase, quarter: p.quarter, week: p.week, profit: 1000 * p.week, reputation: 0.4, deals: p.week, quits: 0, misconduct: 0, ...(p.hash ? { hash: p.hash, code: `sf1.fake-${p.id}` } : {}) }));
  }

  private dashboard(): void {
    const h = this.host;
    if (h) later(() => h.onDashboard?.({ t: 'dashboard', state: this.state, players: this.rows(), seq: this.hostCalls.length, joinUrl: `http://192.168.1.20:8787/#/join?room=${this.state.room}` }));
  }

  private client(): RoomClient {
    return {
      probe: async () => this.there,
      connectPlayer: (opts) => {
        let me: FakePlayer | null = null;
        later(() => {
          opts.onStatus?.('connecting');
          if (opts.resume) {
            this.hellos.push({ kind: 'resume', player: opts.resume.player });
            me = this.players.find((p) => p.id === opts.resume?.player && p.token === opts.resume.token) ?? null;
            if (!me) return opts.onRefused?.({ t: 'refused', reason: 'token' });
          } else {
            this.hellos.push({ kind: 'join', name: opts.name });
            if (this.state.closed) return opts.onRefused?.({ t: 'refused', reason: 'closed' });
            me = this.addPlayer({ name: opts.name ?? '' });
          }
          me.online = true;
          this.listeners.push(opts);
          opts.onStatus?.('open');
          opts.onState?.(this.state);
          opts.onWelcome?.({ t: 'welcome', player: me.id, token: me.token, name: me.name, state: this.state, decisions: [...me.decisions], week: me.week, seq: 0 });
          this.dashboard();
        });
        let seq = 0;
        return {
          sendProgress: (p) => {
            seq += 1;
            later(() => {
              if (!me) return;
              if (this.lose?.(p)) {
                this.lose = null;
                return;
              }
              if (p.from !== me.week) {
                this.refusals.push('from');
                return opts.onRefused?.({ t: 'refused', reason: 'from', seq });
              }
              this.progress.push({ ...p, player: me.id });
              me.decisions.push(...(p.decisions as Decision[]));
              Object.assign(me, { week: p.week, phase: p.phase, quarter: p.quarter, ...(p.hash ? { hash: p.hash } : {}) });
              this.dashboard();
            });
            return seq;
          },
          pending: () => 0,
          close: () => {
            const i = this.listeners.indexOf(opts);
            if (i >= 0) this.listeners.splice(i, 1);
            if (me) me.online = false;
          },
        };
      },
      connectHost: (opts) => {
        this.host = opts;
        later(() => {
          opts.onStatus?.('open');
          this.dashboard();
        });
        const call = (what: string, then: () => void) => {
          this.hostCalls.push(what);
          then();
          return this.hostCalls.length;
        };
        return {
          hold: (q) => call(`hold ${q}`, () => this.change({ hold: q })),
          release: (all) => call(`release ${all}`, () => this.change({ hold: all || this.state.hold === null ? null : this.state.hold + 1 })),
          pushEvent: (e) => call(`event ${JSON.stringify(e)}`, () => undefined),
          closeRoom: () => call('close', () => this.change({ closed: true })),
          exportAll: async () => ({ t: 'export', scenario: this.state.scenario, csv: 'name,profit\r\nAda,1\r\n', codes: this.players.map((p) => ({ player: p.id, name: p.name, code: `sf1.fake-${p.id}`, done: p.phase === 'debrief' })) }),
          close: () => {
            this.host = null;
          },
        };
      },
    };
  }
}

/** The decisions the room holds for a player, in the order it got them. */
export function roomLog(room: FakeRoom, player = 'p1'): Decision[] {
  return room.players.find((p) => p.id === player)?.decisions ?? [];
}
