/**
 * The guided first game: it opens on a first planning, points at the town and
 * the plan, then, a couple of weeks into the quarter, at this run's most
 * relating and most pushing reps (named from the run's own state) while the
 * town waits, then at the two ledgers; Enter and Esc work from the keyboard;
 * it is not shown a second time; the run ends on the same hash as without it;
 * the title's "Guided tour" brings it back.
 */
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { scenarioParams } from '../../src/scenarios';
import { createRun, step } from '../../src/sim';
import { tellingReps } from '../../src/ui/tour/steps';
import { click, openPage, shot, waitFor } from './helpers/browser';
import { expectedHash, playToDebrief, runHash } from './helpers/flow';
import { useSite } from './helpers/lifecycle';

const site = useSite();

const stepOf = (p: Page) => p.getByTestId('tour').getAttribute('data-step');
const focused = (p: Page) => p.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? null);
const progress = (p: Page) => p.evaluate(() => localStorage.getItem('salesfloor.tour'));
const weekText = async (p: Page) => (await p.getByTestId('week').textContent()) ?? '';

it('guides a first quarter once, by keyboard, without changing the run; the title brings it back', async () => {
  const scenario = 'sales-director';
  const seed = 'tour-7';
  const { page: p, problems } = await openPage(site.browser, site.url);
  await p.goto(`${site.url}#/play?scenario=${scenario}&seed=${seed}`);

  // the first planning: the town, then the plan's confirm button
  await waitFor(p, 'tour');
  expect(await stepOf(p)).toBe('town');
  expect((await p.getByTestId('tour-ring').boundingBox())?.width).toBeGreaterThan(100);
  expect(await focused(p)).toBe('tour-next');
  await shot(p, 'tour-1-town');
  await p.keyboard.press('Enter');
  expect(await stepOf(p)).toBe('plan');
  // the ring slides to the button (a CSS transition): wait until it surrounds it
  const encloses = async () => {
    const ring = await p.getByTestId('tour-ring').boundingBox();
    const start = await p.getByTestId('start-quarter').boundingBox();
    return Boolean(ring && start && ring.x <= start.x && ring.x + ring.width >= start.x + start.width);
  };
  await expect.poll(encloses, { timeout: 5_000 }).toBe(true);
  await p.keyboard.press('Enter');
  await p.getByTestId('tour').waitFor({ state: 'detached' });
  expect(await progress(p)).toBe('play');

  // a couple of weeks in: this run's reps, while the town waits
  await click(p, 'start-quarter');
  await waitFor(p, 'tour');
  expect(await stepOf(p)).toBe('relating');
  const week = Number((await weekText(p)).match(/week (\d+)/)?.[1]);
  const state = createRun(scenarioParams(scenario), seed);
  for (let w = 0; w < week; w++) step(state, []);
  const reps = tellingReps(state);
  expect(reps).not.toBeNull();
  await expect(p.getByTestId('tour').textContent()).resolves.toContain(`Rep ${(reps?.relating ?? -1) + 1} relates`);
  const repRing = await p.getByTestId('tour-ring').boundingBox();
  expect(repRing?.width).toBeGreaterThan(20);
  expect(repRing?.width).toBeLessThan(150);
  await shot(p, 'tour-2-relating');
  await p.waitForTimeout(1500);
  expect(await weekText(p)).toContain(`week ${week} `);
  await p.keyboard.press('Enter');
  expect(await stepOf(p)).toBe('pushing');
  await expect(p.getByTestId('tour').textContent()).resolves.toContain(`Rep ${(reps?.pushing ?? -1) + 1} pushes`);
  await p.keyboard.press('Enter');
  if ((await p.getByTestId('tour').count()) > 0) {
    expect(await stepOf(p)).toBe('talker');
    await shot(p, 'tour-3-talker');
    await p.keyboard.press('Enter');
  }
  await p.getByTestId('tour').waitFor({ state: 'detached' });
  // the town plays on
  await p.waitForFunction((w) => !document.querySelector('[data-testid="week"]')?.textContent?.includes(`week ${w} `), week, { timeout: 30_000 });

  // the review: the ledgers; Esc ends the tour for good
  await click(p, 'skip-quarter');
  await waitFor(p, 'quarter-review');
  await waitFor(p, 'tour');
  expect(await stepOf(p)).toBe('result');
  await shot(p, 'tour-4-result');
  await p.keyboard.press('Escape');
  await p.getByTestId('tour').waitFor({ state: 'detached' });
  expect(await progress(p)).toBe('done');

  // never again: not after a reload, not at the next planning
  await p.reload();
  await waitFor(p, 'quarter-review');
  await p.waitForTimeout(1500);
  expect(await p.getByTestId('tour').count()).toBe(0);
  await click(p, 'next-quarter');
  await waitFor(p, 'start-quarter');
  await p.waitForTimeout(1500);
  expect(await p.getByTestId('tour').count()).toBe(0);

  // it only pointed: the run is the one the headless runner gives
  await click(p, 'start-quarter');
  await click(p, 'skip-quarter');
  await waitFor(p, 'quarter-review');
  await playToDebrief(p);
  expect(await runHash(p)).toBe(expectedHash(scenario, seed));

  // the title's "Guided tour" starts it again on a new game
  await p.goto(`${site.url}#/`);
  await click(p, 'tour-replay');
  await waitFor(p, 'scenarios');
  await p.goto(`${site.url}#/briefing?scenario=founder&seed=tour-8`);
  await click(p, 'start-game');
  await waitFor(p, 'tour');
  expect(await stepOf(p)).toBe('town');
  await p.keyboard.press('Escape');
  await p.getByTestId('tour').waitFor({ state: 'detached' });
  expect(await progress(p)).toBe('done');
  expect(problems).toEqual([]);
}, 600_000);

it('fits a phone: the card and its ring stay on screen and apart, and taps walk it', async () => {
  const context = await site.browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: 'fr-FR' });
  const p = await context.newPage();
  const errors: string[] = [];
  p.on('pageerror', (e) => errors.push(e.message));
  await p.goto(`${site.url}#/play?scenario=founder&seed=tour-phone`);
  const inside = (b: { x: number; y: number; width: number; height: number } | null) => !!b && b.x >= 0 && b.y >= 0 && b.x + b.width <= 390 && b.y + b.height <= 844;
  const apart = (a: { x: number; y: number; width: number; height: number } | null, b: typeof a) =>
    !!a && !!b && (a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y);
  for (const step of ['town', 'plan']) {
    await waitFor(p, 'tour');
    expect(await stepOf(p)).toBe(step);
    const card = await p.getByTestId('tour').boundingBox();
    const ring = await p.getByTestId('tour-ring').boundingBox();
    expect(inside(card)).toBe(true);
    expect(apart(card, ring)).toBe(true);
    await p.getByTestId('tour-next').tap();
  }
  await p.getByTestId('tour').waitFor({ state: 'detached' });
  await p.getByTestId('start-quarter').tap();
  await waitFor(p, 'tour');
  expect(await stepOf(p)).toBe('relating');
  await expect(p.getByTestId('tour').textContent()).resolves.toMatch(/Le commercial \d+ cultive la relation/);
  expect(inside(await p.getByTestId('tour').boundingBox())).toBe(true);
  expect(apart(await p.getByTestId('tour').boundingBox(), await p.getByTestId('quarter-bar').boundingBox())).toBe(true);
  await p.getByTestId('tour-skip').tap();
  await p.getByTestId('tour').waitFor({ state: 'detached' });
  expect(await progress(p)).toBe('done');
  expect(errors).toEqual([]);
  await context.close();
}, 300_000);
