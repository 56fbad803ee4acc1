/**
 * The one full play-through in Chromium: the title draws the town's canvas
 * (WebGL), then the founder's story — the goal stated in the briefing,
 * tracked in the quarter bar and judged in the debrief; eight quarters played
 * by the Phaser town, a reload while it plays the first resuming at the week
 * reached; the rival's offer of quarter 2 (a dilemma that stops the town)
 * matched — and the same hash as the headless runner for the same decision
 * log (what the CLI prints), another with that answer the other way.
 */
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { click, openPage, waitFor } from './helpers/browser';
import { useSite } from './helpers/lifecycle';
import { answerDilemmas, expectedHash, playToDebrief, runHash, SAVE_KEY, savedLog } from './helpers/flow';
import type { Decision } from '../../src/sim';
import { canvasReady } from './helpers/town';

const site = useSite();

async function savedWeek(p: Page): Promise<number> {
  const raw = await p.evaluate((key) => localStorage.getItem(key), SAVE_KEY);
  return (raw ? (JSON.parse(raw) as { week?: number }).week : undefined) ?? 0;
}

it('draws the title’s town, plays the founder’s story to its goal’s verdict through a dilemma (a reload mid-quarter resumes) and ends on the CLI’s hash', async () => {
  const scenario = 'founder';
  // on this town a rival makes the top seller an offer in quarter 2 (week 19)
  const seed = '1';
  const { page: p, problems } = await openPage(site.browser, site.url);
  await p.goto(`${site.url}#/`);
  await waitFor(p, 'title');
  await canvasReady(p);

  await p.goto(`${site.url}#/briefing?scenario=${scenario}&seed=${seed}`);
  await expect.poll(async () => (await p.getByTestId('goal').textContent()) ?? '').toMatch(/more profit than the sales director's plan/);
  await click(p, 'start-game');
  await click(p, 'start-quarter');
  await waitFor(p, 'quarter-bar');
  await expect.poll(async () => (await p.getByTestId('goal-tracker').textContent()) ?? '').toMatch(/^Goal: profit/);
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
  expect(await answerDilemmas(p)).toBe(0);
  // quarter 2: the town stops at the rival's offer; matched
  await click(p, 'next-quarter');
  await click(p, 'start-quarter');
  await click(p, 'skip-quarter');
  await waitFor(p, 'dilemma');
  await expect(p.getByTestId('dilemma').getAttribute('data-kind')).resolves.toBe('poach');
  await click(p, 'dilemma-yes');
  await answerDilemmas(p);
  await playToDebrief(p);
  await expect.poll(async () => (await p.getByTestId('goal-verdict').textContent()) ?? '').toMatch(/^Goal (met|missed)/);
  const log = await savedLog(p);
  expect(log.find((d) => d.type === 'dilemma')).toMatchObject({ week: 18, kind: 'poach', accept: true });
  const hash = await runHash(p);
  expect(hash).toMatch(/^[0-9a-f]{16}$/);
  expect(hash).toBe(expectedHash(scenario, seed, log));
  // the offer refused instead: another run
  const other: Decision[] = log.map((d) => (d.type === 'dilemma' && d.kind === 'poach' ? { ...d, accept: false } : d));
  expect(expectedHash(scenario, seed, other)).not.toBe(hash);
  await p.locator('[data-testid="debrief"] .debrief-runs[data-ready="true"]').waitFor({ timeout: 120_000 });
  await click(p, 'play-again');
  await waitFor(p, 'scenarios');
  expect(problems).toEqual([]);
  await p.context().close();
}, 300_000);
