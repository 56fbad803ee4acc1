/**
 * The class view in Chromium: thirty codes pasted with three bad ones, the
 * table and its sorting, the scatter and a click on a point, comparing two,
 * the CSV export, a reload, and a form tool's CSV picked as a file.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { click, openPage, shot, waitFor } from './helpers/browser';
import { axeCheck, openAxePage } from './helpers/axe';
import { classFixture } from './helpers/classCodes';
import { encodeRunCode, identityOf } from '../../src/codes/runCode';
import { useSite } from './helpers/lifecycle';

const site = useSite();
const fx = classFixture(30);

async function rowCodes(page: Page): Promise<string[]> {
  return page.getByTestId('class-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-code') ?? ''));
}

async function drawnPoints(page: Page): Promise<Array<[number, number]>> {
  const canvas = page.getByTestId('class-scatter-canvas');
  await expect.poll(() => canvas.getAttribute('data-points'), { timeout: 30_000 }).not.toBeNull();
  return JSON.parse((await canvas.getAttribute('data-points')) ?? '[]') as Array<[number, number]>;
}

async function loaded(page: Page, runs: number): Promise<void> {
  await expect.poll(() => page.getByTestId('class-progress').textContent(), { timeout: 60_000 }).toContain(`${runs} runs loaded`);
}

describe('class view', () => {
  it('loads 30 pasted codes, lists 3 bad ones, sorts, plots, compares, exports and survives a reload', async () => {
    const { page, problems } = await openPage(site.browser, site.url);
    await page.goto(`${site.url}#/`);
    await click(page, 'open-class');
    await waitFor(page, 'class-view');
    const pasted = [
      'Class of 30 November:',
      ...fx.codes.slice(0, 10),
      `${fx.codes[10]}, ${fx.codes[11]}`,
      ...fx.codes.slice(12, 20).map((c) => `https://example.org/salesfloor/#/replay?${new URLSearchParams({ code: c }).toString()}`),
      ...fx.codes.slice(20),
      fx.codes[3],
      fx.bad.truncated,
      fx.bad.tampered,
      fx.bad.garbage,
    ].join('\n');
    await page.getByTestId('class-paste').fill(pasted);
    await click(page, 'class-load');
    // a language switch while the codes are opening: the new screen gets the result
    await click(page, 'lang-fr');
    await expect.poll(() => page.getByTestId('class-progress').textContent(), { timeout: 60_000 }).toContain('30 parties chargées');
    await click(page, 'lang-en');
    await loaded(page, 30);
    // the heading line is a line without a code, so it is listed too
    await expect(page.getByTestId('class-progress').textContent()).resolves.toContain('4 could not be opened; 1 duplicates');
    expect(await page.getByTestId('class-row').count()).toBe(30);
    // opened off the page's thread, in Web Workers
    expect(page.workers().length).toBeGreaterThan(0);
    const errors = await page.getByTestId('class-error').allTextContents();
    expect(errors).toHaveLength(4);
    expect(errors[0]).toContain('pasted, line 1');
    expect(errors.slice(1).join('\n')).toMatch(/line 32: This is not a Salesfloor run code[\s\S]*line 33: Replaying this code gives a different run[\s\S]*line 34: This is not a Salesfloor run code/);

    // the default order: profit, highest first; a click sorts lowest first; the keyboard sorts too
    const byProfit = [...fx.codes].sort((a, b) => (fx.profit.get(b) ?? 0) - (fx.profit.get(a) ?? 0));
    await expect(rowCodes(page)).resolves.toEqual(byProfit);
    await expect(page.locator('th:has([data-testid="class-sort-profit"])').getAttribute('aria-sort')).resolves.toBe('descending');
    await click(page, 'class-sort-profit');
    await expect(rowCodes(page)).resolves.toEqual([...byProfit].reverse());
    await expect(page.locator('th:has([data-testid="class-sort-profit"])').getAttribute('aria-sort')).resolves.toBe('ascending');
    await page.getByTestId('class-sort-seed').focus();
    await page.keyboard.press('Enter');
    const seeds = await page.locator('[data-testid="class-row"] td[data-column="seed"]').allTextContents();
    expect(seeds).toEqual([...seeds].sort((a, b) => a.localeCompare(b, undefined, { numeric: true })));
    expect(seeds[0]).toBe('trainee-1');
    await expect(page.locator('th:has([data-testid="class-sort-seed"])').getAttribute('aria-sort')).resolves.toBe('ascending');
    await expect(page.locator('th:has([data-testid="class-sort-profit"])').getAttribute('aria-sort')).resolves.toBe('none');

    // median and spread
    await expect(page.getByTestId('class-stat-profit').textContent()).resolves.toMatch(/^Cumulative profit: median .+, middle half .+ to .+ \(interquartile range .+\)$/);

    // the scatter drew a point per run
    const points = await drawnPoints(page);
    expect(points).toHaveLength(30);
    await shot(page, 'class-1280');

    // the CSV export: a header and a row per run
    const [download] = await Promise.all([page.waitForEvent('download'), click(page, 'class-export')]);
    const csv = await download.createReadStream().then(async (s) => {
      const chunks: Buffer[] = [];
      for await (const c of s) chunks.push(c as Buffer);
      return Buffer.concat(chunks).toString('utf8');
    });
    const lines = csv.trim().split('\n');
    expect(lines).toHaveLength(31);
    expect(lines[0]).toBe('Scenario,Seed,Cumulative profit,Final reputation,Deals,Quits,Misconduct,Hash,From,Run code');
    expect(fx.codes.every((c) => csv.includes(c))).toBe(true);

    // compare two: disabled until exactly two are selected
    await expect(page.getByTestId('class-compare').isDisabled()).resolves.toBe(true);
    const boxes = page.getByTestId('class-select');
    const [a, b] = (await rowCodes(page)).slice(0, 2);
    await boxes.nth(0).check();
    await boxes.nth(1).check();
    await click(page, 'class-compare');
    await expect.poll(() => decodeURIComponent(page.url())).toContain(`#/compare?a=${a}&b=${b}`);

    // back to the class after a reload: the batch is still there
    await page.goto(`${site.url}#/class`);
    await page.reload();
    await waitFor(page, 'class-view');
    await loaded(page, 30);
    expect(await page.getByTestId('class-row').count()).toBe(30);

    // a click on a point opens that run's replay
    const again = await drawnPoints(page);
    const box = await page.getByTestId('class-scatter-canvas').boundingBox();
    if (!box) throw new Error('no scatter on screen');
    await page.getByTestId('class-scatter-canvas').scrollIntoViewIfNeeded();
    await page.getByTestId('class-scatter-canvas').click({ position: { x: again[0][0], y: again[0][1] } });
    await expect.poll(() => page.url()).toContain('#/replay?code=');
    const opened = new URL(page.url().replace('#/replay', '/replay')).searchParams.get('code');
    expect(fx.codes).toContain(opened);
    expect(problems).toEqual([]);
  }, 400_000);

  it('reads a form tool’s CSV picked as a file, a JSON list and a dropped text file, at three screen sizes', async () => {
    const { page, problems, context } = await openPage(site.browser, site.url);
    await page.goto(`${site.url}#/class`);
    await waitFor(page, 'class-view');
    await click(page, 'class-clear');
    // a run on a facilitator's scenario whose title is markup: shown as text
    const title = '<img src=x onerror="document.title=1">Drill';
    const sc = { base: 'founder', overrides: {}, events: [], locked: [], bounds: {}, title: { en: title, fr: title }, briefing: { en: '', fr: '' } };
    const custom = encodeRunCode(identityOf('founder', 'drill-1', {}, [], sc));
    const csv = [
      'Timestamp,"Name, first and last",Run code,Comment',
      ...fx.codes.slice(0, 6).map((c, i) => `2026-11-30 10:0${i},"Trainee ${i}, group ""A""","${c}","line one\nline two, with a comma"`),
      '2026-11-30 10:09,Late,"no idea",',
    ].join('\r\n');
    await page.getByTestId('class-files').setInputFiles([
      { name: 'Responses.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) },
      { name: 'more.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify([...fx.codes.slice(6, 9), custom])) },
    ]);
    await loaded(page, 10);
    expect(await page.getByTestId('class-row').count()).toBe(10);
    await expect(page.locator(`[data-code="${custom}"] td[data-column="scenario"]`).textContent()).resolves.toBe(title);
    expect(await page.locator('[data-testid="class-view"] img').count()).toBe(0);
    const errors = await page.getByTestId('class-error').allTextContents();
    expect(errors).toEqual([expect.stringContaining('Responses.csv, row 8, column "Run code": This is not a Salesfloor run code')]);
    expect(await drawnPoints(page)).toHaveLength(10);
    await shot(page, 'class-files-1280');
    for (const [w, hgt] of [[1920, 1080], [390, 844]] as const) {
      await page.setViewportSize({ width: w, height: hgt });
      await page.waitForTimeout(400);
      await shot(page, `class-${w}`);
      await page.getByTestId('class-scatter').scrollIntoViewIfNeeded();
      await shot(page, `class-${w}-scatter`);
    }
    await click(page, 'class-clear');
    expect(await page.getByTestId('class-row').count()).toBe(0);
    // a text file dropped on the drop zone
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.getByTestId('class-drop').evaluate((zone, text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], 'chat.txt', { type: 'text/plain' }));
      zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
      zone.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    }, `Anna: here is mine ${fx.codes[20]}\nBen: ${fx.codes[21]} :)`);
    await loaded(page, 2);
    expect(await page.getByTestId('class-row').count()).toBe(2);
    await click(page, 'class-clear');
    await page.reload();
    await waitFor(page, 'class-view');
    expect(await page.getByTestId('class-row').count()).toBe(0);
    await context.close();
    expect(problems).toEqual([]);
  }, 300_000);

  it('has no serious or critical axe violation, loaded, in English and French', async () => {
    const found: string[] = [];
    for (const locale of ['en-GB', 'fr-FR']) {
      const { page, problems, context } = await openAxePage(site.browser, site.url, locale);
      await page.goto(`${site.url}#/class`);
      await waitFor(page, 'class-view');
      await page.getByTestId('class-paste').fill([...fx.codes.slice(0, 8), fx.bad.garbage].join('\n'));
      await click(page, 'class-load');
      await page.getByTestId('class-row').nth(7).waitFor();
      await page.getByTestId('class-error').first().waitFor();
      found.push(...(await axeCheck(page, `class ${locale}`)));
      await page.evaluate(() => localStorage.clear());
      await context.close();
      expect(problems).toEqual([]);
    }
    expect(found, `axe found:\n${found.join('\n')}`).toEqual([]);
  }, 300_000);
});
