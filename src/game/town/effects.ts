/**
 * Pop-ups over the town, all from fixed pools (no game object is created
 * while a quarter plays): an icon that pops and rises with an optional short
 * label, a bubble that travels from one house to another (word of mouth), and
 * a ring that spreads where it lands. When a pool runs dry the effect is
 * skipped; the houses still recolour.
 *
 * Each live effect costs its pixels every frame (dearly under software
 * WebGL), so the minor ones — visit pings, word of mouth — only start while
 * fewer than OPTIONAL effects are live (`room`), which keeps the pool for
 * deals, returns and departures at 4x. Labels live in one texture (see
 * labelSlots.ts) and keep their text: a label already showing the text
 * wanted (deals are often the same amount) is reused as it is.
 */
import type { GameObjects, Scene } from 'phaser';
import { ART } from '../art';
import { WIDTH } from '../theme';
import { LabelSlots } from './labelSlots';

type Kind = 0 | 1 | 2; // pop, travel, ring

interface Label {
  img: GameObjects.Image;
  slot: number;
  content: string;
  color: string;
  busy: boolean;
  /** when it was last taken, to reuse the label idle the longest */
  used: number;
}

interface Fx {
  img: GameObjects.Image;
  label: Label | null;
  active: boolean;
  kind: Kind;
  age: number;
  dur: number;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  size: number;
  /** label x, kept inside the screen */
  lx: number;
  /** for travel: ring texture shown on arrival, and a callback key */
  ring: string;
  arrive: number;
}

const ICONS = 140;
const LABELS = 36;
/** live effects beyond which minor ones are skipped: 1x rarely gets there (a late quarter peaks near 65), 4x often would */
const OPTIONAL = 64;
const INK = '#1d2a3a';

export class Effects {
  private readonly fx: Fx[] = [];
  private readonly free: Fx[] = [];
  private readonly labels: Label[] = [];
  private readonly slots: LabelSlots;
  private labelClock = 0;
  /** called with the `arrive` value when a travelling bubble lands */
  onArrive: (value: number) => void = () => undefined;

  constructor(scene: Scene, depth: number) {
    for (let i = 0; i < ICONS; i++) {
      const img = scene.add.image(0, 0, ART, 'shadow').setVisible(false).setDepth(depth);
      const f: Fx = { img, label: null, active: false, kind: 0, age: 0, dur: 1, x0: 0, y0: 0, x1: 0, y1: 0, size: 1, lx: 0, ring: '', arrive: -1 };
      this.fx.push(f);
      this.free.push(f);
    }
    this.slots = new LabelSlots(scene, LABELS);
    for (let slot = 0; slot < LABELS; slot++) {
      const img = scene.add.image(0, 0, this.slots.key, this.slots.frame(slot)).setOrigin(0.5, 1).setVisible(false).setDepth(depth + 1);
      this.labels.push({ img, slot, content: '', color: INK, busy: false, used: 0 });
    }
  }

  /** Room for a minor effect (a ping, word of mouth) without crowding out the ones that matter. */
  get room(): boolean {
    return this.fx.length - this.free.length < OPTIONAL;
  }

  private take(): Fx | null {
    return this.free.pop() ?? null;
  }

  /** A free label showing `content` in `color`: one that already does if any, else the one idle the longest. */
  private takeLabel(content: string, color: string): Label | null {
    let best: Label | null = null;
    for (const l of this.labels) {
      if (l.busy) continue;
      if (l.content === content && l.color === color) {
        best = l;
        break;
      }
      if (!best || l.used < best.used) best = l;
    }
    if (!best) return null;
    if (best.content !== content || best.color !== color) {
      best.content = content;
      best.color = color;
      this.slots.set(best.slot, content, color);
      best.img.setFrame(this.slots.frame(best.slot), true, true);
    }
    best.busy = true;
    best.used = ++this.labelClock;
    best.img.setVisible(true).setAlpha(1);
    return best;
  }

  /** An icon that pops at (x, y) and rises, with an optional label under it. */
  pop(frame: string, x: number, y: number, size: number, dur: number, label?: string, color?: string): void {
    const f = this.start(0, frame, x, y, size, dur);
    if (!f) return;
    f.img.setDisplaySize(size * 0.2, size * 0.2);
    if (label) {
      const l = this.takeLabel(label, color ?? INK);
      if (l) {
        f.label = l;
        const half = l.img.width / 2 + 4;
        f.lx = Math.min(Math.max(x, half), WIDTH - half);
      }
    }
    this.place(f, 0);
  }

  /** A bubble travelling from one point to another; a ring spreads where it lands. */
  travel(frame: string, ring: string, x0: number, y0: number, x1: number, y1: number, size: number, dur: number, arrive: number): void {
    const f = this.start(1, frame, x0, y0, size, dur);
    if (!f) return;
    f.x1 = x1;
    f.y1 = y1;
    f.ring = ring;
    f.arrive = arrive;
    f.img.setDisplaySize(size, size);
  }

  ring(frame: string, x: number, y: number, size: number, dur: number): void {
    const f = this.take();
    if (f) this.startRing(f, frame, x, y, size, dur);
  }

  private startRing(f: Fx, frame: string, x: number, y: number, size: number, dur: number): void {
    this.begin(f, 2, frame, x, y, size, dur).img.setDisplaySize(size * 0.3, size * 0.3);
  }

  /** Takes a free effect from the pool and starts it; null when the pool is spent. */
  private start(kind: Kind, frame: string, x: number, y: number, size: number, dur: number): Fx | null {
    const f = this.take();
    return f ? this.begin(f, kind, frame, x, y, size, dur) : null;
  }

  /** Sets what every kind of effect shares. */
  private begin(f: Fx, kind: Kind, frame: string, x: number, y: number, size: number, dur: number): Fx {
    f.active = true;
    f.kind = kind;
    f.age = 0;
    f.dur = dur;
    f.x0 = x;
    f.y0 = y;
    f.size = size;
    f.img.setFrame(frame).setVisible(true).setAlpha(1).setPosition(x, y);
    return f;
  }

  private place(f: Fx, p: number): void {
    const { img } = f;
    if (f.kind === 0) {
      const grow = p < 0.15 ? p / 0.15 : 1;
      const s = f.size * (0.35 + 0.65 * easeOutBack(grow));
      const y = f.y0 - 10 - 22 * easeOut(p);
      const alpha = p < 0.7 ? 1 : 1 - (p - 0.7) / 0.3;
      img.setDisplaySize(s, s).setPosition(f.x0, y).setAlpha(alpha);
      if (f.label) f.label.img.setPosition(f.lx, y + f.size * 0.5 + 14).setAlpha(alpha);
    } else if (f.kind === 1) {
      const e = easeInOut(p);
      const arc = Math.sin(Math.PI * p) * Math.min(60, 12 + 0.25 * Math.hypot(f.x1 - f.x0, f.y1 - f.y0));
      img.setPosition(f.x0 + (f.x1 - f.x0) * e, f.y0 + (f.y1 - f.y0) * e - arc - 8);
      img.setAlpha(p < 0.1 ? p / 0.1 : 1);
    } else {
      const s = f.size * (0.3 + 0.9 * easeOut(p));
      img.setDisplaySize(s, s).setAlpha(1 - p);
    }
  }

  private release(f: Fx): void {
    f.active = false;
    f.img.setVisible(false);
    this.free.push(f);
    if (f.label) {
      f.label.img.setVisible(false);
      f.label.busy = false;
      f.label = null;
    }
  }

  /** Uploads new labels, then advances every live effect by dt milliseconds of visible time (call once a frame). */
  update(dt: number): void {
    this.slots.flush();
    if (dt <= 0) return;
    for (const f of this.fx) {
      if (!f.active) continue;
      f.age += dt;
      const p = f.age / f.dur;
      if (p >= 1) {
        if (f.kind === 1) {
          const arrive = f.arrive;
          this.startRing(f, f.ring, f.x1, f.y1, 46, f.dur * 0.8);
          this.onArrive(arrive);
          continue;
        }
        this.release(f);
        continue;
      }
      this.place(f, p);
    }
  }

  busy(): number {
    return this.fx.length - this.free.length;
  }

  clear(): void {
    for (const f of this.fx) if (f.active) this.release(f);
  }
}

function easeOut(p: number): number {
  return 1 - (1 - p) * (1 - p);
}

function easeInOut(p: number): number {
  return p < 0.5 ? 2 * p * p : 1 - 2 * (1 - p) * (1 - p);
}

function easeOutBack(p: number): number {
  const c = 1.7;
  const q = p - 1;
  return 1 + (c + 1) * q * q * q + c * q * q;
}
