/**
 * The story's goal and its dilemmas, played as a trainee would: the briefing
 * states the goal, the quarter bar tracks it, the town stops at a dilemma
 * that arises from the run and waits for the answer (Escape does not dismiss
 * the card), the answer is a decision of the log (so the run's hash is the
 * headless run's with that log, and the other answer makes another run), the
 * review says what the answer did, and the debrief judges the goal.
 */
import { afterEach, expect, it } from 'vitest';
import { answerDilemmas, openApp, playToDebrief, savedLog, type AppUnderTest } from './harness';
import { expectedHash, runHash, shown } from './playHelpers';
import type { Decision } from '../../src/sim';
import { Session } from '../../src/play/session';
import { goalFor, goalStatus } from '../../src/play/goals';
import { pct } from '../../src/i18n/format';

let app: AppUnderTest | null = null;
afterEach(() => app?.dispose());

// the founder's story on this town: a rival makes the top seller an offer in quarter 2 (week 19)
const scenario = 'founder';
const seed = '1';

it('states the goal, stops at a dilemma, logs the answer, traces it in the review and judges the goal in the debrief', async () => {
  app = await openApp(`#/briefing?scenario=${scenario}&seed=${seed}`);
  expect(await app.text('goal')).toMatch(/more profit than the sales director's plan.*reputation at 70%/);
  await app.click('start-game');
  await app.click('start-quarter');
  expect(await app.text('goal-tracker')).toMatch(/^Goal: profit/);
  await app.click('skip-quarter');
  // quarter 1 asks nothing on this town
  expect(await answerDilemmas(app)).toBe(0);
  await app.click('next-quarter');
  await app.click('start-quarter');
  await app.click('skip-quarter');
  const card = await app.get('dilemma');
  expect(card.dataset.kind).toBe('poach');
  expect(card.textContent).toMatch(/A rival wants to hire Rep \d+/);
  // both answers say what they cost now
  expect(app.find('dilemma-yes')?.textContent).toMatch(/Now: a retention bonus of €/);
  expect(app.find('dilemma-no')?.textContent).toMatch(/leaves this week/);
  // the quarter waits: Escape does not dismiss the card, and no week is played meanwhile
  const week = JSON.parse(localStorage.getItem('salesfloor.save') ?? '{}').week as number;
  card.dispatchEvent(new Event('cancel', { cancelable: true }));
  expect(shown(app.find('dilemma'))).toBe(true);
  expect(week).toBe(18);
  await app.click('dilemma-yes');
  // the rival's offer is quarter 2's only dilemma on this town
  expect(await answerDilemmas(app)).toBe(0);
  const dilemmas = savedLog().filter((d) => d.type === 'dilemma');
  expect(dilemmas[0]).toMatchObject({ week: 18, type: 'dilemma', kind: 'poach', accept: true });
  expect(await app.text('dilemma-outcomes')).toMatch(/You matched a rival's offer to Rep \d+ \(€/);
  await playToDebrief(app);
  // judged as the run came out: Node's replay of the saved log against the same goal
  const done = Session.replay(scenario, seed, savedLog(), 7, 'debrief');
  const verdict = goalStatus(goalFor(scenario), done.state, seed);
  expect(await app.text('goal-verdict')).toMatch(verdict.met ? /^Goal met/ : /^Goal missed/);
  expect(await app.text('goal-verdict')).toContain(`reputation ${pct(verdict.reputation)}`);
  expect(await app.text('dilemma-outcomes')).toMatch(/You matched a rival's offer/);
  const log = savedLog();
  expect(await runHash(app)).toBe(expectedHash(scenario, seed, log));
  // the same run with the rival's offer refused is another run
  const other: Decision[] = log.map((d) => (d.type === 'dilemma' && d.kind === 'poach' ? { ...d, accept: false } : d));
  expect(expectedHash(scenario, seed, other)).not.toBe(expectedHash(scenario, seed, log));
}, 60_000);
