/**
 * The planning panel over the town, in Chromium: it leaves the town's rep
 * bars uncovered at 1280×720 (English) and 1920×1080 (French), and its number
 * fields are bold. What the panel says and does (key levers, sections, arrow
 * keys, separators, errors, pending changes) is tests/components/planning.test.ts.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, shot, waitFor } from './helpers/browser';
import { useSite } from './helpers/lifecycle';
import { townReady } from './helpers/town';

const site = useSite();

async function planning(locale: string, size: { width: number; height: number }, scenario: string): Promise<{ p: Page; problems: string[] }> {
  const { page: p, problems } = await openPage(site.browser, site.url, locale);
  await p.setViewportSize(size);
  await p.addInitScript(() => localStorage.setItem('salesfloor.tour', 'done'));
  await p.goto(`${site.url}#/play?scenario=${scenario}&seed=plan-panel`);
  await waitFor(p, 'start-quarter');
  await townReady(p);
  return { p, problems };
}

describe('planning panel over the town', () => {
  it('at 1280×720 in English: under the top bar, the bars uncovered, the fields bold', async () => {
    const { p, problems } = await planning('en-GB', { width: 1280, height: 720 }, 'sales-director');
    // the panel starts under the top bar (a page element): the reps' bars are the town's, not the panel's
    const box = await p.getByTestId('planning').boundingBox();
    const bar = await p.getByTestId('town-hud').boundingBox();
    expect(box?.y).toBeGreaterThanOrEqual((bar?.y ?? 0) + (bar?.height ?? 60));
    await expect(p.evaluate(() => document.elementFromPoint(1230, 30)?.closest('[data-testid="town-hud"]') !== null)).resolves.toBe(true);
    await expect(p.getByTestId('lever-plan-quota').evaluate((el) => getComputedStyle(el).fontWeight)).resolves.toBe('700');
    await shot(p, 'planning-1280-en');
    expect(problems).toEqual([]);
    await p.context().close();
  });

  it('at 1920×1080 in French: the bars still uncovered', async () => {
    const { p, problems } = await planning('fr-FR', { width: 1920, height: 1080 }, 'quarterly-quota');
    await expect(p.getByTestId('key-levers').textContent()).resolves.toContain('Ce qui compte le plus');
    const box = await p.getByTestId('planning').boundingBox();
    const bar = await p.getByTestId('town-hud').boundingBox();
    expect(box?.y).toBeGreaterThanOrEqual((bar?.y ?? 0) + (bar?.height ?? 60));
    await expect(p.evaluate(() => document.elementFromPoint(1850, 30)?.closest('[data-testid="town-hud"]') !== null)).resolves.toBe(true);
    await shot(p, 'planning-1920-fr');
    expect(problems).toEqual([]);
    await p.context().close();
  });
});
