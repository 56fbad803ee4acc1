/**
 * The one full play-through in Chromium: the title draws the town's canvas
 * (WebGL), then a whole game with default decisions — eight quarters played
 * by the Phaser town, a reload while it plays the first resuming at the week
 * reached, the debrief, and the same hash as the headless runner (what the
 * CLI prints).
 */
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { click, openPage, waitFor } from './helpers/browser';
import { useSite } from './helpers/lifecycle';
import { expectedHash, playToDebrief, runHash, SAVE_KEY } from './helpers/flow';
import { canvasReady } from './helpers/town';

const site = useSite();

async function savedWeek(p: Page): Promise<number> {
  const raw = await p.evaluate((key) => localStorage.getItem(key), SAVE_KEY);
  return (raw ? (JSON.parse(raw) as { week?: number }).week : undefined) ?? 0;
}

it('draws the title’s town, plays eight quarters with default decisions (a reload mid-quarter resumes) and ends on the CLI’s hash', async () => {
  const scenario = 'sales-director';
  const seed = 'class-2024';
  const { page: p, problems } = await openPage(site.browser, site.url);
  await p.goto(`${site.url}#/`);
  await waitFor(p, 'title');
  await canvasReady(p);

  await p.goto(`${site.url}#/play?scenario=${scenario}&seed=${seed}`);
  await click(p, 'start-quarter');
  await waitFor(p, 'quarter-bar');
  await click(p, 'speed-4');
  // the top bar drawn on the canvas, as text for screen readers, once the town has played a week
  await expect.poll(async () => (await p.getByTestId('quarter-summary').textContent()) ?? '', { timeout: 60_000 }).toMatch(/^Last week: reputation \d+%, cash/);
  // a reload while the town plays resumes it at the week reached, not at the quarter's start
  await click(p, 'speed-pause');
  const week = await savedWeek(p);
  expect(week).toBeGreaterThanOrEqual(1);
  await p.reload();
  await waitFor(p, 'quarter-bar');
  await click(p, 'speed-pause');
  const resumed = await savedWeek(p);
  expect(resumed).toBeGreaterThanOrEqual(week);
  expect(resumed).toBeLessThanOrEqual(week + 2);
  await expect(p.getByTestId('week').textContent()).resolves.toContain(`week ${resumed}`);
  await click(p, 'skip-quarter');
  await waitFor(p, 'quarter-review');
  await playToDebrief(p);
  const hash = await runHash(p);
  expect(hash).toMatch(/^[0-9a-f]{16}$/);
  expect(hash).toBe(expectedHash(scenario, seed));
  await p.locator('[data-testid="debrief"] .debrief-runs[data-ready="true"]').waitFor({ timeout: 120_000 });
  await click(p, 'play-again');
  await waitFor(p, 'scenarios');
  expect(problems).toEqual([]);
  await p.context().close();
}, 300_000);
