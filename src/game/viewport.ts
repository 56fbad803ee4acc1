/**
 * The stage's camera. The game's three canvases (the backdrop under, the
 * Phaser canvas, the top bar over; see town/backdrop.ts) sit in one world box
 * of WIDTH × HEIGHT CSS pixels; this scales and moves that box with one CSS
 * transform, so the three stay in register for free and the browser only
 * composites. A phone gets the town at a zoom where a rep is big enough to
 * tap, framed on the office; a wide screen gets the whole town as before.
 * Drag or one finger pans, pinch or the mouse wheel zooms (in the town only),
 * within bounds that never lose the town off screen.
 *
 * The scale manager runs in NONE mode, which does not watch the canvas:
 * `onChange` tells it where the canvas went (game.scale.refresh()), so that
 * pointers still land on the right rep.
 */
import { HEIGHT, WIDTH } from './theme';

export interface Framing {
  /** the world point to centre on at the default zoom */
  focusX: number;
  focusY: number;
  /** whether the player may pan and zoom (the town), or the picture stays framed (the title) */
  pannable: boolean;
  /** the deepest zoom (default 4): the town asks for enough to make a house a 44 px target */
  maxZoom?: number;
}

export interface PagePoint {
  x: number;
  y: number;
}

/** At least this on screen per world pixel of a rep's tap area (54 px) gives a 44 px target. */
const TAP_ZOOM = 0.82;
/** below this "whole town" zoom the screen is small: frame the office at TAP_ZOOM instead */
const SMALL_SCREEN = 0.75;
const MAX_ZOOM = 4;
/** never deeper than this, whatever a scene asks */
const ZOOM_LIMIT = 12;
/** a pointer that moves less than this (CSS px) taps, it does not drag */
const DRAG_SLOP = 8;

interface Gesture {
  /** stage coordinates where it began, and the transform then */
  x: number;
  y: number;
  dist: number;
  z: number;
  tx: number;
  ty: number;
}

export class StageView {
  readonly world: HTMLDivElement;
  private z = 1;
  private tx = 0;
  private ty = 0;
  private framing: Framing = { focusX: WIDTH / 2, focusY: HEIGHT / 2, pannable: false };
  private readonly pointers = new Map<number, PagePoint>();
  private gesture: Gesture | null = null;
  private moved = false;
  /** the player has panned or zoomed since the last framing: a resize keeps their view */
  private adjusted = false;
  private lastSize = { w: 0, h: 0 };
  private readonly observer: ResizeObserver | null;
  /** after every change of the transform */
  onChange: (() => void) | null = null;

  constructor(private readonly stage: HTMLElement) {
    const world = document.createElement('div');
    world.className = 'stage-world';
    world.dataset.testid = 'stage-world';
    Object.assign(world.style, { position: 'absolute', left: '0', top: '0', width: `${WIDTH}px`, height: `${HEIGHT}px`, transformOrigin: '0 0' });
    stage.append(world);
    this.world = world;
    this.observer = typeof ResizeObserver === 'function' ? new ResizeObserver(() => this.resized()) : null;
    this.observer?.observe(stage);
    stage.addEventListener('pointerdown', this.down);
    stage.addEventListener('pointermove', this.move);
    stage.addEventListener('pointerup', this.up);
    stage.addEventListener('pointercancel', this.up);
    stage.addEventListener('pointerleave', this.up);
    stage.addEventListener('wheel', this.wheel, { passive: false });
    this.reframe();
  }

  /** Whether the pointer that just went up dragged or pinched the view (a tap on a rep is not one). */
  get dragged(): boolean {
    return this.moved;
  }

  get zoom(): number {
    return this.z;
  }

  /** What the current scene wants: its focus and whether it can be moved; resets the view to the default. */
  frame(framing: Framing): void {
    this.framing = framing;
    this.stage.classList.toggle('stage-pannable', framing.pannable);
    this.reframe();
  }

  /** A new stage size (a rotation, a sheet, the browser's bars): the default view, or the player's own kept centred. */
  private resized(): void {
    const { w, h } = this.size();
    if (!this.adjusted) return this.reframe();
    this.tx += (w - this.lastSize.w) / 2;
    this.ty += (h - this.lastSize.h) / 2;
    this.lastSize = { w, h };
    this.apply();
  }

  /** The default view for the stage's current size. */
  reframe(): void {
    const { w, h } = this.size();
    this.adjusted = false;
    this.lastSize = { w, h };
    const whole = Math.min(w / WIDTH, h / HEIGHT);
    const cover = Math.max(w / WIDTH, h / HEIGHT);
    let z = whole;
    if (whole < SMALL_SCREEN) z = this.framing.pannable ? Math.min(this.maxZoom(), Math.max(cover, TAP_ZOOM)) : cover;
    this.z = z;
    this.tx = w / 2 - this.framing.focusX * z;
    this.ty = h / 2 - this.framing.focusY * z;
    this.apply();
  }

  /** The part of the world on screen (world coordinates). */
  visibleWorld(): { x: number; y: number; w: number; h: number } {
    const { w, h } = this.size();
    return { x: -this.tx / this.z, y: -this.ty / this.z, w: w / this.z, h: h / this.z };
  }

  /** Where a world point is on the page (CSS px, viewport coordinates). */
  toPage(x: number, y: number): PagePoint {
    const box = this.stage.getBoundingClientRect();
    return { x: box.left + this.tx + x * this.z, y: box.top + this.ty + y * this.z };
  }

  /** Pans (at the zoom it is at) so that a world point is well inside the stage, if it is not already. */
  reveal(x: number, y: number, margin = 60): void {
    const { w, h } = this.size();
    const sx = this.tx + x * this.z;
    const sy = this.ty + y * this.z;
    if (sx >= margin && sx <= w - margin && sy >= margin && sy <= h - margin) return;
    this.tx = w / 2 - x * this.z;
    this.ty = h / 2 - y * this.z;
    this.apply();
  }

  destroy(): void {
    this.observer?.disconnect();
    this.stage.removeEventListener('pointerdown', this.down);
    this.stage.removeEventListener('pointermove', this.move);
    this.stage.removeEventListener('pointerup', this.up);
    this.stage.removeEventListener('pointercancel', this.up);
    this.stage.removeEventListener('pointerleave', this.up);
    this.stage.removeEventListener('wheel', this.wheel);
    this.stage.classList.remove('stage-pannable');
    this.world.remove();
  }

  private size(): { w: number; h: number } {
    return { w: Math.max(1, this.stage.clientWidth), h: Math.max(1, this.stage.clientHeight) };
  }

  /** Lets the zoom go deeper (the town, once it knows its houses' size). */
  setMaxZoom(z: number): void {
    this.framing = { ...this.framing, maxZoom: z };
  }

  private maxZoom(): number {
    return Math.min(ZOOM_LIMIT, Math.max(MAX_ZOOM, this.framing.maxZoom ?? MAX_ZOOM));
  }

  private minZoom(): number {
    const { w, h } = this.size();
    return Math.min(1, Math.min(w / WIDTH, h / HEIGHT));
  }

  /** Keeps the town on screen: centred on an axis where it is smaller than the stage, else covering it. */
  private clamp(): void {
    const { w, h } = this.size();
    const ww = WIDTH * this.z;
    const wh = HEIGHT * this.z;
    this.tx = ww <= w ? (w - ww) / 2 : Math.min(0, Math.max(w - ww, this.tx));
    this.ty = wh <= h ? (h - wh) / 2 : Math.min(0, Math.max(h - wh, this.ty));
  }

  private apply(): void {
    this.clamp();
    this.world.style.transform = `translate(${this.tx}px, ${this.ty}px) scale(${this.z})`;
    this.world.dataset.zoom = this.z.toFixed(3);
    this.onChange?.();
  }

  /** Zooms to `z` keeping the world point under stage point (sx, sy) where it is. */
  private zoomAt(z: number, sx: number, sy: number, start?: { z: number; tx: number; ty: number }): void {
    const from = start ?? { z: this.z, tx: this.tx, ty: this.ty };
    const next = Math.min(this.maxZoom(), Math.max(this.minZoom(), z));
    const wx = (sx - from.tx) / from.z;
    const wy = (sy - from.ty) / from.z;
    this.z = next;
    this.tx = sx - wx * next;
    this.ty = sy - wy * next;
  }

  private local(e: PointerEvent | WheelEvent): PagePoint {
    const box = this.stage.getBoundingClientRect();
    return { x: e.clientX - box.left, y: e.clientY - box.top };
  }

  /** Starts a drag (one pointer) or a pinch (two) from where the pointers are now. */
  private begin(): void {
    const pts = [...this.pointers.values()];
    if (pts.length === 0) {
      this.gesture = null;
      return;
    }
    const a = pts[0];
    const b = pts[1] ?? a;
    this.gesture = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2, dist: Math.hypot(a.x - b.x, a.y - b.y), z: this.z, tx: this.tx, ty: this.ty };
  }

  private readonly down = (e: PointerEvent): void => {
    if (!this.framing.pannable) return;
    if (this.pointers.size === 0) this.moved = false;
    this.pointers.set(e.pointerId, this.local(e));
    this.begin();
  };

  private readonly move = (e: PointerEvent): void => {
    const g = this.gesture;
    if (!g || !this.pointers.has(e.pointerId)) return;
    this.pointers.set(e.pointerId, this.local(e));
    const pts = [...this.pointers.values()];
    const a = pts[0];
    const b = pts[1] ?? a;
    const mx = (a.x + b.x) / 2;
    const my = (a.y + b.y) / 2;
    if (!this.moved && Math.hypot(mx - g.x, my - g.y) < DRAG_SLOP && pts.length < 2) return;
    this.moved = true;
    this.adjusted = true;
    if (pts.length >= 2 && g.dist > 0) {
      // the world point that was under the fingers' midpoint follows it, at the pinched zoom
      this.zoomAt(g.z * (Math.hypot(a.x - b.x, a.y - b.y) / g.dist), g.x, g.y, g);
      this.tx += mx - g.x;
      this.ty += my - g.y;
    } else {
      this.tx = g.tx + mx - g.x;
      this.ty = g.ty + my - g.y;
    }
    this.apply();
  };

  private readonly up = (e: PointerEvent): void => {
    if (!this.pointers.delete(e.pointerId)) return;
    // the finger left on the glass carries on dragging from here
    this.begin();
  };

  private readonly wheel = (e: WheelEvent): void => {
    if (!this.framing.pannable) return;
    e.preventDefault();
    const lines = e.deltaMode === 1 ? 16 : e.deltaMode === 2 ? this.size().h : 1;
    const p = this.local(e);
    this.zoomAt(this.z * Math.exp(-e.deltaY * lines * 0.0015), p.x, p.y);
    this.adjusted = true;
    this.apply();
  };
}
