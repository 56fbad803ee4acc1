/**
 * Routes, links that lead nowhere, an unreadable save and the language
 * switch, in Debian's Chromium against the built site.
 */
import { describe, expect, it } from 'vitest';
import { click, openPage, shot, waitFor, type Guarded } from './helpers/browser';
import { useSite } from './helpers/lifecycle';
import { SAVE_KEY } from './helpers/flow';
import { MODEL_VERSION } from '../../src/sim';

const site = useSite();
function page(locale?: string): Promise<Guarded> {
  return openPage(site.browser, site.url, locale);
}


describe('routes', () => {
  it('#/ shows the title with its menu and language switch', async () => {
    const { page: p, problems } = await page();
    await p.goto(`${site.url}#/`);
    await waitFor(p, 'title');
    await waitFor(p, 'lang-fr');
    await waitFor(p, 'lang-en');
    await p.locator('#stage canvas').first().waitFor({ state: 'attached', timeout: 60_000 });
    await p.waitForTimeout(1500);
    await shot(p, '01-title');
    await click(p, 'play');
    await waitFor(p, 'scenarios');
    await shot(p, '02-scenarios');
    await click(p, 'choose-ambivalent-ceo');
    await waitFor(p, 'briefing');
    await shot(p, '03-briefing');
    await click(p, 'start-game');
    await waitFor(p, 'start-quarter');
    expect(p.url()).toContain('#/play?scenario=ambivalent-ceo&seed=');
    expect(problems).toEqual([]);
  }, 400_000);

  it('#/play?scenario=ID&seed=S goes straight into that scenario’s planning', async () => {
    const { page: p, problems } = await page();
    await p.goto(`${site.url}#/play?scenario=sales-director&seed=route-test`);
    await waitFor(p, 'planning');
    await waitFor(p, 'start-quarter');
    await expect(p.getByTestId('lever-plan-commissionRate').inputValue()).resolves.toBe('6');
    await p.waitForTimeout(1000);
    await shot(p, '04-planning');
    expect(problems).toEqual([]);
  }, 300_000);

  it('an unknown scenario or a bad seed gets a clear message and a way back', async () => {
    const { page: p, problems } = await page();
    await p.goto(`${site.url}#/play?scenario=no-such-story&seed=abc`);
    await waitFor(p, 'link-error');
    await expect(p.getByTestId('link-error').textContent()).resolves.toContain('no-such-story');
    await shot(p, '05-unknown-scenario');
    await p.goto(`${site.url}#/play?scenario=founder&seed=${encodeURIComponent('bad seed!')}`);
    await waitFor(p, 'link-error');
    await expect(p.getByTestId('link-error').textContent()).resolves.toContain('bad seed!');
    await click(p, 'go-home');
    await waitFor(p, 'title');
    await p.goto(`${site.url}#/nowhere`);
    await waitFor(p, 'link-error');
    expect(problems).toEqual([]);
  }, 300_000);

  it('a corrupt or outdated save gets a message and a fresh start', async () => {
    const { page: p, problems } = await page();
    await p.goto(`${site.url}#/`);
    await waitFor(p, 'title');
    await p.evaluate((key) => localStorage.setItem(key, '{not json'), SAVE_KEY);
    await p.reload();
    await waitFor(p, 'notice');
    await waitFor(p, 'title');
    await shot(p, '06-corrupt-save');
    await expect(p.evaluate((key) => localStorage.getItem(key), SAVE_KEY)).resolves.toBeNull();
    await click(p, 'notice-ok');
    // a save from an older version: same message path, then the link plays fresh
    await p.goto(`${site.url}#/play?scenario=founder&seed=x`);
    await waitFor(p, 'start-quarter');
    // a save played under model 1.0.0: refused with both versions named, and kept aside rather than lost
    const old = JSON.stringify({ version: 1, model: '1.0.0', scenario: 'founder', seed: 'x', quarter: 1, phase: 'planning', log: [] });
    await p.evaluate(([key, value]) => localStorage.setItem(key, value), [SAVE_KEY, old]);
    await p.reload();
    await waitFor(p, 'notice');
    const text = await p.getByTestId('notice').textContent();
    expect(text).toContain('model 1.0.0');
    expect(text).toContain(`model ${MODEL_VERSION}`);
    await expect(p.evaluate((key) => localStorage.getItem(`${key}.model-1.0.0`), SAVE_KEY)).resolves.toBe(old);
    await waitFor(p, 'start-quarter');
    await click(p, 'notice-ok');
    expect(problems).toEqual([]);
  }, 300_000);
});

describe('language', () => {
  it('defaults to the browser language, switches, and remembers the choice', async () => {
    const fr = await page('fr-FR');
    await fr.page.goto(`${site.url}#/`);
    await waitFor(fr.page, 'title');
    await expect(fr.page.getByTestId('play').textContent()).resolves.toBe('Jouer');
    await expect(fr.page.evaluate(() => document.documentElement.lang)).resolves.toBe('fr');
    await fr.page.waitForTimeout(1000);
    await shot(fr.page, '07-title-fr');
    expect(fr.problems).toEqual([]);

    const { page: p, problems } = await page('en-US');
    await p.goto(`${site.url}#/`);
    await waitFor(p, 'title');
    await expect(p.getByTestId('play').textContent()).resolves.toBe('Play');
    await click(p, 'lang-fr');
    await expect(p.getByTestId('play').textContent()).resolves.toBe('Jouer');
    await p.reload();
    await waitFor(p, 'title');
    await expect(p.getByTestId('play').textContent()).resolves.toBe('Jouer');
    await p.goto(`${site.url}#/play?scenario=founder&seed=langue`);
    await waitFor(p, 'start-quarter');
    await expect(p.getByTestId('start-quarter').textContent()).resolves.toContain('Confirmer');
    await p.waitForTimeout(800);
    await shot(p, '08-planning-fr');
    await click(p, 'start-quarter');
    await click(p, 'skip-quarter');
    await waitFor(p, 'quarter-review');
    await expect(p.getByTestId('quarter-review').textContent()).resolves.toContain('Résultat');
    await click(p, 'lang-en');
    await expect(p.getByTestId('quarter-review').textContent()).resolves.toContain('Result');
    await click(p, 'lang-fr');
    await p.waitForTimeout(800);
    await shot(p, '09-review-fr');
    expect(problems).toEqual([]);
  }, 400_000);
});
