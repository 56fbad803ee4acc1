/**
 * Looking is free, from the town itself: a rep's card opened from the town's
 * top bar (drawn on the canvas) and from a rep waiting at the office, while
 * planning and while playing, and closed, records nothing: no pending change,
 * an empty decision log at the quarter's end. The run's hash with an empty
 * log is the untouched run's (tests/components/looking.test.ts plays it to
 * the debrief, with the cards opened from the team list and menu, and the
 * walks booked and taken back).
 */
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { click, openPage, shot, waitFor } from './helpers/browser';
import { useSite } from './helpers/lifecycle';
import { savedLog } from './helpers/flow';
import { townReady } from './helpers/town';

const site = useSite();

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

it('cards opened from the town’s top bar and from a rep at the office record nothing', async () => {
  const { page: p, problems } = await openPage(site.browser, site.url);
  // the guided tour is another test's subject
  await p.addInitScript(() => localStorage.setItem('salesfloor.tour', 'done'));
  await p.goto(`${site.url}#/play?scenario=sales-director&seed=look-free`);
  await waitFor(p, 'start-quarter');
  // the town, its top bar's click zones and the reps at the office are drawn
  await townReady(p);

  // planning: the town's top bar, and a rep waiting at the office (rep 3, second from the left of the front row)
  await openAndClose(p, () => clickHudBar(p, 2), 'planning-rep-card');
  await openAndClose(p, () => p.mouse.click(640, 390));
  await expect(p.getByTestId('pending-changes').textContent()).resolves.toContain('No change');

  // playing: the top bar again
  await click(p, 'start-quarter');
  await waitFor(p, 'quarter-bar');
  await click(p, 'speed-pause');
  await openAndClose(p, () => clickHudBar(p, 7), 'playing-rep-card');
  await expect(savedLog(p)).resolves.toEqual([]);

  await click(p, 'skip-quarter');
  await waitFor(p, 'quarter-review');
  await expect(savedLog(p)).resolves.toEqual([]);
  expect(problems).toEqual([]);
  await p.context().close();
}, 120_000);
