/**
 * axe-core in the page: a context of its own (the site's CSP, script-src
 * 'self', would block the injected script otherwise) with the same guards as
 * openPage, and a check that lists every serious or critical violation.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, ImpactValue, Result, RunOptions } from 'axe-core';
import type { Browser, Page } from 'playwright-core';
import { openPage, type Guarded } from './browser';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const BLOCKING: readonly ImpactValue[] = ['serious', 'critical'];

type WithAxe = { axe: { run(context: Document, options: RunOptions): Promise<AxeResults> } };

/** Like openPage, with the CSP bypassed so that axe can be injected. */
export function openAxePage(browser: Browser, base: string, locale: string): Promise<Guarded> {
  return openPage(browser, base, locale, { bypassCSP: true });
}

/**
 * Runs axe's default rules (WCAG 2.x A and AA, and best practices) on the
 * whole document as it is now; returns one line per serious or critical
 * violation: the screen, the rule, its impact, its help and the nodes.
 * AXE_VERBOSE=1 also prints the moderate and minor ones, which pass.
 */
export async function axeCheck(page: Page, screen: string): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE_SOURCE });
  const options: RunOptions = { resultTypes: ['violations'] };
  const { violations } = await page.evaluate((o) => (window as unknown as WithAxe).axe.run(document, o), options);
  const line = (v: Result) => `[${screen}] ${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`;
  const blocking = (v: Result) => BLOCKING.includes(v.impact ?? null);
  if (process.env.AXE_VERBOSE) for (const v of violations.filter((x) => !blocking(x))) console.info(line(v));
  return violations.filter(blocking).map(line);
}
