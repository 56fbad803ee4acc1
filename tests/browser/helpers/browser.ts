/**
 * Chromium (see chromium.ts for which one) driven by playwright-core, with
 * guards every test shares: any console error, page error or request to
 * another origin fails the test.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { otherOrigin, ROOT } from './site';
import { CHROMIUM_ARGS, chromiumBinary } from './chromium';

export const SHOTS = join(ROOT, 'test-results', 'screenshots');

export async function launch(): Promise<Browser> {
  const { path } = await chromiumBinary();
  return chromium.launch({ executablePath: path, headless: true, args: [...CHROMIUM_ARGS] });
}

export interface Guarded {
  context: BrowserContext;
  page: Page;
  problems: string[];
}

/**
 * The service worker precaches the whole site (the Phaser chunk, the fonts,
 * the art) on a context's first visit: only the tests about it (offline,
 * updates, the SCORM package that must have none) let it register.
 */
export const NO_SERVICE_WORKER = { serviceWorkers: 'block' } as const;

/**
 * A new page in its own context, guarded: 1280×720 unless `viewport` says
 * otherwise, a touch screen (a phone or tablet) with `touch`; `bypassCSP` lets
 * a test inject a script (axe); `serviceWorkers: 'allow'` lets the site's register.
 */
export async function openPage(
  browser: Browser,
  base: string,
  locale = 'en-GB',
  options: { bypassCSP?: boolean; serviceWorkers?: 'allow' | 'block'; viewport?: { width: number; height: number }; touch?: boolean } = {},
): Promise<Guarded> {
  const { touch, viewport, ...rest } = options;
  const context = await browser.newContext({ viewport: viewport ?? { width: 1280, height: 720 }, locale, ...(touch ? { isMobile: true, hasTouch: true } : {}), ...NO_SERVICE_WORKER, ...rest });
  const page = await context.newPage();
  const problems: string[] = [];
  const origin = new URL(base).origin;
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  page.on('request', (req) => {
    const url = req.url();
    if (otherOrigin(url, origin)) problems.push(`request to another origin: ${url}`);
  });
  page.setDefaultTimeout(30_000);
  return { context, page, problems };
}

/** A screenshot into test-results/screenshots, only when asked for (SALESFLOOR_SHOTS=1; `npm run screenshots` takes every screen on its own). */
export async function shot(page: Page, name: string): Promise<void> {
  if (process.env.SALESFLOOR_SHOTS !== '1') return;
  mkdirSync(SHOTS, { recursive: true });
  await page.waitForTimeout(250);
  await page.screenshot({ path: join(SHOTS, `${name}.png`) });
}

/** Clicks a data-testid element once it is visible and enabled. */
export async function click(page: Page, testid: string): Promise<void> {
  const el = page.getByTestId(testid).first();
  await el.waitFor({ state: 'visible', timeout: 60_000 });
  await el.click({ timeout: 60_000 });
}

export async function waitFor(page: Page, testid: string, timeout = 60_000): Promise<void> {
  await page.getByTestId(testid).first().waitFor({ state: 'visible', timeout });
}
