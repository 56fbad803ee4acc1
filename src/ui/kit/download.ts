/** Files made in the page (CSV, JSON, a chart's PNG) saved through a temporary blob: URL: nothing leaves the browser. */
import { fileSlug } from '../../shared/slug';

/** Saves a blob as a file through a temporary blob: URL. */
export function download(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function downloadText(name: string, text: string, type: string): void {
  download(name, new Blob([text], { type: `${type};charset=utf-8` }));
}

/**
 * A chart's canvas as a PNG on white (Chart.js draws on a transparent
 * canvas, which prints and pastes badly); `finish` may rework its bytes
 * before the download (the lab adds its provenance as PNG text chunks).
 */
export function downloadCanvasPng(canvas: HTMLCanvasElement, name: string, finish?: (png: Uint8Array) => Uint8Array): void {
  const out = document.createElement('canvas');
  out.width = canvas.width;
  out.height = canvas.height;
  const g = out.getContext('2d');
  if (!g) return;
  g.fillStyle = '#ffffff';
  g.fillRect(0, 0, out.width, out.height);
  g.drawImage(canvas, 0, 0);
  out.toBlob((blob) => {
    if (!blob) return;
    if (!finish) return download(name, blob);
    void blob.arrayBuffer().then((bytes) => download(name, new Blob([finish(new Uint8Array(bytes)) as Uint8Array<ArrayBuffer>], { type: 'image/png' })));
  }, 'image/png');
}

/** A file name from a chart's title: its anchor slug, cut to 60 characters. */
export function chartFileName(title: string): string {
  return `${fileSlug(title)}.png`;
}
