/**
 * The debrief's share panel in Chromium: the run code opens the same run
 * (decoded and rerun in Node), the link points at the replay, the QR code on
 * screen scans back to the link, copy works, the CSV and JSON downloads are
 * the CLI's documents, a chart downloads as a PNG; projector mode is
 * remembered and enlarges the page. Screenshots at three sizes.
 */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import jsQR from 'jsqr';
import { decodeRunCode, verifyRunCode } from '../../src/codes/runCode';
import { recordsToCsv } from '../../src/shared/csv';
import { simulate } from '../../src/sim';
import { scenarioParams } from '../../src/scenarios';
import { click, openPage, shot } from './helpers/browser';
import { openDebrief, PLAYED } from './helpers/debrief';
import { runHash } from './helpers/flow';
import { useSite } from './helpers/lifecycle';

const site = useSite();
const scenario = 'sales-director';
const seed = 'share-7';

async function downloaded(page: import('playwright-core').Page, testid: string): Promise<{ name: string; bytes: Buffer }> {
  const [dl] = await Promise.all([page.waitForEvent('download'), click(page, testid)]);
  const path = await dl.path();
  return { name: dl.suggestedFilename(), bytes: readFileSync(path) };
}

it('shares the run: code, link, QR, copy, CSV, JSON and PNG downloads', async () => {
  const { context, page, problems } = await openPage(site.browser, site.url);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(site.url).origin });
  await openDebrief(page, site.url, scenario, seed, PLAYED);
  const hash = await runHash(page);
  const expected = simulate({ params: scenarioParams(scenario), seed, decisions: PLAYED });
  expect(hash).toBe(expected.hash);

  // the code: what a trainee hands in
  const code = await page.getByTestId('run-code').inputValue();
  expect(code).toMatch(/^sf1\.[A-Za-z0-9_~-]+\.[0-9a-z]+$/);
  expect(decodeRunCode(code)).toMatchObject({ scenario, seed, decisions: PLAYED, hash, overrides: {} });
  expect(verifyRunCode(code).result.hash).toBe(hash);
  const link = await page.getByTestId('run-link').getAttribute('href');
  expect(link).toBe(`${new URL(site.url).origin}${new URL(site.url).pathname}#/replay?code=${code}`);
  await expect(page.getByTestId('run-link').textContent()).resolves.toBe(link);

  // the QR code on screen scans back to the link
  const qr = page.getByTestId('qr');
  await expect(qr.getAttribute('data-kind')).resolves.toBe('link');
  await page.waitForFunction(() => (document.querySelector('[data-testid="qr"]') as HTMLImageElement | null)?.complete === true);
  const pixels = await qr.evaluate((img: HTMLImageElement) => {
    const side = 600;
    const c = document.createElement('canvas');
    c.width = c.height = side;
    const g = c.getContext('2d');
    if (!g) return null;
    g.drawImage(img, 0, 0, side, side);
    return { side, data: Array.from(g.getImageData(0, 0, side, side).data) };
  });
  expect(pixels).not.toBeNull();
  if (pixels) expect(jsQR(Uint8ClampedArray.from(pixels.data), pixels.side, pixels.side)?.data).toBe(link);
  // at least 3 CSS pixels a module (a version-v symbol is 17 + 4v modules across, plus 8 of quiet zone)
  const version = Number(await qr.getAttribute('data-version'));
  expect(version).toBeGreaterThan(0);
  expect((await qr.boundingBox())?.width ?? 0).toBeGreaterThanOrEqual(3 * (17 + 4 * version + 8) - 1);

  // copy: the clipboard holds the code, and the page says so (the live region is recorded: the service
  // worker's "ready to work offline" may be announced at any moment on a first visit, after ours)
  await page.evaluate(() => {
    const live = document.querySelector('#live') as HTMLElement;
    const said: string[] = ((window as unknown as { said: string[] }).said = []);
    new MutationObserver(() => said.push(live.textContent ?? '')).observe(live, { childList: true, characterData: true, subtree: true });
  });
  await click(page, 'copy-code');
  // the clipboard answers asynchronously: wait for the page to say it copied
  await page.getByTestId('copy-status').filter({ hasText: 'Run code copied.' }).waitFor({ timeout: 10_000 });
  await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(code);
  await expect(page.evaluate(() => (window as unknown as { said: string[] }).said)).resolves.toContain('Run code copied.');
  await click(page, 'copy-link');
  await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(link);
  // no clipboard at all: the code is selected for Ctrl+C, and the page says so
  await page.evaluate(() => {
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) }, configurable: true });
    document.execCommand = () => false;
  });
  await click(page, 'copy-code');
  await page.getByTestId('copy-status').filter({ hasText: /^Could not copy automatically/ }).waitFor({ timeout: 10_000 });
  await expect(page.evaluate(() => {
    const el = document.activeElement as HTMLTextAreaElement;
    return el.dataset.testid === 'run-code' ? el.value.slice(el.selectionStart, el.selectionEnd) : null;
  })).resolves.toBe(code);
  // Print is wired to the browser's print
  await page.evaluate(() => {
    window.print = () => document.body.setAttribute('data-printed', 'yes');
  });
  await click(page, 'print');
  await expect(page.evaluate(() => document.body.getAttribute('data-printed'))).resolves.toBe('yes');

  // the weekly CSV: the CLI's table
  const csv = await downloaded(page, 'download-csv');
  expect(csv.name).toBe(`salesfloor-${scenario}-${seed}.csv`);
  expect(csv.bytes.toString('utf8')).toBe(recordsToCsv(expected.weeks));

  // the JSON: the CLI's document, with the decisions and the code
  const json = await downloaded(page, 'download-json');
  expect(json.name).toBe(`salesfloor-${scenario}-${seed}.json`);
  const doc = JSON.parse(json.bytes.toString('utf8')) as Record<string, unknown>;
  expect(doc.hash).toBe(hash);
  expect(doc.scenario).toBe(scenario);
  expect(doc.decisions).toEqual(PLAYED);
  expect(doc.code).toBe(code);
  expect(doc.totals).toEqual(JSON.parse(JSON.stringify(expected.totals)));
  expect(doc.weeks).toHaveLength(expected.weeks.length);

  // a chart as a PNG, on white
  const png = await downloaded(page, 'chart-profit-png');
  expect(png.name).toMatch(/\.png$/);
  expect(png.bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  const corner = await page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.width;
    c.height = img.height;
    const g = c.getContext('2d');
    g?.drawImage(img, 0, 0);
    return { w: img.width, h: img.height, px: Array.from(g?.getImageData(0, 0, 1, 1).data ?? []) };
  }, png.bytes.toString('base64'));
  expect(corner.w).toBeGreaterThan(200);
  expect(corner.px).toEqual([255, 255, 255, 255]);

  await page.getByTestId('share-panel').scrollIntoViewIfNeeded();
  await shot(page, '40-share-1280');
  await page.setViewportSize({ width: 390, height: 844 });
  await page.getByTestId('share-panel').scrollIntoViewIfNeeded();
  await shot(page, '41-share-390');
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.getByTestId('chart-revenue').scrollIntoViewIfNeeded();
  await shot(page, '42-debrief-1920');
  await page.getByTestId('share-panel').scrollIntoViewIfNeeded();
  await shot(page, '42b-share-1920');

  // French
  await click(page, 'lang-fr');
  await expect(page.getByTestId('share-panel').locator('h2').textContent()).resolves.toBe('Rendre / partager cette partie');
  await click(page, 'lang-en');
  expect(problems).toEqual([]);
  await context.close();
}, 600_000);

it('projector mode: a toggle in the header, remembered, and ?projector=1', async () => {
  const { context, page, problems } = await openPage(site.browser, site.url);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await openDebrief(page, site.url, scenario, seed, PLAYED);
  const rootFont = () => page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
  const chartHeight = () => page.getByTestId('chart-revenue').locator('canvas').evaluate((c) => c.getBoundingClientRect().height);
  await expect(rootFont()).resolves.toBe('18px');
  const before = await chartHeight();
  await click(page, 'projector-toggle');
  await expect(page.evaluate(() => document.body.classList.contains('projector'))).resolves.toBe(true);
  await expect(page.getByTestId('projector-toggle').getAttribute('aria-pressed')).resolves.toBe('true');
  await expect(rootFont()).resolves.toBe('25px');
  await page.waitForTimeout(300);
  expect(await chartHeight()).toBeGreaterThan(before * 1.5);
  await page.getByTestId('chart-revenue').scrollIntoViewIfNeeded();
  await shot(page, '43-debrief-1920-projector');
  await page.evaluate(() => window.scrollTo(0, 0));
  await shot(page, '43b-debrief-1920-projector-top');
  // remembered across a reload
  await page.reload();
  await page.getByTestId('debrief').waitFor();
  await expect(page.evaluate(() => document.body.classList.contains('projector'))).resolves.toBe(true);
  await click(page, 'projector-toggle');
  await expect(rootFont()).resolves.toBe('18px');
  await expect(page.evaluate(() => localStorage.getItem('salesfloor.projector'))).resolves.toBe('0');
  // asked for in the address
  await page.goto(`${site.url}?projector=1#/scenarios`);
  await page.getByTestId('projector-toggle').waitFor();
  await expect(page.evaluate(() => document.body.classList.contains('projector'))).resolves.toBe(true);
  await shot(page, '44-scenarios-1920-projector');
  expect(problems).toEqual([]);
  await context.close();
}, 600_000);
