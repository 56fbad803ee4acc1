/**
 * Pop-ups over the town, all from fixed pools (no game object is created
 * while a quarter plays): an icon that pops and rises with an optional short
 * label, a bubble that travels from one house to another (word of mouth), and
 * a ring that spreads where it lands. When a pool runs dry the effect is
 * skipped; the houses still recolour.
 */
import type { GameObjects, Scene } from 'phaser';
import { ART } from '../art';
import { FONT, WIDTH } from '../theme';

type Kind = 0 | 1 | 2; // pop, travel, ring

interface Fx {
  img: GameObjects.Image;
  label: GameObjects.Text | null;
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

export class Effects {
  private readonly fx: Fx[] = [];
  private readonly labels: GameObjects.Text[] = [];
  private readonly freeLabels: GameObjects.Text[] = [];
  /** called with the `arrive` value when a travelling bubble lands */
  onArrive: (value: number) => void = () => undefined;

  constructor(scene: Scene, depth: number) {
    for (let i = 0; i < ICONS; i++) {
      const img = scene.add.image(0, 0, ART, 'shadow').setVisible(false).setDepth(depth);
      this.fx.push({ img, label: null, active: false, kind: 0, age: 0, dur: 1, x0: 0, y0: 0, x1: 0, y1: 0, size: 1, lx: 0, ring: '', arrive: -1 });
    }
    for (let i = 0; i < LABELS; i++) {
      const t = scene.add
        .text(0, 0, '', {
          fontFamily: FONT,
          fontSize: '13px',
          fontStyle: 'bold',
          color: '#1d2a3a',
          backgroundColor: 'rgba(255,255,255,0.88)',
          padding: { x: 4, y: 1 },
        })
        .setOrigin(0.5, 1)
        .setVisible(false)
        .setDepth(depth + 1);
      this.labels.push(t);
      this.freeLabels.push(t);
    }
  }

  private take(): Fx | null {
    for (const f of this.fx) if (!f.active) return f;
    return null;
  }

  /** An icon that pops at (x, y) and rises, with an optional label under it. */
  pop(frame: string, x: number, y: number, size: number, dur: number, label?: string, color?: string): void {
    const f = this.start(0, frame, x, y, size, dur);
    if (!f) return;
    f.img.setDisplaySize(size * 0.2, size * 0.2);
    if (label) {
      const t = this.freeLabels.pop();
      if (t) {
        t.setText(label).setColor(color ?? '#1d2a3a').setVisible(true).setAlpha(1);
        f.label = t;
        const half = t.width / 2 + 4;
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
      if (f.label) f.label.setPosition(f.lx, y + f.size * 0.5 + 14).setAlpha(alpha);
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
    if (f.label) {
      f.label.setVisible(false);
      this.freeLabels.push(f.label);
      f.label = null;
    }
  }

  /** Advances every live effect by dt milliseconds of visible time. */
  update(dt: number): void {
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
    let n = 0;
    for (const f of this.fx) if (f.active) n++;
    return n;
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
