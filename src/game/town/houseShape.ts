/**
 * A house as a few flat shapes: prospects grey; active customers on the blue
 * (satisfied) … orange (dissatisfied) scale with a second cue — a white ✕ for
 * very unhappy, a dark outline for unhappy, a white diamond for promoters; a
 * dark door for a pending deal; lost customers as an empty outline. The same
 * shapes go to a Phaser Graphics (the title's street) or to a 2D canvas (the
 * town and its key, see backdrop.ts), through a pen.
 */
import type { GameObjects } from 'phaser';
import { ACTIVE_FIRST, HOUSE_BODY, HOUSE_ROOF, LOST, PENDING, hex } from '../theme';

const DARK = 0x28140a;
const DOOR = 0x1d2a3a;
const WHITE = 0xffffff;

/** What a house is drawn with. */
export interface HousePen {
  rect(x: number, y: number, w: number, h: number, color: number): void;
  /** a filled convex polygon, its corners as x, y pairs */
  polygon(xy: readonly number[], color: number): void;
  /** an outline whose line is centred on the rectangle's edges */
  strokeRect(x: number, y: number, w: number, h: number, width: number, color: number): void;
  line(x1: number, y1: number, x2: number, y2: number, width: number, color: number): void;
}

export function graphicsPen(g: GameObjects.Graphics): HousePen {
  return {
    rect(x, y, w, h, color) {
      g.fillStyle(color, 1).fillRect(x, y, w, h);
    },
    polygon(xy, color) {
      // a fan of triangles (no antialiasing in WebGL, so no seams)
      g.fillStyle(color, 1);
      for (let i = 2; i + 3 < xy.length; i += 2) g.fillTriangle(xy[0], xy[1], xy[i], xy[i + 1], xy[i + 2], xy[i + 3]);
    },
    strokeRect(x, y, w, h, width, color) {
      g.lineStyle(width, color, 1).strokeRect(x, y, w, h);
    },
    line(x1, y1, x2, y2, width, color) {
      g.lineStyle(width, color, 1).lineBetween(x1, y1, x2, y2);
    },
  };
}

export function canvasPen(ctx: CanvasRenderingContext2D): HousePen {
  const css = new Map<number, string>();
  const style = (color: number): string => {
    let s = css.get(color);
    if (s === undefined) css.set(color, (s = hex(color)));
    return s;
  };
  return {
    rect(x, y, w, h, color) {
      ctx.fillStyle = style(color);
      ctx.fillRect(x, y, w, h);
    },
    polygon(xy, color) {
      ctx.fillStyle = style(color);
      ctx.beginPath();
      ctx.moveTo(xy[0], xy[1]);
      for (let i = 2; i < xy.length; i += 2) ctx.lineTo(xy[i], xy[i + 1]);
      ctx.closePath();
      ctx.fill();
    },
    strokeRect(x, y, w, h, width, color) {
      ctx.strokeStyle = style(color);
      ctx.lineWidth = width;
      ctx.strokeRect(x, y, w, h);
    },
    line(x1, y1, x2, y2, width, color) {
      ctx.strokeStyle = style(color);
      ctx.lineWidth = width;
      ctx.beginPath();
      ctx.moveTo(x1, y1);
      ctx.lineTo(x2, y2);
      ctx.stroke();
    },
  };
}

export function drawHouseShape(pen: HousePen, x: number, y: number, s: number, state: number): void {
  const body = HOUSE_BODY[state];
  const roof = HOUSE_ROOF[state];
  if (s < 8) {
    if (state === LOST) {
      pen.strokeRect(x + 0.5, y + 0.5, s - 1, s - 1, 1, roof);
      return;
    }
    pen.rect(x, y, s, s, body);
    if (state === ACTIVE_FIRST || state === ACTIVE_FIRST + 1) pen.rect(x, y, s, Math.max(1, Math.round(s / 3)), DARK);
    return;
  }
  const rh = Math.round(s * 0.45);
  const inset = Math.max(1, Math.round(s * 0.13));
  const bx = x + inset;
  const bw = s - 2 * inset;
  const by = y + rh - 1;
  const bh = s - rh + 1;
  if (state === LOST) {
    pen.strokeRect(bx + 0.5, by + 0.5, bw - 1, bh - 1, 1, roof);
    pen.line(x + 1, y + rh, x + s / 2, y + 1, 1, roof);
    pen.line(x + s / 2, y + 1, x + s - 1, y + rh, 1, roof);
    return;
  }
  pen.rect(bx, by, bw, bh, body);
  pen.polygon([x, y + rh, x + s / 2, y, x + s, y + rh], roof);
  if (state === ACTIVE_FIRST || state === ACTIVE_FIRST + 1) {
    pen.strokeRect(bx + 0.5, by + 0.5, bw - 1, bh - 1, s >= 16 ? 2 : 1, DARK);
  }
  if (state === ACTIVE_FIRST) {
    const m = Math.max(1.5, bw * 0.2);
    const w = s >= 16 ? 2.2 : 1.4;
    pen.line(bx + m, by + m, bx + bw - m, by + bh - m, w, WHITE);
    pen.line(bx + bw - m, by + m, bx + m, by + bh - m, w, WHITE);
  } else if (state === ACTIVE_FIRST + 4) {
    const cx = x + s / 2;
    const cy = by + bh / 2;
    const r = Math.max(2, bw * 0.34);
    pen.polygon([cx - r, cy, cx, cy - r, cx + r, cy, cx, cy + r], WHITE);
  } else if (state === PENDING) {
    const dw = Math.max(2, Math.round(bw * 0.4));
    const dh = Math.max(2, Math.round(bh * 0.6));
    pen.rect(Math.round(x + s / 2 - dw / 2), by + bh - dh, dw, dh, DOOR);
  }
}
