/**
 * Provenance inside a chart's PNG: tEXt chunks (keyword and Latin-1 text,
 * PNG 1.2 §11.3.4.3) inserted after the image header, where PIL
 * (`Image.open(f).text`), exiftool and ImageMagick's `identify -verbose`
 * read them. The image itself is untouched.
 */

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 of bytes, as PNG chunks carry it (over the type and the data). */
export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** One tEXt chunk: length, type, keyword NUL text, CRC. Characters outside Latin-1 become '?'. */
function textChunk(keyword: string, text: string): Uint8Array {
  const latin1 = (s: string) => Array.from(s, (ch) => (ch.charCodeAt(0) < 256 ? ch.charCodeAt(0) : 0x3f));
  const body = [...Array.from('tEXt', (ch) => ch.charCodeAt(0)), ...latin1(keyword.slice(0, 79)), 0, ...latin1(text)];
  const out = new Uint8Array(8 + body.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, body.length - 4);
  out.set(body, 4);
  view.setUint32(4 + body.length, crc32(out.subarray(4, 4 + body.length)));
  return out;
}

/** A PNG's bytes with tEXt chunks after its IHDR chunk (the 8-byte signature, then IHDR's 25 bytes); other bytes are returned as they are. */
export function withPngText(png: Uint8Array, entries: Record<string, string>): Uint8Array {
  const ihdrEnd = 8 + 25;
  const isPng = png.length > ihdrEnd && png[1] === 0x50 && png[2] === 0x4e && png[3] === 0x47 && String.fromCharCode(...png.subarray(12, 16)) === 'IHDR';
  if (!isPng) return png;
  const chunks = Object.entries(entries).map(([k, v]) => textChunk(k, v));
  const out = new Uint8Array(png.length + chunks.reduce((s, c) => s + c.length, 0));
  out.set(png.subarray(0, ihdrEnd));
  let at = ihdrEnd;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  out.set(png.subarray(ihdrEnd), at);
  return out;
}
