/**
 * The lab in Firefox (over WebDriver BiDi): A and B on 6 paired seeds of 26
 * weeks give Node's medians and differences to the last bit, and A's runs.csv
 * and weeks.csv, and a 1-D sweep's runs.csv, run in Firefox's Web Workers,
 * are byte for byte what `salesfloor sweep --spec` writes for the spec the
 * page downloads. No page error, no CSP violation.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { main } from '../../src/cli/main';
import { simulate } from '../../src/sim';
import { scenarioParams } from '../../src/scenarios';
import { clickId, cspViolations, fillId, firefoxMissing, firefoxOnSite, openTab, waitForId, watchCsp } from './helpers/firefox';

const TMP = mkdtempSync(join(tmpdir(), 'salesfloor-lab-ff-'));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));

/** Keeps what the page saves (downloadText's blob and name) instead of letting Firefox save it. */
const KEEP_DOWNLOADS = `
  window.__downloads = [];
  HTMLAnchorElement.prototype.click = new Proxy(HTMLAnchorElement.prototype.click, {
    apply(target, self, args) {
      if (self.download && self.href.startsWith('blob:')) {
        window.__downloads.push({ name: self.download, text: fetch(self.href).then((r) => r.text()) });
        return undefined;
      }
      return Reflect.apply(target, self, args);
    },
  });
`;

/** Clicks a download button and gives the file's name and text. */
async function downloaded(page: Page, testid: string): Promise<{ name: string; text: string }> {
  const before = (await page.evaluate('window.__downloads.length')) as number;
  await clickId(page, testid);
  await page.waitForFunction((n: number) => (window as unknown as { __downloads: unknown[] }).__downloads.length > n, {}, before);
  return (await page.evaluate(async (i: number) => {
    const d = (window as unknown as { __downloads: Array<{ name: string; text: Promise<string> }> }).__downloads[i];
    return { name: d.name, text: await d.text };
  }, before)) as { name: string; text: string };
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length / 2;
  return s.length % 2 ? s[Math.floor(mid)] : (s[mid - 1] + s[mid]) / 2;
}

/** The files `salesfloor sweep --spec … --out …` writes for a spec's text. */
async function sweepFiles(name: string, specText: string): Promise<{ runs: string; weeks: string }> {
  const spec = join(TMP, `${name}.json`);
  const out = join(TMP, name);
  writeFileSync(spec, specText);
  let stderr = '';
  const code = await main(['sweep', '--spec', spec, '--workers', '1', '--out', out], { stdout: () => undefined, stderr: (t) => (stderr += t), env: { LANG: 'C' } });
  expect(code, stderr).toBe(0);
  return { runs: readFileSync(join(out, 'runs.csv'), 'utf8'), weeks: readFileSync(join(out, 'weeks.csv'), 'utf8') };
}

describe.skipIf(firefoxMissing())('the lab in Firefox', () => {
  const fx = firefoxOnSite();

  it('paired seeds and a 1-D sweep give the numbers of Node and of salesfloor sweep', async () => {
    const { page, problems } = await openTab(fx.browser, fx.site.url);
    await watchCsp(page);
    await page.evaluateOnNewDocument(KEEP_DOWNLOADS);
    await page.goto(`${fx.site.url}#/lab`);
    await waitForId(page, 'lab');

    // A: 26 weeks, commission 0.06; B: A with commission 0.1; seeds 1-6
    await fillId(page, 'lab-param-run.weeks', '26');
    await fillId(page, 'lab-param-plan.commissionRate', '0.06');
    await fillId(page, 'lab-seeds', '6');
    await page.select('[data-testid="lab-measure"]', 'profit');
    await clickId(page, 'lab-compare');
    await fillId(page, 'lab-b', 'plan.commissionRate = 0.1');
    await clickId(page, 'lab-run-seeds');
    await page.waitForFunction(() => /^12 runs in/.test(document.querySelector('[data-testid="lab-status"]')?.textContent ?? ''), { timeout: 120_000 });
    await waitForId(page, 'lab-diff');
    const a = Array.from({ length: 6 }, (_, i) => simulate({ params: scenarioParams('founder', { 'run.weeks': 26, 'plan.commissionRate': 0.06 }), seed: String(i + 1) }));
    const b = Array.from({ length: 6 }, (_, i) => simulate({ params: scenarioParams('founder', { 'run.weeks': 26, 'plan.commissionRate': 0.1 }), seed: String(i + 1) }));
    const medians = async (id: string) => JSON.parse((await page.$eval(`[data-testid="${id}"]`, (el) => el.getAttribute('data-median'))) ?? '[]') as number[];
    const weeks = Array.from({ length: 26 }, (_, w) => w);
    expect(await medians('lab-fan')).toEqual(weeks.map((w) => median(a.map((r) => r.weeks[w].profit))));
    expect(await medians('lab-fan-b')).toEqual(weeks.map((w) => median(b.map((r) => r.weeks[w].profit))));
    expect(await medians('lab-diff')).toEqual(weeks.map((w) => median(b.map((r, i) => r.weeks[w].profit - a[i].weeks[w].profit))));
    // A's runs and weeks are salesfloor sweep's for A's spec
    const specA = (await downloaded(page, 'lab-spec-json')).text;
    expect(JSON.parse(specA)).toEqual({ scenario: 'founder', seeds: 6, weeks: 26, set: { 'plan.commissionRate': 0.06 } });
    const runsA = (await downloaded(page, 'lab-csv-runs')).text;
    expect(runsA.trim().split('\n').slice(1).map((l) => l.split(',').at(-1))).toEqual(a.map((r) => r.hash));
    const cliA = await sweepFiles('a', specA);
    expect(runsA).toBe(cliA.runs);
    expect((await downloaded(page, 'lab-csv-weeks')).text).toBe(cliA.weeks);

    // a 1-D sweep: its runs.csv is salesfloor sweep's for the spec the page gives
    await page.select('[data-testid="lab-sweep-x"]', 'market.wordOfMouth');
    await page.select('[data-testid="lab-sweep-y"]', '');
    await fillId(page, 'lab-sweep-xv', '0.5, 1, 2');
    await fillId(page, 'lab-sweep-seeds', '2');
    await clickId(page, 'lab-run-sweep');
    await waitForId(page, 'lab-sweep-line');
    const specText = (await downloaded(page, 'lab-spec-json')).text;
    expect(JSON.parse(specText)).toEqual({ scenario: 'founder', seeds: 2, weeks: 26, set: { 'plan.commissionRate': 0.06 }, vary: { 'market.wordOfMouth': [0.5, 1, 2] } });
    const runs = await downloaded(page, 'lab-csv-runs');
    expect(runs.name).toBe('runs.csv');
    expect(runs.text.trim().split('\n')).toHaveLength(7);
    expect(runs.text).toBe((await sweepFiles('sweep', specText)).runs);

    expect(await cspViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  }, 400_000);
});
