/**
 * The lab (#/lab) in Chromium against the built site: a changed parameter is
 * highlighted, a bad value is explained and runs nothing, 20 seeds draw a fan
 * whose median is Node's, configurations A and B on paired seeds give Node's
 * per-seed differences and their summary, a 3×3 sweep's CSV holds Node's
 * hashes for the same spec, an uploaded spec fills the panel and the form
 * (and runs to Node's numbers), a bad upload gets one sentence and changes
 * nothing, a long run is cancelled, and a parameter's link opens its submodel
 * in the model's documentation.
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
import { meanCi } from '../../src/shared/stats';

const site = useSite();

async function downloaded(page: Page, testid: string): Promise<{ name: string; text: string }> {
  const [dl] = await Promise.all([page.waitForEvent('download'), click(page, testid)]);
  return { name: dl.suggestedFilename(), text: readFileSync(await dl.path()).toString('utf8') };
}

async function upload(page: Page, name: string, content: unknown): Promise<void> {
  const text = typeof content === 'string' ? content : JSON.stringify(content);
  await page.getByTestId('lab-sweep-upload').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
  // the page reads the file asynchronously, then clears the input and says what it made of it
  await page.waitForFunction(() => (document.querySelector('[data-testid="lab-sweep-upload"]') as HTMLInputElement | null)?.value === '');
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

    // A (the panel: commission 0.06) and B (A plus commission 0.1 and less word of mouth) on seeds 1-8:
    // the differences' fan and the last week's summary are Node's, seed by seed
    await page.getByTestId('lab-compare').check();
    await page.getByTestId('lab-b').fill('run.weeks = 52');
    await page.getByTestId('lab-seeds').fill('8');
    await click(page, 'lab-run-seeds');
    await expect(page.getByTestId('lab-seeds-problem').textContent()).resolves.toContain('B cannot change run.weeks');
    await page.getByTestId('lab-b').fill('plan.commissionRate = 0.1\nmarket.wordOfMouth: lots');
    await click(page, 'lab-run-seeds');
    await expect(page.getByTestId('lab-seeds-problem').textContent()).resolves.toContain('market.wordOfMouth must be');
    await page.getByTestId('lab-b').fill('plan.commissionRate = 0.1\n\nmarket.wordOfMouth = 0.5');
    await click(page, 'lab-run-seeds');
    await page.getByTestId('lab-status').filter({ hasText: /^16 runs in/ }).waitFor({ timeout: 120_000 });
    await waitFor(page, 'lab-diff');
    const a8 = node.slice(0, 8);
    const paramsB = scenarioParams('founder', { 'plan.commissionRate': 0.1, 'market.wordOfMouth': 0.5 });
    const b8 = Array.from({ length: 8 }, (_, i) => simulate({ params: paramsB, seed: String(i + 1) }));
    const diffMedians = JSON.parse((await page.getByTestId('lab-diff').getAttribute('data-median')) ?? '[]') as number[];
    expect(diffMedians).toHaveLength(104);
    for (const w of [0, 25, 103]) expect(diffMedians[w], `week ${w + 1}`).toBeCloseTo(median(b8.map((b, i) => b.weeks[w].profit - a8[i].weeks[w].profit)), 6);
    const lastDiffs = b8.map((b, i) => b.weeks[103].profit - a8[i].weeks[103].profit);
    const ci = meanCi(lastDiffs);
    const summary = page.getByTestId('lab-diff-summary');
    expect(Number(await summary.getAttribute('data-mean'))).toBeCloseTo(ci.mean, 6);
    expect(Number(await summary.getAttribute('data-half'))).toBeCloseTo(ci.half, 6);
    await expect(summary.textContent()).resolves.toMatch(new RegExp(`^Week 104, B − A in Profit: mean .* \\(95% interval .* to .*\\), median .*; B above A on ${lastDiffs.filter((d) => d > 0).length} of 8 seeds\\.$`));
    // B's own CSV holds B's hashes
    const bRuns = (await downloaded(page, 'lab-b-runs')).text.trim().split('\n');
    expect(bRuns.slice(1).map((l) => l.split(',').at(-1))).toEqual(b8.map((r) => r.hash));
    await page.getByTestId('lab-seeds-out').scrollIntoViewIfNeeded();
    await page.waitForTimeout(500);
    await shot(page, 'lab-paired');
    await page.getByTestId('lab-compare').uncheck();

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

    // bad uploads: one sentence each, and the panel and the form as they were
    const before = { changed: await page.getByTestId('lab-changed').textContent(), xv: await page.getByTestId('lab-sweep-xv').inputValue() };
    await upload(page, 'bad.json', { scenario: 'founder', seeds: 3, vary: { 'plan.nothing': [1] } });
    await page.getByTestId('lab-sweep-problem').filter({ hasText: 'plan.nothing' }).waitFor();
    await expect(page.getByTestId('lab-sweep-problem').textContent()).resolves.toMatch(/^The file “bad.json” cannot be loaded: .*unknown parameter "plan.nothing".*Nothing was changed\.$/);
    await upload(page, 'notes.json', '{"scenario": "founder", seeds: 3');
    await expect(page.getByTestId('lab-sweep-problem').textContent()).resolves.toBe('The file “notes.json” cannot be loaded: it is not JSON. Nothing was changed.');
    await upload(page, 'range.json', { scenario: 'founder', seeds: 3, set: { 'plan.commissionRate': 0.9 } });
    await page.getByTestId('lab-sweep-problem').filter({ hasText: 'range.json' }).waitFor();
    await expect(page.getByTestId('lab-sweep-problem').textContent()).resolves.toContain('plan.commissionRate');
    await expect(page.getByTestId('lab-changed').textContent()).resolves.toBe(before.changed);
    await expect(page.getByTestId('lab-sweep-xv').inputValue()).resolves.toBe(before.xv);
    await expect(page.getByTestId('lab-status').textContent()).resolves.toContain('18 runs in');

    // a good upload fills the panel (scenario, weeks, set: highlighted) and the form (axes, seeds); nothing runs until asked
    const uploaded = { scenario: 'sales-director', seeds: ['a', 'b'], weeks: 26, set: { 'plan.quotaPeriod': 'quarter', 'reps.count': 6 }, vary: { 'plan.quotaPeriod': ['none', 'year'], 'market.wordOfMouth': [0.5, 2] } };
    await upload(page, 'spec.json', uploaded);
    await page.getByTestId('lab-sweep-note').filter({ hasText: 'Loaded “spec.json”' }).waitFor();
    await expect(page.getByTestId('lab-scenario').inputValue()).resolves.toBe('sales-director');
    await expect(page.getByTestId('lab-param-run.weeks').inputValue()).resolves.toBe('26');
    await expect(page.getByTestId('lab-param-reps.count').inputValue()).resolves.toBe('6');
    for (const key of ['run.weeks', 'reps.count']) await expect(page.locator(`.lab-param[data-key="${key}"]`).getAttribute('class'), key).resolves.toContain('lab-diff');
    await expect(page.getByTestId('lab-sweep-x').inputValue()).resolves.toBe('plan.quotaPeriod');
    await expect(page.getByTestId('lab-sweep-xv').inputValue()).resolves.toBe('none, year');
    await expect(page.getByTestId('lab-sweep-y').inputValue()).resolves.toBe('market.wordOfMouth');
    await expect(page.getByTestId('lab-sweep-yv').inputValue()).resolves.toBe('0.5, 2');
    await expect(page.getByTestId('lab-sweep-seeds').inputValue()).resolves.toBe('a, b');
    await expect(page.getByTestId('lab-status').textContent()).resolves.toContain('18 runs in');
    await page.getByTestId('lab-sweep-note').scrollIntoViewIfNeeded();
    await shot(page, 'lab-upload');
    await click(page, 'lab-run-sweep');
    await page.getByTestId('lab-status').filter({ hasText: /^8 runs in/ }).waitFor({ timeout: 120_000 });
    const ranHashes = (await downloaded(page, 'lab-csv-runs')).text.trim().split('\n').slice(1).map((l) => l.split(',').at(-1));
    expect(ranHashes).toEqual(expandSpec(checkSpec(uploaded)).map((r) => simulate({ params: r.params, seed: r.seed }).hash));

    // a spec the form cannot show (two scenarios) changes nothing but can run as it is
    await upload(page, 'two.json', { scenario: ['founder', 'sales-director'], seeds: 1, weeks: 4 });
    await page.getByTestId('lab-run-as-is').waitFor();
    await expect(page.getByTestId('lab-scenario').inputValue()).resolves.toBe('sales-director');
    await click(page, 'lab-run-as-is');
    await page.getByTestId('lab-status').filter({ hasText: /^2 runs in/ }).waitFor({ timeout: 60_000 });
    await click(page, 'lab-reset-all');

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

  it('fits 1280×720 and 1920×1080 in English and in French (screenshots lab-<size>-<lang>.png)', async () => {
    for (const lang of ['en-GB', 'fr-FR']) {
      const { page, context, problems } = await openPage(site.browser, site.url, lang);
      for (const [width, height] of [[1280, 720], [1920, 1080]]) {
        await page.setViewportSize({ width, height });
        await page.goto(`${site.url}#/lab`);
        await waitFor(page, 'lab');
        await page.getByTestId('lab-seeds').fill('4');
        await page.getByTestId('lab-compare').check();
        await page.getByTestId('lab-b').fill('plan.commissionRate = 0.1');
        await click(page, 'lab-run-seeds');
        await waitFor(page, 'lab-diff', 120_000);
        await page.waitForTimeout(500);
        // nothing wider than the window; every chart inside the main column
        expect(await page.evaluate(() => document.documentElement.scrollWidth), `${lang} ${width}`).toBeLessThanOrEqual(width);
        const column = await page.locator('.lab-main').boundingBox();
        for (const id of ['lab-diff-summary', 'lab-fan', 'lab-fan-b', 'lab-diff']) {
          const box = await page.getByTestId(id).boundingBox();
          expect(box && column && box.x >= column.x && box.x + box.width <= column.x + column.width + 1, `${lang} ${width} ${id}`).toBe(true);
        }
        await page.getByTestId('lab-diff-summary').evaluate((el) => el.scrollIntoView({ block: 'start' }));
        await shot(page, `lab-${width}-${lang.slice(0, 2)}`);
      }
      expect(problems).toEqual([]);
      await context.close();
    }
  }, 300_000);

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
      // a bad upload is said in the page's language
      await upload(page, 'bad.json', 'not json');
      await expect(page.getByTestId('lab-sweep-problem').textContent()).resolves.toBe(lang === 'fr-FR' ? 'Le fichier « bad.json » ne peut pas être chargé : ce n’est pas du JSON. Rien n’a été changé.' : 'The file “bad.json” cannot be loaded: it is not JSON. Nothing was changed.');
      await upload(page, 'seeds.json', { scenario: 'founder', seeds: 0 });
      await expect(page.getByTestId('lab-sweep-problem').textContent()).resolves.toContain(lang === 'fr-FR' ? 'ne peut pas être chargé' : 'cannot be loaded');
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
