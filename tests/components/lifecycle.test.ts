/**
 * Screens end with the page: leaving the lab or the class view lets their
 * workers go, a language switch (the same page drawn again) does not, and the
 * replay's keys and clock stop when the replay goes, whatever screen follows it.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WorkerPool } from '../../src/shared/workerPool';
import { encodeRunCode } from '../../src/codes/runCode';
import { MODEL_VERSION, simulate } from '../../src/sim';
import { scenarioParams } from '../../src/scenarios';
import { openApp, waitUntil, type AppUnderTest } from './harness';

let app: AppUnderTest | null = null;
afterEach(() => {
  app?.dispose();
  vi.restoreAllMocks();
});

const settle = () => new Promise((r) => setTimeout(r, 20));

/** Counts the calls of every keydown listener added to the document from now on. */
function countKeydowns(): { calls: number } {
  const count = { calls: 0 };
  const add = document.addEventListener.bind(document);
  vi.spyOn(document, 'addEventListener').mockImplementation((type: string, fn: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions) => {
    if (type !== 'keydown' || typeof fn !== 'function') return add(type, fn, options);
    return add(type, (e: Event) => {
      count.calls++;
      fn(e);
    }, options);
  });
  return count;
}

function replayCode(seed: string): string {
  return encodeRunCode({ model: MODEL_VERSION, scenario: 'founder', seed, overrides: {}, decisions: [], hash: simulate({ params: scenarioParams('founder'), seed }).hash });
}

describe('screen lifecycles', () => {
  it.each([
    ['#/lab', 'lab'],
    ['#/class', 'class-view'],
  ])('%s keeps its workers through a language switch and lets them go when the page leaves', async (hash, testid) => {
    const dispose = vi.spyOn(WorkerPool.prototype, 'dispose');
    app = await openApp(hash);
    await app.get(testid);
    await app.click('lang-fr');
    await app.get(testid);
    await settle();
    expect(dispose).not.toHaveBeenCalled();
    await app.go('#/');
    await app.get('title');
    await waitUntil('the workers let go', () => dispose.mock.calls.length > 0);
  });

  it('the replay lets go of the keys and stops its clock when it goes', async () => {
    const keys = countKeydowns();
    const started = vi.spyOn(globalThis, 'setInterval');
    const cleared = vi.spyOn(globalThis, 'clearInterval');
    app = await openApp(`#/replay?code=${replayCode('life')}`);
    await app.get('replay-week');
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Home' }));
    expect(keys.calls).toBeGreaterThan(0);
    expect(app.find('replay-week')?.dataset.week).toBe('0');
    // playing: the clock runs until the page goes
    await app.click('replay-play');
    const clock = started.mock.results.at(-1)?.value as unknown;
    expect(clock).toBeDefined();
    expect(cleared.mock.calls.some(([id]) => id === clock)).toBe(false);
    await app.go('#/');
    await app.get('title');
    expect(cleared.mock.calls.some(([id]) => id === clock)).toBe(true);
    keys.calls = 0;
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'End' }));
    expect(keys.calls).toBe(0);
  });

  it('a question about another run, mounted over the replay, ends the replay\'s screen too', async () => {
    // a game in progress, then the replay: only the replay's keydown listeners count from here on
    app = await openApp('#/play?scenario=founder&seed=in-progress');
    await app.get('start-quarter');
    const keys = countKeydowns();
    await app.go(`#/replay?code=${replayCode('life-ask')}`);
    await app.get('replay-week');
    // a link to another run: the app asks before replacing the one in progress
    await app.go('#/play?scenario=founder&seed=another');
    await app.get('run-in-progress');
    keys.calls = 0;
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Home' }));
    expect(keys.calls).toBe(0);
  });
});
