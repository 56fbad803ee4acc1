/**
 * The library of runs in a real browser: a reload mid-quarter resumes at the
 * week reached; a second #/play link asks first and keeps both runs; My runs
 * lists, exports (one run, all), reopens and deletes them; and with storage
 * blocked (localStorage throws, IndexedDB refuses) the game says so and plays.
 */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { click, openPage, shot, waitFor } from './helpers/browser';
import { useSite } from './helpers/lifecycle';
import { SAVE_KEY } from './helpers/flow';

const site = useSite();

async function savedWeek(page: Page): Promise<number | undefined> {
  const raw = await page.evaluate((key) => localStorage.getItem(key), SAVE_KEY);
  return raw ? (JSON.parse(raw) as { week?: number }).week : undefined;
}

async function downloaded(page: Page, testid: string): Promise<{ name: string; json: unknown }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click(page, testid)]);
  const path = await download.path();
  return { name: download.suggestedFilename(), json: JSON.parse(readFileSync(path, 'utf8')) as unknown };
}

it('resumes mid-quarter at the week reached, keeps two runs, and lists, exports, reopens and deletes them', async () => {
  const { page: p, problems } = await openPage(site.browser, site.url);
  // the guided tour pauses the first quarter: taken already
  await p.addInitScript(() => localStorage.setItem('salesfloor.tour', 'done'));
  await p.goto(`${site.url}#/play?scenario=founder&seed=lib-a`);
  await click(p, 'start-quarter');
  await waitFor(p, 'quarter-bar');
  await click(p, 'speed-4');
  await expect.poll(() => savedWeek(p), { timeout: 60_000 }).toBeGreaterThanOrEqual(4);
  await click(p, 'speed-pause');
  const week = (await savedWeek(p))!;
  expect(week).toBeLessThan(13);

  // a reload resumes at that week, not at the quarter's start
  await p.reload();
  await waitFor(p, 'quarter-bar');
  await click(p, 'speed-pause');
  const resumed = (await savedWeek(p))!;
  expect(resumed).toBeGreaterThanOrEqual(week);
  expect(resumed).toBeLessThanOrEqual(week + 2);
  await expect(p.getByTestId('week').textContent()).resolves.toContain(`week ${resumed}`);
  await click(p, 'skip-quarter');
  await waitFor(p, 'quarter-review');

  // another run's link asks first; continuing keeps us where we were
  await p.goto(`${site.url}#/play?scenario=sales-director&seed=lib-b`);
  await waitFor(p, 'run-in-progress');
  await shot(p, 'library-ask');
  await click(p, 'ask-continue');
  await waitFor(p, 'quarter-review');
  expect(p.url()).toContain('seed=lib-a');
  // starting the new one keeps the old one in the library
  await p.goto(`${site.url}#/play?scenario=sales-director&seed=lib-b`);
  await click(p, 'ask-start-new');
  await waitFor(p, 'start-quarter');

  await p.goto(`${site.url}#/`);
  await click(p, 'my-runs');
  await waitFor(p, 'run-list');
  await expect.poll(() => p.getByTestId('run-item').count()).toBe(2);
  const items = p.getByTestId('run-item');
  await expect(items.nth(0).textContent()).resolves.toContain('lib-b');
  await expect(items.nth(1).textContent()).resolves.toContain('lib-a');
  await expect(items.nth(1).textContent()).resolves.toContain('quarter 1');
  await expect(p.getByTestId('runs-where').textContent()).resolves.toContain('database');
  await shot(p, 'library-list');

  // export one run, then all
  const one = await downloaded(p, 'run-export');
  expect(one.name).toBe('salesfloor-run-sales-director-lib-b.json');
  expect((one.json as { save: { seed: string } }).save.seed).toBe('lib-b');
  const all = await downloaded(p, 'runs-export-all');
  expect((all.json as { runs: unknown[] }).runs).toHaveLength(2);

  // reopen the older one: its review, where it was left
  await items.nth(1).getByTestId('run-open').click();
  await waitFor(p, 'quarter-review');
  expect(p.url()).toContain('seed=lib-a');

  // delete the current one (lib-a, now last played) after a confirmation; "keep it" first
  await p.goto(`${site.url}#/runs`);
  await waitFor(p, 'run-list');
  await expect.poll(() => p.getByTestId('run-item').count()).toBe(2);
  const first = p.getByTestId('run-item').first();
  await expect(first.textContent()).resolves.toContain('lib-a');
  await expect(first.textContent()).resolves.toContain('Current game');
  await first.getByTestId('run-delete').click();
  await click(p, 'cancel-delete');
  expect(await p.getByTestId('run-item').count()).toBe(2);
  await first.getByTestId('run-delete').click();
  await shot(p, 'library-confirm-delete');
  await click(p, 'confirm-delete');
  await expect.poll(() => p.getByTestId('run-item').count()).toBe(1);
  await expect(p.getByTestId('run-item').first().textContent()).resolves.toContain('lib-b');
  // the title no longer offers to continue it
  await click(p, 'runs-back');
  await waitFor(p, 'my-runs');
  expect(await p.getByTestId('continue').count()).toBe(0);
  // and still one after a reload
  await p.goto(`${site.url}#/runs`);
  await p.reload();
  await waitFor(p, 'run-list');
  await expect.poll(() => p.getByTestId('run-item').count()).toBe(1);
  // the sound toggle: off by default, remembered across a reload
  await expect(p.getByTestId('sound-toggle').getAttribute('aria-pressed')).resolves.toBe('false');
  await click(p, 'sound-toggle');
  await expect(p.getByTestId('sound-toggle').getAttribute('aria-pressed')).resolves.toBe('true');
  await p.reload();
  await waitFor(p, 'run-list');
  await expect(p.getByTestId('sound-toggle').getAttribute('aria-pressed')).resolves.toBe('true');
  expect(problems).toEqual([]);
  await p.context().close();
}, 240_000);

it('with storage blocked (localStorage throws, IndexedDB refuses) says so once and still plays', async () => {
  const { context, page: p, problems } = await openPage(site.browser, site.url, 'fr-FR');
  await context.addInitScript(() => {
    Storage.prototype.setItem = function setItem() {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    Object.defineProperty(window, 'indexedDB', { configurable: true, get: () => ({ open: () => { throw new DOMException('refused', 'InvalidStateError'); } }) });
  });
  await p.goto(`${site.url}#/play?scenario=founder&seed=lib-blocked`);
  await waitFor(p, 'notice');
  await expect(p.getByTestId('notice').textContent()).resolves.toContain('ne laisse le jeu rien garder');
  await shot(p, 'library-blocked-fr');
  await click(p, 'start-quarter');
  await click(p, 'skip-quarter');
  await waitFor(p, 'quarter-review');
  expect(await p.getByTestId('notice').count()).toBe(1);
  await p.goto(`${site.url}#/runs`);
  await waitFor(p, 'run-list');
  await expect(p.getByTestId('runs-where').textContent()).resolves.toContain('ne garde rien');
  expect(await p.getByTestId('run-item').count()).toBe(1);
  await p.setViewportSize({ width: 390, height: 844 });
  await shot(p, 'library-list-fr-390x844');
  // nothing wider than the phone's screen
  expect(await p.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  expect(problems).toEqual([]);
  await context.close();
}, 180_000);
