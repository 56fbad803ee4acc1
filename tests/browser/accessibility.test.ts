/**
 * axe-core on every screen, in English and in French: one pass through a game
 * per language (title, scenario choice, briefing, planning and a rep's card,
 * the quarter with its controls, the quarter review, the debrief, a message,
 * then the language switch), failing on any violation of impact "serious" or
 * "critical". AXE_VERBOSE=1 prints the moderate and minor ones; AXE_SHOTS=1
 * takes a screenshot of each screen as it is checked.
 */
import { describe, it } from 'vitest';
import { click, shot, waitFor } from './helpers/browser';
import { useSite } from './helpers/lifecycle';
import { playToDebrief } from './helpers/flow';
import { axeCheck, openAxePage } from './helpers/axe';

const site = useSite();

const LANGUAGES = [
  { lang: 'en', locale: 'en-GB', other: 'fr' },
  { lang: 'fr', locale: 'fr-FR', other: 'en' },
] as const;

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
    it(`${lang}: no serious or critical violation on any screen`, async ({ expect }) => {
      const { context, page: p, problems } = await openAxePage(site.browser, site.url, locale);
      const found: string[] = [];
      const check = async (screen: string, language: string = lang) => {
        expect(await p.evaluate(() => document.documentElement.lang), `<html lang> on ${screen}`).toBe(language);
        if (process.env.AXE_SHOTS) await shot(p, `axe-${lang}-${screen}`);
        found.push(...(await axeCheck(p, `${lang} ${screen}`)));
      };
      try {
        await p.goto(`${site.url}#/`);
        await waitFor(p, 'title');
        await p.locator('#stage canvas').first().waitFor({ state: 'attached', timeout: 60_000 });
        await check('title');

        await click(p, 'play');
        await waitFor(p, 'scenarios');
        await click(p, 'more-scenarios');
        await check('scenarios');

        await click(p, 'choose-founder');
        await waitFor(p, 'briefing');
        await check('briefing');

        await click(p, 'start-game');
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
        await waitFor(p, 'quarter-review');
        await check('review');

        await playToDebrief(p);
        await p.locator('[data-testid="debrief"] .debrief-runs[data-ready="true"]').waitFor({ timeout: 120_000 });
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
  }
});
