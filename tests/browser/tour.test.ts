/**
 * The guided first game where only a browser shows it: the ring round the
 * office and round a rep (boxes the town's scene locates), round the plan's
 * confirm button, the town waiting while the card is up, Enter and Esc on a
 * real keyboard; on a phone, the card and its ring on screen and apart, and
 * taps walking it. The tour's steps, texts, progress, reloads, the run's hash
 * and the title's "Guided tour" are tests/components/tour.test.ts.
 */
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { WEEK_MS } from '../../src/game/town/weekClock';
import { click, NO_SERVICE_WORKER, openPage, shot, waitFor } from './helpers/browser';
import { useSite } from './helpers/lifecycle';
import { townReady } from './helpers/town';

const site = useSite();

const stepOf = (p: Page) => p.getByTestId('tour').getAttribute('data-step');
const focused = (p: Page) => p.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? null);
const progress = (p: Page) => p.evaluate(() => localStorage.getItem('salesfloor.tour'));
const weekText = async (p: Page) => (await p.getByTestId('week').textContent()) ?? '';

it('on the town at 1280×720: rings round the office, the plan’s button and a rep, the town waiting, Enter and Esc', async () => {
  const scenario = 'sales-director';
  const seed = 'tour-7';
  const { page: p, problems } = await openPage(site.browser, site.url);
  await p.goto(`${site.url}#/play?scenario=${scenario}&seed=${seed}`);

  // the first planning: the town (the ring round the office, which the scene locates), then the plan's confirm button
  await waitFor(p, 'tour');
  await townReady(p);
  expect(await stepOf(p)).toBe('town');
  await expect.poll(async () => (await p.getByTestId('tour-ring').boundingBox())?.width ?? 0, { timeout: 10_000 }).toBeGreaterThan(100);
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

  // a couple of weeks in (played at 4×): a ring round a rep in the town, which waits
  await click(p, 'start-quarter');
  await click(p, 'speed-4');
  await waitFor(p, 'tour');
  expect(await stepOf(p)).toBe('relating');
  const week = Number((await weekText(p)).match(/week (\d+)/)?.[1]);
  const repRing = await p.getByTestId('tour-ring').boundingBox();
  expect(repRing?.width).toBeGreaterThan(20);
  expect(repRing?.width).toBeLessThan(150);
  await shot(p, 'tour-2-relating');
  // not a wait for something to be ready: the town must not move on in two weeks' time at 4×
  await p.waitForTimeout((2 * WEEK_MS) / 4);
  expect(await weekText(p)).toContain(`week ${week} `);
  // Esc ends the tour for good, and the town plays on
  await p.keyboard.press('Escape');
  await p.getByTestId('tour').waitFor({ state: 'detached' });
  expect(await progress(p)).toBe('done');
  await p.waitForFunction((w) => !document.querySelector('[data-testid="week"]')?.textContent?.includes(`week ${w} `), week, { timeout: 30_000 });
  expect(problems).toEqual([]);
  await p.context().close();
}, 240_000);

it('fits a phone: the card and its ring stay on screen and apart, and taps walk it', async () => {
  const context = await site.browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: 'fr-FR', ...NO_SERVICE_WORKER });
  const p = await context.newPage();
  const errors: string[] = [];
  p.on('pageerror', (e) => errors.push(e.message));
  await p.goto(`${site.url}#/play?scenario=founder&seed=tour-phone`);
  const inside = (b: { x: number; y: number; width: number; height: number } | null) => !!b && b.x >= 0 && b.y >= 0 && b.x + b.width <= 390 && b.y + b.height <= 844;
  const apart = (a: { x: number; y: number; width: number; height: number } | null, b: typeof a) =>
    !!a && !!b && (a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y);
  // the ring of the first step goes round the office, which the town locates once it is drawn
  await townReady(p);
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
