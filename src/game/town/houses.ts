/**
 * The houses of the town, drawn as flat shapes in a few Graphics strips (one
 * per row of blocks). Flat fills are what a software renderer draws fastest
 * (a textured full-map layer costs several times more per frame), and a strip's
 * shapes are rebuilt only when one of its houses changes state.
 */
import type { GameObjects, Scene } from 'phaser';
import type { RunState } from '../../sim';
import { ACTIVE_FIRST, LOST, PENDING, PROSPECT, satBin } from '../theme';
import { drawHouseShape } from './houseShape';
import type { TownLayout } from './layout';

type Customers = RunState['customers'];

const UNKNOWN = 255;

/** House state of customers [from, to): the mean of a group for large markets. */
export function cellState(cu: Customers, from: number, to: number): number {
  let active = 0;
  let satSum = 0;
  let pending = 0;
  let lost = 0;
  for (let c = from; c < to; c++) {
    const s = cu.status[c];
    if (s === 2) {
      active++;
      satSum += cu.sat[c];
    } else if (s === 1) pending++;
    else if (s === 3) lost++;
  }
  if (active > 0) return ACTIVE_FIRST + satBin(satSum / active);
  if (pending > 0) return PENDING;
  if (lost > 0 && lost * 2 >= to - from) return LOST;
  return PROSPECT;
}

export class HouseLayer {
  private readonly strips: GameObjects.Graphics[] = [];
  /** first cell of each strip, and one past the last */
  private readonly bounds: number[] = [];
  private readonly stripOf: Uint16Array;
  private readonly shown: Uint8Array;
  private readonly dirty: Uint8Array;
  private anyDirty = false;
  private readonly offset: number;

  constructor(
    scene: Scene,
    readonly layout: TownLayout,
    depth: number,
  ) {
    const { cells, cellY } = layout;
    this.stripOf = new Uint16Array(cells);
    this.shown = new Uint8Array(cells).fill(UNKNOWN);
    this.offset = Math.floor((layout.pitch - layout.house) / 2);
    // a new strip every ~4 rows of houses
    const band = layout.pitch * 4;
    let strip = -1;
    let top = -Infinity;
    for (let k = 0; k < cells; k++) {
      if (cellY[k] >= top + band || strip < 0) {
        strip++;
        top = cellY[k];
        this.bounds.push(k);
        this.strips.push(scene.add.graphics().setDepth(depth).setPosition(layout.map.x, layout.map.y));
      }
      this.stripOf[k] = strip;
    }
    this.bounds.push(cells);
    this.dirty = new Uint8Array(this.strips.length);
  }

  private stateOf(cu: Customers | null, cell: number): number {
    const g = this.layout.group;
    const from = cell * g;
    const to = Math.min(this.layout.customers, from + g);
    return cu && to <= cu.status.length ? cellState(cu, from, to) : PROSPECT;
  }

  private check(cu: Customers | null, cell: number): void {
    const state = this.stateOf(cu, cell);
    if (state === this.shown[cell]) return;
    this.shown[cell] = state;
    this.dirty[this.stripOf[cell]] = 1;
    this.anyDirty = true;
  }

  /** Takes every house's state from the run; strips that changed are redrawn at the next flush. */
  syncAll(cu: Customers | null): void {
    for (let k = 0; k < this.layout.cells; k++) this.check(cu, k);
  }

  /** Takes one customer's house state from the run. */
  touch(cu: Customers | null, customer: number): void {
    const k = Math.floor(customer / this.layout.group);
    if (k >= 0 && k < this.layout.cells) this.check(cu, k);
  }

  /** Rebuilds the strips that changed (call once a frame). */
  flush(): void {
    if (!this.anyDirty) return;
    this.anyDirty = false;
    const { layout, offset } = this;
    for (let s = 0; s < this.strips.length; s++) {
      if (!this.dirty[s]) continue;
      this.dirty[s] = 0;
      const g = this.strips[s].clear();
      for (let k = this.bounds[s]; k < this.bounds[s + 1]; k++) {
        const state = this.shown[k] === UNKNOWN ? PROSPECT : this.shown[k];
        drawHouseShape(g, layout.cellX[k] + offset, layout.cellY[k] + offset, layout.house, state);
      }
    }
  }

  /** Forgets what is shown: the next syncAll redraws every house. */
  invalidate(): void {
    this.shown.fill(UNKNOWN);
  }

  destroy(): void {
    for (const g of this.strips) g.destroy();
    this.strips.length = 0;
  }
}
