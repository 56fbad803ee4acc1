/**
 * Sound: off by default, remembered once turned on or off. Nothing plays (and
 * no AudioContext exists) before the player's first click or key press on the
 * page. The town's weeks arrive here from the bridge (app.ts's nextWeek): a
 * week with deals rings the till, one with a quit shuts a door, one with word
 * of mouth murmurs, each kind at most once in a while and a few sounds a
 * second in all, so 4x speed is not a racket.
 */
import type { SimEvent } from '../../sim';
import { VOICES, type AudioLike, type Cue } from './voices';
import { localStore } from '../../shared/localStore';

export type { Cue } from './voices';

const KEY = 'salesfloor.sound';
/** the shortest time between two sounds of a kind, in ms */
const MIN_GAP: Record<Cue, number> = { deal: 700, quit: 1200, wom: 1800 };
/** at most this many sounds in any second */
const PER_SECOND = 3;
/** quiet: the loudest any voice gets */
const VOLUME = 0.12;
/** a week's sounds are spread a little so they do not start on the same instant (seconds) */
const OFFSET: Record<Cue, number> = { deal: 0, wom: 0.2, quit: 0.4 };

export interface SoundContext extends AudioLike {
  readonly destination: AudioNode;
  readonly state: AudioContextState;
  resume(): Promise<void>;
}

type StorageLike = Pick<Storage, 'getItem' | 'setItem'>;

export class SoundBoard {
  private ctx: SoundContext | null = null;
  private master: GainNode | null = null;
  private gesture = false;
  private remembered: boolean | null = null;
  private readonly last = new Map<Cue, number>();
  private recent: number[] = [];
  private readonly listeners = new Set<(on: boolean) => void>();

  constructor(
    private readonly storage: StorageLike | null,
    private readonly makeContext: () => SoundContext | null,
    private readonly clock: () => number,
  ) {}

  get on(): boolean {
    if (this.remembered === null) {
      try {
        this.remembered = this.storage?.getItem(KEY) === '1';
      } catch {
        this.remembered = false;
      }
    }
    return this.remembered;
  }

  /** Turns sound on or off (from the toggle: a user gesture) and remembers it. */
  set(on: boolean): void {
    this.remembered = on;
    try {
      this.storage?.setItem(KEY, on ? '1' : '0');
    } catch {
      // storage blocked: the choice holds until the page is left
    }
    this.unlock();
    for (const fn of this.listeners) fn(on);
  }

  onChange(fn: (on: boolean) => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  /** The player clicked or pressed a key: sounds may play from now on (the context is made only when sound is on). */
  unlock(): void {
    this.gesture = true;
    if (!this.on) return;
    if (!this.ctx) {
      try {
        this.ctx = this.makeContext();
      } catch {
        this.ctx = null;
      }
      if (!this.ctx) return;
      this.master = this.ctx.createGain();
      this.master.gain.value = VOLUME;
      this.master.connect(this.ctx.destination);
    }
    if (this.ctx.state === 'suspended') void this.ctx.resume().catch(() => undefined);
  }

  /** Plays a cue unless sound is off, no gesture came yet, or it would be too soon; says whether it played. */
  play(cue: Cue, offset = 0): boolean {
    if (!this.on || !this.gesture) return false;
    if (!this.ctx) this.unlock();
    const ctx = this.ctx;
    const out = this.master;
    if (!ctx || !out) return false;
    const now = this.clock();
    if (now - (this.last.get(cue) ?? -Infinity) < MIN_GAP[cue]) return false;
    this.recent = this.recent.filter((at) => now - at < 1000);
    if (this.recent.length >= PER_SECOND) return false;
    this.last.set(cue, now);
    this.recent.push(now);
    try {
      VOICES[cue](ctx, out, ctx.currentTime + offset);
    } catch {
      // an audio engine that refuses a node: silence, never a broken game
      return false;
    }
    return true;
  }

  /** A week the town plays: one sound per kind of event in it, rate-limited. Returns the cues played. */
  week(events: readonly SimEvent[]): Cue[] {
    if (!this.on) return [];
    const kinds = new Set<Cue>();
    for (const e of events) {
      if (e.type === 'deal') kinds.add('deal');
      else if (e.type === 'quit') kinds.add('quit');
      else if (e.type === 'wom') kinds.add('wom');
    }
    return (['deal', 'wom', 'quit'] as const).filter((cue) => kinds.has(cue) && this.play(cue, OFFSET[cue]));
  }
}

let board: SoundBoard | null = null;


/** The page's sound board; the first call listens for the first click or key press. */
export function sound(): SoundBoard {
  if (!board) {
    const made = new SoundBoard(localStore(), () => (typeof AudioContext === 'function' ? new AudioContext() : null), () => performance.now());
    board = made;
    const unlock = () => {
      made.unlock();
      for (const type of ['pointerdown', 'keydown'] as const) document.removeEventListener(type, unlock, true);
    };
    for (const type of ['pointerdown', 'keydown'] as const) document.addEventListener(type, unlock, true);
  }
  return board;
}
