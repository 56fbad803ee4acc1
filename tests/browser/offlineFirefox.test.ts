/**
 * Offline in Firefox: after one visit, with the server gone, a reload brings
 * the game back from the service worker's precache and a quarter plays; the
 * class view and a replay open. Headful on a private Xvfb display (the town
 * needs WebGL), like the other Firefox tests.
 */
import { describe, expect, it } from 'vitest';
import { ownSite } from './helpers/lifecycle';
import { clickId, cspViolations, firefoxOnSite, firefoxMissing, openTab, waitForId, watchCsp } from './helpers/firefox';
import { encodeRunCode } from '../../src/codes/runCode';
import { MODEL_VERSION, simulate } from '../../src/sim';
import { scenarioParams } from '../../src/scenarios';

describe.skipIf(firefoxMissing())('offline in Firefox', () => {
  const fx = firefoxOnSite();

  it('after one visit, reloads with the server gone and plays a quarter; the replay and the class view open', async () => {
    // a server of its own, so this test can stop it without taking the other files' down
    const own = await ownSite();
    const { page, problems } = await openTab(fx.browser, own.url);
    await watchCsp(page);
    await page.goto(`${own.url}#/`);
    await waitForId(page, 'title');
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, { timeout: 120_000 });

    await Promise.race([own.close(), new Promise((r) => setTimeout(r, 2000))]);
    // the network is gone: a file the worker does not hold cannot be fetched
    await expect(page.evaluate(async () => fetch('./not-precached.txt').then((r) => r.status, () => 'failed'))).resolves.toBe('failed');

    await page.reload();
    await waitForId(page, 'title');
    await page.goto(`${own.url}#/play?scenario=founder&seed=offline-ff`);
    await clickId(page, 'start-quarter');
    await clickId(page, 'skip-quarter');
    await waitForId(page, 'quarter-review');

    const code = encodeRunCode({ model: MODEL_VERSION, scenario: 'founder', seed: 'offline-ff', overrides: {}, decisions: [], hash: simulate({ params: scenarioParams('founder'), seed: 'offline-ff' }).hash });
    await page.goto(`${own.url}#/replay?code=${code}`);
    await waitForId(page, 'replay');
    await waitForId(page, 'replay-hash');
    await page.goto(`${own.url}#/class`);
    await waitForId(page, 'class-view');
    expect(await page.$('[data-testid="replay-problem"]')).toBeNull();
    expect(await cspViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  }, 400_000);
});
