/**
 * The debrief's decision timeline in Chromium: a mark that takes the focus
 * shows its tooltip (a CSS rule, `.timeline-button:focus + .timeline-tip`),
 * in English and French. The game is opened at its debrief from a save
 * (helpers/debrief.ts): the commission raise of quarter 2 that
 * tests/components/why.test.ts plays through the screens, where the review's
 * and the debrief's causes, the arrows and the marks' names are checked.
 */
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openDebrief } from './helpers/debrief';
import { click, openPage, shot } from './helpers/browser';
import { useSite } from './helpers/lifecycle';

const site = useSite();

async function tooltipOnFocus(p: Page, name: string): Promise<void> {
  const mark = p.locator('.kind-plan [data-testid="timeline-mark"]').first();
  await mark.scrollIntoViewIfNeeded();
  await mark.focus();
  await expect(p.evaluate(() => document.activeElement?.getAttribute('data-testid'))).resolves.toBe('timeline-mark');
  await expect(p.locator('.timeline-button:focus + .timeline-tip').isVisible()).resolves.toBe(true);
  await shot(p, name);
}

it('a timeline mark shows its tooltip when it takes the focus, in English and French', async () => {
  const { page: p, problems } = await openPage(site.browser, site.url);
  await p.addInitScript(() => localStorage.setItem('salesfloor.tour', 'done'));
  await openDebrief(p, site.url, 'linear-commission', 'why-3', [{ week: 13, type: 'set', key: 'plan.commissionRate', value: 0.1 }]);
  await tooltipOnFocus(p, 'why-debrief-timeline-en');
  await click(p, 'lang-fr');
  await p.locator('[data-testid="debrief"] .debrief-runs[data-ready="true"]').waitFor();
  await expect(p.locator('.kind-plan [data-testid="timeline-mark"]').first().textContent()).resolves.toMatch(/^T2 — /);
  await tooltipOnFocus(p, 'why-debrief-timeline-fr');
  expect(problems).toEqual([]);
  await p.context().close();
}, 240_000);
