/**
 * The replay and the side-by-side view in Firefox (headful on a private Xvfb
 * display, so the town is drawn with WebGL): a code made in Node opens on its
 * hash, the timeline and the presenter's keys move it to the weeks whose
 * hashes Node computes, a tampered code gets its message, and two codes open
 * side by side. No page error, no CSP violation.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { encodeRunCode, identityOf } from '../../src/codes/runCode';
import { RunSnapshots } from '../../src/replay/snapshots';
import { scenarioParams } from '../../src/scenarios';
import type { Decision } from '../../src/sim';
import { keyMoments } from '../../src/play/analysis/moments';
import { quarterStats } from '../../src/play/analysis/quarters';
import { clickId, cspViolations, firefoxOnSite, fillId, firefoxMissing, openTab, waitForId, watchCsp } from './helpers/firefox';

const decisions: Decision[] = [
  { week: 13, type: 'set', key: 'plan.commissionRate', value: 0.03 },
  { week: 39, type: 'hire', count: 1 },
];
const idA = identityOf('founder', '8', {}, decisions);
const idB = identityOf('sales-director', '8', {}, []);
const snaps = RunSnapshots.record({ params: scenarioParams('founder'), seed: '8', decisions });
const first = snaps.records[0];
const moments = keyMoments(quarterStats(snaps.records), first.reputation, first.careMotive);

const text = async (page: Page, id: string) => ((await page.$eval(`[data-testid="${id}"]`, (el) => el.textContent)) ?? '').trim();
const week = async (page: Page) => Number(await page.$eval('[data-testid="replay-week"]', (el) => el.getAttribute('data-week')));

describe.skipIf(firefoxMissing())('the replay in Firefox', () => {
  const fx = firefoxOnSite();

  it('replays a code on Node\'s hashes, by the timeline and the keys; a tampered code is refused; two codes side by side', async () => {
    const { page, problems } = await openTab(fx.browser, fx.site.url);
    await watchCsp(page);
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
    expect(await cspViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  }, 600_000);
});
