/**
 * Pages in a PDF, counted from its page objects: in the file as written
 * (Chromium's Skia) or inside compressed object streams (Firefox's cairo).
 */
import { inflateSync } from 'node:zlib';

const PAGE = /\/Type\s*\/Page(?![a-zA-Z])/g;

export function pdfPageCount(pdf: Buffer): number {
  const text = pdf.toString('latin1');
  let count = text.match(PAGE)?.length ?? 0;
  const streams = /\/Type\s*\/ObjStm[^]*?stream\r?\n/g;
  for (let m = streams.exec(text); m; m = streams.exec(text)) {
    const start = m.index + m[0].length;
    const end = text.indexOf('endstream', start);
    try {
      count += inflateSync(pdf.subarray(start, end)).toString('latin1').match(PAGE)?.length ?? 0;
    } catch {
      // not a Flate stream: nothing counted from it
    }
  }
  return count;
}
