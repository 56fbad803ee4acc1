/**
 * The run hash: 64-bit FNV-1a (as two 32-bit halves) folded over the exact
 * bits of every number of every weekly record. Same trajectory, same hash.
 */
export const FNV_OFFSET: readonly [number, number] = [0x84222325, 0xcbf29ce4];

const scratch = new DataView(new ArrayBuffer(8));

/** Folds one byte into the 64-bit FNV-1a state (prime 2^40 + 0x1b3). */
function foldByte(h: [number, number], byte: number): void {
  let lo = (h[0] ^ byte) >>> 0;
  let hi = h[1];
  // multiply (hi, lo) by 0x100000001b3 modulo 2^64
  const a = lo & 0xffff;
  const b = lo >>> 16;
  const loMulLo = a * 0x1b3;
  const loMulHi = b * 0x1b3;
  const low = (loMulLo + ((loMulHi & 0xffff) << 16)) >>> 0;
  const carry = Math.floor((loMulLo + (loMulHi & 0xffff) * 65536) / 4294967296) + (loMulHi >>> 16);
  hi = (Math.imul(hi, 0x1b3) + (lo << 8) + carry) >>> 0;
  lo = low;
  h[0] = lo;
  h[1] = hi;
}

export function foldNumber(h: [number, number], x: number): void {
  scratch.setFloat64(0, x, true);
  for (let i = 0; i < 8; i++) foldByte(h, scratch.getUint8(i));
}

export function toHex(h: readonly [number, number]): string {
  return h[1].toString(16).padStart(8, '0') + h[0].toString(16).padStart(8, '0');
}
