/**
 * The debrief's share panel under happy-dom, on a finished game opened from
 * its save: the run code opens the same run (decoded and rerun in Node), the
 * link points at the replay, the QR code holds the link, copying without a
 * clipboard selects the code for Ctrl+C and says so, Print is the browser's
 * print, the CSV and JSON downloads are the CLI's documents byte for byte; the
 * panel in French; the system share sheet (a stubbed navigator.share) with
 * the code and the link, closed or failing; projector mode's toggle and address. Chromium keeps what
 * needs a browser (tests/browser/share.test.ts): the QR code scanned from the
 * screen and its size, the real clipboard, a chart's PNG, and projector mode's
 * sizes.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { decodeRunCode, verifyRunCode } from '../../src/codes/runCode';
import { recordsToCsv } from '../../src/shared/csv';
import { qrSvg } from '../../src/ui/kit/qr';
import { simulate, weekNumber } from '../../src/sim';
import { scenarioParams } from '../../src/scenarios';
import { waitUntil, type AppUnderTest } from './harness';
import { catchDownloads, control, openDebrief, PLAYED } from './instructorHelpers';

let app: AppUnderTest | null = null;
afterEach(() => app?.dispose());
const downloads = catchDownloads();
const scenario = 'sales-director';
const seed = 'share-7';

describe('share', () => {
  it('shares the run: code, link, QR, copy without a clipboard, print, CSV and JSON downloads, in both languages', async () => {
    app = await openDebrief(scenario, seed, PLAYED);
    const hash = (await app.text('run-hash')).trim();
    const expected = simulate({ params: scenarioParams(scenario), seed, decisions: PLAYED });
    expect(hash).toBe(expected.hash);

    // the code: what a trainee hands in
    const code = control<HTMLTextAreaElement>(app, 'run-code').value;
    expect(code).toMatch(/^sf2\.[A-Za-z0-9_-]+\.[0-9a-z]+$/);
    expect(decodeRunCode(code)).toMatchObject({ scenario, seed, decisions: PLAYED, hash, overrides: {} });
    expect(verifyRunCode(code).result.hash).toBe(hash);
    const link = control(app, 'run-link').getAttribute('href');
    expect(link).toBe(`${location.origin}${location.pathname}#/replay?code=${code}`);
    expect(await app.text('run-link')).toBe(link);

    // no system share sheet here (happy-dom, a desktop's Chromium on Linux): no Share button, the copy buttons and the QR code
    expect(app.find('share-sheet')).toBeNull();
    expect(app.find('share-panel')?.classList.contains('can-share')).toBe(false);
    // the QR code holds the link (tests/browser/share.test.ts scans it from the screen)
    const qr = control<HTMLImageElement>(app, 'qr');
    // the link's own symbol at medium error correction, as the qrcode package draws it
    expect(qr.dataset.kind).toBe('link');
    const version = Number(qr.dataset.version);
    expect(version).toBeGreaterThan(0);
    const svg = await qrSvg({ kind: 'link', text: link ?? '', level: 'M', version });
    const src = await waitUntil('the QR code drawn', () => qr.getAttribute('src'));
    expect(src).toBe(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`);

    // no clipboard at all: the code is selected for Ctrl+C, and the page says so
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) }, configurable: true });
    // happy-dom has no execCommand; a browser's refuses to copy here
    Object.defineProperty(document, 'execCommand', { value: () => false, configurable: true });
    try {
      await app.click('copy-code');
      await waitUntil('the copy status', () => /^Could not copy automatically/.test(app?.find('copy-status')?.textContent ?? ''));
      const el = document.activeElement as HTMLTextAreaElement;
      expect(el.dataset.testid).toBe('run-code');
      expect(el.value.slice(el.selectionStart, el.selectionEnd)).toBe(code);
    } finally {
      Reflect.deleteProperty(document, 'execCommand');
      Reflect.deleteProperty(navigator, 'clipboard');
    }
    // Print is wired to the browser's print
    const print = window.print;
    let printed = false;
    window.print = () => (printed = true);
    await app.click('print');
    window.print = print;
    expect(printed).toBe(true);

    // the weekly CSV: the CLI's table, the week as the game numbers it
    const csv = await downloads.next(() => (app as AppUnderTest).click('download-csv'));
    expect(csv.name).toBe(`salesfloor-${scenario}-${seed}.csv`);
    const numbered = expected.weeks.map((w) => ({ ...w, week: weekNumber(w.week) }));
    expect(await csv.bytes()).toEqual(new TextEncoder().encode(recordsToCsv(numbered)));

    // the JSON: the CLI's document, with the decisions and the code
    const json = await downloads.next(() => (app as AppUnderTest).click('download-json'));
    expect(json.name).toBe(`salesfloor-${scenario}-${seed}.json`);
    const doc = JSON.parse(await json.text()) as Record<string, unknown>;
    expect(doc.hash).toBe(hash);
    expect(doc.scenario).toBe(scenario);
    expect(doc.decisions).toEqual(PLAYED);
    expect(doc.code).toBe(code);
    expect(doc.totals).toEqual(JSON.parse(JSON.stringify(expected.totals)));
    expect(doc.weeks).toEqual(JSON.parse(JSON.stringify(numbered)));

    // French
    await app.click('lang-fr');
    await waitUntil('the panel in French', () => app?.find('share-panel')?.querySelector('h2')?.textContent === 'Rendre / partager cette partie');
    await app.click('lang-en');
  });

  it('a system share sheet (Web Share API, on a phone): the code and the link go through it; closing it is no error; a sheet that fails copies the link', async () => {
    const sent: ShareData[] = [];
    let answer = (): Promise<void> => Promise.resolve();
    const copied: string[] = [];
    Object.defineProperty(navigator, 'share', { value: (data: ShareData) => (sent.push(data), answer()), configurable: true });
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: (text: string) => (copied.push(text), Promise.resolve()) }, configurable: true });
    try {
      app = await openDebrief(scenario, seed, PLAYED);
      const a = app;
      const status = () => a.find('copy-status')?.textContent ?? '';
      const code = control<HTMLTextAreaElement>(a, 'run-code').value;
      const link = control(a, 'run-link').getAttribute('href');
      // the panel says it can share: on a phone's screen the CSS leaves the QR code out (sharePanel.css)
      expect(a.find('share-panel')?.classList.contains('can-share')).toBe(true);
      await a.click('share-sheet');
      expect(sent).toEqual([{ title: 'My Salesfloor run', text: `My Salesfloor run. Its code: ${code}`, url: link }]);
      await waitUntil('shared', () => status() === 'Run shared.');
      // the person closes the sheet: no error, nothing copied, no message left
      answer = () => Promise.reject(new DOMException('Share canceled', 'AbortError'));
      await a.click('share-sheet');
      await waitUntil('the status cleared', () => status() === '');
      expect(sent).toHaveLength(2);
      expect(copied).toEqual([]);
      // the sheet fails (not allowed, no target): the link is copied instead, and the page says so
      answer = () => Promise.reject(new DOMException('Permission denied', 'NotAllowedError'));
      await a.click('share-sheet');
      await waitUntil('the fallback', () => status() === 'The share sheet did not open: the link is copied instead.');
      expect(copied).toEqual([link]);
      // a browser whose canShare refuses the data: no Share button
      Object.defineProperty(navigator, 'canShare', { value: () => false, configurable: true });
      a.dispose();
      app = await openDebrief(scenario, seed, PLAYED);
      expect(app.find('share-sheet')).toBeNull();
      expect(app.find('qr')).not.toBeNull();
    } finally {
      Reflect.deleteProperty(navigator, 'share');
      Reflect.deleteProperty(navigator, 'canShare');
      Reflect.deleteProperty(navigator, 'clipboard');
    }
  });

  it('projector mode: a toggle in the header that is remembered, and ?projector=1', async () => {
    app = await openDebrief(scenario, seed, PLAYED);
    expect(document.body.classList.contains('projector')).toBe(false);
    await app.click('projector-toggle');
    expect(document.body.classList.contains('projector')).toBe(true);
    expect(control(app, 'projector-toggle').getAttribute('aria-pressed')).toBe('true');
    expect(localStorage.getItem('salesfloor.projector')).toBe('1');
    await app.click('projector-toggle');
    expect(document.body.classList.contains('projector')).toBe(false);
    expect(localStorage.getItem('salesfloor.projector')).toBe('0');
    // asked for in the address: a link followed within the page (the address a page opens with: tests/browser/share.test.ts)
    await app.go('#/scenarios?projector=1');
    await app.get('scenarios');
    expect(document.body.classList.contains('projector')).toBe(true);
    expect(control(app, 'projector-toggle').getAttribute('aria-pressed')).toBe('true');
    expect(localStorage.getItem('salesfloor.projector')).toBe('1');
    await app.go('#/scenarios?projector=0');
    expect(document.body.classList.contains('projector')).toBe(false);
  });
});
