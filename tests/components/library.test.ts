/**
 * The library of runs: a reload mid-quarter resumes at the week reached; a
 * second #/play link asks first and keeps both runs; My runs lists, exports
 * (one run, all), reopens and deletes them; the sound toggle is remembered;
 * with storage blocked (localStorage throws, IndexedDB refuses) the game says
 * so and plays. A finished run kept when the player plays again, with its
 * hash, scores, replay and debrief. The runs list on a phone's width is
 * tests/browser/library.test.ts.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { openApp, playQuarter, playToDebrief, waitUntil, type AppUnderTest } from './harness';
import { blockStorage, runHash, savedWeek } from './playHelpers';
import { catchDownloads } from './instructorHelpers';
import { RunLibrary, type FinishedRun } from '../../src/play/library/store';
import { RESULT_SCALE } from '../../src/play/analysis/score';
import { saveData } from '../unit/libraryHelpers';

let app: AppUnderTest | null = null;
const downloads = catchDownloads();
const undo: Array<() => void> = [];
afterEach(() => {
  app?.dispose();
  app = null;
  while (undo.length > 0) undo.pop()?.();
});

const items = () => [...document.querySelectorAll<HTMLElement>('[data-testid="run-item"]')];

async function itemCount(n: number): Promise<HTMLElement[]> {
  await waitUntil(`${n} runs listed`, () => items().length === n);
  return items();
}

/** Clicks the button with this data-testid inside one run's card. */
async function clickIn(item: HTMLElement, testid: string): Promise<void> {
  const el = item.querySelector<HTMLElement>(`[data-testid="${testid}"]`);
  if (!el) throw new Error(`no ${testid} in this run's card`);
  el.click();
  await new Promise((r) => setTimeout(r, 0));
}

describe('library of runs', () => {
  it('resumes mid-quarter at the week reached, keeps two runs, and lists, exports, reopens and deletes them', async () => {
    const a = (app = await openApp('#/play?scenario=founder&seed=lib-a', { language: 'en-GB' }));
    await a.click('start-quarter');
    await a.get('quarter-bar');
    await a.click('speed-4');
    await waitUntil('week 4 saved', () => (savedWeek() ?? 0) >= 4);
    await a.click('speed-pause');
    const week = savedWeek() as number;
    expect(week).toBeLessThan(13);

    // a reload resumes at that week, not at the quarter's start
    await a.reload();
    await a.get('quarter-bar');
    await a.click('speed-pause');
    const resumed = savedWeek() as number;
    expect(resumed).toBeGreaterThanOrEqual(week);
    expect(resumed).toBeLessThanOrEqual(week + 2);
    expect(await a.text('week')).toContain(`week ${resumed}`);
    await a.click('skip-quarter');
    await a.get('quarter-review');

    // another run's link asks first; continuing keeps us where we were
    await a.go('#/play?scenario=sales-director&seed=lib-b');
    await a.get('run-in-progress');
    await a.click('ask-continue');
    await a.get('quarter-review');
    expect(location.hash).toContain('seed=lib-a');
    // starting the new one keeps the old one in the library
    await a.go('#/play?scenario=sales-director&seed=lib-b');
    await a.click('ask-start-new');
    await a.get('start-quarter');

    await a.go('#/');
    await a.click('my-runs');
    await a.get('run-list');
    let list = await itemCount(2);
    expect(list[0].textContent).toContain('lib-b');
    expect(list[1].textContent).toContain('lib-a');
    expect(list[1].textContent).toContain('quarter 1');
    expect(await a.text('runs-where')).toContain('database');

    // export one run, then all
    const one = await downloads.next(() => a.click('run-export'));
    expect(one.name).toBe('salesfloor-run-sales-director-lib-b.json');
    expect((JSON.parse(await one.text()) as { save: { seed: string } }).save.seed).toBe('lib-b');
    const all = await downloads.next(() => a.click('runs-export-all'));
    expect((JSON.parse(await all.text()) as { runs: unknown[] }).runs).toHaveLength(2);

    // reopen the older one: its review, where it was left
    await clickIn(list[1], 'run-open');
    await a.get('quarter-review');
    expect(location.hash).toContain('seed=lib-a');

    // delete the current one (lib-a, now last played) after a confirmation; "keep it" first
    await a.go('#/runs');
    await a.get('run-list');
    list = await itemCount(2);
    const first = list[0];
    expect(first.textContent).toContain('lib-a');
    expect(first.textContent).toContain('Current game');
    await clickIn(first, 'run-delete');
    await a.click('cancel-delete');
    expect(items()).toHaveLength(2);
    await clickIn(first, 'run-delete');
    await a.click('confirm-delete');
    list = await itemCount(1);
    expect(list[0].textContent).toContain('lib-b');
    // the title no longer offers to continue it
    await a.click('runs-back');
    await a.get('my-runs');
    expect(a.find('continue')).toBeNull();
    // and still one after a reload
    await a.go('#/runs');
    await a.reload();
    await a.get('run-list');
    await itemCount(1);
    // the sound toggle: off by default, remembered across a reload
    expect((await a.get('sound-toggle')).getAttribute('aria-pressed')).toBe('false');
    await a.click('sound-toggle');
    expect((await a.get('sound-toggle')).getAttribute('aria-pressed')).toBe('true');
    await a.reload();
    await a.get('run-list');
    expect((await a.get('sound-toggle')).getAttribute('aria-pressed')).toBe('true');
    expect(localStorage.getItem('salesfloor.sound')).toBe('1');
  });

  it('with storage blocked (localStorage throws, IndexedDB refuses) says so once and still plays', async () => {
    undo.push(blockStorage());
    const a = (app = await openApp('#/play?scenario=founder&seed=lib-blocked', { language: 'fr-FR' }));
    expect(await a.text('notice')).toContain('ne laisse le jeu rien garder');
    await a.click('start-quarter');
    await a.click('skip-quarter');
    await a.get('quarter-review');
    expect(document.querySelectorAll('[data-testid="notice"]')).toHaveLength(1);
    await a.go('#/runs');
    await a.get('run-list');
    expect(await a.text('runs-where')).toContain('ne garde rien');
    expect(items()).toHaveLength(1);
  });

  it('keeps a finished run with its hash and scores when the player plays again, and replays it', async () => {
    const a = (app = await openApp('#/play?scenario=founder&seed=lib-done', { language: 'en-GB' }));
    await playQuarter(a);
    await playToDebrief(a);
    const hash = await runHash(a);

    await a.click('play-again');
    await a.click('choose-founder');
    await a.click('start-game');
    await a.get('start-quarter');

    await a.go('#/runs');
    await a.get('run-list');
    const list = await itemCount(2);
    const done = list[1];
    expect(done.textContent).toContain('Finished');
    expect(done.querySelector('[data-testid="run-hash"]')?.textContent).toBe(hash);
    expect(done.querySelector('[data-testid="run-scores"]')?.textContent).toMatch(/Result ledger \d+\/100, effect ledger \d+\/100/);
    expect(list[0].textContent).toContain('In progress: quarter 1');

    await clickIn(done, 'run-replay');
    await waitUntil('the replay’s address', () => /#\/replay\?code=sf2\./.test(location.hash));
    expect(await a.text('replay-hash')).toContain(hash);

    // its debrief opens from the list too
    await a.go('#/runs');
    await a.get('run-list');
    await clickIn((await itemCount(2))[1], 'run-open');
    await a.get('debrief');
    expect(await runHash(a)).toBe(hash);

    // looking at a finished debrief again is not playing it: the run keeps its "last played" date, so its place in the list
    await a.go('#/runs');
    await a.get('run-list');
    const after = await itemCount(2);
    expect(after[1].querySelector('[data-testid="run-hash"]')?.textContent).toBe(hash);
    expect(after[1].querySelector('[data-testid="run-open"]')?.textContent).toBe('Open the debrief');
    expect(after[0].querySelector('[data-testid="run-open"]')?.textContent).toBe('Continue');
    // and the title offers its debrief, not to continue it
    await a.go('#/');
    expect(await a.text('continue')).toBe("See the debrief: The founder's way");
  });
  it('shows a finished run\'s scores with what the result scale means; scores kept on the old scale are left to its debrief', async () => {
    const { library } = await RunLibrary.open(globalThis.indexedDB);
    const finished = (over: Partial<FinishedRun>): FinishedRun => ({ hash: 'abc', code: 'sf1.x', result: 50, effect: 64, profit: 213_000, reputation: 0.5, goalMet: false, ...over });
    await library.put({ v: 1, id: 'old', started: '2026-11-01T10:00:00.000Z', played: '2026-11-01T11:00:00.000Z', save: saveData({ id: 'old', phase: 'debrief', quarter: 7 }), finished: finished({}) });
    // a run left in quarter 2 after 5 of its weeks: the quarter bar said "Quarter 2 · week 5 of 13", the top bar "Q2 w5"
    await library.put({ v: 1, id: 'playing', started: '2026-11-01T09:00:00.000Z', played: '2026-11-01T09:30:00.000Z', save: saveData({ id: 'playing', phase: 'playing', quarter: 1, week: 18, seed: 'lib-3' }) });
    await library.put({ v: 1, id: 'new', started: '2026-11-02T10:00:00.000Z', played: '2026-11-02T11:00:00.000Z', save: saveData({ id: 'new', phase: 'debrief', quarter: 7, seed: 'lib-2' }), finished: finished({ result: 23, scale: RESULT_SCALE }) });
    app = await openApp('#/runs', { language: 'en-GB' });
    const [fresh, old, playing] = await itemCount(3);
    expect(playing.textContent).toContain('In progress: quarter 2, week 5');
    expect(fresh.querySelector('[data-testid="run-scores"]')?.textContent).toBe('Result ledger 23/100, effect ledger 64/100');
    expect(fresh.querySelector('[data-testid="run-scores"]')?.getAttribute('title')).toContain('100 is the better reference plan’s profit');
    expect(await app.text('runs-scale')).toContain('50 the other plan’s, 0 no profit');
    // the old scale's 50 is not shown beside the new scale's numbers
    expect(old.querySelector('[data-testid="run-scores"]')).toBeNull();
    expect(old.textContent).toContain('Open its debrief to compute its scores.');
  });
});
