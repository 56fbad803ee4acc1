/**
 * Opens a finished game's debrief the way a reload at the debrief does: the
 * save holds the scenario, the seed and the decision log at the debrief phase,
 * and the app replays it (Session.replay) — eight quarters without the scenes.
 */
import type { Page } from 'playwright-core';
import { MODEL_VERSION, type Decision } from '../../../src/sim';
import { waitFor } from './browser';
import { SAVE_KEY } from './flow';

export { PLAYED } from './played';

export async function openDebrief(page: Page, base: string, scenario: string, seed: string, log: Decision[]): Promise<void> {
  const save = { version: 1, model: MODEL_VERSION, scenario, seed, quarter: 7, phase: 'debrief', log };
  // before the app's scripts, once per tab: a reload later resumes from whatever the app saved since
  await page.addInitScript(([key, value]) => {
    if (sessionStorage.getItem('test.seeded') === null) {
      localStorage.setItem(key, value);
      sessionStorage.setItem('test.seeded', '1');
    }
  }, [SAVE_KEY, JSON.stringify(save)] as const);
  await page.goto(`${base}#/play?scenario=${encodeURIComponent(scenario)}&seed=${encodeURIComponent(seed)}`);
  try {
    await waitFor(page, 'debrief', 180_000);
  } catch (err) {
    await page.screenshot({ path: 'test-results/screenshots/debrief-missing.png' });
    throw new Error(`no debrief; the page says: ${(await page.locator('main').textContent())?.slice(0, 400)}`, { cause: err });
  }
  await page.locator('[data-testid="debrief"] .debrief-runs[data-ready="true"]').waitFor({ timeout: 120_000 });
  await chartsDrawn(page);
}

/** Every chart on the page drawn (Chart.js loads with import()). */
export async function chartsDrawn(page: Page): Promise<void> {
  await page.waitForFunction(() => [...document.querySelectorAll('figure.chart canvas')].every((c) => (c as HTMLCanvasElement).width > 0), undefined, { timeout: 60_000 });
}
