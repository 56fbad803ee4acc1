/**
 * axe-core on every screen in Chromium, in English and in French, where a
 * browser's layout and paint decide the outcome (colour contrast above all):
 * axe's whole default rule set (WCAG 2.x A and AA, and best practices) on
 * each screen, opened directly by its route or a saved game rather than
 * played to, failing on any violation of impact "serious" or "critical".
 * The game's screens (title, scenario choice, briefing, planning and a rep's
 * card, the quarter with its controls, the review, the debrief, a message and
 * the language switch), the facilitator's page and its briefing, the replay,
 * its paste page and the side-by-side view, the lab and the model's
 * documentation, and the class view.
 * AXE_VERBOSE=1 prints the moderate and minor ones; AXE_SHOTS=1 takes a
 * screenshot of each screen as it is checked.
 */
import { describe, it, type ExpectStatic } from 'vitest';
import type { Page } from 'playwright-core';
import { click, shot, waitFor } from './helpers/browser';
import { answerDilemmas, firstShown } from './helpers/flow';
import { useSite } from './helpers/lifecycle';
import { chartsDrawn, openDebrief, PLAYED } from './helpers/debrief';
import { axeCheck, openAxePage } from './helpers/axe';
import { classFixture } from './helpers/classCodes';
import { encodeScenarioCode } from '../../src/codes/scenarioCode';
import { encodeRunCode, identityOf } from '../../src/codes/runCode';
import { SHORT } from '../fixtures/shortScenario';

const site = useSite();

const LANGUAGES = [
  { lang: 'en', locale: 'en-GB', other: 'fr' },
  { lang: 'fr', locale: 'fr-FR', other: 'en' },
] as const;

const codeA = encodeRunCode(identityOf('sales-director', '42', {}, [
  { week: 13, type: 'set', key: 'plan.commissionRate', value: 0.02 },
  { week: 26, type: 'hire', count: 2 },
  { week: 40, type: 'gemba', rep: 1 },
]));
const codeB = encodeRunCode(identityOf('sales-director', '42', {}, []));
const classCodes = classFixture(8);

/** Checks the page as it is: its language, then axe. */
function checker(p: Page, lang: string, found: string[], expect: ExpectStatic) {
  return async (screen: string, language: string = lang) => {
    expect(await p.evaluate(() => document.documentElement.lang), `<html lang> on ${screen}`).toBe(language);
    if (process.env.AXE_SHOTS) await shot(p, `axe-${lang}-${screen}`);
    found.push(...(await axeCheck(p, `${lang} ${screen}`)));
  };
}

// side by side: much of a pass is waiting on the town and the charts
describe.concurrent('accessibility (axe-core)', () => {
  it('the check reports a planted violation', async ({ expect }) => {
    const { context, page: p } = await openAxePage(site.browser, site.url, 'en-GB');
    try {
      await p.setContent('<!doctype html><html><body><main><h1>x</h1><button></button></main></body></html>');
      const found = await axeCheck(p, 'planted');
      expect(found.map((f) => f.split(' ')[1])).toEqual(expect.arrayContaining(['button-name', 'html-has-lang']));
    } finally {
      await context.close();
    }
  });

  for (const { lang, locale, other } of LANGUAGES) {
    it(`${lang}: the game's screens, from the title to a quarter's review`, async ({ expect }) => {
      const { context, page: p, problems } = await openAxePage(site.browser, site.url, locale);
      const found: string[] = [];
      const check = checker(p, lang, found, expect);
      try {
        await p.goto(`${site.url}#/`);
        await waitFor(p, 'title');
        await p.locator('#stage canvas').first().waitFor({ state: 'attached', timeout: 60_000 });
        await check('title');

        await p.goto(`${site.url}#/scenarios`);
        await click(p, 'more-scenarios');
        await check('scenarios');

        await p.goto(`${site.url}#/briefing?scenario=founder&seed=axe-${lang}`);
        await waitFor(p, 'briefing');
        await check('briefing');

        await p.goto(`${site.url}#/play?scenario=founder&seed=axe-${lang}`);
        await waitFor(p, 'start-quarter');
        await p.locator('.cost-details summary').click();
        await check('planning');
        await click(p, 'rep-0');
        await waitFor(p, 'rep-card');
        await check('rep-card');
        await click(p, 'close-rep');

        await click(p, 'start-quarter');
        await click(p, 'speed-pause');
        const team = p.locator('[aria-controls="team-menu"]');
        await team.click();
        await check('quarter');
        await team.click();

        await click(p, 'skip-quarter');
        // a dilemma the quarter stops at (on the English town, in week 10) is a screen too
        if ((await firstShown(p, ['quarter-review', 'dilemma'])) === 'dilemma') await check('dilemma');
        await answerDilemmas(p);
        await check('review');
      } finally {
        await context.close();
      }
      expect(found, `axe found:\n${found.join('\n')}`).toEqual([]);
      expect(problems).toEqual([]);
    }, 180_000);

    it(`${lang}: the debrief of a saved game, a message, and the language switched`, async ({ expect }) => {
      const { context, page: p, problems } = await openAxePage(site.browser, site.url, locale);
      const found: string[] = [];
      const check = checker(p, lang, found, expect);
      try {
        await openDebrief(p, site.url, 'founder', `axe-${lang}`, PLAYED);
        await check('debrief');

        await p.goto(`${site.url}#/nowhere`);
        await waitFor(p, 'link-error');
        await check('message');
        // the chosen language, not the browser's, from then on
        await click(p, `lang-${other}`);
        await waitFor(p, 'link-error');
        await check(`message-${other}`, other);
      } finally {
        await context.close();
      }
      expect(found, `axe found:\n${found.join('\n')}`).toEqual([]);
      expect(problems).toEqual([]);
    }, 180_000);

    it(`${lang}: the instructor's and the researcher's pages`, async ({ expect }) => {
      const { context, page: p, problems } = await openAxePage(site.browser, site.url, locale);
      const found: string[] = [];
      const check = checker(p, lang, found, expect);
      try {
        // the facilitator's page with its result, and the briefing of a scenario it made
        await p.goto(`${site.url}#/facilitator`);
        await waitFor(p, 'facilitator');
        await p.getByTestId('lock-plan.commissionRate').selectOption('bounded');
        await p.getByTestId('event-kind').selectOption('launch');
        await click(p, 'add-event');
        await click(p, 'make-code');
        await waitFor(p, 'scenario-code');
        await check('facilitator');
        await p.goto(`${site.url}#/custom?sc=${encodeScenarioCode(SHORT)}&seed=axe`);
        await waitFor(p, 'briefing');
        await check('custom briefing');

        // the lab with a fan drawn and a bad upload's sentence, and the model's documentation
        await p.goto(`${site.url}#/lab`);
        await waitFor(p, 'lab');
        await p.getByTestId('lab-param-plan.commissionRate').fill('0.05');
        await p.getByTestId('lab-seeds').fill('3');
        await click(p, 'lab-run-seeds');
        await waitFor(p, 'lab-fan', 120_000);
        await p.getByTestId('lab-sweep-upload').setInputFiles({ name: 'seeds.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ scenario: 'founder', seeds: 0 })) });
        await p.getByTestId('lab-sweep-problem').filter({ hasText: 'seeds.json' }).waitFor();
        await check('lab');
        await p.goto(`${site.url}#/lab/model`);
        await waitFor(p, 'lab-model');
        await check('model');

        // the class view, loaded, with a line that holds no code
        await p.goto(`${site.url}#/class`);
        await waitFor(p, 'class-view');
        await p.getByTestId('class-paste').fill([...classCodes.codes, classCodes.bad.garbage].join('\n'));
        await click(p, 'class-load');
        await p.getByTestId('class-row').nth(7).waitFor();
        await p.getByTestId('class-error').first().waitFor();
        await check('class');
        await p.evaluate(() => localStorage.clear());

        if (lang === 'en') {
          // the replay of a run, its paste page and two runs side by side
          await p.goto(`${site.url}#/replay?code=${codeA}`);
          await waitFor(p, 'replay');
          await chartsDrawn(p);
          await check('replay');
          // space with the focus on "to the start" plays (the presenter's key), it does not also press that button
          await p.getByTestId('replay-timeline').fill('50');
          await p.getByTestId('replay-start').focus();
          await p.keyboard.press(' ');
          expect(await p.getByTestId('replay-play').getAttribute('data-playing')).toBe('true');
          await p.keyboard.press(' ');
          expect(await p.getByTestId('replay-play').getAttribute('data-playing')).toBe('false');
          expect(Number(await p.getByTestId('replay-week').getAttribute('data-week'))).toBeGreaterThanOrEqual(50);
          await p.goto(`${site.url}#/replay`);
          await waitFor(p, 'replay-open');
          await check('replay-open');
          await p.goto(`${site.url}#/compare?a=${codeA}&b=${codeB}`);
          await waitFor(p, 'compare');
          await chartsDrawn(p);
          await check('compare');
        }
      } finally {
        await context.close();
      }
      expect(found, `axe found:\n${found.join('\n')}`).toEqual([]);
      expect(problems).toEqual([]);
    }, 180_000);
  }
});
