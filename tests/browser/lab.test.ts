/**
 * The lab (#/lab) in Chromium against the built site: a changed parameter is
 * highlighted, a bad value is explained and runs nothing, 20 seeds draw a fan
 * whose median is Node's, a 3×3 sweep's CSV holds Node's hashes for the same
 * spec, a bad spec upload gets checkSpec's sentence, a long run is cancelled,
 * and a parameter's link opens its submodel in the model's documentation.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { click, openPage, shot, waitFor } from './helpers/browser';
import { useSite } from './helpers/lifecycle';
import { axeCheck, openAxePage } from './helpers/axe';
import { simulate } from '../../src/sim';
import { scenarioParams } from '../../src/scenarios';
import { expandSpec, checkSpec } from '../../src/lab/sweepSpec';

const site = useSite();

async function downloaded(page: Page, testid: string): Promise<{ name: string; text: string }> {
  const [dl] = await Promise.all([page.waitForEvent('download'), click(page, testid)]);
  return { name: dl.suggestedFilename(), text: readFileSync(await dl.path()).toString('utf8') };
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length / 2;
  return s.length % 2 ? s[Math.floor(mid)] : (s[mid - 1] + s[mid]) / 2;
}

describe('lab', () => {
  it('panel, seeds, sweep, CSV, bad input, cancel and the model', async () => {
    const { page, problems } = await openPage(site.browser, site.url);
    await page.goto(`${site.url}#/`);
    await click(page, 'lab');
    await waitFor(page, 'lab');
    expect(page.url()).toContain('#/lab');

    // a change from the scenario is counted and highlighted, with a reset
    await page.getByTestId('lab-param-plan.commissionRate').fill('0.06');
    await expect(page.getByTestId('lab-changed').textContent()).resolves.toContain('1 changed');
    await expect(page.locator('.lab-param[data-key="plan.commissionRate"]').getAttribute('class')).resolves.toContain('lab-diff');
    await waitFor(page, 'lab-reset-plan.commissionRate');

    // a bad value: checkParam's sentence under it, and nothing runs
    await page.getByTestId('lab-param-plan.quota').fill('lots');
    await expect(page.getByTestId('lab-error-plan.quota').textContent()).resolves.toContain('plan.quota must be a number from 0 to 5000000');
    await click(page, 'lab-run-seeds');
    await expect(page.getByTestId('lab-seeds-problem').textContent()).resolves.toContain('nothing was run');
    await expect(page.getByTestId('lab-status').textContent()).resolves.toBe('');
    await expect(page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).resolves.toBe('lab-param-plan.quota');
    await click(page, 'lab-run-sweep');
    await expect(page.getByTestId('lab-sweep-problem').textContent()).resolves.toContain('nothing was run');
    await expect(page.getByTestId('lab-status').textContent()).resolves.toBe('');
    await shot(page, 'lab-bad-value');
    await click(page, 'lab-reset-plan.quota');
    await expect(page.getByTestId('lab-error-plan.quota').textContent()).resolves.toBe('');

    // 20 seeds: the fan's median at week 52 is the median of Node's runs
    await page.getByTestId('lab-seeds').fill('20');
    await page.getByTestId('lab-measure').selectOption('profit');
    await click(page, 'lab-run-seeds');
    await waitFor(page, 'lab-fan', 120_000);
    await expect(page.getByTestId('lab-status').textContent()).resolves.toContain('20 runs in');
    const medians = JSON.parse((await page.getByTestId('lab-fan').getAttribute('data-median')) ?? '[]') as number[];
    const params = scenarioParams('founder', { 'plan.commissionRate': 0.06 });
    const node = Array.from({ length: 20 }, (_, i) => simulate({ params, seed: String(i + 1) }));
    expect(medians).toHaveLength(104);
    expect(medians[51]).toBeCloseTo(median(node.map((r) => r.weeks[51].profit)), 6);
    await page.waitForTimeout(500);
    await shot(page, 'lab-fan');

    // a 3×3 sweep with 2 seeds: its runs CSV holds Node's hashes for the same spec, in the same order
    await page.getByTestId('lab-sweep-x').selectOption('plan.commissionRate');
    await page.getByTestId('lab-sweep-xv').fill('0, 0.04, 0.08');
    await page.getByTestId('lab-sweep-y').selectOption('market.wordOfMouth');
    await page.getByTestId('lab-sweep-yv').fill('0.5, 1, 2');
    await page.getByTestId('lab-sweep-seeds').fill('2');
    await click(page, 'lab-run-sweep');
    await waitFor(page, 'lab-sweep-heat', 120_000);
    const spec = checkSpec(JSON.parse((await downloaded(page, 'lab-spec-json')).text));
    expect(spec).toEqual({ scenario: 'founder', seeds: 2, set: { 'plan.commissionRate': 0.06 }, vary: { 'plan.commissionRate': [0, 0.04, 0.08], 'market.wordOfMouth': [0.5, 1, 2] } });
    const csv = await downloaded(page, 'lab-csv-runs');
    expect(csv.name).toBe('runs.csv');
    const lines = csv.text.trim().split('\n');
    const header = lines[0].split(',');
    const hashes = lines.slice(1).map((l) => l.split(',')[header.indexOf('hash')]);
    const expected = expandSpec(spec).map((r) => simulate({ params: r.params, seed: r.seed }).hash);
    expect(hashes).toHaveLength(18);
    expect(hashes).toEqual(expected);
    // the seeds' fan is still drawn beside the sweep (its canvas has painted pixels)
    const painted = await page.evaluate(() => {
      const c = document.querySelector<HTMLCanvasElement>('[data-testid="lab-fan"] canvas');
      const d = c?.getContext('2d')?.getImageData(0, 0, c.width, c.height).data ?? new Uint8ClampedArray();
      let n = 0;
      for (let i = 3; i < d.length; i += 4) if (d[i] > 0) n++;
      return n;
    });
    expect(painted).toBeGreaterThan(1000);
    await page.getByTestId('lab-sweep-heat').scrollIntoViewIfNeeded();
    await page.waitForTimeout(500);
    await shot(page, 'lab-heatmap');

    // a bad spec upload: checkSpec's sentence, nothing run
    await page.getByTestId('lab-sweep-upload').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ scenario: 'founder', seeds: 3, vary: { 'plan.nothing': [1] } })) });
    await page.getByTestId('lab-sweep-problem').filter({ hasText: 'unknown parameter "plan.nothing"' }).waitFor();
    await expect(page.getByTestId('lab-sweep-problem').textContent()).resolves.toMatch(/^This spec cannot run: unknown parameter "plan.nothing"/);

    // a long run is cancelled: the status says so and nothing moves after
    await page.getByTestId('lab-seeds').fill('500');
    await click(page, 'lab-run-seeds');
    await page.getByTestId('lab-status').filter({ hasText: /^[1-9]\d* of 500 runs/ }).waitFor({ timeout: 60_000 });
    await click(page, 'lab-cancel');
    await page.getByTestId('lab-status').filter({ hasText: 'Cancelled after' }).waitFor();
    const after = await page.getByTestId('lab-status').textContent();
    await page.waitForTimeout(1500);
    await expect(page.getByTestId('lab-status').textContent()).resolves.toBe(after);
    expect(Number(/after (\d+) of 500/.exec(after ?? '')?.[1])).toBeLessThan(500);
    await expect(page.getByTestId('lab-cancel').isHidden()).resolves.toBe(true);

    // a parameter's link opens the submodel where it acts
    await page.locator('.lab-param[data-key="plan.quota"] .lab-doc').click();
    await waitFor(page, 'lab-model');
    // plan.quota is first named where a period closes when it changes (the Period submodel)
    expect(page.url()).toContain('#/lab/model?at=period');
    await page.locator('#md-period.lab-target').waitFor();
    await expect(page.locator('#md-period').textContent()).resolves.toContain('plan.quota');
    await page.waitForTimeout(300);
    await shot(page, 'lab-model');
    expect(problems).toEqual([]);
  }, 400_000);

  it('has no serious accessibility problem, in English and in French (axe-core)', async () => {
    const found: string[] = [];
    for (const lang of ['en-GB', 'fr-FR']) {
      const { page, problems } = await openAxePage(site.browser, site.url, lang);
      await page.goto(`${site.url}#/lab`);
      await waitFor(page, 'lab');
      await page.getByTestId('lab-param-plan.commissionRate').fill('0.05');
      await page.getByTestId('lab-seeds').fill('3');
      await click(page, 'lab-run-seeds');
      await waitFor(page, 'lab-fan', 120_000);
      found.push(...(await axeCheck(page, `${lang} lab`)));
      await page.goto(`${site.url}#/lab/model`);
      await waitFor(page, 'lab-model');
      found.push(...(await axeCheck(page, `${lang} model`)));
      expect(problems).toEqual([]);
      await page.context().close();
    }
    expect(found, `axe found:\n${found.join('\n')}`).toEqual([]);
  }, 300_000);
});
