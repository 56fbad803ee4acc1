/**
 * The town stops drawing while a page covers it whole — the lab (its Web
 * Workers need the cores; under software WebGL the unseen title scene took
 * half of one), the story choice, the briefing, the review, the debrief — and
 * draws again back on the title. Frames are counted through
 * requestAnimationFrame, which Phaser's loop calls once a frame.
 */
import { describe, expect, it } from 'vitest';
import { NO_SERVICE_WORKER, waitFor } from './helpers/browser';
import { useSite } from './helpers/lifecycle';

const site = useSite();

const COUNT_FRAMES = `(() => {
  const raf = window.requestAnimationFrame.bind(window);
  window.__frames = 0;
  window.requestAnimationFrame = (callback) => raf((time) => {
    window.__frames++;
    callback(time);
  });
})()`;

describe('the town under the lab', () => {
  it('sleeps while the lab or the story choice is up and wakes on the title', async () => {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 720 }, ...NO_SERVICE_WORKER });
    await context.addInitScript(COUNT_FRAMES);
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(e.message));
    const frames = () => page.evaluate(() => (window as unknown as { __frames: number }).__frames);
    const framesIn = async (ms: number) => {
      const before = await frames();
      await page.waitForTimeout(ms);
      return (await frames()) - before;
    };
    try {
      await page.goto(`${site.url}#/`);
      await waitFor(page, 'title');
      await page.locator('#stage canvas').first().waitFor({ state: 'attached', timeout: 60_000 });
      await page.waitForFunction(() => (window as unknown as { __frames: number }).__frames > 30, undefined, { timeout: 60_000 });
      const onTitle = await framesIn(2000);
      expect(onTitle).toBeGreaterThan(10);

      await page.evaluate(() => (location.hash = '#/lab'));
      await waitFor(page, 'lab');
      // the game loop has been put to sleep (src/game/index.ts marks the world box)
      await page.locator('[data-testid="stage-world"][data-asleep="true"]').waitFor({ state: 'attached' });
      expect(await framesIn(2000)).toBeLessThanOrEqual(2);

      const wakesOnTitle = async () => {
        await page.evaluate(() => (location.hash = '#/'));
        await waitFor(page, 'title');
        const back = await frames();
        await page.waitForFunction((n) => (window as unknown as { __frames: number }).__frames > n + 10, back, { timeout: 30_000 });
      };
      await wakesOnTitle();

      // a page that covers the town whole (the story choice, as the briefing, the review and the debrief) puts it to sleep too
      await page.evaluate(() => (location.hash = '#/scenarios'));
      await page.locator('[data-testid="stage-world"][data-asleep="true"]').waitFor({ state: 'attached' });
      expect(await framesIn(2000)).toBeLessThanOrEqual(2);
      await wakesOnTitle();
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  }, 200_000);
});
