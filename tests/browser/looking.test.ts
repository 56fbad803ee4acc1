/**
 * Looking is free, from the town itself: a rep's card opened from the town's
 * top bar (a page element over the town) and from a rep waiting at the office, while
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
import { answerDilemmas, savedLog } from './helpers/flow';
import { townReady } from './helpers/town';
import { layoutTown, slotPoint } from '../../src/game/town/layout';
import { TOWN_MAP } from '../../src/game/town/map';

const site = useSite();

/** The top bar's bar for a rep (a button of the page's top bar, src/ui/town/topBar.ts). */
async function clickHudBar(p: Page, index: number): Promise<void> {
  await p.getByTestId(`hud-rep-${index}`).click();
}

/** Clicks a rep waiting at the office, where the town stands them (its slot on the plaza, through the stage's view). */
async function clickRepAtOffice(p: Page, index: number): Promise<void> {
  const stage = await p.locator('#stage').boundingBox();
  const view = await p.getByTestId('stage-world').evaluate((el) => {
    const m = new DOMMatrix(getComputedStyle(el).transform);
    return { x: m.e, y: m.f, zoom: m.a };
  });
  const feet = slotPoint(layoutTown(3000, TOWN_MAP), index, 10);
  await p.mouse.click((stage?.x ?? 0) + view.x + feet.x * view.zoom, (stage?.y ?? 0) + view.y + (feet.y - 15) * view.zoom);
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
  await openAndClose(p, () => clickRepAtOffice(p, 2));
  await expect(p.getByTestId('pending-changes').textContent()).resolves.toContain('No change');

  // playing: the top bar again
  await click(p, 'start-quarter');
  await waitFor(p, 'quarter-bar');
  await click(p, 'speed-pause');
  await openAndClose(p, () => clickHudBar(p, 7), 'playing-rep-card');
  await expect(savedLog(p)).resolves.toEqual([]);

  await click(p, 'skip-quarter');
  // the dilemmas the quarter stops at are decisions; the cards opened are not
  await answerDilemmas(p);
  await expect(savedLog(p).then((log) => log.filter((d) => d.type !== 'dilemma'))).resolves.toEqual([]);
  expect(problems).toEqual([]);
  await p.context().close();
}, 120_000);
