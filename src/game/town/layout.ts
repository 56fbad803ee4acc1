/**
 * Where everything sits in the town: a grid of house cells in blocks with
 * streets between them, the team's office in the middle, and the spots where
 * reps wait at the office. Pure arithmetic (no Phaser), so it is unit tested.
 *
 * Customers are laid out in index order, row by row: the core's word of
 * mouth goes to customers a few dozen indices away, so talk travels between
 * neighbours on the map too. A large market puts several customers per house.
 */

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface Point {
  x: number;
  y: number;
}

export interface TownLayout {
  customers: number;
  /** the area the houses are drawn in (screen coordinates) */
  map: Rect;
  /** pitch of a cell and size of the house drawn in it, in pixels */
  pitch: number;
  house: number;
  /** customers per house (1 unless the market is very large) */
  group: number;
  cells: number;
  /** top-left corner of each cell, relative to map */
  cellX: Int16Array;
  cellY: Int16Array;
  /** the blocks' ground, relative to map */
  blocks: Rect[];
  /** the streets between blocks, relative to map (vertical and horizontal strips) */
  streets: Rect[];
  /** the office building and the plaza in front of it (screen coordinates) */
  office: Rect;
  plaza: Rect;
}

const BLOCK_COLS = 6;
const BLOCK_ROWS = 4;
const MAX_PITCH = 26;
const MIN_PITCH = 5;
const OFFICE_W = 210;
const OFFICE_H = 196;
const PLAZA_H = 90;

function axis(length: number, pitch: number, street: number, per: number): number[] {
  const out: number[] = [];
  for (let i = 0; ; i++) {
    const p = i * pitch + Math.floor(i / per) * street;
    if (p + pitch > length) break;
    out.push(p);
  }
  return out;
}

function overlaps(x: number, y: number, size: number, r: Rect): boolean {
  return x < r.x + r.w && x + size > r.x && y < r.y + r.h && y + size > r.y;
}

interface Grid {
  xs: number[];
  ys: number[];
  ox: number;
  oy: number;
  hole: Rect;
  capacity: number;
}

function grid(map: Rect, pitch: number): Grid {
  const street = Math.max(3, Math.round(pitch * 0.6));
  const xs = axis(map.w, pitch, street, BLOCK_COLS);
  const ys = axis(map.h, pitch, street, BLOCK_ROWS);
  const usedW = xs.length ? xs[xs.length - 1] + pitch : 0;
  const usedH = ys.length ? ys[ys.length - 1] + pitch : 0;
  const ox = Math.floor((map.w - usedW) / 2);
  const oy = Math.floor((map.h - usedH) / 2);
  // the office's hole, relative to the grid's origin, with a street's margin
  const hole: Rect = {
    x: Math.round((map.w - OFFICE_W) / 2) - ox - street,
    y: Math.round((map.h - OFFICE_H) / 2) - oy - street,
    w: OFFICE_W + 2 * street,
    h: OFFICE_H + 2 * street,
  };
  let capacity = 0;
  for (const y of ys) for (const x of xs) if (!overlaps(x, y, pitch, hole)) capacity++;
  return { xs, ys, ox, oy, hole, capacity };
}

export function layoutTown(customers: number, map: Rect): TownLayout {
  const n = Math.max(1, Math.floor(customers));
  let pitch = MAX_PITCH;
  let g = grid(map, pitch);
  while (g.capacity < n && pitch > MIN_PITCH) {
    pitch--;
    g = grid(map, pitch);
  }
  const group = g.capacity >= n ? 1 : Math.ceil(n / Math.max(1, g.capacity));
  const cells = Math.ceil(n / group);
  const cellX = new Int16Array(cells);
  const cellY = new Int16Array(cells);
  // leave the spare rows half above and half below the houses
  const spareRows = Math.floor((g.capacity - cells) / Math.max(1, g.xs.length));
  const firstRow = Math.floor(spareRows / 2);
  const used = new Uint8Array(g.xs.length * g.ys.length);
  let k = 0;
  for (let j = firstRow; j < g.ys.length && k < cells; j++) {
    for (let i = 0; i < g.xs.length && k < cells; i++) {
      const x = g.xs[i];
      const y = g.ys[j];
      if (overlaps(x, y, pitch, g.hole)) continue;
      cellX[k] = x + g.ox;
      cellY[k] = y + g.oy;
      used[j * g.xs.length + i] = 1;
      k++;
    }
  }
  const gap = pitch >= 10 ? Math.max(2, Math.round(pitch * 0.15)) : 1;
  const pad = Math.max(1, Math.round(pitch * 0.2));
  const blocks: Rect[] = [];
  for (let bj = 0; bj * BLOCK_ROWS < g.ys.length; bj++) {
    for (let bi = 0; bi * BLOCK_COLS < g.xs.length; bi++) {
      let any = false;
      for (let j = bj * BLOCK_ROWS; j < Math.min(g.ys.length, (bj + 1) * BLOCK_ROWS) && !any; j++) {
        for (let i = bi * BLOCK_COLS; i < Math.min(g.xs.length, (bi + 1) * BLOCK_COLS) && !any; i++) any = used[j * g.xs.length + i] === 1;
      }
      if (!any) continue;
      const x0 = g.xs[bi * BLOCK_COLS];
      const y0 = g.ys[bj * BLOCK_ROWS];
      const x1 = g.xs[Math.min(g.xs.length - 1, bi * BLOCK_COLS + BLOCK_COLS - 1)] + pitch;
      const y1 = g.ys[Math.min(g.ys.length - 1, bj * BLOCK_ROWS + BLOCK_ROWS - 1)] + pitch;
      blocks.push({ x: x0 + g.ox - pad, y: y0 + g.oy - pad, w: x1 - x0 + 2 * pad, h: y1 - y0 + 2 * pad });
    }
  }
  const streets: Rect[] = [];
  const gaps = (starts: number[], ends: number[], length: number): [number, number][] => {
    const a = [...new Set(starts)].sort((p, q) => p - q);
    const b = [...new Set(ends)].sort((p, q) => p - q);
    const out: [number, number][] = [[0, a[0] ?? length]];
    for (let i = 0; i + 1 < a.length; i++) out.push([b[i], a[i + 1]]);
    out.push([b[b.length - 1] ?? 0, length]);
    return out.filter(([p, q]) => q > p);
  };
  for (const [x0, x1] of gaps(blocks.map((b) => b.x), blocks.map((b) => b.x + b.w), map.w)) streets.push({ x: x0, y: 0, w: x1 - x0, h: map.h });
  for (const [y0, y1] of gaps(blocks.map((b) => b.y), blocks.map((b) => b.y + b.h), map.h)) streets.push({ x: 0, y: y0, w: map.w, h: y1 - y0 });
  const office: Rect = {
    x: map.x + Math.round((map.w - OFFICE_W) / 2),
    y: map.y + Math.round((map.h - OFFICE_H) / 2),
    w: OFFICE_W,
    h: OFFICE_H - PLAZA_H,
  };
  const plaza: Rect = { x: office.x, y: office.y + office.h, w: OFFICE_W, h: PLAZA_H };
  return { customers: n, map, pitch, house: pitch - gap, group, cells, cellX, cellY, blocks, streets, office, plaza };
}

/** The cell a customer lives in. */
export function cellOf(layout: TownLayout, customer: number): number {
  return Math.min(layout.cells - 1, Math.floor(customer / layout.group));
}

/** Screen position of the centre of a customer's house. */
export function housePoint(layout: TownLayout, customer: number, out: Point = { x: 0, y: 0 }): Point {
  const k = cellOf(layout, customer);
  const half = layout.house / 2;
  out.x = layout.map.x + layout.cellX[k] + half;
  out.y = layout.map.y + layout.cellY[k] + half;
  return out;
}

/** Where the rep in position `index` of `count` waits on the plaza. */
export function slotPoint(layout: TownLayout, index: number, count: number, out: Point = { x: 0, y: 0 }): Point {
  const p = layout.plaza;
  const perRow = Math.max(1, Math.min(8, Math.ceil(count / 2)));
  const rows = Math.max(1, Math.ceil(count / perRow));
  const col = index % perRow;
  const row = Math.floor(index / perRow) % Math.max(1, rows);
  const dx = p.w / (perRow + 1);
  // feet positions: the first row stands clear of the building
  const top = p.y + 34;
  const bottom = p.y + p.h - 6;
  out.x = p.x + dx * (col + 1) + (row % 2 === 1 ? dx / 4 : 0);
  out.y = rows === 1 ? (top + bottom) / 2 : top + ((bottom - top) * row) / (rows - 1);
  return out;
}
