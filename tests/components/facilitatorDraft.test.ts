/**
 * The facilitator's draft survives (src/ui/facilitator/draft.ts): every field
 * filled on #/facilitator is back after a real reload (the app's modules
 * loaded afresh, so nothing is held in a variable) and after a language
 * switch; "Start over" clears it; a stored draft that cannot be read opens
 * an empty page with a short notice, and no error.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { waitUntil, type AppUnderTest } from './harness';
import { choose, control } from './instructorHelpers';

const KEY = 'salesfloor.facilitatorDraft';

let app: AppUnderTest | null = null;
afterEach(() => app?.dispose());

/** The app opened as a new page load would: every module of the app loaded again, on the same storage. */
async function freshPage(hash: string): Promise<AppUnderTest> {
  app?.dispose();
  vi.resetModules();
  const { openApp } = await import('./harness');
  app = await openApp(hash);
  await app.get('facilitator');
  return app;
}

/** Does something that draws the facilitator's page again, and waits for the new page. */
async function redrawn(a: AppUnderTest, action: () => Promise<void>): Promise<void> {
  const old = a.find('facilitator');
  await action();
  await waitUntil('the page drawn again', () => a.find('facilitator') !== old && a.find('facilitator'));
}

const value = (a: AppUnderTest, testid: string) => control<HTMLInputElement>(a, testid).value;
const eventLines = (a: AppUnderTest) => [...(a.find('event-list')?.querySelectorAll('li span') ?? [])].map((li) => li.textContent);

/** Every kind of field the page has, as the test filled it. */
function expectFilled(a: AppUnderTest, language: 'en' | 'fr'): void {
  expect(value(a, 'facilitator-base')).toBe('sales-director');
  expect(value(a, 'facilitator-seed')).toBe('class-9');
  expect(value(a, 'lever-plan-commissionRate')).toBe('8');
  expect(eventLines(a)).toHaveLength(1);
  expect(eventLines(a)[0]).toContain(language === 'en' ? 'Week 21 (Q2 w8)' : 'Semaine 21 (T2 s8)');
  expect(value(a, 'lock-management.coaching')).toBe('locked');
  expect(value(a, 'lock-plan.quota')).toBe('bounded');
  expect(value(a, 'bound-min-plan.quota')).toBe('100000');
  expect(value(a, 'bound-max-plan.quota')).toBe('200000');
  expect(value(a, 'title-en')).toBe('Draft drill');
  expect(value(a, 'title-fr')).toBe('Exercice brouillon');
  expect(value(a, 'briefing-en')).toBe('Keep this text.');
  expect(value(a, 'briefing-fr')).toBe('Gardez ce texte.');
  expect(value(a, 'facilitator-goal')).toBe('both');
  expect(value(a, 'facilitator-goal-reputation')).toBe('65');
}

describe('the facilitator\'s draft', () => {
  it('comes back after a reload and a language switch, and "Start over" clears it', async () => {
    let a = await freshPage('#/facilitator');
    await redrawn(a, () => choose(a, 'facilitator-base', 'sales-director'));
    await a.fill('facilitator-seed', 'class-9');
    await a.fill('lever-plan-commissionRate', '8');
    await choose(a, 'event-kind', 'recession');
    await a.fill('event-week', '21');
    await a.click('add-event');
    await choose(a, 'lock-management.coaching', 'locked');
    await choose(a, 'lock-plan.quota', 'bounded');
    await a.fill('bound-min-plan.quota', '100000');
    await a.fill('bound-max-plan.quota', '200000');
    await a.fill('title-en', 'Draft drill');
    await a.fill('title-fr', 'Exercice brouillon');
    await a.fill('briefing-en', 'Keep this text.');
    await a.fill('briefing-fr', 'Gardez ce texte.');
    await choose(a, 'facilitator-goal', 'both');
    await a.fill('facilitator-goal-reputation', '65');
    expectFilled(a, 'en');

    // a reload: a new page, the same browser storage
    a = await freshPage('#/facilitator');
    expectFilled(a, 'en');
    expect(a.find('facilitator-draft-damaged')).toBeNull();

    // a language switch draws the page again in French, and back
    await redrawn(a, () => a.click('lang-fr'));
    expectFilled(a, 'fr');
    await redrawn(a, () => a.click('lang-en'));
    expectFilled(a, 'en');

    // an event removed stays removed after a reload
    await a.click('remove-event-0');
    a = await freshPage('#/facilitator');
    expect(eventLines(a)).toHaveLength(0);
    expect(value(a, 'title-en')).toBe('Draft drill');

    // start over: the base story's blank page, and nothing kept
    await redrawn(a, () => a.click('facilitator-start-over'));
    expect(value(a, 'facilitator-base')).toBe('founder');
    expect(value(a, 'title-en')).not.toBe('Draft drill');
    expect(value(a, 'lock-management.coaching')).toBe('free');
    expect(localStorage.getItem(KEY)).toBeNull();
    a = await freshPage('#/facilitator');
    expect(value(a, 'facilitator-base')).toBe('founder');
    expect(value(a, 'title-en')).not.toBe('Draft drill');
  });

  it.each([
    ['not JSON', '{"v":1,"scenario":'],
    ['a wrong shape', JSON.stringify({ v: 1, scenario: { base: 42 }, seed: 'x' })],
    ['an unknown story', JSON.stringify({ v: 1, seed: 'x', scenario: { base: 'nope', overrides: {}, events: [], locked: [], bounds: {}, title: { en: 'a', fr: 'a' }, briefing: { en: '', fr: '' } } })],
  ])('opens empty with a short notice when the stored draft is %s', async (_what, stored) => {
    localStorage.setItem(KEY, stored);
    const a = await freshPage('#/facilitator');
    expect(await a.text('facilitator-draft-damaged')).toBe('The draft kept in this browser could not be read, so the page starts empty.');
    expect(value(a, 'facilitator-base')).toBe('founder');
    expect(eventLines(a)).toHaveLength(0);
    // the bad draft is dropped: the next open is a plain empty page
    expect(localStorage.getItem(KEY)).toBeNull();
    const again = await freshPage('#/facilitator');
    expect(again.find('facilitator-draft-damaged')).toBeNull();
  });
});
