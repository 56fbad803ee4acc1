/**
 * Routes, links that lead nowhere, an unreadable save and the language
 * switch: the app shell under happy-dom.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { MODEL_VERSION } from '../../src/sim';
import { openApp, playQuarter, SAVE_KEY, type AppUnderTest } from './harness';

let app: AppUnderTest | null = null;
afterEach(() => app?.dispose());

describe('routes', () => {
  it('#/ shows the title with its menu, and play leads through the stories and a briefing to the planning', async () => {
    app = await openApp('#/');
    await app.get('title');
    await app.get('lang-fr');
    await app.get('lang-en');
    await app.click('play');
    await app.get('scenarios');
    await app.click('choose-ambivalent-ceo');
    await app.get('briefing');
    await app.click('start-game');
    await app.get('start-quarter');
    expect(location.hash).toContain('#/play?scenario=ambivalent-ceo&seed=');
  });

  it('#/play?scenario=ID&seed=S goes straight into that scenario’s planning', async () => {
    app = await openApp('#/play?scenario=sales-director&seed=route-test');
    await app.get('planning');
    expect(((await app.get('lever-plan-commissionRate')) as HTMLInputElement).value).toBe('6');
  });

  it('an unknown scenario or a bad seed gets a clear message and a way back', async () => {
    app = await openApp('#/play?scenario=no-such-story&seed=abc');
    expect(await app.text('link-error')).toContain('no-such-story');
    await app.go(`#/play?scenario=founder&seed=${encodeURIComponent('bad seed!')}`);
    await app.get('link-error');
    await expect(app.text('link-error')).resolves.toContain('bad seed!');
    await app.click('go-home');
    await app.get('title');
    await app.go('#/nowhere');
    await app.get('link-error');
    // a briefing's link is checked as a game's is
    await app.go('#/briefing?scenario=no-such-story&seed=abc');
    expect(await app.text('link-error')).toContain('no-such-story');
    expect(app.find('start-game')).toBeNull();
  });

  it('a corrupt or outdated save gets a message and a fresh start', async () => {
    localStorage.setItem(SAVE_KEY, '{not json');
    app = await openApp('#/');
    await app.get('notice');
    await app.get('title');
    expect(localStorage.getItem(SAVE_KEY)).toBeNull();
    await app.click('notice-ok');
    await app.go('#/play?scenario=founder&seed=x');
    await app.get('start-quarter');
    // a save played under model 2.0.0: refused with both versions named, and kept aside rather than lost
    const old = JSON.stringify({ version: 1, model: '2.0.0', scenario: 'founder', seed: 'x', quarter: 1, phase: 'planning', log: [] });
    localStorage.setItem(SAVE_KEY, old);
    await app.reload();
    const text = await app.text('notice');
    expect(text).toContain('model 2.0.0');
    expect(text).toContain(`model ${MODEL_VERSION}`);
    expect(localStorage.getItem(`${SAVE_KEY}.model-2.0.0`)).toBe(old);
    await app.get('start-quarter');
    await app.click('notice-ok');
  });
});

describe('language', () => {
  it('defaults to the browser language, switches, and remembers the choice', async () => {
    app = await openApp('#/', { language: 'fr-FR' });
    expect(await app.text('play')).toBe('Jouer');
    expect(document.documentElement.lang).toBe('fr');
    app.dispose();
    localStorage.clear();

    app = await openApp('#/', { language: 'en-US' });
    expect(await app.text('play')).toBe('Play');
    await app.click('lang-fr');
    expect(await app.text('play')).toBe('Jouer');
    await app.reload();
    expect(await app.text('play')).toBe('Jouer');
    await app.go('#/play?scenario=founder&seed=langue');
    expect(await app.text('start-quarter')).toContain('Confirmer');
    await playQuarter(app);
    expect(await app.text('quarter-review')).toContain('Résultat');
    await app.click('lang-en');
    expect(await app.text('quarter-review')).toContain('Result');
  });
});
