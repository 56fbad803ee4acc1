/**
 * The houses of the town, painted on the backdrop under the game canvas
 * (see backdrop.ts): all of them once, then only the houses whose state
 * changed, at the next flush.
 */
import type { RunState } from '../../sim';
import { ACTIVE_FIRST, LOST, PENDING, PROSPECT, satBin } from '../theme';
import type { Painter } from './backdrop';
import { canvasPen, drawHouseShape, type HousePen } from './houseShape';
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
  private readonly pen: HousePen;
  /** the state each house should show, and the state painted */
  private readonly wanted: Uint8Array;
  private readonly painted: Uint8Array;
  /** houses to look at in the next flush, without repeats */
  private readonly queue: Int32Array;
  private readonly queued: Uint8Array;
  private queueLength = 0;
  private readonly offset: number;

  constructor(
    private readonly painter: Painter,
    readonly layout: TownLayout,
  ) {
    const { cells } = layout;
    this.pen = canvasPen(painter.ctx);
    this.wanted = new Uint8Array(cells).fill(UNKNOWN);
    this.painted = new Uint8Array(cells).fill(UNKNOWN);
    this.queue = new Int32Array(cells);
    this.queued = new Uint8Array(cells);
    this.offset = Math.floor((layout.pitch - layout.house) / 2);
  }

  private stateOf(cu: Customers | null, cell: number): number {
    const g = this.layout.group;
    const from = cell * g;
    const to = Math.min(this.layout.customers, from + g);
    return cu && to <= cu.status.length ? cellState(cu, from, to) : PROSPECT;
  }

  private check(cu: Customers | null, cell: number): void {
    const state = this.stateOf(cu, cell);
    if (state === this.wanted[cell]) return;
    this.wanted[cell] = state;
    if (this.queued[cell]) return;
    this.queued[cell] = 1;
    this.queue[this.queueLength++] = cell;
  }

  /** Takes every house's state from the run; the ones that changed are repainted at the next flush. */
  syncAll(cu: Customers | null): void {
    for (let k = 0; k < this.layout.cells; k++) this.check(cu, k);
  }

  /** Takes one customer's house state from the run. */
  touch(cu: Customers | null, customer: number): void {
    const k = Math.floor(customer / this.layout.group);
    if (k >= 0 && k < this.layout.cells) this.check(cu, k);
  }

  /** Repaints the houses that changed (call once a frame). */
  flush(): void {
    const { layout, offset, painter, pen } = this;
    const { map, house } = layout;
    for (let i = 0; i < this.queueLength; i++) {
      const k = this.queue[i];
      this.queued[k] = 0;
      const state = this.wanted[k];
      if (state === this.painted[k]) continue;
      this.painted[k] = state;
      const x = map.x + layout.cellX[k] + offset;
      const y = map.y + layout.cellY[k] + offset;
      painter.clear(x, y, house, house);
      drawHouseShape(pen, x, y, house, state);
    }
    this.queueLength = 0;
  }

  /** Forgets what is shown: the next syncAll repaints every house. */
  invalidate(): void {
    this.wanted.fill(UNKNOWN);
    this.painted.fill(UNKNOWN);
  }
}
