/**
 * The SCORM 1.2 package under an LMS: `npm run build:scorm`'s zip, unpacked
 * and served with a runtime page that plays the LMS (scorm-again's
 * Scorm12API as `window.API`) and hosts the package in an iframe, as an LMS
 * does. The game reports its status, suspend data, scores and run code; a
 * relaunch with an empty localStorage resumes from the LMS's suspend data.
 * A class package (`build:scorm --scenario CODE`) opens into its scenario.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { openPage, shot } from './helpers/browser';
import { useSite } from './helpers/lifecycle';
import { expectedHash, firstShown, playQuarter, SAVE_KEY, skipQuarter } from './helpers/flow';
import { ROOT, serve, type Served } from './helpers/site';
import { decodeRunCode } from '../../src/codes/runCode';
import { encodeScenarioCode } from '../../src/codes/scenarioCode';
import { SHORT as SHORT_SCENARIO } from '../fixtures/shortScenario';
import { ASIDE_KEY, decodeSuspend } from '../../src/play/scorm';
import { MODEL_VERSION } from '../../src/sim';
import type { Decision } from '../../src/sim';

// the shared Chromium; the package is served from a folder of this file's own
const shared = useSite();
let work: string;
let site: Served;
let manifest: string;
let zipped: string[];

/** The LMS's page: scorm-again as the API, the package's launch page in a frame. */
const LMS_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>LMS</title>
<script src="scorm12.js"></script>
<script>
  window.newApi = (cmi) => {
    window.API = new Scorm12API({ autocommit: false, logLevel: 5 });
    if (cmi) window.API.loadFromJSON(cmi);
  };
  window.launch = (hash) => {
    document.getElementById('sco')?.remove();
    const frame = document.createElement('iframe');
    frame.id = 'sco';
    frame.name = 'sco';
    frame.style.cssText = 'width:1280px;height:720px;border:0';
    frame.src = 'content/index.html' + (hash || '');
    document.body.append(frame);
  };
  window.closeSco = () => document.getElementById('sco')?.remove();
</script></head><body style="margin:0"></body></html>`;

/** Builds a package with build:scorm's arguments into a new folder, unzips it under content/ beside the fake LMS, and serves the folder. */
async function hostPackage(prefix: string, args: readonly string[]): Promise<{ dir: string; files: Record<string, Uint8Array>; served: Served }> {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const out = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(ROOT, 'scripts', 'build-scorm.ts'), '--out', dir, ...args], { cwd: ROOT, encoding: 'utf8' });
  if (out.status !== 0) throw new Error(`build:scorm ${args.join(' ')} failed:\n${out.stdout}\n${out.stderr}`);
  const files = unzipSync(readFileSync(join(dir, 'salesfloor-scorm12.zip')));
  for (const [name, bytes] of Object.entries(files)) {
    const path = join(dir, 'content', name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, bytes);
  }
  copyFileSync(join(ROOT, 'node_modules', 'scorm-again', 'dist', 'scorm12.js'), join(dir, 'scorm12.js'));
  writeFileSync(join(dir, 'lms.html'), LMS_PAGE);
  return { dir, files, served: await serve(dir) };
}

beforeAll(async () => {
  // the package of the site the other browser tests use (build:scorm --site): the one build, its offline files left out
  const hosted = await hostPackage('salesfloor-lms-', ['--site', inject('siteDir')]);
  work = hosted.dir;
  site = hosted.served;
  zipped = Object.keys(hosted.files);
  manifest = new TextDecoder().decode(hosted.files['imsmanifest.xml']);
}, 300_000);

afterAll(async () => {
  await site?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

// --- the game inside the LMS's frame

async function sco(page: Page): Promise<Frame> {
  await page.waitForFunction(() => (document.getElementById('sco') as HTMLIFrameElement | null)?.contentWindow?.location.href.includes('/content/'));
  const f = page.frame({ name: 'sco' });
  if (!f) throw new Error('no SCO frame');
  return f;
}
const tap = (f: Frame, id: string) => f.getByTestId(id).first().click({ timeout: 60_000 });
const seen = (f: Frame, id: string) => f.getByTestId(id).first().waitFor({ state: 'visible', timeout: 60_000 });


/** What the LMS holds (scorm-again's data model), read from the LMS's page. */
type Cmi = { core: { lesson_status: string; lesson_location: string; exit: string; session_time: string; score: { raw: string; min: string; max: string } }; suspend_data: string; interactions: Record<string, { id: string; type: string; student_response: string; result: string }> };
const lms = (page: Page) => page.evaluate(() => JSON.parse(JSON.stringify((window as unknown as { API: { cmi: unknown } }).API.cmi)) as unknown) as Promise<Cmi>;

describe('SCORM 1.2 package', () => {
  it('has a manifest with one SCO listing every file of the package', () => {
    expect(manifest).toContain('<schemaversion>1.2</schemaversion>');
    expect(manifest).toMatch(/<resource identifier="[^"]+" type="webcontent" adlcp:scormtype="sco" href="index.html">/);
    expect(manifest).toMatch(/<organizations default="([^"]+)">\s*<organization identifier="\1">/);
    const listed = [...manifest.matchAll(/<file href="([^"]+)"\/>/g)].map((m) => decodeURIComponent(m[1]));
    expect(listed.sort()).toEqual(zipped.filter((f) => f !== 'imsmanifest.xml').sort());
    expect(listed).toContain('index.html');
    expect(listed.some((f) => /^assets\/phaser-.*\.js$/.test(f))).toBe(true);
    // an LMS hosts it: no service worker in the package
    expect(listed.filter((f) => f === 'sw.js' || f === 'manifest.webmanifest' || f.startsWith('workbox-'))).toEqual([]);
    const page = new TextDecoder().decode(readFileSync(join(work, 'content', 'index.html')));
    expect(page).toContain('<meta name="salesfloor-scorm"');
    expect(page).not.toContain('rel="manifest"');
  });

  it('reports progress, resumes from the suspend data, and reports completion, scores and the run code', async () => {
    const { page, problems } = await openPage(shared.browser, site.url, 'en-GB', { serviceWorkers: 'allow' });
    await page.setViewportSize({ width: 1300, height: 760 });
    await page.goto(`${site.url}lms.html`);
    // a shared computer: another trainee's game is in this browser, the LMS has nothing for this one
    const foreign = JSON.stringify({ version: 1, model: MODEL_VERSION, scenario: 'sales-director', seed: 'someone-else', quarter: 5, phase: 'planning', log: [] });
    await page.evaluate(([key, value]) => localStorage.setItem(key, value), [SAVE_KEY, foreign]);
    await page.evaluate(() => {
      const w = window as unknown as { newApi(cmi?: unknown): void; launch(hash?: string): void };
      w.newApi();
      w.launch();
    });
    let f = await sco(page);
    await seen(f, 'title');
    await seen(f, 'play');
    await expect(f.getByTestId('continue').count()).resolves.toBe(0);
    await expect(page.evaluate((key) => localStorage.getItem(key), ASIDE_KEY)).resolves.toBe(foreign);
    await f.goto(`${site.url}content/index.html#/play?scenario=founder&seed=lms`);
    await seen(f, 'start-quarter');
    expect((await lms(page)).core.lesson_status).toBe('incomplete');
    await playQuarter(f);
    let cmi = await lms(page);
    expect(cmi.core.lesson_status).toBe('incomplete');
    expect(cmi.core.lesson_location).toBe('Q1');
    expect(decodeSuspend(cmi.suspend_data)?.save).toMatchObject({ scenario: 'founder', seed: 'lms', quarter: 0, phase: 'review' });
    // on to quarter 2's planning, with a decision in it
    await tap(f, 'next-quarter');
    await seen(f, 'start-quarter');
    await f.getByTestId('lever-plan-commissionRate').fill('8');
    await f.getByTestId('lever-plan-commissionRate').press('Tab');
    await playQuarter(f);
    await tap(f, 'next-quarter');
    await seen(f, 'start-quarter');
    cmi = await lms(page);
    const suspended = decodeSuspend(cmi.suspend_data);
    expect(suspended?.save).toMatchObject({ quarter: 2, phase: 'planning' });
    expect(suspended?.save.log.some((d) => d.type === 'set' && d.key === 'plan.commissionRate')).toBe(true);
    expect(cmi.suspend_data.length).toBeLessThanOrEqual(4096);
    const log = suspended?.save.log ?? [];

    // the LMS closes the frame: the session is finished, suspended
    await page.evaluate(() => (window as unknown as { closeSco(): void }).closeSco());
    await page.waitForFunction(() => (window as unknown as { API: { isTerminated(): boolean } }).API.isTerminated());
    cmi = await lms(page);
    expect(cmi.core.exit).toBe('suspend');
    expect(cmi.core.session_time).toMatch(/^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/);

    // a relaunch on a browser with nothing saved: the LMS's data model is all there is
    await page.evaluate(() => localStorage.clear());
    await page.evaluate((saved) => {
      const w = window as unknown as { newApi(cmi?: unknown): void; launch(hash?: string): void };
      w.newApi({ core: { lesson_status: saved.core.lesson_status, lesson_location: saved.core.lesson_location }, suspend_data: saved.suspend_data });
      w.launch();
    }, cmi);
    f = await sco(page);
    await seen(f, 'continue');
    await expect(f.getByTestId('continue').textContent()).resolves.toContain('quarter 3');
    await tap(f, 'continue');
    await seen(f, 'start-quarter');
    await expect(f.getByTestId('start-quarter').textContent()).resolves.toContain('3');
    const resumed = await f.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null') as { quarter: number; log: Decision[] } | null, SAVE_KEY);
    expect(resumed?.quarter).toBe(2);
    expect(resumed?.log).toEqual(log);

    // to the end: completed, scored, and the run code handed in
    await playQuarter(f);
    for (let i = 0; i < 20; i++) {
      await tap(f, 'next-quarter');
      const next = await firstShown(f, ['debrief', 'start-quarter']);
      if (next === 'debrief') break;
      await playQuarter(f);
    }
    await seen(f, 'run-hash');
    const hash = (await f.getByTestId('run-hash').textContent())?.trim() ?? '';
    await shot(page, 'scorm-debrief');
    cmi = await lms(page);
    expect(cmi.core.lesson_status).toBe('completed');
    const raw = Number(cmi.core.score.raw);
    expect(Number.isInteger(raw) && raw >= 0 && raw <= 100).toBe(true);
    expect([cmi.core.score.min, cmi.core.score.max]).toEqual(['0', '100']);
    const [code, result, effect] = [0, 1, 2].map((n) => cmi.interactions[n]);
    expect(Object.keys(cmi.interactions)).toHaveLength(3);
    expect([code.id, code.type, result.id, result.type, effect.id, effect.type]).toEqual(['run-code', 'fill-in', 'result-score', 'numeric', 'effect-score', 'numeric']);
    expect(raw).toBe(Math.round((Number(result.student_response) + Number(effect.student_response)) / 2));
    const identity = decodeRunCode(code.student_response);
    const finalLog = await f.evaluate((key) => (JSON.parse(localStorage.getItem(key) ?? 'null') as { log: Decision[] }).log, SAVE_KEY);
    expect(identity).toMatchObject({ scenario: 'founder', seed: 'lms', hash, decisions: finalLog });
    expect(identity.decisions.slice(0, log.length)).toEqual(log);
    expect(hash).toBe(expectedHash('founder', 'lms', finalLog));
    // a relaunch at the debrief does not hand the same run in again
    await page.evaluate(() => (window as unknown as { closeSco(): void }).closeSco());
    await page.waitForFunction(() => (window as unknown as { API: { isTerminated(): boolean } }).API.isTerminated());
    cmi = await lms(page);
    expect(cmi.core.exit).toBe('');
    await page.evaluate((saved) => {
      const w = window as unknown as { newApi(cmi?: unknown): void; launch(hash?: string): void };
      w.newApi({ core: { lesson_status: saved.core.lesson_status }, suspend_data: saved.suspend_data });
      w.launch();
    }, cmi);
    f = await sco(page);
    await tap(f, 'continue');
    await seen(f, 'debrief');
    await seen(f, 'run-hash');
    cmi = await lms(page);
    expect(cmi.core.lesson_status).toBe('completed');
    expect(cmi.interactions).toEqual({});
    expect(problems).toEqual([]);
  }, 600_000);

  it('outside an LMS the package plays as the site does, with no service worker', async () => {
    const { page, problems } = await openPage(shared.browser, site.url, 'en-GB', { serviceWorkers: 'allow' });
    await page.goto(`${site.url}content/index.html#/play?scenario=founder&seed=plain`);
    await page.getByTestId('start-quarter').waitFor();
    await page.getByTestId('start-quarter').click();
    await skipQuarter(page);
    await expect(page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).resolves.toBe(0);
    expect(problems).toEqual([]);
  }, 300_000);
});

describe('SCORM 1.2 package of a class scenario (build:scorm --scenario)', () => {
  let classWork: string;
  let classSite: Served;
  beforeAll(async () => {
    const hosted = await hostPackage('salesfloor-lms-class-', ['--site', join(work, 'content'), '--scenario', encodeScenarioCode(SHORT_SCENARIO), '--seed', '5']);
    classWork = hosted.dir;
    classSite = hosted.served;
  }, 300_000);
  afterAll(async () => {
    await classSite?.close();
    if (classWork) rmSync(classWork, { recursive: true, force: true });
  });

  it('opens straight into the scenario’s briefing and game, and has none of the instructor’s pages', async () => {
    const { page, problems } = await openPage(shared.browser, classSite.url, 'en-GB', { serviceWorkers: 'allow' });
    await page.goto(`${classSite.url}lms.html`);
    await page.evaluate(() => {
      const w = window as unknown as { newApi(cmi?: unknown): void; launch(hash?: string): void };
      w.newApi();
      w.launch();
    });
    const f = await sco(page);
    await seen(f, 'briefing');
    expect(await f.getByTestId('custom-briefing').textContent()).toBe(SHORT_SCENARIO.briefing.en);
    expect(await f.locator('h1').first().textContent()).toContain(SHORT_SCENARIO.title.en);
    await expect(f.getByTestId('open-class').count()).resolves.toBe(0);
    await tap(f, 'start-game');
    await seen(f, 'start-quarter');
    expect((await lms(page)).core.lesson_status).toBe('incomplete');
    await f.goto(`${classSite.url}content/index.html#/class`);
    await f.getByText('This course holds one class scenario').waitFor();
    expect(problems).toEqual([]);
  }, 300_000);
});
