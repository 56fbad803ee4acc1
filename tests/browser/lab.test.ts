/**
 * The lab (#/lab) in Chromium, for what only a browser shows: the runs go to
 * real Web Workers and come back with Node's numbers (a 20-seed fan's median,
 * a 3×3 sweep's CSV, downloaded, holding Node's hashes for the same spec),
 * a chart's PNG names the model that drew it, Chart.js paints the fan, and the page fits 1280×720 and 1920×1080 in English
 * and in French. Everything else the lab does (the panel, bad values, paired
 * configurations, uploads, cancel, the model's documentation) is tested under
 * happy-dom (tests/components/lab.test.ts); axe in
 * tests/browser/accessibility.test.ts.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { click, openPage, shot, waitFor } from './helpers/browser';
import { useSite } from './helpers/lifecycle';
import { MODEL_NAME, MODEL_VERSION, simulate } from '../../src/sim';
import { scenarioParams } from '../../src/scenarios';
import { expandSpec, checkSpec } from '../../src/lab/sweepSpec';
import { median } from '../fixtures/median';

const site = useSite();

/** A file the page saves, as the browser saved it (read as a stream: the shared Chromium is a remote one, without a local path). */
async function downloaded(page: Page, testid: string): Promise<{ name: string; text: string }> {
  const [dl] = await Promise.all([page.waitForEvent('download'), click(page, testid)]);
  const chunks: Buffer[] = [];
  for await (const c of await dl.createReadStream()) chunks.push(c as Buffer);
  return { name: dl.suggestedFilename(), text: Buffer.concat(chunks).toString('utf8') };
}

/** Every chart in the lab painted at its box's size (Chart.js follows its container after a resize). */
async function chartsSettled(page: Page): Promise<void> {
  await page.waitForFunction(() => [...document.querySelectorAll<HTMLCanvasElement>('.lab-chart canvas')].every((c) => c.width > 0 && Math.abs(c.getBoundingClientRect().width - (c.parentElement?.getBoundingClientRect().width ?? 0)) < 2));
}

describe('lab', () => {
  it('runs on Web Workers to Node’s numbers: a fan’s median, a sweep’s CSV; the fan painted', async () => {
    const { page, problems } = await openPage(site.browser, site.url);
    await page.goto(`${site.url}#/lab`);
    await waitFor(page, 'lab');
    await page.getByTestId('lab-param-plan.commissionRate').fill('0.06');

    // 20 seeds: the fan's median at week 52 is the median of Node's runs
    await page.getByTestId('lab-seeds').fill('20');
    await page.getByTestId('lab-measure').selectOption('profit');
    await click(page, 'lab-run-seeds');
    await waitFor(page, 'lab-fan', 120_000);
    await expect(page.getByTestId('lab-status').textContent()).resolves.toContain('20 runs in');
    // run off the page's thread, by the workers the lab started
    expect(page.workers().length).toBeGreaterThan(0);
    const medians = JSON.parse((await page.getByTestId('lab-fan').getAttribute('data-median')) ?? '[]') as number[];
    const params = scenarioParams('founder', { 'plan.commissionRate': 0.06 });
    const node = Array.from({ length: 20 }, (_, i) => simulate({ params, seed: String(i + 1) }));
    expect(medians).toHaveLength(104);
    expect(medians[51]).toBeCloseTo(median(node.map((r) => r.weeks[51].profit)), 6);
    await shot(page, 'lab-fan');

    // a 3×3 sweep with 2 seeds: its runs CSV, as the browser saves it, holds Node's hashes for the same spec, in the same order
    await page.getByTestId('lab-sweep-x').selectOption('plan.commissionRate');
    await page.getByTestId('lab-sweep-xv').fill('0, 0.04, 0.08');
    await page.getByTestId('lab-sweep-y').selectOption('market.wordOfMouth');
    await page.getByTestId('lab-sweep-yv').fill('0.5, 1, 2');
    await page.getByTestId('lab-sweep-seeds').fill('2');
    await click(page, 'lab-run-sweep');
    await waitFor(page, 'lab-sweep-heat', 120_000);
    const spec = checkSpec(JSON.parse((await downloaded(page, 'lab-spec-json')).text));
    // the panel's commission is not in `set`: the sweep varies it (a key goes in one place)
    expect(spec).toEqual({ scenario: 'founder', seeds: 2, vary: { 'plan.commissionRate': [0, 0.04, 0.08], 'market.wordOfMouth': [0.5, 1, 2] } });
    const csv = await downloaded(page, 'lab-csv-runs');
    expect(csv.name).toBe('runs.csv');
    const lines = csv.text.trim().split('\n');
    const header = lines[0].split(',');
    const hashes = lines.slice(1).map((l) => l.split(',')[header.indexOf('hash')]);
    expect(hashes).toHaveLength(18);
    expect(hashes).toEqual(expandSpec(spec).map((r) => simulate({ params: r.params, seed: r.seed }).hash));
    // the heatmap's PNG says which model drew it (tEXt chunks, as PIL's Image.text reads them)
    const [png] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid="lab-sweep-heat"] .chart-png').click()]);
    const pngChunks: Buffer[] = [];
    for await (const c of await png.createReadStream()) pngChunks.push(c as Buffer);
    const pngBytes = Buffer.concat(pngChunks).toString('latin1');
    expect(pngBytes.startsWith('\x89PNG')).toBe(true);
    expect(pngBytes).toContain(`Software\0${MODEL_NAME} ${MODEL_VERSION} (lab)`);
    expect(pngBytes).toMatch(/sourcesHash\0[0-9a-f]{64}/);
    // the seeds' fan is still drawn beside the sweep (its canvas has painted pixels)
    await chartsSettled(page);
    const painted = await page.evaluate(() => {
      const c = document.querySelector<HTMLCanvasElement>('[data-testid="lab-fan"] canvas');
      const d = c?.getContext('2d')?.getImageData(0, 0, c.width, c.height).data ?? new Uint8ClampedArray();
      let n = 0;
      for (let i = 3; i < d.length; i += 4) if (d[i] > 0) n++;
      return n;
    });
    expect(painted).toBeGreaterThan(1000);
    await page.getByTestId('lab-sweep-heat').scrollIntoViewIfNeeded();
    await shot(page, 'lab-heatmap');
    expect(problems).toEqual([]);
  }, 300_000);

  it('fits 1280×720 and 1920×1080 in English and in French (screenshots lab-<size>-<lang>.png)', async () => {
    const { page, context, problems } = await openPage(site.browser, site.url, 'en-GB');
    await page.goto(`${site.url}#/lab`);
    await waitFor(page, 'lab');
    await page.getByTestId('lab-seeds').fill('4');
    await page.getByTestId('lab-compare').check();
    await page.getByTestId('lab-b').fill('plan.commissionRate = 0.1');
    for (const [lang, sizes] of [['en', [[1280, 720], [1920, 1080]]], ['fr', [[1920, 1080], [1280, 720]]]] as const) {
      if (lang === 'fr') {
        // the page drawn again in French: the seeds run again (what was set up is kept)
        await click(page, 'lang-fr');
        await page.waitForFunction(() => document.documentElement.lang === 'fr' && !document.querySelector('[data-testid="lab-diff"]'));
      }
      await click(page, 'lab-run-seeds');
      await waitFor(page, 'lab-diff', 120_000);
      for (const [width, height] of sizes) {
        await page.setViewportSize({ width, height });
        await chartsSettled(page);
        // nothing wider than the window; every chart inside the main column
        expect(await page.evaluate(() => document.documentElement.scrollWidth), `${lang} ${width}`).toBeLessThanOrEqual(width);
        const column = await page.locator('.lab-main').boundingBox();
        for (const id of ['lab-diff-summary', 'lab-fan', 'lab-fan-b', 'lab-diff']) {
          const box = await page.getByTestId(id).boundingBox();
          expect(box && column && box.x >= column.x && box.x + box.width <= column.x + column.width + 1, `${lang} ${width} ${id}`).toBe(true);
        }
        await page.getByTestId('lab-diff-summary').evaluate((el) => el.scrollIntoView({ block: 'start' }));
        await shot(page, `lab-${width}-${lang}`);
      }
    }
    expect(problems).toEqual([]);
    await context.close();
  }, 300_000);
});
