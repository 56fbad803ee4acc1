/**
 * The replay page and the side-by-side view in Chromium against the built
 * site: codes made in Node open, the timeline scrubs, a number key jumps to a
 * key moment, the hash shown is the one a straight run in Node gives at that
 * week (and the code's at the end); a damaged or tampered code gets its
 * message and a way back; two codes open side by side.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { encodeRunCode, identityOf } from '../../src/codes/runCode';
import { RunSnapshots } from '../../src/replay/snapshots';
import { scenarioParams } from '../../src/scenarios';
import type { Decision } from '../../src/sim';
import type { FacilitatorScenario } from '../../src/codes/facilitatorScenario';
import { keyMoments } from '../../src/play/analysis/moments';
import { quarterStats } from '../../src/play/analysis/quarters';
import { axeCheck, openAxePage } from './helpers/axe';
import { click, openPage, shot, waitFor } from './helpers/browser';
import { useSite } from './helpers/lifecycle';

const site = useSite();

const decisions: Decision[] = [
  { week: 13, type: 'set', key: 'plan.commissionRate', value: 0.02 },
  { week: 26, type: 'hire', count: 2 },
  { week: 40, type: 'gemba', rep: 1 },
];
const idA = identityOf('sales-director', '42', {}, decisions);
const codeA = encodeRunCode(idA);
const idB = identityOf('sales-director', '42', {}, []);
const codeB = encodeRunCode(idB);
const snaps = RunSnapshots.record({ params: scenarioParams('sales-director'), seed: '42', decisions });
const first = snaps.records[0];
const moments = keyMoments(quarterStats(snaps.records), first.reputation, first.careMotive);

const week = async (p: Page) => Number(await p.getByTestId('replay-week').getAttribute('data-week'));
const hash = (p: Page) => p.getByTestId('replay-hash').textContent();

async function townUp(p: Page): Promise<void> {
  await p.locator('#stage canvas').first().waitFor({ state: 'attached', timeout: 60_000 });
  await p.waitForTimeout(1500);
}

describe('replay', () => {
  it('opens a code, scrubs, steps, jumps to a key moment by its number key and shows the same hashes as Node', async () => {
    const { page: p, problems } = await openPage(site.browser, site.url);
    await p.goto(`${site.url}#/replay?code=${codeA}`);
    await waitFor(p, 'replay');
    // it opens at the end: the code's hash
    expect(await week(p)).toBe(104);
    expect(await hash(p)).toBe(idA.hash);
    expect(await p.getByTestId('replay-code-hash').textContent()).toBe(idA.hash);
    expect(await p.getByTestId('replay-decisions').locator('li').count()).toBe(decisions.length);
    await townUp(p);
    await shot(p, 'replay-1280');

    // scrub the timeline
    await p.getByTestId('replay-timeline').fill('30');
    expect(await week(p)).toBe(30);
    expect(await hash(p)).toBe(snaps.hashes[30]);

    // the presenter's keys (focus off the timeline first)
    await p.locator('h1').first().focus();
    expect(moments.length).toBeGreaterThan(1);
    await p.keyboard.press('2');
    const target = Math.min(104, moments[1].quarter * 13);
    expect(await week(p)).toBe(target);
    expect(await hash(p)).toBe(snaps.hashes[target]);
    await p.keyboard.press('ArrowLeft');
    expect(await week(p)).toBe(target - 1);
    await p.keyboard.press('ArrowRight');
    await p.keyboard.press('ArrowRight');
    expect(await week(p)).toBe(target + 1);
    expect(await hash(p)).toBe(snaps.hashes[target + 1]);
    await p.keyboard.press('Home');
    expect(await week(p)).toBe(0);
    expect(await hash(p)).toBe(snaps.hashes[0]);

    // play moves on by itself, at the speed chosen; space pauses
    await p.getByTestId('replay-speed').selectOption('16');
    await p.locator('h1').first().focus();
    await p.keyboard.press(' ');
    await expect.poll(() => week(p), { timeout: 10_000 }).toBeGreaterThan(8);
    await p.keyboard.press(' ');
    expect(await p.getByTestId('replay-play').getAttribute('data-playing')).toBe('false');
    const paused = await week(p);
    await p.waitForTimeout(800);
    expect(await week(p)).toBe(paused);

    // a moment marker on the timeline, then the end: the code's hash again
    await click(p, 'moment-1');
    expect(await week(p)).toBe(Math.min(104, moments[0].quarter * 13));
    await click(p, 'replay-end');
    expect(await week(p)).toBe(104);
    expect(await hash(p)).toBe(idA.hash);
    await click(p, 'replay-back');
    expect(await week(p)).toBe(103);

    await p.getByTestId('replay-timeline').fill('52');
    await p.getByTestId('chart-feelings').scrollIntoViewIfNeeded();
    await shot(p, 'replay-1280-charts');
    await p.getByTestId('chart-losses').scrollIntoViewIfNeeded();
    await shot(p, 'replay-1280-charts-2');
    for (const [w, h, name] of [[1920, 1080, 'replay-1920'], [390, 844, 'replay-390']] as const) {
      await p.setViewportSize({ width: w, height: h });
      await shot(p, name);
    }
    // projector mode at 1920×1080: the panel and the keys still work
    await p.setViewportSize({ width: 1920, height: 1080 });
    await click(p, 'projector-toggle');
    await p.locator('h1').first().focus();
    await p.keyboard.press('1');
    expect(await week(p)).toBe(Math.min(104, moments[0].quarter * 13));
    await p.evaluate(() => document.querySelector('.replay-panel')?.scrollTo(0, 0));
    await shot(p, 'replay-1920-projector');
    expect(problems).toEqual([]);
  }, 400_000);

  it('a damaged or tampered code gets its message, a box to try another and a way home', async () => {
    const { page: p, problems } = await openPage(site.browser, site.url);
    // one character changed: the check digits catch it
    const body = codeA.split('.')[1];
    const flipped = `sf1.${body.slice(0, 10)}${body[10] === 'A' ? 'B' : 'A'}${body.slice(11)}.${codeA.split('.')[2]}`;
    await p.goto(`${site.url}#/replay?code=${flipped}`);
    await waitFor(p, 'replay-error');
    expect(await p.getByTestId('replay-problem').textContent()).toMatch(/damaged or incomplete/);
    // a code whose hash is not the run's: rerunning it tells
    const tampered = encodeRunCode({ ...idA, hash: '0123456789abcdef' });
    await p.goto(`${site.url}#/replay?code=${tampered}`);
    await p.waitForFunction(() => document.querySelector('[data-testid=replay-problem]')?.textContent?.includes('0123456789abcdef'));
    expect(await p.getByTestId('replay-problem').textContent()).toContain(idA.hash);
    await shot(p, 'replay-tampered');
    // paste a good one (as a link) into the box
    await p.getByTestId('replay-paste-field').fill(`https://example.org/#/replay?code=${codeB}`);
    await click(p, 'replay-paste-open');
    await waitFor(p, 'replay');
    expect(await hash(p)).toBe(idB.hash);
    // in French, at the same week
    await p.getByTestId('replay-timeline').fill('40');
    await click(p, 'lang-fr');
    await p.waitForFunction(() => document.querySelector('h1')?.textContent === 'Relecture d’une partie');
    expect(await week(p)).toBe(40);
    expect(await p.getByTestId('replay-week').textContent()).toContain('Semaine 40 sur 104');
    await shot(p, 'replay-fr');
    await click(p, 'lang-en');
    // the page without a code: the paste box, and home
    await p.goto(`${site.url}#/replay`);
    await waitFor(p, 'replay-open');
    await shot(p, 'replay-open');
    await click(p, 'go-home');
    await waitFor(p, 'title');
    expect(problems).toEqual([]);
  }, 300_000);

  it('axe finds nothing serious on the replay, the paste page and the side-by-side view; space on a focused button only plays', async () => {
    const { page: p, problems } = await openAxePage(site.browser, site.url, 'en-GB');
    const found: string[] = [];
    await p.goto(`${site.url}#/replay?code=${codeA}`);
    await waitFor(p, 'replay');
    await p.waitForTimeout(500);
    found.push(...(await axeCheck(p, 'replay')));
    // space with the focus on "to the start" plays (the presenter's key), it does not also press that button
    await p.getByTestId('replay-timeline').fill('50');
    await p.getByTestId('replay-start').focus();
    await p.keyboard.press(' ');
    expect(await p.getByTestId('replay-play').getAttribute('data-playing')).toBe('true');
    await p.keyboard.press(' ');
    expect(await p.getByTestId('replay-play').getAttribute('data-playing')).toBe('false');
    expect(await week(p)).toBeGreaterThanOrEqual(50);
    await p.goto(`${site.url}#/replay`);
    await waitFor(p, 'replay-open');
    found.push(...(await axeCheck(p, 'replay-open')));
    await p.goto(`${site.url}#/compare?a=${codeA}&b=${codeB}`);
    await waitFor(p, 'compare');
    await p.waitForTimeout(500);
    found.push(...(await axeCheck(p, 'compare')));
    expect(found, `axe found:\n${found.join('\n')}`).toEqual([]);
    expect(problems).toEqual([]);
  }, 300_000);

  it('a run on a facilitator\'s scenario replays with its events, its title shown as text', async () => {
    const custom: FacilitatorScenario = {
      base: 'founder',
      overrides: { 'run.weeks': 39 },
      events: [{ week: 5, type: 'event', event: 'recession', size: 0.5, weeks: 10 }],
      locked: [],
      bounds: {},
      title: { en: 'Downturn <b>drill</b>', fr: 'Exercice de crise' },
      briefing: { en: 'A recession is coming.', fr: 'Une récession arrive.' },
    };
    const id = identityOf('founder', '3', {}, [{ week: 13, type: 'hire', count: 1 }], custom);
    const { page: p, problems } = await openPage(site.browser, site.url);
    await p.goto(`${site.url}#/replay?code=${encodeRunCode(id)}`);
    await waitFor(p, 'replay');
    expect(await week(p)).toBe(39);
    expect(await hash(p)).toBe(id.hash);
    expect(await p.getByTestId('replay-run').textContent()).toContain('Downturn <b>drill</b>');
    expect(await p.getByTestId('replay-run').locator('b').count()).toBe(0);
    const log = p.getByTestId('replay-decisions').locator('li');
    expect(await log.count()).toBe(2);
    expect(await log.first().textContent()).toContain('recession');
    expect(problems).toEqual([]);
  }, 300_000);

  it('a 10-year run: opening it and scrubbing it (times printed, not asserted)', async () => {
    const { page: p, problems } = await openPage(site.browser, site.url);
    const long = identityOf('sales-director', '10y', { 'run.weeks': 520 }, decisions.slice(0, 2));
    await p.goto(`${site.url}#/replay`);
    await waitFor(p, 'replay-open');
    const t0 = Date.now();
    await p.evaluate((code) => (location.hash = `#/replay?code=${code}`), encodeRunCode(long));
    await waitFor(p, 'replay');
    const openMs = Date.now() - t0;
    expect(await week(p)).toBe(520);
    expect(await hash(p)).toBe(long.hash);
    // every jump is synchronous: the snapshot restored and stepped, the town told, the numbers and cursors redrawn
    const times = await p.evaluate(() => {
      const range = document.querySelector<HTMLInputElement>('[data-testid=replay-timeline]');
      if (!range) return [];
      let s = 7;
      const out: number[] = [];
      for (let i = 0; i < 100; i++) {
        s = (s * 1103515245 + 12345) % 2147483648;
        const t = performance.now();
        range.value = String(s % 521);
        range.dispatchEvent(new Event('input', { bubbles: true }));
        out.push(performance.now() - t);
      }
      return out;
    });
    expect(times).toHaveLength(100);
    const sorted = [...times].sort((x, y) => x - y);
    const mean = times.reduce((x, y) => x + y, 0) / times.length;
    console.log(`replay in Chromium, 520 weeks: open ${openMs} ms; 100 scrubs: mean ${mean.toFixed(1)} ms, p95 ${sorted[94].toFixed(1)} ms, worst ${sorted[99].toFixed(1)} ms`);
    expect(problems).toEqual([]);
  }, 300_000);

  it('two codes side by side: both runs, one timeline, the logs aligned by week, the town switched', async () => {
    const { page: p, problems } = await openPage(site.browser, site.url);
    await p.goto(`${site.url}#/replay?code=${codeA}`);
    await waitFor(p, 'replay');
    await p.getByTestId('compare-paste-field').fill(codeB);
    await click(p, 'compare-paste-open');
    await waitFor(p, 'compare');
    expect(await p.getByTestId('compare-hash-a').textContent()).toBe(idA.hash);
    expect(await p.getByTestId('compare-hash-b').textContent()).toBe(idB.hash);
    const rows = p.getByTestId('compare-decisions').locator('tbody tr');
    expect(await rows.count()).toBe(3);
    expect(await rows.first().locator('th').textContent()).toBe('14');
    await p.getByTestId('replay-timeline').fill('20');
    expect(await week(p)).toBe(20);
    await click(p, 'compare-town-b');
    expect(await p.getByTestId('compare-town-b').getAttribute('aria-pressed')).toBe('true');
    await townUp(p);
    await shot(p, 'compare-1280');
    await p.getByTestId('compare-decisions').scrollIntoViewIfNeeded();
    await shot(p, 'compare-1280-log');
    await p.getByTestId('chart-care').scrollIntoViewIfNeeded();
    await shot(p, 'compare-1280-charts');
    await p.setViewportSize({ width: 1920, height: 1080 });
    await shot(p, 'compare-1920');
    await p.setViewportSize({ width: 390, height: 844 });
    await shot(p, 'compare-390');
    // one good code and one bad: the bad one is named
    await p.goto(`${site.url}#/compare?a=${codeA}&b=sf1.nonsense.x`);
    await waitFor(p, 'compare-error');
    expect(await p.getByTestId('compare-problems').textContent()).toMatch(/Run B/);
    // mend it in its box: the two runs open
    await p.getByTestId('compare-b-field').fill(codeB);
    await click(p, 'compare-open-both');
    await waitFor(p, 'compare');
    expect(await p.getByTestId('compare-hash-b').textContent()).toBe(idB.hash);
    expect(problems).toEqual([]);
  }, 300_000);
});
