/**
 * The library of runs on a phone's width, in Chromium: with storage blocked
 * (localStorage throws, IndexedDB refuses) the game says so, and My runs, in
 * French at 390×844 with that notice above it, is no wider than the screen.
 * Resuming, asking, listing, exporting, reopening, deleting, the blocked
 * storage's messages and finished runs are tests/components/library.test.ts.
 */
import { expect, it } from 'vitest';
import { openPage, shot, waitFor } from './helpers/browser';
import { useSite } from './helpers/lifecycle';

const site = useSite();

it('with storage blocked, My runs in French fits a 390-pixel-wide phone', async () => {
  const { context, page: p, problems } = await openPage(site.browser, site.url, 'fr-FR');
  await context.addInitScript(() => {
    Storage.prototype.setItem = function setItem() {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    Object.defineProperty(window, 'indexedDB', { configurable: true, get: () => ({ open: () => { throw new DOMException('refused', 'InvalidStateError'); } }) });
  });
  await p.goto(`${site.url}#/play?scenario=founder&seed=lib-blocked`);
  await waitFor(p, 'notice');
  await waitFor(p, 'start-quarter');
  // the game started is kept in memory: My runs lists it
  await p.goto(`${site.url}#/runs`);
  await waitFor(p, 'run-list');
  expect(await p.getByTestId('run-item').count()).toBe(1);
  await expect(p.getByTestId('runs-where').textContent()).resolves.toContain('ne garde rien');
  await p.setViewportSize({ width: 390, height: 844 });
  await shot(p, 'library-list-fr-390x844');
  // nothing wider than the phone's screen
  expect(await p.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  expect(problems).toEqual([]);
  await context.close();
}, 120_000);
