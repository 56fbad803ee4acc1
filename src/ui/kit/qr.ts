/**
 * The QR code of a run: the replay link when it fits in a QR code, else the
 * run code alone, else none (a QR code of version 40 holds at most 2,953
 * bytes). Drawn by the `qrcode` package in the page: nothing is fetched.
 */
// qrcode is CommonJS: the default import works in Node, Vite and esbuild alike
import QRCode from 'qrcode';
import type { QRCodeErrorCorrectionLevel } from 'qrcode';

/** Bytes a version-40 QR code holds at the lowest error correction (byte mode). */
export const QR_MAX_BYTES = 2953;

export type QrChoice =
  | { kind: 'link' | 'code'; text: string; level: QRCodeErrorCorrectionLevel; version: number }
  | { kind: 'none'; chars: number };

function fits(text: string, level: QRCodeErrorCorrectionLevel): number | null {
  try {
    return QRCode.create(text, { errorCorrectionLevel: level }).version;
  } catch {
    return null; // "The amount of data is too big to be stored in a QR Code"
  }
}

/** The link at medium error correction (sturdier on a phone) when it fits, then at low, then the code alone. */
export function chooseQr(link: string, code: string): QrChoice {
  const tries: Array<[kind: 'link' | 'code', text: string, level: QRCodeErrorCorrectionLevel]> = [
    ['link', link, 'M'],
    ['link', link, 'L'],
    ['code', code, 'L'],
  ];
  for (const [kind, text, level] of tries) {
    const version = fits(text, level);
    if (version !== null) return { kind, text, level, version };
  }
  return { kind: 'none', chars: link.length };
}

/** The QR code as an SVG document (a string made by qrcode from its own modules; no text from the code goes in as markup). */
export function qrSvg(choice: Extract<QrChoice, { text: string }>): Promise<string> {
  return QRCode.toString(choice.text, { type: 'svg', errorCorrectionLevel: choice.level, margin: 4, color: { dark: '#000000', light: '#ffffff' } });
}
