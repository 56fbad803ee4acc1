/**
 * The facilitator's scenarios under happy-dom: a scenario built on
 * #/facilitator gives a code Node reads back and a preview of Node's numbers;
 * its link opens the custom briefing (the facilitator's text shown as text);
 * a game on a scenario made in Node hides the locked lever, keeps the bounded
 * one within bounds, plays to its debrief, and its run code replays in Node
 * to the page's hash; a bad code gets its message. axe checks these pages in a browser
 * (tests/browser/accessibility.test.ts).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { decodeScenarioCode, encodeScenarioCode } from '../../src/codes/scenarioCode';
import { scenarioFingerprint, verifyRunCode } from '../../src/codes/runCode';
import { knownScenarios } from '../../src/ui/kit/scenarioField';
import { scenarioRunLog, scenarioRunParams } from '../../src/codes/facilitatorScenario';
import { simulate } from '../../src/sim';
import { scenarioParams } from '../../src/scenarios';
import { openApp, playQuarter, SAVE_KEY, waitUntil, type AppUnderTest } from './harness';
import { all, choose, control } from './instructorHelpers';
import { SHORT } from '../fixtures/shortScenario';
import { premiseLead, withPremise } from '../../src/play/premises';
import { getLocale } from '../../src/i18n';
import { int } from '../../src/i18n/format';

let app: AppUnderTest | null = null;
afterEach(() => app?.dispose());

const value = (a: AppUnderTest, testid: string) => control<HTMLInputElement>(a, testid).value;
/** Does something that draws the facilitator's page again (its module loads on demand), and waits for the new page. */
async function redrawn(a: AppUnderTest, action: () => Promise<void>): Promise<void> {
  const old = a.find('facilitator');
  await action();
  await waitUntil('the page drawn again', () => a.find('facilitator') !== old && a.find('facilitator'));
}
const h1 = () => document.querySelector('h1')?.textContent;

describe('facilitator', () => {
  it('builds a scenario on the page: code, link, preview; the link opens its briefing', async () => {
    app = await openApp('#/facilitator');
    await app.get('facilitator');
    await redrawn(app, () => choose(app as AppUnderTest, 'facilitator-base', 'sales-director'));
    expect(value(app, 'facilitator-base')).toBe('sales-director');
    await app.fill('facilitator-seed', 'class-7');
    await app.fill('lever-plan-commissionRate', '8');
    await choose(app, 'event-kind', 'recession');
    // weeks as the game numbers them (week 21 is the model's week 20)
    await app.fill('event-week', '21');
    await app.fill('event-size', '40');
    await app.fill('event-weeks', '26');
    await app.click('add-event');
    await choose(app, 'event-kind', 'starLeaves');
    await app.fill('event-week', '40');
    await app.click('add-event');
    expect((await app.get('event-list')).querySelectorAll('li')).toHaveLength(2);
    await choose(app, 'lock-management.coaching', 'locked');
    await choose(app, 'lock-plan.commissionRate', 'bounded');
    await app.fill('bound-min-plan.commissionRate', '5');
    await app.fill('bound-max-plan.commissionRate', '10');
    await app.fill('title-en', 'Downturn <b>drill</b>');
    await app.fill('title-fr', 'Exercice de crise');
    await app.fill('briefing-en', 'A recession is coming.');
    await app.fill('briefing-fr', 'Une récession arrive.');
    await app.click('make-code');
    const sc = decodeScenarioCode(value(app, 'scenario-code'));
    expect(sc.base).toBe('sales-director');
    expect(sc.overrides).toEqual({ 'plan.commissionRate': 0.08 });
    expect(sc.events).toEqual([
      { week: 20, type: 'event', event: 'recession', size: 0.4, weeks: 26 },
      { week: 39, type: 'event', event: 'starLeaves' },
    ]);
    expect(sc.locked).toEqual(['management.coaching']);
    expect(sc.bounds['plan.commissionRate'].min).toBeCloseTo(0.05, 12);
    expect(sc.bounds['plan.commissionRate'].max).toBeCloseTo(0.1, 12);
    expect(sc.title).toEqual({ en: 'Downturn <b>drill</b>', fr: 'Exercice de crise' });
    // what the scenario does if the trainee changes nothing: the run Node computes
    const node = simulate({ params: scenarioRunParams(sc), seed: 'class-7', decisions: scenarioRunLog(sc, []) }).totals;
    const plain = simulate({ params: scenarioParams('sales-director'), seed: 'class-7' }).totals;
    const rows = (await app.get('preview-runs')).querySelectorAll('tbody tr');
    expect(rows).toHaveLength(6);
    expect(rows[3].querySelectorAll('td')[0].textContent).toBe(String(node.quits));
    expect(rows[3].querySelectorAll('td')[1].textContent).toBe(String(plain.quits));
    // the leads row too, each run's own (the recession's effect on them depends on the town: the page shows, it does not judge)
    expect(rows[2].querySelectorAll('td')[0].textContent).toBe(int(node.leads));
    expect(rows[2].querySelectorAll('td')[1].textContent).toBe(int(plain.leads));
    // the facilitator's text is text: the tag is shown, not rendered
    expect((await app.get('briefing-preview')).querySelectorAll('b')).toHaveLength(0);
    expect(all('custom-title')[0].textContent).toBe('Downturn <b>drill</b>');
    // the page in French keeps the work in progress
    await redrawn(app, () => (app as AppUnderTest).click('lang-fr'));
    expect((await app.get('event-list')).querySelectorAll('li')).toHaveLength(2);
    expect(value(app, 'title-en')).toBe('Downturn <b>drill</b>');
    expect(value(app, 'lock-management.coaching')).toBe('locked');
    await redrawn(app, () => (app as AppUnderTest).click('lang-en'));
    // the money levers came back from French as they were (a click on the language once read them in its numbers)
    await app.click('make-code');
    expect(decodeScenarioCode(value(app, 'scenario-code')).overrides).toEqual({ 'plan.commissionRate': 0.08 });
    // a bounded lever must hold its starting value
    await app.fill('bound-max-plan.commissionRate', '6');
    await app.click('make-code');
    expect(await app.text('facilitator-error')).toContain('plan.commissionRate');
    await app.fill('bound-max-plan.commissionRate', '10');
    await app.click('make-code');
    // this browser now knows the scenario: the class's run codes of it open here without asking
    expect(knownScenarios.lookup(scenarioFingerprint(decodeScenarioCode(value(app, 'scenario-code'))))).toBeDefined();
    // the link as a QR code for the projector, drawn in the page
    const qr = (await app.get('scenario-qr')) as HTMLImageElement;
    expect(qr.dataset.kind).toBe('link');
    await waitUntil('the QR code drawn', () => qr.src.startsWith('data:image/svg+xml'));
    await app.click('scenario-link');
    await app.get('briefing');
    expect(location.hash).toContain('#/custom?sc=sfs1.');
    expect(location.hash).toContain('seed=class-7');
    expect(h1()).toBe('Downturn <b>drill</b>');
    await app.click('lang-fr');
    expect(h1()).toBe('Exercice de crise');
  });

  it('sets the class\'s goal: in the code, in the briefing the link opens; a reputation out of range is refused', async () => {
    app = await openApp('#/facilitator');
    await choose(app, 'facilitator-base', 'founder');
    await choose(app, 'facilitator-goal', 'both');
    await app.fill('facilitator-goal-reputation', '120');
    await app.click('make-code');
    expect(await app.text('facilitator-goal-error')).toBe('Give a reputation from 0 to 100%.');
    expect(app.find('scenario-code')).toBeNull();
    await app.fill('facilitator-goal-reputation', '65');
    await app.click('make-code');
    expect(decodeScenarioCode(value(app, 'scenario-code')).goal).toEqual({ beat: ['founder', 'sales-director'], reputation: 0.65 });
    await app.click('scenario-link');
    expect(await app.text('goal')).toMatch(/more profit than both the founder's way and the sales director's plan on this town, and reputation at 65% or more/);
  });

  it('picks the market\'s premises: a market where relationships do not matter, with the lead Node computes, named in the briefing', async () => {
    app = await openApp('#/facilitator');
    await app.get('facilitator');
    // the page keeps its draft while the app lives: start from the founder's story, in English
    if (getLocale() !== 'en') await redrawn(app, () => (app as AppUnderTest).click('lang-en'));
    if (value(app, 'facilitator-base') !== 'founder') await redrawn(app, () => choose(app as AppUnderTest, 'facilitator-base', 'founder'));
    await app.fill('facilitator-seed', 'premise-1');
    expect(value(app, 'facilitator-premise')).toBe('calibrated');
    await redrawn(app, () => choose(app as AppUnderTest, 'facilitator-premise', 'noRelationships'));
    expect(value(app, 'facilitator-premise')).toBe('noRelationships');
    // the strength of relating, a starting lever, follows the premise
    expect(value(app, 'lever-market-relating')).toBe('0');
    const lead = premiseLead(withPremise({}, 'noRelationships'), 'premise-1');
    const line = await app.get('premise-lead');
    expect(line.dataset.ahead).toBe(lead.founder > lead.director ? 'founder' : 'director');
    await app.click('make-code');
    const sc = decodeScenarioCode(value(app, 'scenario-code'));
    expect(sc.overrides).toEqual({ 'market.relating': 0, 'market.repeatRate': 0, 'market.wordOfMouth': 0 });
    expect(await app.text('custom-premise')).toContain('one-off buyers');
    // one strength set by hand is a premise of the facilitator's own
    await app.fill('lever-market-pressureHarm', '0.5');
    await redrawn(app, () => (app as AppUnderTest).click('lang-en'));
    expect(value(app, 'facilitator-premise')).toBe('custom');
    // back to the calibrated market: every premise parameter is the story's again
    await redrawn(app, () => choose(app as AppUnderTest, 'facilitator-premise', 'calibrated'));
    await app.click('make-code');
    expect(decodeScenarioCode(value(app, 'scenario-code')).overrides).toEqual({});
    expect(app.find('custom-premise')).toBeNull();
  });

  it('plays a scenario made in Node: locked lever absent, bounds kept, and the run code replays in Node', async () => {
    const code = encodeScenarioCode(SHORT);
    app = await openApp(`#/custom?sc=${code}&seed=fac-test`);
    await app.get('briefing');
    expect(await app.text('custom-briefing')).toBe('A recession is coming.\nKeep your best people.');
    await app.click('start-game');
    await app.get('start-quarter');
    expect(location.hash).toContain('#/play?sc=sfs1.');
    expect(app.find('lever-management-coaching')).toBeNull();
    await app.get('locked-levers');
    const commission = control(app, 'lever-plan-commissionRate');
    expect(commission.value).toBe('8');
    expect(commission.getAttribute('max')).toBe('10');
    await app.fill('lever-plan-commissionRate', '12');
    expect(control<HTMLButtonElement>(app, 'start-quarter').disabled).toBe(true);
    await app.fill('lever-plan-commissionRate', '7');
    await playQuarter(app);
    // the review tells what happened to the market this quarter
    expect(await app.text('market-news')).toContain('Week 4 (Q1 w4): recession, inbound interest −50% for 10 weeks');
    // a reload resumes the game on its scenario (the save holds the scenario code)
    expect((JSON.parse(localStorage.getItem(SAVE_KEY) ?? '{}') as { sc?: string }).sc).toBe(code);
    await app.reload();
    await app.get('quarter-review');
    // the title's "continue" names the facilitator's scenario
    await app.go('#/');
    expect(await app.text('continue')).toContain('Downturn <b>drill</b>');
    await app.click('continue');
    await app.get('quarter-review');
    await app.click('next-quarter');
    await app.get('start-quarter');
    expect(app.find('lever-management-coaching')).toBeNull();
    await playQuarter(app);
    await app.click('next-quarter');
    await app.get('debrief');
    const hash = (await app.text('run-hash')).trim();
    const runCode = control<HTMLTextAreaElement>(app, 'run-code').value;
    // the code names the scenario by its fingerprint: opened with it
    const { identity, result } = verifyRunCode(runCode, () => SHORT);
    expect(result.hash).toBe(hash);
    expect(identity.custom).toEqual(SHORT);
    // the plan, then the dilemmas the quarters stopped at (each declined by playQuarter)
    expect(identity.decisions[0]).toEqual({ week: 0, type: 'set', key: 'plan.commissionRate', value: 0.07 });
    expect(identity.decisions.slice(1).every((d) => d.type === 'dilemma' && !d.accept)).toBe(true);
    // the star rep left in week 13
    expect(result.reps.some((r) => r.leftWeek === 13)).toBe(true);
    // the replay opens the code on its scenario (a scenario it ignored would give another hash and refuse it)
    await app.go(`#/replay?code=${runCode}`);
    await app.get('replay');
    expect(await app.text('replay-code-hash')).toBe(hash);
  });

  it('a bad scenario code gets a clear message and a way back', async () => {
    const code = encodeScenarioCode(SHORT);
    app = await openApp(`#/custom?sc=${code.slice(0, -4)}xyz1&seed=1`);
    expect(await app.text('link-error')).toContain('damaged');
    await app.go('#/play?sc=nonsense&seed=1');
    await waitUntil('the message about the code', () => app?.find('link-error')?.textContent?.includes('sfs1.'));
    await app.click('go-home');
    await app.get('title');
    // the facilitator's page opens a code to edit it: a bad one gets its message, a good one fills the page
    await app.click('open-facilitator');
    await app.get('facilitator');
    await app.fill('facilitator-open-code', 'sfs1.broken.0');
    await app.click('open-scenario-code');
    expect(await app.text('facilitator-open-error')).toContain('damaged');
    // an override the page has no control for survives the edit
    const edited = { ...SHORT, overrides: { ...SHORT.overrides, 'market.innovation': 0.001 } };
    await app.fill('facilitator-open-code', `https://example.test/#/custom?sc=${encodeScenarioCode(edited)}&seed=fac-x`);
    // the page is drawn again from the opened code
    await redrawn(app, () => (app as AppUnderTest).click('open-scenario-code'));
    expect(value(app, 'facilitator-seed')).toBe('fac-x');
    expect(value(app, 'facilitator-base')).toBe('sales-director');
    expect((await app.get('event-list')).querySelectorAll('li')).toHaveLength(2);
    expect(value(app, 'lock-management.coaching')).toBe('locked');
    expect(value(app, 'lock-plan.commissionRate')).toBe('bounded');
    expect(value(app, 'title-en')).toBe('Downturn <b>drill</b>');
    await app.click('make-code');
    expect(decodeScenarioCode(value(app, 'scenario-code'))).toEqual(edited);
  });
});
