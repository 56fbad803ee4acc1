/**
 * What a browser test file gets: the site the global setup built and serves,
 * and a connection to the Chromium it started for this worker (./globalSetup.ts). A file
 * that must cut the network serves the built site again on a port of its own
 * (ownSite), so the other files keep theirs.
 */
import { afterAll, beforeAll, inject } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import { serve, type Served } from './site';

export interface SiteUnderTest {
  readonly browser: Browser;
  readonly url: string;
}

export function useSite(): SiteUnderTest {
  let browser: Browser | undefined;
  beforeAll(async () => {
    // this worker's own Chromium (./globalSetup.ts says why one per worker)
    const servers = inject('chromiumWs');
    browser = await chromium.connect(servers[(Number(process.env.VITEST_POOL_ID ?? '1') - 1) % servers.length]);
  }, 120_000);
  afterAll(async () => {
    // a connected browser's close() ends this file's connection and its contexts, not the worker's Chromium
    await browser?.close();
  });
  return {
    get browser() {
      if (!browser) throw new Error('the browser is not connected yet');
      return browser;
    },
    url: inject('siteUrl'),
  };
}

/** The built site on a server of this file's own, which the file may stop (offline tests). */
export function ownSite(): Promise<Served> {
  return serve(inject('siteDir'));
}
