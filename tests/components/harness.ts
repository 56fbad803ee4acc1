/**
 * The app shell under happy-dom, driven the way a player drives it: by the
 * stable data-testid hooks. No WebGL here, so the town is the timer fallback
 * (src/ui/shell/fallbackControls.ts) and "skip" plays the rest of a quarter at
 * once; the sim, the saves, the library and every screen are the real ones.
 */
import { initLocale } from '../../src/ui/shell/locale';
import { startApp } from '../../src/ui/shell/app';
import { setTourProgress } from '../../src/ui/tour/progress';
import type { Decision } from '../../src/sim';

export const SAVE_KEY = 'salesfloor.save';

export interface AppUnderTest {
  /** the element with this data-testid, or null */
  find(testid: string): HTMLElement | null;
  /** the element with this data-testid, waiting for it to be on the page and not hidden */
  get(testid: string, timeout?: number): Promise<HTMLElement>;
  click(testid: string): Promise<void>;
  /** types into a field and fires input and change, as a person typing would */
  fill(testid: string, value: string): Promise<void>;
  text(testid: string): Promise<string>;
  /** waits until no element has this data-testid */
  gone(testid: string, timeout?: number): Promise<void>;
  /** goes to a hash route, as a link or the address bar would */
  go(hash: string): Promise<void>;
  /** the app started again at the same address on the same storage, in a fresh DOM; module state (a draft held in a variable) stays, which a real reload would clear */
  reload(): Promise<void>;
  dispose(): void;
}

export interface OpenOptions {
  /** the browser's language (the app's default until the player picks one) */
  language?: string;
  /** leave the guided tour due, as on a first visit (default: taken) */
  tour?: boolean;
}

/** Waits `ms` of the page's time (0: lets what a click queued run first). */
export const tick = (ms = 0) => new Promise((r) => setTimeout(r, ms));
const sleep = tick;

/** On screen as far as the DOM says: connected, nothing above it hidden, every <details> round it open (its summary excepted). */
export function shown(el: Element | null): boolean {
  if (!el || !el.isConnected) return false;
  for (let e: Element | null = el; e; e = e.parentElement) {
    if ((e as HTMLElement).hidden) return false;
    const parent = e.parentElement;
    if (parent instanceof HTMLDetailsElement && !parent.open && e.tagName !== 'SUMMARY') return false;
  }
  return true;
}

export async function waitUntil<T>(what: string, probe: () => T | null | undefined | false, timeout = 10_000): Promise<T> {
  const end = performance.now() + timeout;
  for (;;) {
    const v = probe();
    if (v) return v;
    if (performance.now() > end) throw new Error(`timed out after ${timeout} ms waiting for ${what}`);
    await sleep(5);
  }
}

/** Starts the app at a hash route, as a visit to that address would. */
export async function openApp(hash = '#/', options: OpenOptions = {}): Promise<AppUnderTest> {
  if (options.language) Object.defineProperty(navigator, 'languages', { value: [options.language], configurable: true });
  // a player who has taken the tour is not shown it again
  setTourProgress(options.tour ? 'plan' : 'done');
  let stop: (() => void) | null = null;
  const start = async (at: string) => {
    history.replaceState(null, '', `/${at}`);
    document.body.replaceChildren(Object.assign(document.createElement('div'), { id: 'app' }));
    initLocale();
    stop = startApp(document.getElementById('app') as HTMLElement);
    await sleep(0);
  };
  await start(hash);
  const find = (testid: string) => document.querySelector<HTMLElement>(`[data-testid="${testid}"]`);
  const get = (testid: string, timeout?: number) => waitUntil(`[data-testid="${testid}"]`, () => {
    const el = find(testid);
    return el && shown(el) ? el : null;
  }, timeout);
  return {
    find,
    get,
    async click(testid) {
      const el = await get(testid);
      if ((el as HTMLButtonElement).disabled) throw new Error(`${testid} is disabled`);
      el.click();
      await sleep(0);
    },
    async fill(testid, value) {
      const el = (await get(testid)) as HTMLInputElement;
      el.focus();
      el.value = value;
      el.dispatchEvent(new Event('input', { bubbles: true }));
      el.dispatchEvent(new Event('change', { bubbles: true }));
      await sleep(0);
    },
    async text(testid) {
      return (await get(testid)).textContent ?? '';
    },
    gone: (testid, timeout) => waitUntil(`no [data-testid="${testid}"]`, () => !find(testid), timeout).then(() => undefined),
    async go(to) {
      location.hash = to;
      await sleep(0);
    },
    async reload() {
      const at = location.hash;
      stop?.();
      await start(at);
    },
    dispose() {
      stop?.();
      stop = null;
    },
  };
}

/** Plays one quarter from its planning: confirm, skip, reach the review. */
export async function playQuarter(app: AppUnderTest, accept = false): Promise<void> {
  await app.click('start-quarter');
  await app.click('skip-quarter');
  await answerDilemmas(app, accept);
}

/**
 * Runs a skipped quarter to its review, answering every dilemma it stops at
 * (sim/dilemmas.ts) the same way; returns how many were answered.
 */
export async function answerDilemmas(app: AppUnderTest, accept = false): Promise<number> {
  let answered = 0;
  for (;;) {
    const next = await waitUntil('the review or a dilemma', () => (app.find('quarter-review') ? 'review' : shown(app.find('dilemma')) ? 'dilemma' : null), 30_000);
    if (next === 'review') return answered;
    // the next dilemma's card may follow at once: wait for this one to go, not for none
    const card = app.find('dilemma') as HTMLElement;
    await app.click(accept ? 'dilemma-yes' : 'dilemma-no');
    answered++;
    await waitUntil('the dilemma answered', () => !card.isConnected);
  }
}

/** From a review: next quarter until the debrief. */
export async function playToDebrief(app: AppUnderTest): Promise<void> {
  for (let i = 0; i < 20; i++) {
    await app.click('next-quarter');
    const next = await waitUntil('the debrief or the next planning', () => (app.find('debrief') ? 'debrief' : app.find('start-quarter') ? 'planning' : null));
    if (next === 'debrief') return;
    await playQuarter(app);
  }
  throw new Error('no debrief after 20 quarters');
}

export function savedLog(): Decision[] {
  const raw = localStorage.getItem(SAVE_KEY);
  if (!raw) throw new Error('no saved game');
  return (JSON.parse(raw) as { log: Decision[] }).log;
}
