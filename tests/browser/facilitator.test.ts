/**
 * Facilitator's scenarios in Chromium against the built site: a scenario built
 * on #/facilitator gives a code Node reads back; its link opens the custom
 * briefing (the facilitator's text shown as text); a game on a scenario made
 * in Node hides the locked lever, keeps the bounded one within bounds, plays
 * to its debrief, and its run code replays in Node to the page's hash.
 */
import { describe, expect, it } from 'vitest';
import { click, openPage, shot, waitFor } from './helpers/browser';
import { axeCheck, openAxePage } from './helpers/axe';
import { useSite } from './helpers/lifecycle';
import { playQuarter, runHash } from './helpers/flow';
import { decodeScenarioCode, encodeScenarioCode } from '../../src/codes/scenarioCode';
import { verifyRunCode } from '../../src/codes/runCode';
import { scenarioRunLog, scenarioRunParams, type FacilitatorScenario } from '../../src/codes/facilitatorScenario';
import { simulate } from '../../src/sim';
import { scenarioParams } from '../../src/scenarios';

const site = useSite();

const SHORT: FacilitatorScenario = {
  base: 'sales-director',
  overrides: { 'run.weeks': 26, 'plan.commissionRate': 0.08 },
  events: [
    { week: 3, type: 'event', event: 'recession', size: 0.5, weeks: 10 },
    { week: 13, type: 'event', event: 'starLeaves' },
  ],
  locked: ['management.coaching'],
  bounds: { 'plan.commissionRate': { min: 0.05, max: 0.1 } },
  title: { en: 'Downturn <b>drill</b>', fr: 'Exercice de crise' },
  briefing: { en: 'A recession is coming.\nKeep your best people.', fr: 'Une récession arrive.' },
};

describe('facilitator', () => {
  it('builds a scenario on the page: code, link, preview; the link opens its briefing', async () => {
    const { page: p, problems } = await openPage(site.browser, site.url);
    await p.goto(`${site.url}#/facilitator`);
    await waitFor(p, 'facilitator');
    await p.getByTestId('facilitator-base').selectOption('sales-director');
    await waitFor(p, 'facilitator');
    await p.getByTestId('facilitator-seed').fill('class-7');
    await p.getByTestId('lever-plan-commissionRate').fill('8');
    await p.getByTestId('event-kind').selectOption('recession');
    await p.getByTestId('event-week').fill('20');
    await p.getByTestId('event-size').fill('40');
    await p.getByTestId('event-weeks').fill('26');
    await click(p, 'add-event');
    await p.getByTestId('event-kind').selectOption('starLeaves');
    await p.getByTestId('event-week').fill('39');
    await click(p, 'add-event');
    await expect(p.getByTestId('event-list').locator('li').count()).resolves.toBe(2);
    await p.getByTestId('lock-management.coaching').selectOption('locked');
    await p.getByTestId('lock-plan.commissionRate').selectOption('bounded');
    await p.getByTestId('bound-min-plan.commissionRate').fill('5');
    await p.getByTestId('bound-max-plan.commissionRate').fill('10');
    await p.getByTestId('title-en').fill('Downturn <b>drill</b>');
    await p.getByTestId('title-fr').fill('Exercice de crise');
    await p.getByTestId('briefing-en').fill('A recession is coming.');
    await p.getByTestId('briefing-fr').fill('Une récession arrive.');
    await click(p, 'make-code');
    await waitFor(p, 'scenario-code');
    const code = await p.getByTestId('scenario-code').inputValue();
    const sc = decodeScenarioCode(code);
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
    const rows = p.getByTestId('preview-runs').locator('tbody tr');
    await expect(rows.count()).resolves.toBe(6);
    await expect(rows.nth(3).locator('td').nth(0).textContent()).resolves.toBe(String(node.quits));
    await expect(rows.nth(3).locator('td').nth(1).textContent()).resolves.toBe(String(plain.quits));
    expect(node.leads).toBeLessThan(plain.leads);
    // the facilitator's text is text: the tag is shown, not rendered
    await expect(p.getByTestId('briefing-preview').locator('b').count()).resolves.toBe(0);
    await expect(p.getByTestId('custom-title').first().textContent()).resolves.toBe('Downturn <b>drill</b>');
    for (const [w, hgt, name] of [[1280, 720, '1280'], [1920, 1080, '1920'], [390, 844, '390']] as const) {
      await p.setViewportSize({ width: w, height: hgt });
      await p.evaluate(() => window.scrollTo(0, 0));
      await shot(p, `facilitator-page-${name}`);
      await p.getByTestId('event-list').scrollIntoViewIfNeeded();
      await shot(p, `facilitator-events-${name}`);
      await p.getByTestId('lock-plan.commissionRate').scrollIntoViewIfNeeded();
      await shot(p, `facilitator-locks-${name}`);
      await p.getByTestId('facilitator-result').scrollIntoViewIfNeeded();
      await shot(p, `facilitator-result-${name}`);
    }
    await p.setViewportSize({ width: 1280, height: 720 });
    // the page in French keeps the work in progress
    await click(p, 'lang-fr');
    await waitFor(p, 'facilitator');
    await expect(p.getByTestId('event-list').locator('li').count()).resolves.toBe(2);
    await expect(p.getByTestId('title-en').inputValue()).resolves.toBe('Downturn <b>drill</b>');
    await expect(p.getByTestId('lock-management.coaching').inputValue()).resolves.toBe('locked');
    await p.evaluate(() => window.scrollTo(0, 0));
    await shot(p, 'facilitator-page-fr');
    await click(p, 'lang-en');
    await waitFor(p, 'facilitator');
    // a bounded lever must hold its starting value
    await p.getByTestId('bound-max-plan.commissionRate').fill('6');
    await click(p, 'make-code');
    await waitFor(p, 'facilitator-error');
    await expect(p.getByTestId('facilitator-error').textContent()).resolves.toContain('plan.commissionRate');
    await p.getByTestId('bound-max-plan.commissionRate').fill('10');
    await click(p, 'make-code');
    await waitFor(p, 'scenario-link');
    await click(p, 'scenario-link');
    await waitFor(p, 'briefing');
    expect(p.url()).toContain('#/custom?sc=sfs1.');
    expect(p.url()).toContain('seed=class-7');
    await expect(p.locator('h1').textContent()).resolves.toBe('Downturn <b>drill</b>');
    await shot(p, 'facilitator-briefing');
    await click(p, 'lang-fr');
    await expect(p.locator('h1').textContent()).resolves.toBe('Exercice de crise');
    expect(problems).toEqual([]);
  }, 400_000);

  it('plays a scenario made in Node: locked lever absent, bounds kept, and the run code replays in Node', async () => {
    const { page: p, problems } = await openPage(site.browser, site.url);
    const code = encodeScenarioCode(SHORT);
    await p.goto(`${site.url}#/custom?sc=${code}&seed=fac-test`);
    await waitFor(p, 'briefing');
    await expect(p.getByTestId('custom-briefing').textContent()).resolves.toBe('A recession is coming.\nKeep your best people.');
    await click(p, 'start-game');
    await waitFor(p, 'start-quarter');
    expect(p.url()).toContain('#/play?sc=sfs1.');
    await expect(p.getByTestId('lever-management-coaching').count()).resolves.toBe(0);
    await waitFor(p, 'locked-levers');
    const commission = p.getByTestId('lever-plan-commissionRate');
    await expect(commission.inputValue()).resolves.toBe('8');
    await expect(commission.getAttribute('max')).resolves.toBe('10');
    await commission.fill('12');
    await expect(p.getByTestId('start-quarter').isDisabled()).resolves.toBe(true);
    await commission.fill('7');
    await shot(p, 'facilitator-planning');
    await playQuarter(p);
    // the review tells what happened to the market this quarter
    await waitFor(p, 'market-news');
    await expect(p.getByTestId('market-news').textContent()).resolves.toContain('Week 3: recession, inbound interest −50% for 10 weeks');
    await shot(p, 'facilitator-review');
    // a reload resumes the game on its scenario (the save holds the scenario code)
    const saved = await p.evaluate(() => JSON.parse(localStorage.getItem('salesfloor.save') ?? '{}') as { sc?: string });
    expect(saved.sc).toBe(code);
    await p.reload();
    await waitFor(p, 'quarter-review');
    // the title's "continue" names the facilitator's scenario
    await p.goto(`${site.url}#/`);
    await waitFor(p, 'continue');
    await expect(p.getByTestId('continue').textContent()).resolves.toContain('Downturn <b>drill</b>');
    await click(p, 'continue');
    await waitFor(p, 'quarter-review');
    await click(p, 'next-quarter');
    await waitFor(p, 'start-quarter');
    await expect(p.getByTestId('lever-management-coaching').count()).resolves.toBe(0);
    await playQuarter(p);
    await click(p, 'next-quarter');
    await waitFor(p, 'debrief');
    const hash = await runHash(p);
    await waitFor(p, 'run-code');
    const runCode = await p.getByTestId('run-code').inputValue();
    const { identity, result } = verifyRunCode(runCode);
    expect(result.hash).toBe(hash);
    expect(identity.custom).toEqual(SHORT);
    expect(identity.decisions).toEqual([{ week: 0, type: 'set', key: 'plan.commissionRate', value: 0.07 }]);
    // the star rep left in week 13
    expect(result.reps.some((r) => r.leftWeek === 13)).toBe(true);
    // the site's replay opens the code on its scenario (a scenario it ignored would give another hash and refuse it)
    await p.goto(`${site.url}#/replay?code=${runCode}`);
    await waitFor(p, 'replay');
    await expect(p.getByTestId('replay-code-hash').textContent()).resolves.toBe(hash);
    expect(problems).toEqual([]);
  }, 600_000);

  it('the facilitator’s page, its result and the custom briefing pass axe in both languages', async () => {
    const found: string[] = [];
    for (const [locale, lang] of [['en-GB', 'en'], ['fr-FR', 'fr']] as const) {
      const { page: p, problems } = await openAxePage(site.browser, site.url, locale);
      await p.goto(`${site.url}#/facilitator`);
      await waitFor(p, 'facilitator');
      await p.getByTestId('lock-plan.commissionRate').selectOption('bounded');
      await p.getByTestId('event-kind').selectOption('launch');
      await click(p, 'add-event');
      await click(p, 'make-code');
      await waitFor(p, 'scenario-code');
      found.push(...(await axeCheck(p, `${lang} facilitator`)));
      await p.goto(`${site.url}#/custom?sc=${encodeScenarioCode(SHORT)}&seed=axe`);
      await waitFor(p, 'briefing');
      found.push(...(await axeCheck(p, `${lang} custom briefing`)));
      expect(problems).toEqual([]);
      await p.context().close();
    }
    expect(found, `axe found:\n${found.join('\n')}`).toEqual([]);
  }, 300_000);

  it('a bad scenario code gets a clear message and a way back', async () => {
    const { page: p, problems } = await openPage(site.browser, site.url);
    const code = encodeScenarioCode(SHORT);
    await p.goto(`${site.url}#/custom?sc=${code.slice(0, -4)}xyz1&seed=1`);
    await waitFor(p, 'link-error');
    await expect(p.getByTestId('link-error').textContent()).resolves.toContain('damaged');
    await p.goto(`${site.url}#/play?sc=nonsense&seed=1`);
    await waitFor(p, 'link-error');
    await expect(p.getByTestId('link-error').textContent()).resolves.toContain('sfs1.');
    await click(p, 'go-home');
    await waitFor(p, 'title');
    // the facilitator's page opens a code to edit it: a bad one gets its message, a good one fills the page
    await click(p, 'open-facilitator');
    await waitFor(p, 'facilitator');
    await p.getByTestId('facilitator-open-code').fill('sfs1.broken.0');
    await click(p, 'open-scenario-code');
    await expect(p.getByTestId('facilitator-open-error').textContent()).resolves.toContain('damaged');
    // an override the page has no control for survives the edit
    const edited = { ...SHORT, overrides: { ...SHORT.overrides, 'market.innovation': 0.001 } };
    await p.getByTestId('facilitator-open-code').fill(`https://example.test/#/custom?sc=${encodeScenarioCode(edited)}&seed=fac-x`);
    await click(p, 'open-scenario-code');
    // the page is drawn again from the opened code (its module loads on demand): wait for it
    await p.waitForFunction(() => document.querySelector<HTMLSelectElement>('[data-testid="facilitator-base"]')?.value === 'sales-director');
    await expect(p.getByTestId('facilitator-base').inputValue()).resolves.toBe('sales-director');
    await expect(p.getByTestId('facilitator-seed').inputValue()).resolves.toBe('fac-x');
    await expect(p.getByTestId('event-list').locator('li').count()).resolves.toBe(2);
    await expect(p.getByTestId('lock-management.coaching').inputValue()).resolves.toBe('locked');
    await expect(p.getByTestId('lock-plan.commissionRate').inputValue()).resolves.toBe('bounded');
    await expect(p.getByTestId('title-en').inputValue()).resolves.toBe('Downturn <b>drill</b>');
    await click(p, 'make-code');
    await waitFor(p, 'scenario-code');
    expect(decodeScenarioCode(await p.getByTestId('scenario-code').inputValue())).toEqual(edited);
    expect(problems).toEqual([]);
  }, 300_000);
});
