/**
 * A quarter on a phone (portrait and landscape) and on a tablet, by touch:
 * the title and the scenario choice fit the width, the plan is a sheet that
 * leaves the town visible, the town pans under a finger and zooms under a
 * pinch, a rep is big enough to tap, the quarter plays and its review comes
 * up with nothing wider than the screen. While the quarter plays, the top
 * bar's week, reputation and cash are on screen and uncovered, zoomed in and
 * out: the bar is a page element the pinch does not move (src/ui/town/).
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { layoutTown, slotPoint } from '../../src/game/town/layout';
import { TOWN_MAP } from '../../src/game/town/map';
import { openPage, shot, type Guarded } from './helpers/browser';
import { answerDilemmas } from './helpers/flow';
import { useSite } from './helpers/lifecycle';
import { townReady } from './helpers/town';

const site = useSite();

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** `play`: the quarter is played there too (the top bar read while it plays, zoomed in and out, then the review): the phones */
const SIZES = [
  { name: 'phone portrait', width: 390, height: 844, play: true },
  { name: 'phone landscape', width: 844, height: 390, play: true },
  { name: 'tablet', width: 768, height: 1024, play: false },
];

async function touchContext(width: number, height: number): Promise<Guarded> {
  const guarded = await openPage(site.browser, site.url, 'en-GB', { viewport: { width, height }, touch: true });
  // this file is about the phone; the tour has its own (tour.test.ts)
  await guarded.page.addInitScript(() => localStorage.setItem('salesfloor.tour', 'done'));
  guarded.page.setDefaultTimeout(60_000);
  return guarded;
}

async function tap(page: Page, testid: string): Promise<void> {
  const el = page.getByTestId(testid).first();
  await el.waitFor({ state: 'visible' });
  await el.tap();
}

async function box(page: Page, selector: string): Promise<Box> {
  const b = await page.locator(selector).first().boundingBox();
  if (!b) throw new Error(`${selector} is not on screen`);
  return b;
}

/** Waits for the page to draw n more frames. */
async function frames(page: Page, n: number): Promise<void> {
  await page.evaluate((count) => new Promise<void>((resolve) => {
    let left = count;
    const next = () => (--left <= 0 ? resolve() : requestAnimationFrame(next));
    requestAnimationFrame(next);
  }), n);
}

/** A dilemma's card open over the town: declined, the quarter plays on. */
async function answerOpenDilemma(page: Page): Promise<void> {
  const dilemma = page.getByTestId('dilemma');
  if (!(await dilemma.isVisible())) return;
  await tap(page, 'dilemma-no');
  await dilemma.waitFor({ state: 'detached' });
}

/** Pauses the quarter (a dilemma that comes up first is answered): nothing then stops it before the player skips. */
async function pauseQuarter(page: Page): Promise<void> {
  for (let attempt = 0; attempt < 5; attempt++) {
    await answerOpenDilemma(page);
    try {
      await page.getByTestId('speed-pause').tap({ timeout: 3000 });
      if (!(await page.getByTestId('dilemma').isVisible())) return;
    } catch {
      // a dilemma's card came up over the button
    }
  }
  throw new Error('could not pause the quarter');
}

/**
 * The top bar's week, reputation and cash: each inside the screen, uncovered
 * at its middle, and in a readable size. A dilemma's card may stop the
 * quarter over everything at any week: it is answered, and the bar read again.
 */
async function topBarReadable(page: Page, width: number, height: number): Promise<Box[]> {
  for (let attempt = 0; attempt < 4; attempt++) {
    await answerOpenDilemma(page);
    const boxes: Box[] = [];
    let stopped = false;
    for (const id of ['hud-week', 'hud-reputation', 'hud-cash']) {
      const b = await box(page, `[data-testid="${id}"]`);
      expect(b.x, id).toBeGreaterThanOrEqual(0);
      expect(b.y, id).toBeGreaterThanOrEqual(0);
      expect(b.x + b.width, id).toBeLessThanOrEqual(width);
      expect(b.y + b.height, id).toBeLessThanOrEqual(height);
      const seen = await page.evaluate(([x, y, testid]) => {
        const top = document.elementFromPoint(x, y);
        const el = top?.closest(`[data-testid="${testid}"]`) as HTMLElement | null;
        return { text: el?.textContent ?? '', size: el ? parseFloat(getComputedStyle(el).fontSize) : 0, dilemma: !!top?.closest('[data-testid="dilemma"]'), covering: el ? '' : (top?.outerHTML.slice(0, 120) ?? 'nothing') };
      }, [b.x + b.width / 2, b.y + b.height / 2, id] as const);
      if (seen.dilemma) {
        stopped = true;
        break;
      }
      expect(seen.covering, `${id} is covered`).toBe('');
      expect(seen.text.trim().length, id).toBeGreaterThan(0);
      expect(seen.size, id).toBeGreaterThanOrEqual(14);
      boxes.push(b);
    }
    if (!stopped) return boxes;
  }
  throw new Error('dilemma after dilemma: the top bar could not be read');
}

/** Where the bar's numbers sit, top and bottom (their widths change as the numbers do). */
const rows = (boxes: Box[]) => boxes.map((b) => [Math.round(b.y), Math.round(b.y + b.height)]);

const pageWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

/** The world box's transform: its translation and zoom. */
async function view(page: Page): Promise<{ x: number; y: number; zoom: number }> {
  return page.getByTestId('stage-world').evaluate((el) => {
    const m = new DOMMatrix(getComputedStyle(el).transform);
    return { x: m.e, y: m.f, zoom: m.a };
  });
}

type Point = { x: number; y: number };

/** Touches through the DevTools protocol: one finger dragging, or two pinching apart. */
async function gesture(page: Page, from: Point[], to: Point[]): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const points = (ps: Point[]) => ps.map((p, i) => ({ x: p.x, y: p.y, id: i + 1 }));
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: points(from) });
  const steps = 8;
  for (let s = 1; s <= steps; s++) {
    const at = from.map((p, i) => ({ x: p.x + ((to[i].x - p.x) * s) / steps, y: p.y + ((to[i].y - p.y) * s) / steps }));
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: points(at) });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
}

describe('a quarter by touch', () => {
  for (const size of SIZES) {
    it(`${size.name} ${size.width}×${size.height}: title, plan as a sheet, pan and pinch the town${size.play ? ', play, review' : ''}`, async () => {
      const { context, page, problems } = await touchContext(size.width, size.height);
      const tag = `${size.width}x${size.height}`;
      await page.goto(site.url);
      await page.getByTestId('title').waitFor();
      // on a phone the name is in the menu (a tablet shows the painted one), and nothing is wider than the screen
      if (size.width <= 700 || size.height <= 500) expect((await box(page, '#main h1.title-name')).width).toBeGreaterThan(100);
      expect(await pageWidth(page)).toBeLessThanOrEqual(size.width);
      await tap(page, 'play');
      await page.getByTestId('scenarios').waitFor();
      expect(await pageWidth(page)).toBeLessThanOrEqual(size.width);

      await page.goto(`${site.url}#/play?scenario=sales-director&seed=phone-${tag}`);
      await page.getByTestId('start-quarter').waitFor();
      await page.getByTestId('stage-world').waitFor({ state: 'attached' });
      await page.waitForFunction(() => document.querySelector('canvas[data-layer="town-under"]') !== null);
      // the town has drawn the run: its reps stand at the office
      await townReady(page);
      // the plan is a sheet; the stage keeps the rest of the screen
      const panel = await box(page, '.panel');
      const stage = await box(page, '#stage');
      if (size.height > 500) {
        expect(panel.y).toBeGreaterThan(size.height * 0.3);
        expect(panel.y + panel.height).toBeCloseTo(size.height, 0);
        expect(stage.y + stage.height).toBeLessThanOrEqual(panel.y + 1);
      } else {
        expect(panel.width).toBeLessThan(size.width * 0.6);
        expect(stage.x + stage.width).toBeLessThanOrEqual(panel.x + 1);
      }
      // every field of the plan inside the sheet
      const fields = await page.locator('.panel input, .panel select').evaluateAll((els) => els.filter((e) => (e as HTMLElement).offsetParent !== null).map((e) => e.getBoundingClientRect().right));
      expect(fields.length).toBeGreaterThan(0);
      for (const right of fields) expect(right).toBeLessThanOrEqual(panel.x + panel.width + 0.5);

      // a rep's tap area is 1.5 × 36 world px: at least 44 CSS px at the default zoom
      const start = await view(page);
      expect(54 * start.zoom).toBeGreaterThanOrEqual(44);
      // a tap on the first rep, where the town stands them on the office's plaza, opens their card
      const feet = slotPoint(layoutTown(3000, TOWN_MAP), 0, 10);
      const rep = { x: stage.x + start.x + feet.x * start.zoom, y: stage.y + start.y + (feet.y - 15) * start.zoom };
      await page.touchscreen.tap(rep.x, rep.y);
      await page.getByTestId('rep-card').waitFor();
      await tap(page, 'close-rep');
      await page.getByTestId('rep-card').waitFor({ state: 'hidden' });
      // one finger pans, two fingers pinch
      const mid = { x: stage.x + stage.width / 2, y: stage.y + stage.height / 2 };
      // a drag that starts on a rep pans the town and opens nothing
      await gesture(page, [rep], [{ x: rep.x - 90, y: rep.y - 60 }]);
      const panned = await view(page);
      expect(Math.hypot(panned.x - start.x, panned.y - start.y)).toBeGreaterThan(30);
      // a card would open within a frame of the finger lifting (the scene's pointer up): give it three
      await frames(page, 3);
      expect(await page.locator('dialog[open]').count()).toBe(0);
      await gesture(page, [{ x: mid.x - 30, y: mid.y }, { x: mid.x + 30, y: mid.y }], [{ x: mid.x - 80, y: mid.y }, { x: mid.x + 80, y: mid.y }]);
      const pinched = await view(page);
      expect(pinched.zoom).toBeGreaterThan(panned.zoom * 1.5);
      await shot(page, `phone-${tag}-planning`);
      if (!size.play) {
        expect(problems).toEqual([]);
        await context.close();
        return;
      }

      await tap(page, 'start-quarter');
      await page.getByTestId('quarter-bar').waitFor();
      const bar = await box(page, '.quarter-bar');
      expect(bar.x).toBeGreaterThanOrEqual(0);
      expect(bar.x + bar.width).toBeLessThanOrEqual(size.width);
      // the quarter plays: the top bar's numbers can be read, and still can zoomed in and out (the pinch moves the town, not the bar)
      await page.waitForFunction(() => /w[2-9]|s[2-9]/.test(document.querySelector('[data-testid="hud-week"]')?.textContent ?? ''));
      const hud = await topBarReadable(page, size.width, size.height);
      // held still for the gestures (a dilemma's card, modal, would take the fingers): the quarter is in play, its bar up
      await pauseQuarter(page);
      const town = await box(page, '#stage');
      const centre = { x: town.x + town.width / 2, y: town.y + town.height * 0.4 };
      const before = await view(page);
      await gesture(page, [{ x: centre.x - 20, y: centre.y }, { x: centre.x + 20, y: centre.y }], [{ x: centre.x - 90, y: centre.y }, { x: centre.x + 90, y: centre.y }]);
      const zoomedIn = await view(page);
      expect(zoomedIn.zoom).toBeGreaterThan(before.zoom * 1.5);
      expect(rows(await topBarReadable(page, size.width, size.height))).toEqual(rows(hud));
      await gesture(page, [{ x: centre.x - 120, y: centre.y }, { x: centre.x + 120, y: centre.y }], [{ x: centre.x - 5, y: centre.y }, { x: centre.x + 5, y: centre.y }]);
      const zoomedOut = await view(page);
      expect(zoomedOut.zoom).toBeLessThan(zoomedIn.zoom / 2);
      expect(rows(await topBarReadable(page, size.width, size.height))).toEqual(rows(hud));
      await shot(page, `phone-${tag}-town`);
      await tap(page, 'skip-quarter');
      await answerDilemmas(page);
      await expect(page.getByTestId('quarter-review').textContent()).resolves.toContain('Quarter 1');
      // wide tables scroll in their box, the page does not
      expect(await pageWidth(page)).toBeLessThanOrEqual(size.width);
      await shot(page, `phone-${tag}-review`);
      expect(problems).toEqual([]);
      await context.close();
    }, 300_000);
  }
});
