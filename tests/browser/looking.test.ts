/**
 * Looking is free: opening a rep's card from the planning panel's team list,
 * the town's top bar or the quarter's team menu, and closing it, leaves the
 * run as if nothing had been opened; a walk booked and taken back (from the
 * card, from the pending changes, with Undo) leaves it too. A walk booked and
 * confirmed is in the decision log and changes the hash.
 */
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { click, openPage, shot, waitFor } from './helpers/browser';
import { useSite } from './helpers/lifecycle';
import { expectedHash, playToDebrief, runHash, savedLog } from './helpers/flow';

const site = useSite();
const scenario = 'sales-director';

/** The top bar's bar for a rep, at 1280×720 where the town's canvas is 1:1 (see src/game/town/hud.ts: bars from x 660, ten to a row). */
async function clickHudBar(p: Page, index: number): Promise<void> {
  const cell = (1280 - 660 - 16) / 10;
  await p.mouse.click(660 + index * cell + cell / 2, 30);
}

async function openAndClose(p: Page, open: () => Promise<void>, name?: string): Promise<void> {
  await open();
  await waitFor(p, 'rep-card');
  await expect(p.getByTestId('book-walk').isVisible()).resolves.toBe(true);
  if (name) await shot(p, name);
  await click(p, 'close-rep');
  await p.getByTestId('rep-card').waitFor({ state: 'detached' });
}

async function newGame(seed: string): Promise<{ p: Page; problems: string[] }> {
  const { page: p, problems } = await openPage(site.browser, site.url);
  // the guided tour is another test's subject
  await p.addInitScript(() => localStorage.setItem('salesfloor.tour', 'done'));
  await p.goto(`${site.url}#/play?scenario=${scenario}&seed=${seed}`);
  await waitFor(p, 'start-quarter');
  // the town (and its top bar's click zones) is up
  await p.locator('#stage canvas[role="img"]').waitFor();
  await p.waitForTimeout(1500);
  return { p, problems };
}

it('opening cards and taking walks back leaves the run exactly as an untouched one', async () => {
  const seed = 'look-free';
  const { p, problems } = await newGame(seed);

  // planning: from the team list, the town's top bar, and a rep waiting at the office (rep 3, second from the left of the front row)
  await openAndClose(p, () => click(p, 'rep-1'), 'planning-rep-card');
  await openAndClose(p, () => clickHudBar(p, 2));
  await openAndClose(p, () => p.mouse.click(640, 390));
  await expect(p.getByTestId('pending-changes').textContent()).resolves.toContain('No change');

  // a walk booked, then cancelled in the card
  await click(p, 'rep-3');
  await click(p, 'book-walk');
  await expect(p.getByTestId('walk-status').textContent()).resolves.toContain('pending changes');
  await click(p, 'cancel-walk');
  await waitFor(p, 'book-walk');
  await click(p, 'close-rep');
  await expect(p.getByTestId('pending-walk-3').count()).resolves.toBe(0);

  // booked, then taken back from the pending changes; the walk's management time is in the plan's cost meanwhile
  const cost = await p.getByTestId('plan-cost').textContent();
  await click(p, 'rep-4');
  await click(p, 'book-walk');
  await click(p, 'close-rep');
  await waitFor(p, 'pending-walk-4');
  await expect(p.getByTestId('pending-walk-4').textContent()).resolves.toContain('Gemba walk with rep 5, week 1');
  await shot(p, 'planning-walk-pending');
  await expect(p.getByTestId('plan-cost').textContent()).resolves.not.toBe(cost);
  await click(p, 'remove-walk-4');
  await expect(p.getByTestId('pending-walk-4').count()).resolves.toBe(0);
  await expect(p.getByTestId('plan-cost').textContent()).resolves.toBe(cost);

  // booked, then the whole plan undone
  await click(p, 'rep-5');
  await click(p, 'book-walk');
  await click(p, 'close-rep');
  await waitFor(p, 'pending-walk-5');
  await click(p, 'undo-plan');
  await expect(p.getByTestId('pending-walk-5').count()).resolves.toBe(0);

  // playing: from the team menu and the top bar; a walk for next week booked and cancelled
  await click(p, 'start-quarter');
  await waitFor(p, 'quarter-bar');
  await click(p, 'speed-pause');
  await click(p, 'team-menu-toggle');
  await expect(p.getByTestId('team-menu-toggle').getAttribute('aria-expanded')).resolves.toBe('true');
  await openAndClose(p, () => click(p, 'team-rep-6'));
  await openAndClose(p, () => clickHudBar(p, 7), 'playing-rep-card');
  await click(p, 'team-rep-8');
  await click(p, 'book-walk');
  await expect(p.getByTestId('walk-status').textContent()).resolves.toMatch(/Booked for week \d+/);
  await expect(savedLog(p)).resolves.toHaveLength(1);
  await click(p, 'cancel-walk');
  await click(p, 'close-rep');
  await expect(savedLog(p)).resolves.toEqual([]);

  await click(p, 'skip-quarter');
  await waitFor(p, 'quarter-review');
  await playToDebrief(p);
  await expect(savedLog(p)).resolves.toEqual([]);
  await expect(runHash(p)).resolves.toBe(expectedHash(scenario, seed));
  expect(problems).toEqual([]);
}, 900_000);

it('a walk booked and confirmed is in the decision log and changes the run', async () => {
  const seed = 'look-walk';
  const { p, problems } = await newGame(seed);
  await click(p, 'rep-2');
  await click(p, 'book-walk');
  await click(p, 'close-rep');
  await click(p, 'start-quarter');
  await waitFor(p, 'quarter-bar');
  // while playing: booked for the next week, kept when the card closes
  await click(p, 'speed-pause');
  await click(p, 'team-menu-toggle');
  await click(p, 'team-rep-6');
  await click(p, 'book-walk');
  const status = (await p.getByTestId('walk-status').textContent()) ?? '';
  const week = Number(/week (\d+)/.exec(status)?.[1]) - 1;
  await click(p, 'close-rep');
  await click(p, 'skip-quarter');
  await waitFor(p, 'quarter-review');
  const log = await savedLog(p);
  expect(log).toEqual([
    { week: 0, type: 'gemba', rep: 2 },
    { week, type: 'gemba', rep: 6 },
  ]);
  expect(expectedHash(scenario, seed, log)).not.toBe(expectedHash(scenario, seed));
  expect(problems).toEqual([]);
}, 300_000);
