/**
 * What the game's component tests do besides clicking (harness.ts): keys and
 * typing as a person's keyboard sends them, what a field's description reads,
 * the run's hash against the headless runner's, the save's week, a folded
 * section of the planning panel opened, and storage refused.
 */
import { simulate, type Decision } from '../../src/sim';
import { scenarioParams } from '../../src/scenarios';
import { SAVE_KEY, tick, waitUntil, type AppUnderTest } from './harness';

export { shown } from './harness';

/** A key pressed on an element: keydown then keyup, as a keyboard sends them (the browser's own default actions aside). */
export async function press(el: Element, key: string, init: KeyboardEventInit = {}): Promise<void> {
  el.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init }));
  el.dispatchEvent(new KeyboardEvent('keyup', { key, bubbles: true, cancelable: true, ...init }));
  await tick();
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
  await tick();
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
  await tick();
}

/** Empties a field as select-all and delete would. */
export async function clearField(input: HTMLInputElement): Promise<void> {
  input.focus();
  input.value = '';
  input.setSelectionRange(0, 0);
  input.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'deleteContentBackward' }));
  await tick();
}

/** Moves the focus on from a field (Tab): its blur and change fire. */
export async function leaveField(input: HTMLInputElement): Promise<void> {
  input.dispatchEvent(new Event('change', { bubbles: true }));
  input.blur();
  await tick();
}

/** What a field's aria-describedby points at, as text ("a | b | c"). */
export function described(el: Element): string {
  return (el.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((ref) => document.getElementById(ref)?.textContent ?? '')
    .join(' | ');
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

/** Opens a folded section of the planning panel by its summary, as a click on it would. */
export async function openSection(a: AppUnderTest, group: string): Promise<void> {
  ((await a.get(`section-${group}`)).querySelector(':scope > summary') as HTMLElement).click();
  await tick();
}
