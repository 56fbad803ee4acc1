/**
 * A house as a few flat shapes on a Graphics: prospects grey; active
 * customers on the blue (satisfied) … orange (dissatisfied) scale with a
 * second cue — a white ✕ for very unhappy, a dark outline for unhappy, a white
 * diamond for promoters; a dark door for a pending deal; lost customers as an
 * empty dashed-looking outline. The town and its legend both draw with this.
 */
import type { GameObjects } from 'phaser';
import { ACTIVE_FIRST, HOUSE_BODY, HOUSE_ROOF, LOST, PENDING } from '../theme';

const DARK = 0x28140a;

export function drawHouseShape(g: GameObjects.Graphics, x: number, y: number, s: number, state: number): void {
  const body = HOUSE_BODY[state];
  const roof = HOUSE_ROOF[state];
  if (s < 8) {
    if (state === LOST) {
      g.lineStyle(1, roof, 1).strokeRect(x + 0.5, y + 0.5, s - 1, s - 1);
      return;
    }
    g.fillStyle(body, 1).fillRect(x, y, s, s);
    if (state === ACTIVE_FIRST || state === ACTIVE_FIRST + 1) g.fillStyle(DARK, 1).fillRect(x, y, s, Math.max(1, Math.round(s / 3)));
    return;
  }
  const rh = Math.round(s * 0.45);
  const inset = Math.max(1, Math.round(s * 0.13));
  const bx = x + inset;
  const bw = s - 2 * inset;
  const by = y + rh - 1;
  const bh = s - rh + 1;
  if (state === LOST) {
    g.lineStyle(1, roof, 1);
    g.strokeRect(bx + 0.5, by + 0.5, bw - 1, bh - 1);
    g.lineBetween(x + 1, y + rh, x + s / 2, y + 1);
    g.lineBetween(x + s / 2, y + 1, x + s - 1, y + rh);
    return;
  }
  g.fillStyle(body, 1).fillRect(bx, by, bw, bh);
  g.fillStyle(roof, 1).fillTriangle(x, y + rh, x + s / 2, y, x + s, y + rh);
  if (state === ACTIVE_FIRST || state === ACTIVE_FIRST + 1) {
    g.lineStyle(s >= 16 ? 2 : 1, DARK, 1).strokeRect(bx + 0.5, by + 0.5, bw - 1, bh - 1);
  }
  if (state === ACTIVE_FIRST) {
    const m = Math.max(1.5, bw * 0.2);
    g.lineStyle(s >= 16 ? 2.2 : 1.4, 0xffffff, 1);
    g.lineBetween(bx + m, by + m, bx + bw - m, by + bh - m);
    g.lineBetween(bx + bw - m, by + m, bx + m, by + bh - m);
  } else if (state === ACTIVE_FIRST + 4) {
    const cx = x + s / 2;
    const cy = by + bh / 2;
    const r = Math.max(2, bw * 0.34);
    g.fillStyle(0xffffff, 1);
    g.fillTriangle(cx - r, cy, cx, cy - r, cx + r, cy);
    g.fillTriangle(cx - r, cy, cx, cy + r, cx + r, cy);
  } else if (state === PENDING) {
    const dw = Math.max(2, Math.round(bw * 0.4));
    const dh = Math.max(2, Math.round(bh * 0.6));
    g.fillStyle(0x1d2a3a, 1).fillRect(Math.round(x + s / 2 - dw / 2), by + bh - dh, dw, dh);
  }
}
