/**
 * Screenshots of every screen at four sizes in English and French, into
 * test-results/screenshots/screen-<size>-<lang>-<nn>-<screen>.png:
 *
 *   npm run screenshots                 all sizes, both languages
 *   npm run screenshots -- 390x844 fr   only that size and/or language
 *
 * Builds the site (as the browser tests do), serves it on 127.0.0.1 and plays
 * one game in headless Chromium per size and language: title, scenario
 * choice, briefing, planning with the guided tour, the town mid-quarter, the
 * first dilemma the quarter stops at, the
 * review, a rep's card with their pipeline, the town in a quarter's last weeks,
 * the debrief, the replay of that run (and, on the sizes without touch, the
 * replay, the side-by-side view and the class view in projector mode), the class view holding it, the
 * facilitator's premises and the lab. Phones and tablets are emulated with touch.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launch, SHOTS } from '../tests/browser/helpers/browser';
import { answerOne, playToDebrief, skipQuarter } from '../tests/browser/helpers/flow';
import { ROOT, serve } from '../tests/browser/helpers/site';

interface Size {
  name: string;
  width: number;
  height: number;
  touch: boolean;
}

const SIZES: Size[] = [
  { name: '390x844', width: 390, height: 844, touch: true },
  { name: '768x1024', width: 768, height: 1024, touch: true },
  { name: '1280x720', width: 1280, height: 720, touch: false },
  { name: '1366x768', width: 1366, height: 768, touch: false },
  { name: '1920x1080', width: 1920, height: 1080, touch: false },
];
const LANGS = [
  { name: 'en', locale: 'en-GB' },
  { name: 'fr', locale: 'fr-FR' },
];
const SCENARIO = 'sales-director';
const SEED = 'screens-1';

async function visible(page: Page, testid: string, timeout = 60_000): Promise<void> {
  await page.getByTestId(testid).first().waitFor({ state: 'visible', timeout });
}

async function tap(page: Page, testid: string, touch: boolean): Promise<void> {
  const el = page.getByTestId(testid).first();
  await el.waitFor({ state: 'visible', timeout: 60_000 });
  // the town plays on while the tap waits: a dilemma may hold it (its card is modal); it is answered, the tap tried again
  for (let tries = 0; tries < 10; tries++) {
    const done = await (touch ? el.tap({ timeout: 3000 }) : el.click({ timeout: 3000 })).then(() => true, () => false);
    if (done) return;
    if (await page.getByTestId('dilemma').isVisible()) await answerCard(page);
  }
  if (touch) await el.tap({ timeout: 30_000 });
  else await el.click({ timeout: 30_000 });
}

/** The first dilemma card of a game is shot (by the game's shot function), then each is declined. */
let shootDilemma: ((screen: string) => Promise<void>) | null = null;
async function answerCard(page: Page): Promise<void> {
  const shot = shootDilemma;
  shootDilemma = null;
  if (shot) await shot('dilemma');
  await answerOne(page);
}

async function play(browser: Browser, base: string, size: Size, lang: (typeof LANGS)[number]): Promise<string[]> {
  const context = await browser.newContext({
    viewport: { width: size.width, height: size.height },
    locale: lang.locale,
    isMobile: size.touch,
    hasTouch: size.touch,
  });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
  });
  page.setDefaultTimeout(60_000);
  let n = 0;
  /** fullPage for the pages that scroll (what is below the fold is where tables clip) */
  const shot = async (screen: string, fullPage = false) => {
    await page.waitForTimeout(400);
    n++;
    const file = join(SHOTS, `screen-${size.name}-${lang.name}-${String(n).padStart(2, '0')}-${screen}.png`);
    await page.screenshot({ path: file, fullPage });
    console.info(file);
  };

  shootDilemma = shot;
  await page.goto(base);
  await visible(page, 'title');
  await page.waitForTimeout(1500);
  await shot('title');
  await tap(page, 'play', size.touch);
  await visible(page, 'scenarios');
  await shot('scenarios');
  await page.goto(`${base}#/briefing?scenario=${SCENARIO}&seed=${SEED}`);
  await visible(page, 'briefing');
  await shot('briefing');
  await tap(page, 'start-game', size.touch);
  await visible(page, 'start-quarter');
  // the guided tour opens on a first game's planning
  const tour = page.getByTestId('tour');
  if (await tour.waitFor({ state: 'visible', timeout: 5000 }).then(() => true, () => false)) {
    await shot('tour-town');
    await tap(page, 'tour-next', size.touch);
    await shot('tour-plan');
    await tap(page, 'tour-next', size.touch);
  }
  await shot('planning');
  await tap(page, 'start-quarter', size.touch);
  await visible(page, 'quarter-bar');
  // a couple of weeks in, the tour points at a relating rep, a pushing rep and a customer who talks
  if (await tour.waitFor({ state: 'visible', timeout: 15_000 }).then(() => true, () => false)) {
    await shot('tour-rep');
    await tap(page, 'tour-next', size.touch);
    await tap(page, 'tour-next', size.touch);
    await shot('tour-customer');
    await tap(page, 'tour-next', size.touch);
  }
  await page.waitForTimeout(2000);
  await shot('town');
  // the quarter stops at each dilemma it meets (sim/dilemmas.ts): the first, a few weeks in on this town, is shot; each is declined
  if (await page.getByTestId('dilemma').waitFor({ state: 'visible', timeout: 20_000 }).then(() => true, () => false)) await answerCard(page);
  await skipQuarter(page);
  await page.waitForTimeout(800);
  if (await tour.waitFor({ state: 'visible', timeout: 5000 }).then(() => true, () => false)) {
    await shot('tour-ledger');
    await tap(page, 'tour-next', size.touch);
    await tap(page, 'tour-next', size.touch);
  }
  await page.evaluate(() => window.scrollTo(0, 0));
  await shot('review', true);
  // the next quarter's planning: a rep's card with their pipeline, then the town in the quarter's last weeks, where
  // reps pull deals in and hold them back
  await tap(page, 'next-quarter', size.touch);
  await visible(page, 'start-quarter');
  await tap(page, 'rep-1', size.touch);
  await visible(page, 'rep-pipeline');
  await shot('rep-card');
  await tap(page, 'close-rep', size.touch);
  await tap(page, 'start-quarter', size.touch);
  await visible(page, 'quarter-bar');
  await tap(page, 'speed-4', size.touch);
  // on to the quarter's last weeks, through the dilemmas on the way
  for (;;) {
    const at = await Promise.race([
      page.waitForFunction(() => /(?:week|semaine) 1[12] /i.test(document.querySelector('[data-testid="week"]')?.textContent ?? ''), null, { timeout: 120_000 }).then(() => 'end' as const, () => null),
      page.getByTestId('dilemma').waitFor({ state: 'visible', timeout: 120_000 }).then(() => 'dilemma' as const, () => null),
    ]);
    if (at === 'end') break;
    if (at === null) throw new Error('the quarter did not reach its last weeks');
    await answerCard(page);
  }
  await tap(page, 'speed-pause', size.touch);
  await shot('town-quarter-end');
  // a dilemma may hold the town there (a rep near quota asking for a discount): declined
  if (await page.getByTestId('dilemma').isVisible()) await answerCard(page);
  await skipQuarter(page);
  await playToDebrief(page);
  await page.locator('[data-testid="debrief"] .debrief-runs[data-ready="true"]').waitFor({ timeout: 180_000 }).catch(() => undefined);
  await page.waitForTimeout(800);
  await shot('debrief', true);
  const link = (await page.getByTestId('run-link').first().getAttribute('href')) ?? '';
  const code = new URLSearchParams(link.split('?')[1] ?? '').get('code') ?? '';
  await page.goto(`${base}#/replay?${new URLSearchParams({ code }).toString()}`);
  await visible(page, 'replay');
  await page.waitForTimeout(1500);
  await shot('replay');
  if (!size.touch) {
    // projector mode (?projector=1, remembered until ?projector=0): the replay, the side-by-side view and the class view
    await page.goto(`${base}#/replay?${new URLSearchParams({ projector: '1', code }).toString()}`);
    await visible(page, 'replay');
    await page.waitForTimeout(1500);
    await shot('replay-projector');
    await page.goto(`${base}#/compare?${new URLSearchParams({ projector: '1', a: code, b: code }).toString()}`);
    await visible(page, 'compare');
    await page.waitForTimeout(1500);
    await shot('compare-projector');
    await page.goto(`${base}#/class?projector=1`);
    await visible(page, 'class-view');
    await page.getByTestId('class-paste').fill(code);
    await tap(page, 'class-load', size.touch);
    await page.waitForTimeout(2500);
    await shot('class-projector', true);
    await page.goto(`${base}#/?projector=0`);
  }
  await page.goto(`${base}#/class`);
  await visible(page, 'class-view');
  await page.getByTestId('class-paste').fill(code);
  await tap(page, 'class-load', size.touch);
  await page.waitForTimeout(2500);
  await shot('class', true);
  await page.goto(`${base}#/facilitator`);
  await visible(page, 'facilitator');
  await page.getByTestId('facilitator-premise').selectOption('noRelationships');
  await visible(page, 'premise-lead');
  await page.getByTestId('facilitator-premises').scrollIntoViewIfNeeded();
  await shot('facilitator-premises');
  await page.goto(`${base}#/lab`);
  await visible(page, 'lab');
  await page.waitForTimeout(800);
  await shot('lab', true);
  await context.close();
  return problems;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const sizes = SIZES.filter((s) => !args.some((a) => /^\d+x\d+$/.test(a)) || args.includes(s.name));
  const langs = LANGS.filter((l) => !args.some((a) => a === 'en' || a === 'fr') || args.includes(l.name));
  mkdirSync(SHOTS, { recursive: true });
  // a fresh build of the working tree, in a folder of its own
  const dir = join(ROOT, 'test-results', 'site', 'screenshots');
  const vite = join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  const built = spawnSync(process.execPath, [vite, 'build', '--outDir', dir, '--emptyOutDir', '--logLevel', 'warn'], { cwd: ROOT, encoding: 'utf8' });
  if (built.status !== 0) throw new Error(`vite build failed:\n${built.stdout}\n${built.stderr}`);
  const site = await serve(dir);
  const browser = await launch();
  let failed = false;
  try {
    for (const size of sizes) {
      for (const lang of langs) {
        try {
          const problems = await play(browser, site.url, size, lang);
          for (const p of problems) console.warn(`${size.name} ${lang.name}: ${p}`);
        } catch (err) {
          failed = true;
          console.error(`${size.name} ${lang.name}: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`);
        }
      }
    }
  } finally {
    await browser.close();
    await site.close();
  }
  if (failed) process.exitCode = 1;
}

void main();
