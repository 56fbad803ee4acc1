/**
 * A lab chart's PNG carries its provenance as tEXt chunks after the image
 * header: each chunk well formed (length, type, keyword NUL text, a CRC-32
 * that checks), the image's own chunks unchanged, anything not a PNG left
 * alone.
 */
import { describe, expect, it } from 'vitest';
import { crc32, withPngText } from '../../src/ui/lab/pngText';

/** A 1×1 PNG as browsers write one (signature, IHDR, IDAT, IEND). */
const ONE_PIXEL = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=='), (c) => c.charCodeAt(0));

function chunks(png: Uint8Array): Array<{ type: string; data: Uint8Array; crcOk: boolean }> {
  const view = new DataView(png.buffer, png.byteOffset);
  const out = [];
  for (let at = 8; at < png.length; ) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
    const data = png.subarray(at + 8, at + 8 + length);
    out.push({ type, data, crcOk: view.getUint32(at + 8 + length) === crc32(png.subarray(at + 4, at + 8 + length)) });
    at += 12 + length;
  }
  return out;
}

describe('a chart PNG with its provenance', () => {
  it('checks its CRC as PNG does (the image chunks of a real PNG)', () => {
    expect(chunks(ONE_PIXEL).map((c) => [c.type, c.crcOk])).toEqual([['IHDR', true], ['IDAT', true], ['IEND', true]]);
  });

  it('gets tEXt chunks after IHDR, the image chunks as they were', () => {
    const out = withPngText(ONE_PIXEL, { Software: 'salesfloor 3.0.0', sourcesHash: 'ab12' });
    const all = chunks(out);
    expect(all.map((c) => c.type)).toEqual(['IHDR', 'tEXt', 'tEXt', 'IDAT', 'IEND']);
    expect(all.every((c) => c.crcOk)).toBe(true);
    const text = all.filter((c) => c.type === 'tEXt').map((c) => String.fromCharCode(...c.data));
    expect(text).toEqual(['Software\0salesfloor 3.0.0', 'sourcesHash\0ab12']);
    expect(out.subarray(out.length - ONE_PIXEL.length + 33)).toEqual(ONE_PIXEL.subarray(33));
  });

  it('leaves bytes that are not a PNG alone', () => {
    const notPng = new Uint8Array([1, 2, 3]);
    expect(withPngText(notPng, { a: 'b' })).toBe(notPng);
  });
});
