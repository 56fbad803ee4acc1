/**
 * Screens end with the page: leaving the lab or the class view lets their
 * workers go, a language switch (the same page drawn again) does not, and the
 * replay's keys and clock stop when the replay goes.
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

  it('the replay lets go of the keys when it goes', async () => {
    const seed = 'life';
    const code = encodeRunCode({ model: MODEL_VERSION, scenario: 'founder', seed, overrides: {}, decisions: [], hash: simulate({ params: scenarioParams('founder'), seed }).hash });
    // every keydown listener added from here on counts its calls
    let calls = 0;
    const add = document.addEventListener.bind(document);
    vi.spyOn(document, 'addEventListener').mockImplementation((type: string, fn: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions) => {
      if (type !== 'keydown' || typeof fn !== 'function') return add(type, fn, options);
      return add(type, (e: Event) => {
        calls++;
        fn(e);
      }, options);
    });
    app = await openApp(`#/replay?code=${code}`);
    await app.get('replay-week');
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Home' }));
    expect(calls).toBeGreaterThan(0);
    expect(app.find('replay-week')?.dataset.week).toBe('0');
    await app.go('#/');
    await app.get('title');
    calls = 0;
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'End' }));
    expect(calls).toBe(0);
  });
});
