/** Game steps through the stable data-testid hooks. */
import type { Frame, Page } from 'playwright-core';
import { simulate } from '../../../src/sim';
import type { Decision } from '../../../src/sim';
import { scenarioParams } from '../../../src/scenarios';
import { click, waitFor } from './browser';

export const SAVE_KEY = 'salesfloor.save';

/** A page or a frame of one (the SCORM package plays in an LMS's frame). */
type Where = Page | Frame;

async function press(where: Where, testid: string): Promise<void> {
  const el = where.getByTestId(testid).first();
  await el.waitFor({ state: 'visible', timeout: 60_000 });
  await el.click({ timeout: 60_000 });
}

/** Which of these shows first (none after a minute); the others' waits end quietly. */
export function firstShown<T extends string>(where: Where, testids: readonly T[]): Promise<T | null> {
  return Promise.race(testids.map((id) => where.getByTestId(id).first().waitFor({ state: 'visible', timeout: 60_000 }).then(() => id, () => null)));
}

/** Plays one quarter from its planning: confirm, skip, reach the review (answering the dilemmas on the way). */
export async function playQuarter(where: Where, accept = false): Promise<void> {
  await press(where, 'start-quarter');
  await skipQuarter(where, accept);
}

/**
 * Skips the rest of the quarter playing and runs it to its review, answering
 * the dilemmas on the way. The town plays while the skip is tried, so a
 * dilemma may hold it (its card is modal) before the button can be pressed:
 * that one is answered first.
 */
export async function skipQuarter(where: Where, accept = false): Promise<number> {
  let answered = 0;
  for (let i = 0; i < 20; i++) {
    if (await where.getByTestId('dilemma').isVisible()) {
      await answerOne(where, accept);
      answered++;
      continue;
    }
    if (await where.getByTestId('skip-quarter').click({ timeout: 3000 }).then(() => true, () => false)) return answered + (await answerDilemmas(where, accept));
  }
  throw new Error('the quarter could not be skipped');
}

/** Answers the dilemma on screen and waits for its card to go (the next one may follow at once). */
export async function answerOne(where: Where, accept = false): Promise<void> {
  const card = await where.getByTestId('dilemma').elementHandle();
  await press(where, accept ? 'dilemma-yes' : 'dilemma-no');
  await where.waitForFunction((el) => !el?.isConnected, card, { timeout: 10_000 });
}

/**
 * Runs a skipped quarter to its review, answering every dilemma it stops at
 * (sim/dilemmas.ts) the same way; returns how many were answered.
 */
export async function answerDilemmas(where: Where, accept = false): Promise<number> {
  for (let answered = 0; ; answered++) {
    const next = await firstShown(where, ['quarter-review', 'dilemma']);
    if (next === 'quarter-review') return answered;
    if (next === null) throw new Error('neither the review nor a dilemma after a minute');
    await answerOne(where, accept);
  }
}

/** From a review: next quarter until the debrief. */
export async function playToDebrief(page: Page): Promise<void> {
  for (let i = 0; i < 20; i++) {
    await click(page, 'next-quarter');
    const next = await firstShown(page, ['debrief', 'start-quarter']);
    if (next === 'debrief') return;
    if (next === null) throw new Error('neither the debrief nor the next planning after a minute');
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
