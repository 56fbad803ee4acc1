/**
 * The built site and one Chromium for a test file: registered once with
 * vitest's beforeAll/afterAll, read through getters once they are up.
 */
import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch } from './browser';
import { ensureBuilt, serve, type Served } from './site';

export interface SiteUnderTest {
  readonly browser: Browser;
  readonly url: string;
  /** Stops the server before the file ends (the offline test cuts it); afterAll closing it again is harmless. */
  close(): Promise<void>;
}

export function useSite(): SiteUnderTest {
  let browser: Browser | undefined;
  let site: Served | undefined;
  beforeAll(async () => {
    site = await serve(await ensureBuilt());
    browser = await launch();
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });
  return {
    get browser() {
      if (!browser) throw new Error('the browser is not up yet');
      return browser;
    },
    get url() {
      if (!site) throw new Error('the site is not served yet');
      return site.url;
    },
    close: () => site?.close() ?? Promise.resolve(),
  };
}
