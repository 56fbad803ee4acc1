/** Game steps through the stable data-testid hooks. */
import type { Page } from 'playwright-core';
import { simulate } from '../../../src/sim';
import type { Decision } from '../../../src/sim';
import { scenarioParams } from '../../../src/scenarios';
import { click, waitFor } from './browser';

export const SAVE_KEY = 'salesfloor.save';

/** Plays one quarter from its planning: confirm, skip, reach the review. */
export async function playQuarter(page: Page, accept = false): Promise<void> {
  await click(page, 'start-quarter');
  await skipQuarter(page, accept);
}

/**
 * Skips the rest of the quarter playing and runs it to its review, answering
 * the dilemmas on the way. The town plays while the skip is tried, so a
 * dilemma may hold it (its card is modal) before the button can be pressed:
 * that one is answered first.
 */
export async function skipQuarter(page: Page, accept = false): Promise<number> {
  let answered = 0;
  for (let i = 0; i < 20; i++) {
    if (await page.getByTestId('dilemma').isVisible()) {
      await answerOne(page, accept);
      answered++;
      continue;
    }
    if (await page.getByTestId('skip-quarter').click({ timeout: 3000 }).then(() => true, () => false)) return answered + (await answerDilemmas(page, accept));
  }
  throw new Error('the quarter could not be skipped');
}

/** Answers the dilemma on screen and waits for its card to go (the next one may follow at once). */
export async function answerOne(page: Page, accept = false): Promise<void> {
  const card = await page.getByTestId('dilemma').elementHandle();
  await click(page, accept ? 'dilemma-yes' : 'dilemma-no');
  await page.waitForFunction((el) => !el?.isConnected, card, { timeout: 10_000 });
}

/**
 * Runs a skipped quarter to its review, answering every dilemma it stops at
 * (sim/dilemmas.ts) the same way; returns how many were answered.
 */
export async function answerDilemmas(page: Page, accept = false): Promise<number> {
  let answered = 0;
  for (;;) {
    const next = await Promise.race([
      page.getByTestId('quarter-review').waitFor({ state: 'visible', timeout: 60_000 }).then(() => 'review' as const),
      page.getByTestId('dilemma').waitFor({ state: 'visible', timeout: 60_000 }).then(() => 'dilemma' as const),
    ]);
    if (next === 'review') return answered;
    await answerOne(page, accept);
    answered++;
  }
}

/** From a review: next quarter until the debrief. */
export async function playToDebrief(page: Page): Promise<void> {
  for (let i = 0; i < 20; i++) {
    await click(page, 'next-quarter');
    const next = await Promise.race([
      page.getByTestId('debrief').waitFor({ state: 'visible', timeout: 60_000 }).then(() => 'debrief' as const),
      page.getByTestId('start-quarter').waitFor({ state: 'visible', timeout: 60_000 }).then(() => 'planning' as const),
    ]);
    if (next === 'debrief') return;
    await playQuarter(page);
  }
  throw new Error('no debrief after 20 quarters');
}

export async function runHash(page: Page): Promise<string> {
  await waitFor(page, 'run-hash');
  return (await page.getByTestId('run-hash').textContent())?.trim() ?? '';
}

export async function savedLog(page: Page): Promise<Decision[]> {
  const raw = await page.evaluate((key) => localStorage.getItem(key), SAVE_KEY);
  if (!raw) throw new Error('no saved game');
  return (JSON.parse(raw) as { log: Decision[] }).log;
}

/** The hash the CLI computes: same scenario, seed and decisions, headless. */
export function expectedHash(scenario: string, seed: string, decisions: Decision[] = []): string {
  return simulate({ params: scenarioParams(scenario), seed, decisions }).hash;
}
