/**
 * Projector mode in Chromium, measured: at 1920×1080 the replay's town fills a
 * box of its own shape (no bands) under its top bar, whose type is 24 px or
 * more and starts inside the screen; the timeline and every chart with its
 * week cursor are on screen with the town (nothing to scroll to); the side-by-
 * side view keeps its top bar whole at 1366×768 and 1920×1080; the class
 * scatter's type is 20 px or more. One finished game, opened from a save.
 */
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, shot, waitFor } from './helpers/browser';
import { classFixture } from './helpers/classCodes';
import { openDebrief, PLAYED } from './helpers/debrief';
import { useSite } from './helpers/lifecycle';

const site = useSite();

/** What a projector shows of the replay or the side-by-side view, once the town and the charts are drawn. */
async function projected(page: Page, route: string) {
  await page.goto(`${site.url}${route}`);
  await waitFor(page, route.startsWith('#/compare') ? 'compare' : 'replay');
  // the town draws the week, its top bar shows it, every chart is drawn with its cursor
  await page.waitForFunction(() => {
    const canvases = [...document.querySelectorAll<HTMLCanvasElement>('.replay-charts figure.chart canvas')];
    const world = document.querySelector('[data-testid="stage-world"]');
    return canvases.length > 0 && canvases.every((c) => c.width > 0 && c.dataset.fontPx && c.dataset.cursor) && world && document.querySelector('[data-testid="hud-week"]')?.textContent;
  }, undefined, { timeout: 60_000 });
  await page.waitForTimeout(300);
  return page.evaluate(() => {
    const box = (e: Element | null) => {
      const r = e?.getBoundingClientRect();
      return r ? { left: r.left, top: r.top, right: r.right, bottom: r.bottom, width: r.width, height: r.height } : { left: 0, top: 0, right: 0, bottom: 0, width: 0, height: 0 };
    };
    const hud = document.querySelector('[data-testid="town-hud"]');
    const shown = (e: Element) => e.getClientRects().length > 0;
    return {
      view: { width: innerWidth, height: innerHeight, scrolls: document.documentElement.scrollHeight > innerHeight + 1 },
      hud: box(hud),
      hudShown: hud !== null && getComputedStyle(hud).display !== 'none',
      stats: [...(hud?.querySelectorAll('.hud-stat') ?? [])].filter(shown).map(box),
      hudType: [...(hud?.querySelectorAll('.hud-label, .hud-value, .hud-rep-name') ?? [])].filter(shown).map((e) => parseFloat(getComputedStyle(e).fontSize)),
      stage: box(document.getElementById('stage')),
      world: box(document.querySelector('[data-testid="stage-world"]')),
      timeline: box(document.querySelector('[data-testid="replay-timeline"]')),
      charts: [...document.querySelectorAll<HTMLElement>('.replay-charts figure.chart canvas')].map((c) => ({ ...box(c), font: Number(c.dataset.fontPx) })),
    };
  });
}

type Layout = Awaited<ReturnType<typeof projected>>;

/** The top bar shown over the town, every one of its boxes inside the screen and the bar (not cut, left or right). */
function barWhole(l: Layout): void {
  expect(l.hudShown).toBe(true);
  expect(l.hud.left).toBeGreaterThanOrEqual(0);
  expect(l.stats.length).toBe(4);
  for (const s of l.stats) {
    expect(s.left).toBeGreaterThanOrEqual(l.hud.left);
    expect(s.right).toBeLessThanOrEqual(Math.min(l.hud.right, l.view.width) + 0.5);
  }
}

/** The town covers its box and is whole in it (no bands, nothing cropped), within 2 %. */
function townFills(l: Layout): void {
  const overlap = Math.max(0, Math.min(l.world.right, l.stage.right) - Math.max(l.world.left, l.stage.left)) * Math.max(0, Math.min(l.world.bottom, l.stage.bottom) - Math.max(l.world.top, l.stage.top));
  expect(overlap / (l.stage.width * l.stage.height), 'share of the box the town covers').toBeGreaterThan(0.98);
  expect(overlap / (l.world.width * l.world.height), 'share of the town in its box').toBeGreaterThan(0.98);
  // larger than the half-screen town it was (about 960 × 540)
  expect(l.stage.width).toBeGreaterThanOrEqual(1000);
}

/** The timeline and every chart on screen beside or under the town, none over it. */
function allInView(l: Layout): void {
  const inside = (b: Layout['timeline']) => b.left >= -0.5 && b.top >= -0.5 && b.right <= l.view.width + 0.5 && b.bottom <= l.view.height + 0.5 && b.height > 0;
  expect(l.view.scrolls).toBe(false);
  expect(inside(l.timeline), 'the timeline on screen').toBe(true);
  expect(l.charts.length).toBeGreaterThanOrEqual(4);
  for (const c of l.charts) {
    expect(inside(c), 'a chart on screen').toBe(true);
    expect(c.top >= l.stage.bottom - 0.5 || c.left >= l.stage.right - 0.5, 'a chart clear of the town').toBe(true);
    expect(c.height).toBeGreaterThan(150);
    expect(c.font).toBeGreaterThanOrEqual(20);
  }
}

it('shows the replay, the side-by-side view and the class scatter on a projector', async () => {
  const { page, problems } = await openPage(site.browser, site.url, 'en-GB', { viewport: { width: 1920, height: 1080 } });
  await openDebrief(page, site.url, 'founder', 'projector-1', PLAYED);
  const code = await page.getByTestId('run-code').inputValue();
  const q = (params: Record<string, string>) => new URLSearchParams({ projector: '1', ...params }).toString();

  const replay = await projected(page, `#/replay?${q({ code })}`);
  await shot(page, '47-projector-replay-1920');
  barWhole(replay);
  for (const size of replay.hudType) expect(size, 'the top bar\'s type, px').toBeGreaterThanOrEqual(24);
  townFills(replay);
  allInView(replay);
  // the bar sits on the town, as wide as it
  expect(Math.abs(replay.hud.bottom - replay.stage.top)).toBeLessThan(1);
  expect(Math.abs(replay.hud.width - replay.stage.width)).toBeLessThan(1);

  const compare = await projected(page, `#/compare?${q({ a: code, b: code })}`);
  await shot(page, '48-projector-compare-1920');
  barWhole(compare);
  for (const size of compare.hudType) expect(size).toBeGreaterThanOrEqual(24);
  townFills(compare);
  allInView(compare);

  await page.setViewportSize({ width: 1366, height: 768 });
  const small = await projected(page, `#/compare?${q({ a: code, b: code })}`);
  await shot(page, '49-projector-compare-1366');
  barWhole(small);

  // the class scatter: legend, ticks and axis titles at 20 px or more
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto(`${site.url}#/class?projector=1`);
  await waitFor(page, 'class-view');
  await page.getByTestId('class-paste').fill(classFixture(6).codes.join('\n'));
  await page.getByTestId('class-load').click();
  await page.waitForFunction(() => Number(document.querySelector<HTMLElement>('[data-testid="class-scatter-canvas"]')?.dataset.fontPx) > 0, undefined, { timeout: 60_000 });
  const scatterType = await page.getByTestId('class-scatter-canvas').evaluate((c) => Number(c.dataset.fontPx));
  expect(scatterType, 'the class scatter\'s type, px').toBeGreaterThanOrEqual(20);
  expect(problems).toEqual([]);
}, 300_000);
