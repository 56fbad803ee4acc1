/**
 * Everything that must hold in Firefox too (SpiderMonkey, WebDriver BiDi
 * through puppeteer-core 24), in one Firefox for the whole file: headful on a
 * private Xvfb display when there is one, so the town is drawn with WebGL
 * (headless Firefox has none without a GPU). Every tab is guarded: no page
 * error, no console error, no Content-Security-Policy violation, no request
 * to another origin. Where Firefox is missing the file is skipped with one
 * line, except in CI (CI=true), where that is a failure.
 */
import { rmSync } from 'node:fs';
import jsQR from 'jsqr';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeRunCode, encodeRunCode, identityOf } from '../../src/codes/runCode';
import { RunSnapshots } from '../../src/replay/snapshots';
import { scenarioParams } from '../../src/scenarios';
import { MODEL_VERSION, simulate, type Decision } from '../../src/sim';
import { keyMoments } from '../../src/play/analysis/moments';
import { quarterStats } from '../../src/play/analysis/quarters';
import { hashes } from './fixtures/coreInBrowser';
import { classFixture } from './helpers/classCodes';
import { buildCorePage, HASH_CASES } from './helpers/coreBundle';
import { PLAYED } from './helpers/debrief';
import { clickId, cspViolations, fillId, firefoxMissing, firefoxOnSite, openTab, skipToReview, waitForId, watchCsp, type GuardedTab } from './helpers/firefox';
import { cliHash, downloaded, KEEP_DOWNLOADS, sweepFiles } from './helpers/firefoxChecks';
import { median } from '../fixtures/median';
import { SAVE_KEY } from './helpers/flow';
import { ownSite } from './helpers/lifecycle';
import { pdfPageCount } from './helpers/pdf';
import { serve, type Served } from './helpers/site';

const text = async (page: Page, id: string) => ((await page.$eval(`[data-testid="${id}"]`, (el) => el.textContent)) ?? '').trim();

describe.skipIf(firefoxMissing())('in Firefox', () => {
  const fx = firefoxOnSite();

  /** A guarded tab; `done` checks it saw no problem and closes it. */
  async function tab(base = fx.site.url): Promise<GuardedTab & { done(): Promise<void> }> {
    const t = await openTab(fx.browser, base);
    await watchCsp(t.page);
    return {
      ...t,
      async done() {
        expect(await cspViolations(t.page)).toEqual([]);
        expect(t.problems).toEqual([]);
        await t.page.close();
      },
    };
  }

  describe('the core', () => {
    let core: string;
    let site: Served;
    beforeAll(async () => {
      core = await buildCorePage();
      site = await serve(core);
    }, 300_000);
    afterAll(async () => {
      await site?.close();
      rmSync(core, { recursive: true, force: true });
    });

    it('gives Node\'s hashes for every scenario at several seeds, a ten-year run and the reference market', async () => {
      const { page, problems } = await openTab(fx.browser, site.url);
      await page.goto(site.url);
      expect(await page.evaluate(`SalesfloorCore.hashes(${JSON.stringify(HASH_CASES)})`)).toEqual(hashes(HASH_CASES));
      expect(problems).toEqual([]);
      await page.close();
    }, 300_000);
  });

  it('plays the last two quarters of a saved game to the debrief with a plan change and ends on the CLI’s hash for its log', async () => {
    // the first six quarters come from a save (Firefox replays them through the core, as a reload does); the town plays the last two
    const scenario = 'founder';
    const seed = '12';
    const earlier = PLAYED.filter((d) => d.week < 78);
    const t = await tab();
    const { page } = t;
    const saved = JSON.stringify({ version: 1, model: MODEL_VERSION, scenario, seed, quarter: 6, phase: 'planning', log: earlier });
    await page.evaluateOnNewDocument(`if (sessionStorage.getItem('test.seeded') === null) { localStorage.setItem(${JSON.stringify(SAVE_KEY)}, ${JSON.stringify(saved)}); sessionStorage.setItem('test.seeded', '1'); }`);
    await page.goto(`${fx.site.url}#/play?scenario=${scenario}&seed=${seed}`);
    if (fx.headful) expect(await page.evaluate('!!document.createElement("canvas").getContext("webgl2")')).toBe(true);
    const quarter = async () => {
      await clickId(page, 'start-quarter');
      await skipToReview(page);
    };
    await fillId(page, 'lever-plan-commissionRate', '7');
    await quarter();
    await clickId(page, 'next-quarter');
    await quarter();
    await clickId(page, 'next-quarter');
    await waitForId(page, 'run-hash');
    const hash = await text(page, 'run-hash');
    const save = JSON.parse((await page.evaluate(`localStorage.getItem(${JSON.stringify(SAVE_KEY)})`)) as string) as { log: Decision[] };
    expect(save.log.slice(0, earlier.length)).toEqual(earlier);
    expect(save.log).toContainEqual({ week: 78, type: 'set', key: 'plan.commissionRate', value: 0.07 });
    expect(hash).toMatch(/^[0-9a-f]{16}$/);
    expect(hash).toBe(cliHash(scenario, seed, save.log));
    await t.done();
  }, 600_000);

  it('replays a code on Node\'s hashes, by the timeline and the keys; a tampered code is refused; two codes side by side', async () => {
    const decisions: Decision[] = [
      { week: 13, type: 'set', key: 'plan.commissionRate', value: 0.03 },
      { week: 39, type: 'hire', count: 1 },
    ];
    const idA = identityOf('founder', '8', {}, decisions);
    const idB = identityOf('sales-director', '8', {}, []);
    const snaps = RunSnapshots.record({ params: scenarioParams('founder'), seed: '8', decisions });
    const first = snaps.records[0];
    const moments = keyMoments(quarterStats(snaps.records), first.reputation, first.careMotive);
    const week = async (page: Page) => Number(await page.$eval('[data-testid="replay-week"]', (el) => el.getAttribute('data-week')));

    const t = await tab();
    const { page } = t;
    await page.goto(`${fx.site.url}#/replay?code=${encodeRunCode(idA)}`);
    await waitForId(page, 'replay');
    expect(await week(page)).toBe(104);
    expect(await text(page, 'replay-hash')).toBe(idA.hash);

    await fillId(page, 'replay-timeline', '45');
    expect(await week(page)).toBe(45);
    expect(await text(page, 'replay-hash')).toBe(snaps.hashes[45]);

    await page.focus('h1');
    await page.keyboard.press('1');
    const target = Math.min(104, moments[0].quarter * 13);
    expect(await week(page)).toBe(target);
    expect(await text(page, 'replay-hash')).toBe(snaps.hashes[target]);
    await page.keyboard.press('ArrowRight');
    expect(await week(page)).toBe(target + 1);
    await page.keyboard.press('Home');
    expect(await week(page)).toBe(0);
    await page.keyboard.press('End');
    expect(await text(page, 'replay-hash')).toBe(idA.hash);

    await page.goto(`${fx.site.url}#/replay?code=${encodeRunCode({ ...idA, hash: 'ffffffffffffffff' })}`);
    await waitForId(page, 'replay-error');
    expect(await text(page, 'replay-problem')).toContain(idA.hash);
    await waitForId(page, 'go-home');

    await page.goto(`${fx.site.url}#/compare?a=${encodeRunCode(idA)}&b=${encodeRunCode(idB)}`);
    await waitForId(page, 'compare');
    expect(await text(page, 'compare-hash-a')).toBe(idA.hash);
    expect(await text(page, 'compare-hash-b')).toBe(idB.hash);
    await clickId(page, 'compare-town-b');
    expect(await page.$eval('[data-testid="compare-town-b"]', (el) => el.getAttribute('aria-pressed'))).toBe('true');
    await t.done();
  }, 600_000);

  it('opens a class of 30 codes and 3 bad ones in Firefox\'s Web Workers: 30 rows, 3 errors, 30 points', async () => {
    const codes = classFixture(30);
    const t = await tab();
    const { page } = t;
    await page.goto(`${fx.site.url}#/class`);
    await waitForId(page, 'class-view');
    await fillId(page, 'class-paste', [...codes.codes, codes.bad.truncated, codes.bad.tampered, codes.bad.garbage].join('\n'));
    await clickId(page, 'class-load');
    await page.waitForFunction(() => document.querySelector('[data-testid="class-progress"]')?.textContent?.includes('30 runs loaded'), { timeout: 120_000 });
    expect(await page.$$eval('[data-testid="class-row"]', (rows) => rows.length)).toBe(30);
    expect(await page.$$eval('[data-testid="class-error"]', (rows) => rows.length)).toBe(3);
    await page.waitForFunction(() => document.querySelector('[data-testid="class-scatter-canvas"]')?.getAttribute('data-points'), { timeout: 60_000 });
    const points = await page.$eval('[data-testid="class-scatter-canvas"]', (c) => JSON.parse(c.getAttribute('data-points') ?? '[]') as unknown[]);
    expect(points).toHaveLength(30);
    await page.evaluate(() => localStorage.clear());
    await t.done();
  }, 300_000);

  it('the lab: paired seeds and a 1-D sweep give the numbers of Node and the bytes of salesfloor sweep', async () => {
    const t = await tab();
    const { page } = t;
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
    const cliA = await sweepFiles(specA);
    expect(runsA).toBe(cliA.runs);
    expect((await downloaded(page, 'lab-csv-weeks')).text).toBe(cliA.weeks);

    // a 1-D sweep: its runs.csv is salesfloor sweep's for the spec the page gives
    await page.select('[data-testid="lab-sweep-x"]', 'market.wordOfMouth');
    await page.select('[data-testid="lab-sweep-y"]', '');
    await fillId(page, 'lab-sweep-xv', '0.5, 1, 2');
    await fillId(page, 'lab-sweep-seeds', '2');
    // a whole-run total: the default measure, year 2's profit, is undefined on 26-week runs (the page says so instead of a line)
    await page.select('[data-testid="lab-sweep-measure"]', 't:profit');
    await clickId(page, 'lab-run-sweep');
    await waitForId(page, 'lab-sweep-line');
    const specText = (await downloaded(page, 'lab-spec-json')).text;
    expect(JSON.parse(specText)).toEqual({ scenario: 'founder', seeds: 2, weeks: 26, set: { 'plan.commissionRate': 0.06 }, vary: { 'market.wordOfMouth': [0.5, 1, 2] } });
    const runs = await downloaded(page, 'lab-csv-runs');
    expect(runs.name).toBe('runs.csv');
    expect(runs.text.trim().split('\n')).toHaveLength(7);
    expect(runs.text).toBe((await sweepFiles(specText)).runs);
    await t.done();
  }, 400_000);

  it('shares a finished run: a code that opens the same run, a QR code that scans, projector mode and a PDF', async () => {
    const scenario = 'founder';
    const seed = 'fx-share';
    const expected = simulate({ params: scenarioParams(scenario), seed, decisions: PLAYED });
    const t = await tab();
    const { page } = t;
    const save = JSON.stringify({ version: 1, model: MODEL_VERSION, scenario, seed, quarter: 7, phase: 'debrief', log: PLAYED });
    await page.evaluateOnNewDocument(`if (sessionStorage.getItem('test.seeded') === null) { localStorage.setItem(${JSON.stringify(SAVE_KEY)}, ${JSON.stringify(save)}); sessionStorage.setItem('test.seeded', '1'); }`);
    await page.setViewport({ width: 1280, height: 720 });
    await page.goto(`${fx.site.url}#/play?scenario=${scenario}&seed=${seed}`);
    await waitForId(page, 'share-panel', 180_000);
    await page.waitForSelector('[data-testid="debrief"] .debrief-runs[data-ready="true"]', { timeout: 180_000 });

    const hash = await text(page, 'run-hash');
    expect(hash).toBe(expected.hash);
    const code = await page.$eval('[data-testid="run-code"]', (el) => (el as HTMLTextAreaElement).value);
    expect(decodeRunCode(code)).toMatchObject({ scenario, seed, decisions: PLAYED, hash });
    const link = await page.$eval('[data-testid="run-link"]', (el) => el.getAttribute('href'));
    expect(link).toBe(`${new URL(fx.site.url).origin}${new URL(fx.site.url).pathname}#/replay?code=${code}`);

    await page.waitForFunction(() => (document.querySelector('[data-testid="qr"]') as HTMLImageElement | null)?.complete === true);
    const pixels = (await page.$eval('[data-testid="qr"]', (img) => {
      const side = 600;
      const c = document.createElement('canvas');
      c.width = c.height = side;
      const g = c.getContext('2d');
      g?.drawImage(img as HTMLImageElement, 0, 0, side, side);
      // the RGBA bytes as base64: a string crosses to Node far faster than an array of 1.4 million numbers (9 s in Firefox)
      const bytes = g?.getImageData(0, 0, side, side).data ?? new Uint8ClampedArray();
      let binary = '';
      for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      return { side, rgba: btoa(binary) };
    })) as { side: number; rgba: string };
    expect(jsQR(new Uint8ClampedArray(Buffer.from(pixels.rgba, 'base64')), pixels.side, pixels.side)?.data).toBe(link);

    const rootFont = () => page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
    expect(await rootFont()).toBe('18px');
    await clickId(page, 'projector-toggle');
    expect(await rootFont()).toBe('25px');
    await clickId(page, 'projector-toggle');
    expect(await rootFont()).toBe('18px');

    const pdf = Buffer.from(await page.pdf({ format: 'A4', printBackground: true }));
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const pages = pdfPageCount(pdf);
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(pages).toBeLessThanOrEqual(6);
    await t.done();
  }, 600_000);

  it('offline: after one visit, reloads with the server gone and plays a quarter; the replay and the class view open', async () => {
    // a server of its own, so this test can stop it without taking the other files' down
    const own = await ownSite();
    const t = await tab(own.url);
    const { page } = t;
    await page.goto(`${own.url}#/`);
    await waitForId(page, 'title');
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, { timeout: 120_000 });

    await own.close();
    // the network is gone: a file the worker does not hold cannot be fetched
    await expect(page.evaluate(async () => fetch('./not-precached.txt').then((r) => r.status, () => 'failed'))).resolves.toBe('failed');

    await page.reload();
    await waitForId(page, 'title');
    await page.goto(`${own.url}#/play?scenario=founder&seed=offline-ff`);
    await clickId(page, 'start-quarter');
    await skipToReview(page);

    const code = encodeRunCode({ model: MODEL_VERSION, scenario: 'founder', seed: 'offline-ff', overrides: {}, decisions: [], hash: simulate({ params: scenarioParams('founder'), seed: 'offline-ff' }).hash });
    await page.goto(`${own.url}#/replay?code=${code}`);
    await waitForId(page, 'replay');
    await waitForId(page, 'replay-hash');
    await page.goto(`${own.url}#/class`);
    await waitForId(page, 'class-view');
    expect(await page.$('[data-testid="replay-problem"]')).toBeNull();
    await t.done();
  }, 400_000);
});
