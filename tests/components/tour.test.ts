/**
 * The guided first game: it opens on a first planning, points at the town and
 * the plan, then, a couple of weeks into the quarter, at this run's most
 * relating and most pushing reps (named from the run's own state) while the
 * quarter waits, then at the two ledgers; Enter and Esc work from the
 * keyboard; it is not shown a second time; the run ends on the same hash as
 * without it; the title's "Guided tour" brings it back. Where its ring and
 * card sit on the town and the screen (desktop, phone) is
 * tests/browser/tour.test.ts.
 */
import { afterEach, expect, it } from 'vitest';
import { t } from '../../src/i18n';
import { scenarioParams } from '../../src/scenarios';
import { createRun, step, type Decision } from '../../src/sim';
import { talkingCustomer, tellingReps } from '../../src/ui/tour/steps';
import { answerDilemmas, type AppUnderTest, openApp, playToDebrief, shown, tick, waitUntil } from './harness';
import { expectedHash, pressOnFocus, runHash, testid } from './playHelpers';
import { WEEK_MS } from '../../src/ui/shell/fallbackControls';
import { POLL_MS } from '../../src/ui/tour/tour';

let app: AppUnderTest | null = null;
afterEach(() => app?.dispose());

const sleep = tick;
/** two of the tour's looks for its next part, and some */
const TWO_POLLS_MS = 2 * POLL_MS + 100;
/** two weeks of the timer town at 1×, and some */
const TWO_WEEKS_MS = 2 * WEEK_MS + 100;

const stepOf = (a: AppUnderTest) => a.find('tour')?.getAttribute('data-step');
const progress = () => localStorage.getItem('salesfloor.tour');

it('guides a first quarter once, by keyboard, without changing the run; the title brings it back', async () => {
  const scenario = 'sales-director';
  const seed = 'tour-7';
  const a = (app = await openApp(`#/play?scenario=${scenario}&seed=${seed}`, { tour: true }));

  // the first planning: the town, then the plan's confirm button
  await a.get('tour');
  expect(stepOf(a)).toBe('town');
  expect(testid()).toBe('tour-next');
  await pressOnFocus('Enter');
  expect(stepOf(a)).toBe('plan');
  expect(testid()).toBe('tour-next');
  await pressOnFocus('Enter');
  await a.gone('tour');
  expect(progress()).toBe('play');

  // a couple of weeks in: this run's reps, while the quarter waits
  await a.click('start-quarter');
  await a.get('tour');
  expect(stepOf(a)).toBe('relating');
  const week = Number((await a.text('week')).match(/week (\d+)/)?.[1]);
  const state = createRun(scenarioParams(scenario), seed);
  for (let w = 0; w < week; w++) step(state, []);
  const reps = tellingReps(state);
  expect(reps).not.toBeNull();
  expect(await a.text('tour')).toContain(`Rep ${(reps?.relating ?? -1) + 1} relates`);
  // two weeks' time at 1×: none played
  await sleep(TWO_WEEKS_MS);
  expect(await a.text('week')).toContain(`week ${week} `);
  await pressOnFocus('Enter');
  expect(stepOf(a)).toBe('pushing');
  expect(await a.text('tour')).toContain(`Rep ${(reps?.pushing ?? -1) + 1} pushes`);
  await pressOnFocus('Enter');
  // then a customer who talks to the neighbours (this seed has one, delighted or not)
  const talker = talkingCustomer(state);
  expect(talker).not.toBeNull();
  expect(stepOf(a)).toBe('talker');
  expect(await a.text('tour')).toContain(t(talker?.happy ? 'tour.talker.happy' : 'tour.talker.unhappy', {}, 'en'));
  await pressOnFocus('Enter');
  await a.gone('tour');
  // the quarter plays on
  await waitUntil('the next week', () => !a.find('week')?.textContent?.includes(`week ${week} `));

  // the review: the ledgers; Esc ends the tour for good
  await a.click('skip-quarter');
  await answerDilemmas(a);
  await a.get('tour');
  expect(stepOf(a)).toBe('result');
  await pressOnFocus('Escape');
  await a.gone('tour');
  expect(progress()).toBe('done');

  // never again: not after a reload, not at the next planning
  await a.reload();
  await a.get('quarter-review');
  await sleep(TWO_POLLS_MS);
  expect(a.find('tour')).toBeNull();
  await a.click('next-quarter');
  await a.get('start-quarter');
  await sleep(TWO_POLLS_MS);
  expect(a.find('tour')).toBeNull();

  // it only pointed: the run is the one the headless runner gives
  await a.click('start-quarter');
  await a.click('skip-quarter');
  await answerDilemmas(a);
  await playToDebrief(a);
  // (the dilemmas it met were answered: they are decisions in its log, as the CLI would replay them)
  const log = (JSON.parse(localStorage.getItem('salesfloor.save') ?? '{}') as { log?: Decision[] }).log ?? [];
  expect(await runHash(a)).toBe(expectedHash(scenario, seed, log));

  // the title's "Guided tour" starts it again on a new game
  await a.go('#/');
  await a.click('tour-replay');
  await a.get('scenarios');
  await a.go('#/briefing?scenario=founder&seed=tour-8');
  await a.click('start-game');
  await a.get('tour');
  expect(stepOf(a)).toBe('town');
  await pressOnFocus('Escape');
  await a.gone('tour');
  expect(progress()).toBe('done');
});

/** The state the run is in at the week the town shows (the tour only points: it is the headless run's). */
function stateAt(scenario: string, seed: string, week: number) {
  const state = createRun(scenarioParams(scenario), seed);
  for (let w = 0; w < week; w++) step(state, []);
  return state;
}

/** Checks the open step points at something that exists, shown, on the screen it runs on; returns its id. */
async function checkAnchor(a: AppUnderTest, scenario: string, seed: string): Promise<string> {
  const card = await a.get('tour');
  const id = card.getAttribute('data-step') ?? '';
  const anchor = JSON.parse(card.getAttribute('data-anchor') ?? 'null') as { selector: string } | { town: 'office' | { rep: number } | { customer: number } } | null;
  expect(anchor, `${id}: what it points at`).not.toBeNull();
  if (anchor && 'selector' in anchor) {
    expect(shown(document.querySelector(anchor.selector)), `${id}: ${anchor.selector} on the ${document.body.dataset.screen} screen`).toBe(true);
  } else if (anchor && typeof anchor.town === 'object') {
    const week = Number((await a.text('week')).match(/week (\d+)/)?.[1] ?? 0);
    const state = stateAt(scenario, seed, week);
    if ('rep' in anchor.town) expect(state.reps.find((r) => r.id === (anchor.town as { rep: number }).rep)?.active, `${id}: rep on the team`).toBe(true);
    else expect(state.customers.status[anchor.town.customer], `${id}: an active customer`).toBe(2);
  }
  return id;
}

it('points every step at something that exists on the screen it runs on', async () => {
  const scenario = 'founder';
  const seed = 'tour-anchors';
  const a = (app = await openApp(`#/play?scenario=${scenario}&seed=${seed}`, { tour: true }));
  const seen: string[] = [];
  const walkPart = async () => {
    do {
      seen.push(await checkAnchor(a, scenario, seed));
      await pressOnFocus('Enter');
      await tick();
    } while (a.find('tour'));
  };
  await walkPart();
  await a.click('start-quarter');
  await walkPart();
  await a.click('skip-quarter');
  await answerDilemmas(a);
  await walkPart();
  expect(seen).toEqual(['town', 'plan', 'relating', 'pushing', 'talker', 'result', 'effect'].filter((s) => seen.includes(s)));
  expect(seen).toEqual(expect.arrayContaining(['town', 'plan', 'result', 'effect']));
});
