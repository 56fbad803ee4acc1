/**
 * How a page breaks into printed pages, worked out from its layout under print media (emulateMedia) at the paper's
 * printable width: the blocks that may not break (break-inside: avoid) move to the next page when they would cross a
 * page's end, forced breaks (break-before: page) start a new one, and each page's fill is how far down its lowest
 * text, chart or picture reaches. Run in the page (page.evaluate); the tests check its page count against the PDF's.
 */
export interface PrintedPages {
  pages: number;
  /** per page, the share of its height that holds something (0–1) */
  fills: number[];
}

export function printedPages(pageHeight: number): PrintedPages {
  const root = document.querySelector('#main');
  if (!root) return { pages: 0, fills: [] };
  const shown = (e: Element) => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden';
  const all = [...root.querySelectorAll('*')].filter(shown);
  const box = (e: Element) => {
    const r = e.getBoundingClientRect();
    return { top: r.top + scrollY, bottom: r.bottom + scrollY };
  };
  const style = (e: Element) => getComputedStyle(e);
  const avoid = all.filter((e) => style(e).breakInside === 'avoid' || style(e).pageBreakInside === 'avoid');
  const atoms = avoid.filter((e) => !avoid.some((o) => o !== e && o.contains(e)));
  const forced = all.filter((e) => style(e).breakBefore === 'page' || style(e).pageBreakBefore === 'always');
  const events = [...forced.map((e) => ({ ...box(e), forced: true })), ...atoms.map((e) => ({ ...box(e), forced: false }))].sort((a, b) => a.top - b.top || Number(b.forced) - Number(a.forced));
  // from a position of the continuous layout on, how far down the pages have pushed it
  const shifts: Array<{ from: number; offset: number }> = [];
  let offset = 0;
  for (const ev of events) {
    const top = ev.top + offset;
    const into = top % pageHeight;
    if (ev.forced) {
      if (top > 0.5 && into > 0.5) offset += pageHeight - into;
    } else if (ev.bottom - ev.top <= pageHeight && ev.bottom + offset > top - into + pageHeight + 0.5) {
      offset += pageHeight - into;
    } else continue;
    shifts.push({ from: ev.top, offset });
  }
  const offsetAt = (y: number) => shifts.filter((s) => s.from <= y + 0.01).at(-1)?.offset ?? 0;
  // what a reader sees: elements holding text of their own, charts and pictures
  const marks = all.filter((e) => ['CANVAS', 'IMG', 'svg'].includes(e.tagName) || [...e.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== ''));
  const fills: number[] = [];
  for (const e of marks) {
    const b = box(e);
    if (b.bottom - b.top < 1) continue;
    const top = b.top + offsetAt(b.top);
    const bottom = b.bottom + offsetAt(b.bottom - 0.5);
    const first = Math.floor(top / pageHeight);
    const last = Math.max(first, Math.floor((bottom - 0.5) / pageHeight));
    for (let p = first; p < last; p++) fills[p] = 1;
    fills[last] = Math.max(fills[last] ?? 0, (bottom - last * pageHeight) / pageHeight);
  }
  return { pages: fills.length, fills: Array.from(fills, (f) => Math.min(1, f ?? 0)) };
}
