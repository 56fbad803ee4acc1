/**
 * The run hash: 64-bit FNV-1a (as two 32-bit halves) folded over the exact
 * bits of every number of every weekly record. Same trajectory, same hash.
 */
export const FNV_OFFSET: readonly [number, number] = [0x84222325, 0xcbf29ce4];

const scratch = new DataView(new ArrayBuffer(8));

/**
 * Folds the 8 bytes of x, low byte first, into the 64-bit FNV-1a state:
 * h = (h ^ byte) * (2^40 + 0x1b3) mod 2^64, on the two 32-bit halves, in
 * integer arithmetic only. For v = lo ^ byte, the low word of v·0x1b3 is
 * Math.imul's; its carry into hi, taken on v's 16-bit halves a and b, is
 * (b·0x1b3 + (a·0x1b3 >>> 16)) >>> 16; the 2^40 part of the prime shifts v
 * into hi.
 */
export function foldNumber(h: [number, number], x: number): void {
  scratch.setFloat64(0, x, true);
  let lo = h[0];
  let hi = h[1];
  for (let at = 0; at < 8; at += 4) {
    const word = scratch.getUint32(at, true);
    for (let shift = 0; shift < 32; shift += 8) {
      const v = (lo ^ ((word >>> shift) & 0xff)) >>> 0;
      const carry = ((v >>> 16) * 0x1b3 + (((v & 0xffff) * 0x1b3) >>> 16)) >>> 16;
      hi = (Math.imul(hi, 0x1b3) + (v << 8) + carry) >>> 0;
      lo = Math.imul(v, 0x1b3) >>> 0;
    }
  }
  h[0] = lo;
  h[1] = hi;
}

export function toHex(h: readonly [number, number]): string {
  return h[1].toString(16).padStart(8, '0') + h[0].toString(16).padStart(8, '0');
}
