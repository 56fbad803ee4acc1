/**
 * The class view in Firefox: thirty codes and three bad ones pasted, opened
 * in Firefox's Web Workers under the site's Content-Security-Policy, give
 * thirty rows, three listed errors and thirty points, with no page error and
 * no CSP violation. Headful on a private Xvfb display when there is one (the
 * title scene behind the page wants WebGL).
 */
import { describe, expect, it } from 'vitest';
import { classFixture } from './helpers/classCodes';
import { clickId, cspViolations, firefoxOnSite, fillId, firefoxMissing, openTab, waitForId, watchCsp } from './helpers/firefox';

describe.skipIf(firefoxMissing())('the class view in Firefox', () => {
  const fx = firefoxOnSite();

  it('loads 30 pasted codes with 3 bad ones: 30 rows, 3 errors, 30 points', async () => {
    const codes = classFixture(30);
    const { page, problems } = await openTab(fx.browser, fx.site.url);
    await watchCsp(page);
    await page.goto(`${fx.site.url}#/class`);
    await waitForId(page, 'class-view');
    await fillId(page, 'class-paste', [...codes.codes, codes.bad.truncated, codes.bad.tampered, codes.bad.garbage].join('\n'));
    const started = Date.now();
    await clickId(page, 'class-load');
    await page.waitForFunction(() => document.querySelector('[data-testid="class-progress"]')?.textContent?.includes('30 runs loaded'), { timeout: 120_000 });
    const ms = Date.now() - started;
    console.log(`class view in Firefox: 30 codes loaded in ${ms} ms (clicked to the last row, measured from the test)`);
    expect(await page.$$eval('[data-testid="class-row"]', (rows) => rows.length)).toBe(30);
    expect(await page.$$eval('[data-testid="class-error"]', (rows) => rows.length)).toBe(3);
    await page.waitForFunction(() => document.querySelector('[data-testid="class-scatter-canvas"]')?.getAttribute('data-points'), { timeout: 60_000 });
    const points = await page.$eval('[data-testid="class-scatter-canvas"]', (c) => JSON.parse(c.getAttribute('data-points') ?? '[]') as unknown[]);
    expect(points).toHaveLength(30);
    expect(await cspViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.evaluate(() => localStorage.clear());
  }, 300_000);
});
