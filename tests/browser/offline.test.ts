/**
 * Offline: after one visit, the service worker has precached the whole built
 * site, so with the network cut (Playwright's offline mode, and the server
 * stopped as well) a reload brings the game back, a quarter plays, and the
 * replay and the class view open. No request leaves the origin, and every
 * response after the cut comes from the service worker.
 */
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import type { Response } from 'playwright-core';
import { click, openPage, shot, waitFor } from './helpers/browser';
import { playQuarter } from './helpers/flow';
import { ownSite, useSite } from './helpers/lifecycle';
import { serve } from './helpers/site';
import { encodeRunCode } from '../../src/codes/runCode';
import { MODEL_VERSION, simulate } from '../../src/sim';
import { scenarioParams } from '../../src/scenarios';

const site = useSite();

describe('offline', () => {
  it('after one visit, the game, a replay and the class view work with no network', async () => {
    // a server of its own, so this test can stop it without taking the other files' down
    const own = await ownSite();
    const { context, page: p, problems } = await openPage(site.browser, own.url, 'en-GB', { serviceWorkers: 'allow' });
    await p.goto(`${own.url}#/`);
    await waitFor(p, 'title');
    // the worker installs (precaching every built file) and takes control of this first visit
    await p.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 120_000 });
    const cached = await p.evaluate(async () => {
      const names = await caches.keys();
      let n = 0;
      for (const name of names) n += (await (await caches.open(name)).keys()).length;
      return n;
    });
    expect(cached).toBeGreaterThan(20);

    // the server goes away as well
    await own.close();
    await context.setOffline(true);
    const fromNetwork: string[] = [];
    p.on('response', (r: Response) => {
      if (!r.fromServiceWorker() && !r.url().startsWith('data:') && !r.url().startsWith('blob:')) fromNetwork.push(r.url());
    });

    await p.reload();
    await waitFor(p, 'title');
    await expect(p.evaluate(() => navigator.onLine)).resolves.toBe(false);
    await p.goto(`${own.url}#/play?scenario=founder&seed=offline`);
    await waitFor(p, 'start-quarter');
    await playQuarter(p);
    await shot(p, 'offline-review');

    const code = encodeRunCode({ model: MODEL_VERSION, scenario: 'founder', seed: 'offline', overrides: {}, decisions: [], hash: simulate({ params: scenarioParams('founder'), seed: 'offline' }).hash });
    await p.goto(`${own.url}#/replay?code=${code}`);
    await waitFor(p, 'replay');
    await waitFor(p, 'replay-hash');
    await expect(p.getByTestId('replay-problem').count()).resolves.toBe(0);
    await shot(p, 'offline-replay');
    await p.goto(`${own.url}#/class`);
    await waitFor(p, 'class-view');
    await p.getByTestId('class-paste').fill(`${code}\n${code.slice(0, -3)}`);
    await click(p, 'class-load');
    await waitFor(p, 'class-stats');
    await waitFor(p, 'class-errors');
    await shot(p, 'offline-class');
    // a full reload of a deep link, offline: the navigation is answered from the precache too
    await p.reload();
    await waitFor(p, 'class-view');

    expect(fromNetwork).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  }, 400_000);

  it('a new version waits for the player: a bar offers to reload, and the reload brings it in', async () => {
    // a copy of the site whose service worker is then changed, as a new deployment would
    const dir = mkdtempSync(join(tmpdir(), 'salesfloor-update-'));
    cpSync(inject('siteDir'), dir, { recursive: true });
    const served = await serve(dir);
    try {
      const { context, page: p, problems } = await openPage(site.browser, served.url, 'en-GB', { serviceWorkers: 'allow' });
      await p.goto(`${served.url}#/play?scenario=founder&seed=update`);
      await waitFor(p, 'start-quarter');
      await p.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 120_000 });
      await expect(p.getByTestId('update-ready').count()).resolves.toBe(0);
      appendFileSync(join(dir, 'sw.js'), '\n// next version\n');
      await p.evaluate(async () => {
        await (await navigator.serviceWorker.getRegistration())?.update();
      });
      await waitFor(p, 'update-ready', 120_000);
      // nothing reloads by itself: the planning is still on screen
      await expect(p.getByTestId('start-quarter').isVisible()).resolves.toBe(true);
      await shot(p, 'offline-update-ready');
      await Promise.all([p.waitForEvent('load', { timeout: 60_000 }), p.getByTestId('update-reload').click()]);
      await waitFor(p, 'start-quarter');
      const state = await p.evaluate(async () => {
        const reg = await navigator.serviceWorker.getRegistration();
        return { waiting: reg?.waiting ?? null, controlled: navigator.serviceWorker.controller !== null };
      });
      expect(state).toEqual({ waiting: null, controlled: true });
      await expect(p.getByTestId('update-ready').count()).resolves.toBe(0);
      expect(problems).toEqual([]);
      await context.close();
    } finally {
      await served.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 300_000);

  it('is installable: a manifest with name, icons, theme colour and standalone display', async () => {
    const { context, page: p, problems } = await openPage(site.browser, site.url, 'en-GB', { serviceWorkers: 'allow' });
    await p.goto(site.url);
    await waitFor(p, 'title');
    const href = await p.evaluate(() => document.querySelector<HTMLLinkElement>('link[rel="manifest"]')?.href ?? '');
    expect(href).toMatch(/manifest\.webmanifest$/);
    const manifest = (await (await p.request.get(href)).json()) as { name: string; display: string; theme_color: string; start_url: string; icons: { src: string; sizes: string; purpose?: string }[] };
    expect(manifest).toMatchObject({ name: 'Salesfloor', display: 'standalone', theme_color: '#17202e', start_url: './' });
    const sizes = manifest.icons.map((i) => i.sizes);
    expect(sizes).toContain('192x192');
    expect(sizes).toContain('512x512');
    expect(manifest.icons.some((i) => i.purpose === 'maskable')).toBe(true);
    for (const icon of manifest.icons) {
      const res = await p.request.get(new URL(icon.src, href).href);
      expect(res.status(), icon.src).toBe(200);
    }
    // Chromium's own verdict on the manifest: no installability errors
    const cdp = await context.newCDPSession(p);
    const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as { installabilityErrors: { errorId: string }[] };
    expect(installabilityErrors.map((e) => e.errorId)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  }, 300_000);
});
