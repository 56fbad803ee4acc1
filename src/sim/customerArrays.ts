/**
 * The customers' arrays, all views on one buffer: one allocation per run
 * rather than fifteen, and one view over the whole buffer reaches several of
 * them at once. The weekly pass reads and writes four eight-byte arrays and
 * three four-byte ones per customer; through the two whole-buffer views the
 * engine checks two arrays per customer instead of seven. A structured clone
 * copies the buffer once and keeps every view on it.
 */
import type { Customers } from './types';

/** The eight-byte arrays come first, so that every view is aligned. */
const FLOAT64 = ['fit', 'trust', 'fear', 'sat', 'paid', 'commission', 'pressure', 'bond', 'need', 'threshold'] as const;
const INT32 = ['rep', 'saleWeek', 'activeList', 'activePos', 'orders'] as const;
const UINT8 = ['status', 'adopted', 'misled', 'pushed'] as const;

function bufferBytes(n: number): number {
  // rounded up to whole eight-byte words, so that a Float64Array can span the buffer
  return Math.ceil((n * (8 * FLOAT64.length + 4 * INT32.length + UINT8.length)) / 8) * 8;
}

/** Fresh arrays for n customers (the rep, sale week and place in the active list at -1: none). */
export function makeCustomers(n: number): Customers {
  const buffer = new ArrayBuffer(bufferBytes(n));
  let at = 0;
  const f64 = () => {
    const a = new Float64Array(buffer, at, n);
    at += 8 * n;
    return a;
  };
  const i32 = () => {
    const a = new Int32Array(buffer, at, n);
    at += 4 * n;
    return a;
  };
  const u8 = () => {
    const a = new Uint8Array(buffer, at, n);
    at += n;
    return a;
  };
  const [fit, trust, fear, sat, paid, commission, pressure, bond, need, threshold] = FLOAT64.map(f64);
  const [rep, saleWeek, activeList, activePos, orders] = INT32.map(i32);
  const [status, adopted, misled, pushed] = UINT8.map(u8);
  rep.fill(-1);
  saleWeek.fill(-1);
  activePos.fill(-1);
  return {
    status, fit, trust, fear, sat, rep, saleWeek, paid, commission, pressure, adopted, misled, pushed,
    activeList, activePos, activeCount: 0, bond, need, threshold, orders,
  };
}

function onOneBuffer(cu: Customers): boolean {
  const buffer = cu.sat.buffer;
  if (buffer.byteLength % 8 !== 0) return false;
  for (const k of FLOAT64) if (cu[k].buffer !== buffer) return false;
  for (const k of INT32) if (cu[k].buffer !== buffer) return false;
  return true;
}

/**
 * The last market's arrays and views: a run asks for them every week, and
 * checking fifteen arrays and making two views each time was a fiftieth of a
 * game run. Kept while every array is the one seen last (any array replaced,
 * or another market, checks again).
 */
let seen: Customers[keyof Customers][] = [];
let seenViews: WholeBuffer | null = null;
const ARRAYS = [...FLOAT64, ...INT32, ...UINT8] as const;

function sameArrays(cu: Customers): boolean {
  if (seen.length === 0) return false;
  for (let i = 0; i < ARRAYS.length; i++) if (cu[ARRAYS[i]] !== seen[i]) return false;
  return true;
}

/** Views over the whole buffer of the customers' arrays, as eight-byte and as four-byte numbers. */
export interface WholeBuffer {
  f64: Float64Array;
  i32: Int32Array;
}

/**
 * The whole-buffer views of a market. Arrays made elsewhere than here (not
 * on one buffer) are first copied onto one, with the same values.
 */
export function wholeBuffer(cu: Customers): WholeBuffer {
  if (seenViews && sameArrays(cu)) return seenViews;
  if (!onOneBuffer(cu)) {
    const moved = makeCustomers(cu.status.length);
    for (const k of FLOAT64) {
      moved[k].set(cu[k]);
      cu[k] = moved[k];
    }
    for (const k of INT32) {
      moved[k].set(cu[k]);
      cu[k] = moved[k];
    }
    for (const k of UINT8) {
      moved[k].set(cu[k]);
      cu[k] = moved[k];
    }
  }
  const buffer = cu.sat.buffer;
  seenViews = { f64: new Float64Array(buffer), i32: new Int32Array(buffer) };
  seen = ARRAYS.map((k) => cu[k]);
  return seenViews;
}
