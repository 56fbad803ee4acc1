/**
 * The class view in Chromium, for what only a browser shows: thirty codes
 * opened in real Web Workers, the sort headings worked from the keyboard, the
 * scatter drawn by Chart.js with a point per run and a click on a drawn point
 * opening that run's replay, and the class kept in the browser's storage
 * across reloads (and gone after a clear). The rest (bad codes, the table,
 * the statistics, the CSV, compare, files and drops, a language switch while
 * loading) is tested under happy-dom: tests/components/classView.test.ts;
 * axe in tests/browser/accessibility.test.ts.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { click, openPage, shot, waitFor } from './helpers/browser';
import { classFixture } from './helpers/classCodes';
import { useSite } from './helpers/lifecycle';

const site = useSite();
const fx = classFixture(30);

async function drawnPoints(page: Page): Promise<Array<[number, number]>> {
  const canvas = page.getByTestId('class-scatter-canvas');
  await expect.poll(() => canvas.getAttribute('data-points'), { timeout: 30_000 }).not.toBeNull();
  return JSON.parse((await canvas.getAttribute('data-points')) ?? '[]') as Array<[number, number]>;
}

async function loaded(page: Page, runs: number): Promise<void> {
  await expect.poll(() => page.getByTestId('class-progress').textContent(), { timeout: 60_000 }).toContain(`${runs} runs loaded`);
}

describe('class view', () => {
  it('opens 30 codes in Web Workers, sorts by the keyboard, plots them, keeps them through a reload, and a point opens its replay', async () => {
    const { page, problems } = await openPage(site.browser, site.url);
    await page.goto(`${site.url}#/class`);
    await waitFor(page, 'class-view');
    await page.getByTestId('class-paste').fill(fx.codes.join('\n'));
    await click(page, 'class-load');
    await loaded(page, 30);
    expect(await page.getByTestId('class-row').count()).toBe(30);
    // opened off the page's thread, in Web Workers
    expect(page.workers().length).toBeGreaterThan(0);

    // the keyboard sorts: Enter on a column's heading
    await page.getByTestId('class-sort-seed').focus();
    await page.keyboard.press('Enter');
    const seeds = await page.locator('[data-testid="class-row"] td[data-column="seed"]').allTextContents();
    expect(seeds).toEqual([...seeds].sort((a, b) => a.localeCompare(b, undefined, { numeric: true })));
    expect(seeds[0]).toBe('trainee-1');
    await expect(page.locator('th:has([data-testid="class-sort-seed"])').getAttribute('aria-sort')).resolves.toBe('ascending');

    // the scatter drew a point per run
    expect(await drawnPoints(page)).toHaveLength(30);
    await shot(page, 'class-1280');

    // back to the class after a reload: the batch is still there
    await page.reload();
    await waitFor(page, 'class-view');
    await loaded(page, 30);
    expect(await page.getByTestId('class-row').count()).toBe(30);

    // a click on a point opens that run's replay
    const again = await drawnPoints(page);
    await page.getByTestId('class-scatter-canvas').scrollIntoViewIfNeeded();
    await page.getByTestId('class-scatter-canvas').click({ position: { x: again[0][0], y: again[0][1] } });
    await expect.poll(() => page.url()).toContain('#/replay?code=');
    const opened = new URL(page.url().replace('#/replay', '/replay')).searchParams.get('code');
    expect(fx.codes).toContain(opened);

    // cleared, the class stays cleared after a reload
    await page.goto(`${site.url}#/class`);
    await waitFor(page, 'class-view');
    await click(page, 'class-clear');
    expect(await page.getByTestId('class-row').count()).toBe(0);
    await page.reload();
    await waitFor(page, 'class-view');
    expect(await page.getByTestId('class-row').count()).toBe(0);
    expect(problems).toEqual([]);
  }, 300_000);
});
