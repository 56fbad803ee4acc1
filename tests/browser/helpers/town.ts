/**
 * The town's ready signals, waited on instead of a delay: the game canvas up
 * (role="img" once the scenes are ready, a drawing size), and the Town
 * scene's data-town="ready" on the world box once the run's top bar (with its
 * click zones) and its reps have been drawn (src/game/scenes/Town.ts).
 */
import type { Page } from 'playwright-core';

/** The game's canvas is in the stage, ready and sized (the title or the town is drawing). */
export async function canvasReady(page: Page, timeout = 60_000): Promise<void> {
  await page.locator('#stage canvas[role="img"]').first().waitFor({ state: 'attached', timeout });
  await page.waitForFunction(() => {
    const c = document.querySelector<HTMLCanvasElement>('#stage canvas[role="img"]');
    return !!c && c.width > 0 && c.height > 0;
  }, undefined, { timeout });
}

/** The Town scene has drawn the current run: bars, click zones and reps. */
export async function townReady(page: Page, timeout = 60_000): Promise<void> {
  await canvasReady(page, timeout);
  await page.locator('[data-testid="stage-world"][data-town="ready"]').waitFor({ state: 'attached', timeout });
}
