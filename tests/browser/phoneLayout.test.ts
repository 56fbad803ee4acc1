/**
 * The pages on a phone, in one touch page: at 390×844 the quarter review's
 * deal sources and team are stacked rows whose every number is on screen
 * without sideways scrolling; then the next quarter's plan with six changes
 * pending keeps at least half of its sheet for the levers and its Undo
 * ("Cancel") and confirm buttons in sight, its handle dragged taller by a
 * finger, and the same once the phone is turned to 844×390. What the handle
 * does under every input (drag, tap, keys) is tests/components/planning.test.ts;
 * the town's top bar and map key on a phone are tests/browser/phone.test.ts.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, shot } from './helpers/browser';
import { SAVE_KEY } from './helpers/flow';
import { useSite } from './helpers/lifecycle';
import { MODEL_VERSION } from '../../src/sim';
import { SHEET_DEFAULT } from '../../src/ui/play/sheetHandle';

const site = useSite();

interface Rect {
  left: number;
  right: number;
  top: number;
  bottom: number;
  height: number;
}

/** Every number cell of a table: its box, and whether it is what the screen shows at its centre once the page is scrolled down to it (never sideways). */
async function numberCells(page: Page, testid: string): Promise<{ text: string; left: number; right: number; seen: boolean }[]> {
  return page.getByTestId(testid).evaluate((table) =>
    [...table.querySelectorAll('tbody td, tfoot td')].map((td) => {
      // the page scrolls down only (scrollIntoView would scroll a table's box sideways too)
      window.scrollTo(0, window.scrollY + td.getBoundingClientRect().top - innerHeight / 2);
      const r = td.getBoundingClientRect();
      const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      return { text: td.textContent ?? '', left: r.left, right: r.right, seen: hit !== null && td.contains(hit) };
    }),
  );
}

/** Nothing scrolls sideways: not the page, not a table's box. */
async function sidewaysScroll(page: Page): Promise<{ page: number; boxes: number[] }> {
  return page.evaluate(() => ({
    page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    boxes: [...document.querySelectorAll('.table-wrap')].map((w) => w.scrollWidth - w.clientWidth),
  }));
}

/** The sheet, its levers, its buttons; `shown`: the button is what the screen shows at its centre. */
async function sheet(page: Page): Promise<{ panel: Rect; body: Rect; sideways: number; buttons: (Rect & { shown: boolean })[]; vw: number; vh: number; stageBottom: number; barBottom: number }> {
  return page.evaluate(() => {
    const rect = (el: Element) => {
      const r = el.getBoundingClientRect();
      return { left: r.left, right: r.right, top: r.top, bottom: r.bottom, height: r.height };
    };
    const q = (sel: string) => document.querySelector(sel) as Element;
    const buttons = ['undo-plan', 'start-quarter'].map((id) => {
      const el = q(`[data-testid="${id}"]`);
      const r = rect(el);
      const hit = document.elementFromPoint((r.left + r.right) / 2, (r.top + r.bottom) / 2);
      return { ...r, shown: hit !== null && el.contains(hit) };
    });
    const body = q('.planning .panel-body');
    return { panel: rect(q('[data-testid="planning"]')), body: rect(body), sideways: body.scrollWidth - body.clientWidth, buttons, vw: innerWidth, vh: innerHeight, stageBottom: rect(q('#stage')).bottom, barBottom: rect(q('.town-hud')).bottom };
  });
}

function expectSheetFits(s: Awaited<ReturnType<typeof sheet>>, where: string): void {
  // the levers keep at least half of the sheet
  expect(s.body.height, `${where}: the levers' share of the sheet`).toBeGreaterThanOrEqual(0.5 * s.panel.height - 0.5);
  // under the town's top bar, never over it
  expect(s.panel.top, `${where}: the sheet over the top bar`).toBeGreaterThanOrEqual(s.barBottom - 0.5);
  // nothing in it wider than the sheet (the reps' buttons in French)
  expect(s.sideways, `${where}: the levers scroll sideways`).toBeLessThanOrEqual(0);
  for (const b of s.buttons) {
    expect(b.left, where).toBeGreaterThanOrEqual(0);
    expect(b.right, where).toBeLessThanOrEqual(s.vw);
    expect(b.top, where).toBeGreaterThanOrEqual(0);
    expect(b.bottom, where).toBeLessThanOrEqual(s.vh);
    expect(b.shown, `${where}: a button hidden under something`).toBe(true);
  }
}

/** One finger from a point to another, through the DevTools protocol. */
async function fingerDrag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const at = (p: { x: number; y: number }) => [{ x: p.x, y: p.y, id: 1 }];
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(from) });
  for (let s = 1; s <= 6; s++) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at({ x: from.x + ((to.x - from.x) * s) / 6, y: from.y + ((to.y - from.y) * s) / 6 }) });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
}

describe('the pages on a phone', () => {
  it('390×844 then 844×390: the deal sources’ numbers without sideways scrolling; the plan’s levers, Undo and confirm in sight with changes pending; the sheet dragged taller', async () => {
    const { context, page, problems } = await openPage(site.browser, site.url, 'fr-FR', { viewport: { width: 390, height: 844 }, touch: true });
    page.setDefaultTimeout(60_000);
    // a game saved at its second quarter's review (the app replays it), the tour already seen
    const save = { version: 1, model: MODEL_VERSION, scenario: 'sales-director', seed: 'phone-layout', quarter: 1, phase: 'review', log: [] };
    await page.addInitScript(([key, value]) => {
      localStorage.setItem('salesfloor.tour', 'done');
      if (sessionStorage.getItem('test.seeded') === null) {
        localStorage.setItem(key, value);
        sessionStorage.setItem('test.seeded', '1');
      }
    }, [SAVE_KEY, JSON.stringify(save)] as const);
    await page.goto(`${site.url}#/play?scenario=sales-director&seed=phone-layout`);
    await page.getByTestId('quarter-review').waitFor();

    // the deal sources and the team: every number on screen, none scrolled out of its box
    for (const table of ['deal-sources', 'team-table']) {
      const cells = await numberCells(page, table);
      expect(cells.length, table).toBeGreaterThan(3);
      for (const c of cells) {
        expect(c.left, `${table} "${c.text}"`).toBeGreaterThanOrEqual(0);
        expect(c.right, `${table} "${c.text}"`).toBeLessThanOrEqual(390);
        expect(c.seen, `${table} "${c.text}" hidden`).toBe(true);
      }
    }
    const scroll = await sidewaysScroll(page);
    expect(scroll.page).toBeLessThanOrEqual(0);
    for (const overflow of scroll.boxes) expect(overflow).toBeLessThanOrEqual(0);
    await page.getByTestId('deal-sources').scrollIntoViewIfNeeded();
    await shot(page, 'phone-layout-390-sources');

    // the next quarter's plan, six changes pending: three levers, two hires, two gemba walks
    await page.getByTestId('next-quarter').tap();
    await page.getByTestId('start-quarter').waitFor();
    for (const id of ['lever-plan-commissionRate', 'lever-plan-quota', 'lever-plan-discountAuthority']) await page.getByTestId(id).press('ArrowUp');
    await page.locator('[data-testid="section-hiring"] > summary').tap();
    await page.getByTestId('hire-count').fill('2');
    for (const rep of ['rep-0', 'rep-1']) {
      await page.getByTestId(rep).tap();
      await page.getByTestId('book-walk').tap();
      await page.getByTestId('close-rep').tap();
      await page.getByTestId('rep-card').waitFor({ state: 'hidden' });
    }
    await expect(page.locator('[data-testid="pending-changes"] li').count()).resolves.toBe(6);
    const portrait = await sheet(page);
    expectSheetFits(portrait, '390×844');
    // the sheet at its default height, the town above it
    expect(portrait.panel.height).toBeCloseTo(844 * SHEET_DEFAULT, 0);
    expect(portrait.stageBottom).toBeLessThanOrEqual(portrait.panel.top + 1);
    await shot(page, 'phone-layout-390-planning');

    // a finger drags the handle up by 250 px: the sheet follows, up to a strip of town under the top bar; everything still fits
    const handle = await page.getByTestId('sheet-handle').boundingBox();
    if (!handle) throw new Error('no handle on a portrait phone');
    await fingerDrag(page, { x: handle.x + handle.width / 2, y: handle.y + handle.height / 2 }, { x: handle.x + handle.width / 2, y: handle.y + handle.height / 2 - 250 });
    const taller = await sheet(page);
    expect(taller.panel.height).toBeGreaterThan(portrait.panel.height + 150);
    expect(taller.panel.top).toBeGreaterThanOrEqual(taller.barBottom + 47);
    expect(taller.stageBottom).toBeLessThanOrEqual(taller.panel.top + 1);
    expectSheetFits(taller, '390×844 dragged taller');
    await shot(page, 'phone-layout-390-planning-taller');

    // the phone turned: a side sheet, no handle
    await page.setViewportSize({ width: 844, height: 390 });
    await expect(page.getByTestId('sheet-handle').isVisible()).resolves.toBe(false);
    expectSheetFits(await sheet(page), '844×390');
    await shot(page, 'phone-layout-844-planning');
    expect(problems).toEqual([]);
    await context.close();
  }, 180_000);
});
