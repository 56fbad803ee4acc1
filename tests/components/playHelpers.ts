/**
 * What the game's component tests do besides clicking (harness.ts): keys and
 * typing as a person's keyboard sends them, what a field's description reads,
 * the run's hash against the headless runner's, the save's week, the files the
 * page offers for download, storage refused, and a finished game's debrief
 * opened from a save (as tests/browser/helpers/debrief.ts does in Chromium).
 */
import { MODEL_VERSION, simulate, type Decision } from '../../src/sim';
import { scenarioParams } from '../../src/scenarios';
import { openApp, SAVE_KEY, waitUntil, type AppUnderTest, type OpenOptions } from './harness';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A key pressed on an element: keydown then keyup, as a keyboard sends them (the browser's own default actions aside). */
export async function press(el: Element, key: string, init: KeyboardEventInit = {}): Promise<void> {
  el.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init }));
  el.dispatchEvent(new KeyboardEvent('keyup', { key, bubbles: true, cancelable: true, ...init }));
  await sleep(0);
}

/**
 * Enter or Escape pressed where the focus is, as a keyboard sends it: to the
 * focused element (the page's own listeners hear it bubble up), and Enter on
 * a focused button clicks it, as browsers do (happy-dom has no such default).
 */
export async function pressOnFocus(key: 'Enter' | 'Escape'): Promise<void> {
  const target = (document.activeElement as HTMLElement | null) ?? document.body;
  const down = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true });
  target.dispatchEvent(down);
  if (key === 'Enter' && !down.defaultPrevented && target instanceof HTMLButtonElement && !target.disabled) target.click();
  target.dispatchEvent(new KeyboardEvent('keyup', { key, bubbles: true, cancelable: true }));
  await sleep(0);
}

/** Types into a text field one character at a time, the caret at the end, an input event per character (playwright's pressSequentially). */
export async function typeInto(input: HTMLInputElement, text: string): Promise<void> {
  input.focus();
  for (const ch of text) {
    const at = input.selectionStart ?? input.value.length;
    input.value = input.value.slice(0, at) + ch + input.value.slice(input.selectionEnd ?? at);
    input.setSelectionRange(at + 1, at + 1);
    input.dispatchEvent(new InputEvent('input', { bubbles: true, data: ch, inputType: 'insertText' }));
  }
  await sleep(0);
}

/** Empties a field as select-all and delete would. */
export async function clearField(input: HTMLInputElement): Promise<void> {
  input.focus();
  input.value = '';
  input.setSelectionRange(0, 0);
  input.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'deleteContentBackward' }));
  await sleep(0);
}

/** Moves the focus on from a field (Tab): its blur and change fire. */
export async function leaveField(input: HTMLInputElement): Promise<void> {
  input.dispatchEvent(new Event('change', { bubbles: true }));
  input.blur();
  await sleep(0);
}

/** What a field's aria-describedby points at, as text ("a | b | c"). */
export function described(el: Element): string {
  return (el.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((ref) => document.getElementById(ref)?.textContent ?? '')
    .join(' | ');
}

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

export function testid(): string | null {
  return document.activeElement?.getAttribute('data-testid') ?? null;
}

/** The hash the CLI computes: same scenario, seed and decisions, headless. */
export function expectedHash(scenario: string, seed: string, decisions: Decision[] = []): string {
  return simulate({ params: scenarioParams(scenario), seed, decisions }).hash;
}

export async function runHash(app: AppUnderTest): Promise<string> {
  return (await app.text('run-hash')).trim();
}

/** The week the current save has reached (written every week played), if any. */
export function savedWeek(): number | undefined {
  const raw = localStorage.getItem(SAVE_KEY);
  return raw ? (JSON.parse(raw) as { week?: number }).week : undefined;
}

/** Waits until a card's causes are computed (data-ready) and returns its lines. */
export async function whyLines(id: string, timeout = 30_000): Promise<string> {
  const el = await waitUntil(`[data-testid="${id}"][data-ready="true"]`, () => document.querySelector<HTMLElement>(`[data-testid="${id}"][data-ready="true"]`), timeout);
  return [...el.querySelectorAll('li')].map((li) => li.textContent ?? '').join('\n');
}

export interface Download {
  name: string;
  text: string;
}

/**
 * Files the page saves (src/ui/kit/download.ts: a blob: URL on a link
 * clicked with a download name), caught at the click: name and content.
 * `stop` puts the browser's own behaviour back.
 */
export function catchDownloads(): { next(timeout?: number): Promise<Download>; stop(): void } {
  const blobs = new Map<string, Blob>();
  const made: Array<Promise<Download>> = [];
  const createObjectURL = URL.createObjectURL;
  const revokeObjectURL = URL.revokeObjectURL;
  const click = HTMLAnchorElement.prototype.click;
  let n = 0;
  URL.createObjectURL = (obj: Blob | MediaSource) => {
    const url = `blob:test/${++n}`;
    blobs.set(url, obj as Blob);
    return url;
  };
  URL.revokeObjectURL = () => undefined;
  HTMLAnchorElement.prototype.click = function clickLink(this: HTMLAnchorElement) {
    const blob = blobs.get(this.href);
    if (this.download && blob) made.push(blob.text().then((text) => ({ name: this.download, text })));
    else click.call(this);
  };
  let taken = 0;
  return {
    async next(timeout = 10_000) {
      const at = taken++;
      await waitUntil(`download ${at + 1}`, () => made.length > at, timeout);
      return made[at];
    },
    stop() {
      URL.createObjectURL = createObjectURL;
      URL.revokeObjectURL = revokeObjectURL;
      HTMLAnchorElement.prototype.click = click;
    },
  };
}

/** A Storage whose every write throws, reading through to `real` (what is already there stays readable). */
function refusingStorage(real: Storage): Storage {
  return {
    get length() {
      return real.length;
    },
    key: (i: number) => real.key(i),
    getItem: (k: string) => real.getItem(k),
    setItem() {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    },
    removeItem: (k: string) => real.removeItem(k),
    clear: () => real.clear(),
  };
}

/**
 * A browser that keeps nothing: localStorage and sessionStorage throw on
 * every write and IndexedDB refuses to open (as the Chromium test's init
 * script did with Storage.prototype.setItem, which happy-dom's storages do
 * not look up again once used: the storages themselves are swapped here).
 * Returns what puts storage back.
 */
export function blockStorage(): () => void {
  const names = ['localStorage', 'sessionStorage', 'indexedDB'] as const;
  const saved = names.map((n) => [n, Object.getOwnPropertyDescriptor(globalThis, n)] as const);
  const blocked = { localStorage: refusingStorage(localStorage), sessionStorage: refusingStorage(sessionStorage) };
  for (const n of ['localStorage', 'sessionStorage'] as const) Object.defineProperty(globalThis, n, { configurable: true, get: () => blocked[n] });
  Object.defineProperty(globalThis, 'indexedDB', {
    configurable: true,
    get: () => ({
      open: () => {
        throw new DOMException('refused', 'InvalidStateError');
      },
    }),
  });
  return () => {
    for (const [n, d] of saved) if (d) Object.defineProperty(globalThis, n, d);
  };
}

/**
 * A finished game's debrief, opened the way a reload at the debrief opens it:
 * a save at phase 'debrief' with the decision log, which the app replays
 * (Session.replay); waits until the debrief's runs and causes are computed.
 */
export async function openDebrief(scenario: string, seed: string, log: Decision[], options: OpenOptions = {}): Promise<AppUnderTest> {
  localStorage.setItem(SAVE_KEY, JSON.stringify({ version: 1, model: MODEL_VERSION, scenario, seed, quarter: 7, phase: 'debrief', log }));
  const app = await openApp(`#/play?scenario=${encodeURIComponent(scenario)}&seed=${encodeURIComponent(seed)}`, options);
  await app.get('debrief', 30_000);
  await waitUntil('the debrief’s runs', () => document.querySelector('[data-testid="debrief"] .debrief-runs[data-ready="true"]'), 30_000);
  return app;
}
