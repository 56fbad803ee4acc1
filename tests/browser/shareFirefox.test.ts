/**
 * The debrief's share panel, projector mode and print in Firefox (over
 * WebDriver BiDi): the code decodes in Node to the debrief's hash, the QR
 * code on screen scans back to the link, projector mode enlarges the page,
 * and the debrief prints to a PDF of a few pages. No page error, no CSP
 * violation.
 */
import { describe, expect, it } from 'vitest';
import jsQR from 'jsqr';
import { decodeRunCode } from '../../src/codes/runCode';
import { MODEL_VERSION, simulate } from '../../src/sim';
import { scenarioParams } from '../../src/scenarios';
import { clickId, cspViolations, firefoxOnSite, firefoxMissing, openTab, waitForId, watchCsp } from './helpers/firefox';
import { PLAYED } from './helpers/debrief';
import { SAVE_KEY } from './helpers/flow';
import { pdfPageCount } from './helpers/pdf';

const scenario = 'founder';
const seed = 'fx-share';
const expected = simulate({ params: scenarioParams(scenario), seed, decisions: PLAYED });

describe.skipIf(firefoxMissing())('sharing and printing in Firefox', () => {
  const fx = firefoxOnSite();

  it('shows a code that opens the same run, a QR code that scans, projector mode and a PDF', async () => {
    const { page, problems } = await openTab(fx.browser, fx.site.url);
    await watchCsp(page);
    const save = JSON.stringify({ version: 1, model: MODEL_VERSION, scenario, seed, quarter: 7, phase: 'debrief', log: PLAYED });
    await page.evaluateOnNewDocument(`if (sessionStorage.getItem('test.seeded') === null) { localStorage.setItem(${JSON.stringify(SAVE_KEY)}, ${JSON.stringify(save)}); sessionStorage.setItem('test.seeded', '1'); }`);
    await page.setViewport({ width: 1280, height: 720 });
    await page.goto(`${fx.site.url}#/play?scenario=${scenario}&seed=${seed}`);
    await waitForId(page, 'share-panel', 180_000);
    await page.waitForSelector('[data-testid="debrief"] .debrief-runs[data-ready="true"]', { timeout: 180_000 });

    const hash = ((await page.$eval('[data-testid="run-hash"]', (el) => el.textContent)) ?? '').trim();
    expect(hash).toBe(expected.hash);
    const code = await page.$eval('[data-testid="run-code"]', (el) => (el as HTMLTextAreaElement).value);
    expect(decodeRunCode(code)).toMatchObject({ scenario, seed, decisions: PLAYED, hash });
    const link = await page.$eval('[data-testid="run-link"]', (el) => el.getAttribute('href'));
    expect(link).toBe(`${new URL(fx.site.url).origin}${new URL(fx.site.url).pathname}#/replay?code=${code}`);

    await page.waitForFunction(() => (document.querySelector('[data-testid="qr"]') as HTMLImageElement | null)?.complete === true);
    const pixels = (await page.$eval('[data-testid="qr"]', (img) => {
      const side = 600;
      const c = document.createElement('canvas');
      c.width = c.height = side;
      const g = c.getContext('2d');
      g?.drawImage(img as HTMLImageElement, 0, 0, side, side);
      return { side, data: Array.from(g?.getImageData(0, 0, side, side).data ?? []) };
    })) as { side: number; data: number[] };
    expect(jsQR(Uint8ClampedArray.from(pixels.data), pixels.side, pixels.side)?.data).toBe(link);

    const rootFont = () => page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
    expect(await rootFont()).toBe('18px');
    await clickId(page, 'projector-toggle');
    expect(await rootFont()).toBe('25px');
    await clickId(page, 'projector-toggle');
    expect(await rootFont()).toBe('18px');

    const pdf = Buffer.from(await page.pdf({ format: 'A4', printBackground: true }));
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const pages = pdfPageCount(pdf);
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(pages).toBeLessThanOrEqual(6);

    expect(await cspViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  }, 600_000);
});
