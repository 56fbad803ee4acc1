/**
 * The debrief's share panel in Chromium, for what only a browser shows: the
 * QR code on screen scans back to the replay link and is big enough to scan,
 * the copy buttons put the code and the link on the real clipboard (and the
 * page says so), a chart downloads as a PNG on white; projector mode enlarges
 * the type and the charts at 1920×1080, is remembered across a reload, and
 * `?projector=1` in the address turns it on. The code, the link, the CSV and
 * JSON documents, copying without a clipboard, print and French are tested
 * under happy-dom: tests/components/share.test.ts.
 */
import { expect, it } from 'vitest';
import jsQR from 'jsqr';
import { click, openPage, shot } from './helpers/browser';
import { openDebrief, PLAYED } from './helpers/debrief';
import { useSite } from './helpers/lifecycle';

const site = useSite();
const scenario = 'sales-director';
const seed = 'share-7';

it('shares the run: the QR code scans to the link, copy reaches the clipboard, a chart as a PNG; projector mode', async () => {
  const { context, page, problems } = await openPage(site.browser, site.url);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(site.url).origin });
  await openDebrief(page, site.url, scenario, seed, PLAYED);
  const code = await page.getByTestId('run-code').inputValue();
  const link = await page.getByTestId('run-link').getAttribute('href');
  expect(link).toBe(`${new URL(site.url).origin}${new URL(site.url).pathname}#/replay?code=${code}`);

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
    // the RGBA bytes as base64: a string crosses to Node far faster than an array of 1.4 million numbers
    const bytes = g.getImageData(0, 0, side, side).data;
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return { side, rgba: btoa(binary) };
  });
  expect(pixels).not.toBeNull();
  if (pixels) expect(jsQR(new Uint8ClampedArray(Buffer.from(pixels.rgba, 'base64')), pixels.side, pixels.side)?.data).toBe(link);
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
  await page.getByTestId('copy-status').filter({ hasText: 'Link copied.' }).waitFor({ timeout: 10_000 });
  await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(link);

  // a chart as a PNG, on white
  const [dl] = await Promise.all([page.waitForEvent('download'), click(page, 'chart-profit-png')]);
  const chunks: Buffer[] = [];
  for await (const c of await dl.createReadStream()) chunks.push(c as Buffer);
  const png = Buffer.concat(chunks);
  expect(dl.suggestedFilename()).toMatch(/\.png$/);
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
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
  }, png.toString('base64'));
  expect(corner.w).toBeGreaterThan(200);
  expect(corner.px).toEqual([255, 255, 255, 255]);
  await page.getByTestId('share-panel').scrollIntoViewIfNeeded();
  await shot(page, '40-share-1280');

  // projector mode at 1920×1080: larger type, charts half as tall again
  await page.setViewportSize({ width: 1920, height: 1080 });
  const rootFont = () => page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
  const chartHeight = () => page.getByTestId('chart-revenue').locator('canvas').evaluate((c) => c.getBoundingClientRect().height);
  await expect(rootFont()).resolves.toBe('18px');
  const before = await chartHeight();
  await click(page, 'projector-toggle');
  await expect(page.evaluate(() => document.body.classList.contains('projector'))).resolves.toBe(true);
  await expect(page.getByTestId('projector-toggle').getAttribute('aria-pressed')).resolves.toBe('true');
  await expect(rootFont()).resolves.toBe('25px');
  // Chart.js follows its box once its resize observer has run
  await expect.poll(chartHeight, { timeout: 10_000 }).toBeGreaterThan(before * 1.5);
  await page.getByTestId('chart-revenue').scrollIntoViewIfNeeded();
  await shot(page, '43-debrief-1920-projector');
  // remembered across a reload
  await page.reload();
  await page.getByTestId('debrief').waitFor();
  await expect(page.evaluate(() => document.body.classList.contains('projector'))).resolves.toBe(true);
  await click(page, 'projector-toggle');
  await expect(rootFont()).resolves.toBe('18px');
  await expect(page.evaluate(() => localStorage.getItem('salesfloor.projector'))).resolves.toBe('0');
  // asked for in the address a page opens with
  await page.goto(`${site.url}?projector=1#/scenarios`);
  await page.getByTestId('projector-toggle').waitFor();
  await expect(page.evaluate(() => document.body.classList.contains('projector'))).resolves.toBe(true);
  await shot(page, '44-scenarios-1920-projector');
  expect(problems).toEqual([]);
  await context.close();
}, 300_000);
