/**
 * The replay page and the side-by-side view under happy-dom: codes made in
 * Node open, the timeline scrubs, the presenter's keys step and jump to a key
 * moment, play moves on by itself and pauses; the hash shown is the one a
 * straight run in Node gives at that week (and the code's at the end); the
 * charts carry the run's numbers; a damaged or tampered code gets its message
 * and a way back; two codes open side by side. (Space on a focused button in a
 * real browser, and axe: tests/browser/accessibility.test.ts; the replay in
 * Firefox: tests/browser/firefox.test.ts.)
 */
import { afterEach, describe, expect, it } from 'vitest';
import { encodeRunCode, identityOf } from '../../src/codes/runCode';
import { RunSnapshots } from '../../src/replay/snapshots';
import { scenarioParams } from '../../src/scenarios';
import type { Decision } from '../../src/sim';
import type { FacilitatorScenario } from '../../src/codes/facilitatorScenario';
import { encodeScenarioCode } from '../../src/codes/scenarioCode';
import { keyMoments } from '../../src/play/analysis/moments';
import { cumulative, quarterStats } from '../../src/play/analysis/quarters';
import { openApp, tick, waitUntil, type AppUnderTest } from './harness';
import { liveCharts } from './fakeChart';
import { choose, control } from './instructorHelpers';

let app: AppUnderTest | null = null;
afterEach(() => app?.dispose());

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

const week = (a: AppUnderTest) => Number(a.find('replay-week')?.dataset.week);
const hash = (a: AppUnderTest) => a.find('replay-hash')?.textContent;
const sleep = tick;

/** A key pressed where the focus is, as the keyboard sends it; returns whether the page took it (preventDefault). */
async function press(key: string): Promise<boolean> {
  const target = document.activeElement ?? document.body;
  const e = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true });
  target.dispatchEvent(e);
  await sleep(0);
  return e.defaultPrevented;
}

/** Moves the timeline as a drag or the arrow keys on it do. */
async function scrub(a: AppUnderTest, to: number): Promise<void> {
  await a.fill('replay-timeline', String(to));
}

/** The data of each series on the chart with this data-testid, once drawn (Chart.js loads with import()). */
async function chartData(testid: string): Promise<unknown[][]> {
  const chart = await waitUntil(`the chart ${testid}`, () => liveCharts().find((c) => c.canvas.closest(`[data-testid="${testid}"]`)));
  return chart.data.datasets.map((d) => d.data);
}

function focusHeading(): void {
  document.querySelector<HTMLElement>('h1')?.focus();
}

describe('replay', () => {
  it('opens a code, scrubs, steps, jumps to a key moment by its number key and shows the same hashes as Node', async () => {
    app = await openApp(`#/replay?code=${codeA}`);
    await app.get('replay');
    // it opens at the end: the code's hash
    expect(week(app)).toBe(104);
    expect(hash(app)).toBe(idA.hash);
    expect(await app.text('replay-code-hash')).toBe(idA.hash);
    expect((await app.get('replay-decisions')).querySelectorAll('li')).toHaveLength(decisions.length);
    // the charts show the run's weeks, Node's numbers
    expect(await chartData('chart-profit')).toEqual([cumulative(snaps.records.map((r) => r.profit))]);

    // scrub the timeline
    await scrub(app, 30);
    expect(week(app)).toBe(30);
    expect(hash(app)).toBe(snaps.hashes[30]);

    // the presenter's keys (focus off the timeline first)
    focusHeading();
    expect(moments.length).toBeGreaterThan(1);
    await press('2');
    const target = Math.min(104, moments[1].quarter * 13);
    expect(week(app)).toBe(target);
    expect(hash(app)).toBe(snaps.hashes[target]);
    await press('ArrowLeft');
    expect(week(app)).toBe(target - 1);
    await press('ArrowRight');
    await press('ArrowRight');
    expect(week(app)).toBe(target + 1);
    expect(hash(app)).toBe(snaps.hashes[target + 1]);
    await press('Home');
    expect(week(app)).toBe(0);
    expect(hash(app)).toBe(snaps.hashes[0]);

    // play moves on by itself, at the speed chosen; space pauses
    await choose(app, 'replay-speed', '16');
    focusHeading();
    await press(' ');
    await waitUntil('the replay playing past week 8', () => week(app as AppUnderTest) > 8);
    await press(' ');
    expect(control(app, 'replay-play').dataset.playing).toBe('false');
    const paused = week(app);
    await sleep(800);
    expect(week(app)).toBe(paused);

    // a moment marker on the timeline, then the end: the code's hash again
    await app.click('moment-1');
    expect(week(app)).toBe(Math.min(104, moments[0].quarter * 13));
    await app.click('replay-end');
    expect(week(app)).toBe(104);
    expect(hash(app)).toBe(idA.hash);
    await app.click('replay-back');
    expect(week(app)).toBe(103);

    // projector mode: the panel and the keys still work
    await app.click('projector-toggle');
    expect(document.body.classList.contains('projector')).toBe(true);
    focusHeading();
    await press('1');
    expect(week(app)).toBe(Math.min(104, moments[0].quarter * 13));
    await app.click('projector-toggle');
    // space is the presenter's key wherever the focus is but a field: taken from the button's own press
    await scrub(app, 50);
    control(app, 'replay-start').focus();
    expect(await press(' ')).toBe(true);
    expect(control(app, 'replay-play').dataset.playing).toBe('true');
    expect(await press(' ')).toBe(true);
    expect(control(app, 'replay-play').dataset.playing).toBe('false');
    expect(week(app)).toBeGreaterThanOrEqual(50);
  });

  it('a damaged or tampered code gets its message, a box to try another and a way home', async () => {
    // one character changed: the check digits catch it
    const body = codeA.split('.')[1];
    const flipped = `sf1.${body.slice(0, 10)}${body[10] === 'A' ? 'B' : 'A'}${body.slice(11)}.${codeA.split('.')[2]}`;
    app = await openApp(`#/replay?code=${flipped}`);
    await app.get('replay-error');
    expect(await app.text('replay-problem')).toMatch(/damaged or incomplete/);
    // a code whose hash is not the run's: rerunning it tells
    const tampered = encodeRunCode({ ...idA, hash: '0123456789abcdef' });
    await app.go(`#/replay?code=${tampered}`);
    await waitUntil('the tampered code named', () => app?.find('replay-problem')?.textContent?.includes('0123456789abcdef'));
    expect(await app.text('replay-problem')).toContain(idA.hash);
    // paste a good one (as a link) into the box
    await app.fill('replay-paste-field', `https://example.org/#/replay?code=${codeB}`);
    await app.click('replay-paste-open');
    await app.get('replay');
    expect(hash(app)).toBe(idB.hash);
    // in French, at the same week
    await scrub(app, 40);
    await app.click('lang-fr');
    await waitUntil('the replay in French', () => document.querySelector('h1')?.textContent === 'Relecture d’une partie');
    expect(week(app)).toBe(40);
    expect(await app.text('replay-week')).toContain('Semaine 40 sur 104');
    // the charts drawn again on the page in French (a run already recorded is built before it is shown)
    const snapsB = RunSnapshots.record({ params: scenarioParams('sales-director'), seed: '42', decisions: [] });
    expect(await chartData('chart-profit')).toEqual([cumulative(snapsB.records.map((r) => r.profit))]);
    await app.click('lang-en');
    // the page without a code: the paste box, and home
    await app.go('#/replay');
    await app.get('replay-open');
    await app.click('go-home');
    await app.get('title');
  });

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
    // the code names its scenario, which this browser does not know: the replay asks for its scenario code, once
    app = await openApp(`#/replay?code=${encodeRunCode(id)}`);
    expect(await app.text('replay-problem')).toContain('class scenario');
    await app.fill('replay-scenario-ask-field', 'sfs1.damaged.x');
    await app.click('replay-scenario-ask-open');
    expect(await app.text('replay-scenario-ask-status')).toContain('damaged');
    await app.fill('replay-scenario-ask-field', encodeScenarioCode(custom));
    await app.click('replay-scenario-ask-open');
    await app.get('replay');
    expect(week(app)).toBe(39);
    expect(hash(app)).toBe(id.hash);
    expect(await app.text('replay-run')).toContain('Downturn <b>drill</b>');
    expect((await app.get('replay-run')).querySelectorAll('b')).toHaveLength(0);
    // the trainee's decision under "Decisions", the scenario's event under the facilitator's own heading, at the week the facilitator's page names
    const log = (await app.get('replay-decisions')).querySelectorAll('li');
    expect(log).toHaveLength(1);
    expect(log[0].textContent).toContain('hire 1');
    const events = await app.get('replay-events');
    expect(events.closest('.card')?.querySelector('h2')?.textContent).toBe('Facilitator’s events');
    expect([...events.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['Week 6 of 39 — recession: inbound interest −50% for 10 weeks']);
  });

  it('a replay link carrying the class scenario’s code (&sc=) opens its run at once', async () => {
    const custom: FacilitatorScenario = { base: 'founder', overrides: { 'run.weeks': 13 }, events: [], locked: [], bounds: {}, title: { en: 'Linked drill', fr: 'Exercice lié' }, briefing: { en: '', fr: '' } };
    const id = identityOf('founder', '4', {}, [], custom);
    app = await openApp(`#/replay?code=${encodeRunCode(id)}&sc=${encodeScenarioCode(custom)}`);
    await app.get('replay');
    expect(hash(app)).toBe(id.hash);
    expect(await app.text('replay-run')).toContain('Linked drill');
  });

  it('compare asks for a class scenario it does not know, then opens both runs with the names the class view passed', async () => {
    const custom: FacilitatorScenario = { base: 'founder', overrides: { 'run.weeks': 13 }, events: [], locked: [], bounds: {}, title: { en: 'Compared drill', fr: 'Exercice comparé' }, briefing: { en: '', fr: '' } };
    const a = encodeRunCode(identityOf('founder', '5', {}, [], custom));
    const b = encodeRunCode(identityOf('founder', '6', {}, [], custom));
    app = await openApp(`#/compare?a=${a}&b=${b}&na=${encodeURIComponent('<i>Ann</i>')}&nb=Bob`);
    await app.get('compare-scenario-ask');
    await app.fill('compare-scenario-ask-field', encodeScenarioCode(custom));
    await app.click('compare-scenario-ask-open');
    await app.get('compare');
    await app.go(`#/compare?a=${a}&b=${b}&na=${encodeURIComponent('<i>Ann</i>')}&nb=Bob`);
    expect(await app.text('compare-name-a')).toBe(' — <i>Ann</i>');
    expect(await app.text('compare-name-b')).toBe(' — Bob');
    expect((await app.get('compare')).querySelectorAll('i')).toHaveLength(0);
  });

  it('two codes side by side: both runs, one timeline, the logs aligned by week, the town switched', async () => {
    app = await openApp(`#/replay?code=${codeA}`);
    await app.get('replay');
    await app.fill('compare-paste-field', codeB);
    await app.click('compare-paste-open');
    await app.get('compare');
    expect(await app.text('compare-hash-a')).toBe(idA.hash);
    expect(await app.text('compare-hash-b')).toBe(idB.hash);
    const rows = (await app.get('compare-decisions')).querySelectorAll('tbody tr');
    expect(rows).toHaveLength(3);
    expect(rows[0].querySelector('th')?.textContent).toBe('14');
    // both runs on each chart
    const snapsB = RunSnapshots.record({ params: scenarioParams('sales-director'), seed: '42', decisions: [] });
    expect(await chartData('chart-profit')).toEqual([snaps.records, snapsB.records].map((r) => cumulative(r.map((w) => w.profit))));
    await scrub(app, 20);
    expect(week(app)).toBe(20);
    await app.click('compare-town-b');
    expect(control(app, 'compare-town-b').getAttribute('aria-pressed')).toBe('true');
    // one good code and one bad: the bad one is named
    await app.go(`#/compare?a=${codeA}&b=sf1.nonsense.x`);
    await app.get('compare-error');
    expect(await app.text('compare-problems')).toMatch(/Run B/);
    // mend it in its box: the two runs open
    await app.fill('compare-b-field', codeB);
    await app.click('compare-open-both');
    await app.get('compare');
    expect(await app.text('compare-hash-b')).toBe(idB.hash);
  });
});
