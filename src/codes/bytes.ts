/**
 * The bytes of a compact run code (compactRun.ts): a writer and a reader of
 * unsigned varints (7 bits a byte, up to 2^53), short strings, numbers as
 * decimals where they are (0.04 is 4 × 10^-2: two bytes, not eight) and
 * base64url text. Integer arithmetic only, the same in Node and browsers.
 */

/** Thrown by the reader on bytes that do not make a value: the code is corrupt. */
export class BytesError extends Error {}

/** 10^k exactly, k = 0…15: a decimal's exponent in a code. */
const POW10 = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15] as const;

/** An integer's zigzag form: 0, -1, 1, -2… as 0, 1, 2, 3…, so small negatives stay short. */
const zig = (n: number): number => (n >= 0 ? n * 2 : -n * 2 - 1);
const unzig = (z: number): number => (z % 2 === 0 ? z / 2 : -(z + 1) / 2);

export class ByteWriter {
  private readonly out: number[] = [];

  uint(n: number): this {
    if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`not an unsigned integer: ${n}`);
    let v = n;
    while (v >= 128) {
      this.out.push((v % 128) + 128);
      v = Math.floor(v / 128);
    }
    this.out.push(v);
    return this;
  }

  int(n: number): this {
    return this.uint(zig(n));
  }

  raw(bytes: ArrayLike<number>): this {
    for (let i = 0; i < bytes.length; i++) this.out.push(bytes[i] & 0xff);
    return this;
  }

  /** A string as its UTF-8 length then bytes; `tag` (0…tags-1) shares the length's varint. */
  text(s: string, tag = 0, tags = 1): this {
    const bytes = new TextEncoder().encode(s);
    return this.uint(bytes.length * tags + tag).raw(bytes);
  }

  /**
   * A parameter's value: a number (a decimal of up to 15 places, or else its
   * 8 bytes), a string of the given table (its index) or any other string.
   */
  value(v: number | string, strings: readonly string[]): this {
    if (typeof v === 'string') {
      const i = strings.indexOf(v);
      return i >= 0 ? this.uint(i * 4 + 3) : this.text(v, 2, 4);
    }
    if (Number.isFinite(v) && !Object.is(v, -0)) {
      for (let k = 0; k < POW10.length; k++) {
        const m = Math.round(v * POW10[k]);
        const tagged = (zig(m) * 16 + k) * 4;
        if (m / POW10[k] === v && Number.isSafeInteger(tagged)) return this.uint(tagged);
      }
    }
    const view = new DataView(new ArrayBuffer(8));
    view.setFloat64(0, v);
    return this.uint(1).raw(new Uint8Array(view.buffer));
  }

  bytes(): Uint8Array {
    return Uint8Array.from(this.out);
  }
}

export class ByteReader {
  private at = 0;
  constructor(private readonly buf: Uint8Array) {}

  get done(): boolean {
    return this.at >= this.buf.length;
  }

  /** Bytes not read yet: a count read from a code can never exceed it. */
  get left(): number {
    return this.buf.length - this.at;
  }

  uint(): number {
    let n = 0;
    let scale = 1;
    for (let i = 0; i < 8; i++) {
      const b = this.byte();
      n += (b & 127) * scale;
      if (b < 128) {
        if (!Number.isSafeInteger(n)) break;
        return n;
      }
      scale *= 128;
    }
    throw new BytesError('varint too long');
  }

  int(): number {
    return unzig(this.uint());
  }

  byte(): number {
    if (this.at >= this.buf.length) throw new BytesError('out of bytes');
    return this.buf[this.at++];
  }

  raw(n: number): Uint8Array {
    if (n > this.left) throw new BytesError('out of bytes');
    const out = this.buf.slice(this.at, this.at + n);
    this.at += n;
    return out;
  }

  /** A string written by ByteWriter.text, its length's varint already read as `head` (tag removed). */
  textOf(length: number): string {
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(this.raw(length));
    } catch (error) {
      if (error instanceof BytesError) throw error;
      throw new BytesError('not UTF-8');
    }
  }

  text(): string {
    return this.textOf(this.uint());
  }

  value(strings: readonly string[]): number | string {
    const head = this.uint();
    const tag = head % 4;
    const rest = (head - tag) / 4;
    if (tag === 0) return unzig(Math.floor(rest / 16)) / POW10[rest % 16];
    if (tag === 1) {
      if (rest !== 0) throw new BytesError('bad number');
      return new DataView(this.raw(8).buffer).getFloat64(0);
    }
    if (tag === 2) return this.textOf(rest);
    if (rest >= strings.length) throw new BytesError('unknown string');
    return strings[rest];
  }
}

/** Hex digits as bytes (an even count), and back. */
export function hexBytes(hex: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < hex.length; i += 2) out.push(Number.parseInt(hex.slice(i, i + 2), 16));
  return out;
}

export function bytesHex(bytes: ArrayLike<number>): string {
  let s = '';
  for (let i = 0; i < bytes.length; i++) s += bytes[i].toString(16).padStart(2, '0');
  return s;
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const INDEX = new Map([...ALPHABET].map((c, i) => [c, i]));

/** Bytes as base64url without padding. */
export function toBase64Url(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = i + 2 < bytes.length ? 4 : i + 1 < bytes.length ? 3 : 2;
    for (let j = 0; j < chars; j++) s += ALPHABET[(n >> (18 - 6 * j)) & 63];
  }
  return s;
}

/** base64url (no padding) as bytes; BytesError on a character outside it or an impossible length. */
export function fromBase64Url(s: string): Uint8Array {
  if (s.length % 4 === 1) throw new BytesError('bad length');
  const out: number[] = [];
  for (let i = 0; i < s.length; i += 4) {
    const chunk = s.slice(i, i + 4);
    let n = 0;
    for (let j = 0; j < 4; j++) {
      const v = j < chunk.length ? INDEX.get(chunk[j]) : 0;
      if (v === undefined) throw new BytesError('bad character');
      n = n * 64 + v;
    }
    const bytes = [(n >> 16) & 255, (n >> 8) & 255, n & 255];
    out.push(...bytes.slice(0, chunk.length - 1));
  }
  return Uint8Array.from(out);
}
