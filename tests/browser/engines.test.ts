/**
 * Determinism across JavaScript engines: the core, bundled as the site
 * bundles it, gives Node's hash in Chromium (V8) for every scenario at
 * several seeds, a ten-year run and the 50-rep, 20,000-customer reference
 * market. Firefox (SpiderMonkey) runs the same cases in ./firefox.test.ts.
 */
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import golden from '../golden/hashes.json';
import { hashes } from './fixtures/coreInBrowser';
import { useSite } from './helpers/lifecycle';
import { buildCorePage, HASH_CASES } from './helpers/coreBundle';
import { serve, type Served } from './helpers/site';

const inBrowser = `SalesfloorCore.hashes(${JSON.stringify(HASH_CASES)})`;
// the shared Chromium (its site is not used: the core is served as a page of its own)
const chromium = useSite();
let page: string;
let site: Served;
let expected: string[];

beforeAll(async () => {
  page = await buildCorePage();
  site = await serve(page);
  expected = hashes(HASH_CASES);
}, 300_000);
afterAll(async () => {
  await site?.close();
  rmSync(page, { recursive: true, force: true });
});

it('the cases run in Node give the pinned golden hashes, and all differ', () => {
  HASH_CASES.forEach((c, i) => {
    if (c.seed === golden.seed && !c.set) expect(expected[i], c.scenario).toBe(golden.hashes[c.scenario as keyof typeof golden.hashes]);
  });
  expect(HASH_CASES.filter((c) => c.seed === golden.seed).length).toBe(Object.keys(golden.hashes).length);
  expect(new Set(expected).size).toBe(HASH_CASES.length);
});

it('Chromium gives the same hashes as Node', async () => {
  const context = await chromium.browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(site.url);
    expect(await page.evaluate(inBrowser)).toEqual(expected);
  } finally {
    await context.close();
  }
}, 300_000);
