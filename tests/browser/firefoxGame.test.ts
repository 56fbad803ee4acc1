/**
 * The built game in Firefox: played to the debrief with a plan change in
 * quarter two, it shows the hash that `salesfloor run` computes on its saved
 * decision log, with no page error and no Content-Security-Policy violation
 * on the way. Runs headful on a private Xvfb display so that the town is drawn
 * with WebGL (headless Firefox has none without a GPU).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Decision } from '../../src/sim';
import { SAVE_KEY } from './helpers/flow';
import { clickId, cspViolations, firefoxOnSite, fillId, firefoxMissing, openTab, waitForId, watchCsp } from './helpers/firefox';
import { ROOT } from './helpers/site';
import type { Page } from 'puppeteer-core';

async function quarter(page: Page): Promise<void> {
  await clickId(page, 'start-quarter');
  await clickId(page, 'skip-quarter');
  await waitForId(page, 'quarter-review');
}

/** What `salesfloor run --decisions` prints as the hash for this log. */
function cliHash(scenario: string, seed: string, log: Decision[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'salesfloor-ff-'));
  try {
    const file = join(dir, 'log.json');
    writeFileSync(file, JSON.stringify(log));
    const out = execFileSync(process.execPath, [join(ROOT, 'bin/salesfloor.mjs'), 'run', '--scenario', scenario, '--seed', seed, '--decisions', file], { encoding: 'utf8', maxBuffer: 64 << 20 });
    return (JSON.parse(out) as { hash: string }).hash;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe.skipIf(firefoxMissing())('the game in Firefox', () => {
  const fx = firefoxOnSite();

  it('plays to the debrief with a plan change and ends on the CLI’s hash for its log', async () => {
    const scenario = 'founder';
    const seed = '12';
    const { page, problems } = await openTab(fx.browser, fx.site.url);
    await watchCsp(page);
    await page.goto(`${fx.site.url}#/play?scenario=${scenario}&seed=${seed}`);
    if (fx.headful) expect(await page.evaluate('!!document.createElement("canvas").getContext("webgl2")')).toBe(true);
    await quarter(page);
    await clickId(page, 'next-quarter');
    await fillId(page, 'lever-plan-commissionRate', '7');
    await quarter(page);
    for (let q = 3; q <= 8; q++) {
      await clickId(page, 'next-quarter');
      await quarter(page);
    }
    await clickId(page, 'next-quarter');
    await waitForId(page, 'run-hash');
    const hash = ((await page.$eval('[data-testid="run-hash"]', (el) => el.textContent)) ?? '').trim();
    const save = JSON.parse((await page.evaluate(`localStorage.getItem(${JSON.stringify(SAVE_KEY)})`)) as string) as { log: Decision[] };
    expect(save.log).toContainEqual({ week: 13, type: 'set', key: 'plan.commissionRate', value: 0.07 });
    expect(hash).toMatch(/^[0-9a-f]{16}$/);
    expect(hash).toBe(cliHash(scenario, seed, save.log));
    expect(await cspViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  }, 600_000);
});
