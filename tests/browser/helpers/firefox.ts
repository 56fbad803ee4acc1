/**
 * Debian's Firefox ESR driven by puppeteer-core 24 over WebDriver BiDi, with
 * the same guards as the Chromium tests (console errors, page errors, CSP
 * violations and requests to another origin are collected as problems).
 *
 * Headless Firefox has no WebGL on a machine without a GPU, so for the game
 * it runs headful on a private Xvfb display (Mesa's llvmpipe gives it WebGL 2)
 * when Xvfb is installed. Where Firefox itself is missing the tests are skipped
 * with one visible line — except in CI (CI=true), where that is a failure.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { otherOrigin } from './site';

const CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox', '/Applications/Firefox.app/Contents/MacOS/firefox'];

export function firefoxPath(): string | undefined {
  const chosen = process.env.SALESFLOOR_FIREFOX;
  if (chosen) return chosen;
  return CANDIDATES.find((p) => existsSync(p));
}

/** Why the Firefox tests cannot run here, or undefined when they can. In CI a missing Firefox throws. */
export function firefoxMissing(): string | undefined {
  if (firefoxPath()) return undefined;
  const why = 'no Firefox found (apt-get install firefox-esr, or set SALESFLOOR_FIREFOX=/path/to/firefox)';
  if (process.env.CI === 'true') throw new Error(`CI needs the Firefox checks: ${why}`);
  console.warn(`\n  ⚠ Firefox checks skipped: ${why}\n`);
  return why;
}

const XVFB = '/usr/bin/Xvfb';

/** A private X display, or null when Xvfb is not installed. */
export async function startXvfb(): Promise<{ display: string; stop(): void } | null> {
  if (!existsSync(XVFB)) return null;
  const child: ChildProcess = spawn(XVFB, ['-displayfd', '3', '-screen', '0', '1280x720x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
  });
  const display = await new Promise<string>((resolve, reject) => {
    let text = '';
    child.stdio[3]?.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      if (text.includes('\n')) resolve(`:${text.trim()}`);
    });
    child.once('exit', (code) => reject(new Error(`Xvfb exited with ${code}`)));
  });
  return { display, stop: () => child.kill() };
}

export function launchFirefox(display?: string): Promise<Browser> {
  return puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath: firefoxPath(),
    headless: !display,
    env: display ? { ...process.env, DISPLAY: display } : process.env,
    defaultViewport: { width: 1280, height: 720 },
  });
}

export interface GuardedTab {
  page: Page;
  problems: string[];
}

/** A new tab whose console errors, page errors, CSP violations and other-origin requests are collected. */
export async function openTab(browser: Browser, base: string): Promise<GuardedTab> {
  const page = await browser.newPage();
  const problems: string[] = [];
  const origin = new URL(base).origin;
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`page error: ${err instanceof Error ? err.message : String(err)}`));
  page.on('request', (req) => {
    const url = req.url();
    if (otherOrigin(url, origin)) problems.push(`request to another origin: ${url}`);
  });
  page.setDefaultTimeout(60_000);
  return { page, problems };
}

/** CSP violations the page saw (recorded by a listener installed before any script). */
export async function watchCsp(page: Page): Promise<void> {
  await page.evaluateOnNewDocument(`
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(e.violatedDirective + ' ' + (e.blockedURI || '')));
  `);
}

export async function cspViolations(page: Page): Promise<string[]> {
  return (await page.evaluate('window.__csp || []')) as string[];
}

const byTestId = (id: string) => `[data-testid="${id}"]`;

export async function waitForId(page: Page, id: string, timeout = 120_000): Promise<void> {
  await page.waitForSelector(byTestId(id), { visible: true, timeout });
}

export async function clickId(page: Page, id: string): Promise<void> {
  await waitForId(page, id);
  await page.click(byTestId(id));
}

/**
 * Skips the quarter playing and runs it to its review, declining every
 * dilemma it stops at (sim/dilemmas.ts), as the Chromium flow does: after an
 * answer the quarter plays on, so the skip is pressed again.
 */
export async function skipToReview(page: Page): Promise<void> {
  const shown = (id: string) => page.waitForSelector(byTestId(id), { visible: true, timeout: 120_000 }).then(() => id, () => 'none');
  await clickId(page, 'skip-quarter');
  for (let i = 0; i < 40; i++) {
    const next = await Promise.race([shown('quarter-review'), shown('dilemma')]);
    if (next === 'none') throw new Error('neither the review nor a dilemma after skipping the quarter');
    if (next === 'quarter-review') return;
    const card = await page.$(byTestId('dilemma'));
    await page.click(byTestId('dilemma-no'));
    await page.waitForFunction((el) => !el?.isConnected, { timeout: 10_000 }, card);
    if (!(await page.$(byTestId('quarter-review'))) && !(await page.$(byTestId('dilemma')))) await page.click(byTestId('skip-quarter')).catch(() => undefined);
  }
  throw new Error('no review after 40 dilemmas in one quarter');
}

export async function fillId(page: Page, id: string, value: string): Promise<void> {
  await waitForId(page, id);
  await page.$eval(byTestId(id), (el, v) => {
    const input = el as HTMLInputElement;
    input.value = v;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    input.dispatchEvent(new Event('change', { bubbles: true }));
  }, value);
}

/** The built site and a Firefox on a private Xvfb display, shared by the tests of one describe block. */
export interface FirefoxOnSite {
  /** the shared server of the built site (./globalSetup.ts) */
  readonly site: { readonly url: string };
  readonly browser: Browser;
  /** true when Firefox runs headful on Xvfb (with WebGL) */
  readonly headful: boolean;
}

/**
 * Starts Firefox (headful on its own Xvfb display when there is one) before
 * the block's tests, and stops it after them; the site is the shared one.
 * Call it in a describe block; read `site` and `browser` inside the tests.
 */
export function firefoxOnSite(): FirefoxOnSite {
  const site = { url: inject('siteUrl') };
  let browser: Browser | undefined;
  let xvfb: Awaited<ReturnType<typeof startXvfb>> = null;
  beforeAll(async () => {
    xvfb = await startXvfb();
    if (!xvfb) console.warn('\n  ⚠ no Xvfb: Firefox runs headless, without WebGL, so the town is not drawn (apt-get install xvfb)\n');
    browser = await launchFirefox(xvfb?.display);
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    xvfb?.stop();
  });
  return {
    site,
    get browser() {
      if (!browser) throw new Error('Firefox starts in beforeAll');
      return browser;
    },
    get headful() {
      return xvfb !== null;
    },
  };
}
