/**
 * What the component tests of the instructor's and the researcher's pages
 * (facilitator, replay, class view, lab) and of the debrief's share panel
 * need beside the harness: form controls set as a person sets them, files
 * picked or dropped, the files the page saves (src/ui/kit/download.ts), and a
 * finished game's debrief opened from a save, as a reload at the debrief does.
 */
import { afterEach, vi } from 'vitest';
import { MODEL_VERSION, type Decision } from '../../src/sim';
import { openApp, SAVE_KEY, tick, waitUntil, type AppUnderTest } from './harness';

/** The control with this data-testid, as the element type asked for. */
export function control<T extends HTMLElement = HTMLInputElement>(app: AppUnderTest, testid: string): T {
  const el = app.find(testid);
  if (!el) throw new Error(`no [data-testid="${testid}"]`);
  return el as T;
}

/** Picks an option of a select, or ticks or unticks a checkbox, and fires input and change. */
export async function choose(app: AppUnderTest, testid: string, value: string | boolean): Promise<void> {
  const el = (await app.get(testid)) as HTMLInputElement | HTMLSelectElement;
  if (typeof value === 'boolean') (el as HTMLInputElement).checked = value;
  else {
    if (el instanceof HTMLSelectElement && ![...el.options].some((o) => o.value === value)) throw new Error(`${testid} has no option ${value}`);
    el.value = value;
  }
  el.dispatchEvent(new Event('input', { bubbles: true }));
  el.dispatchEvent(new Event('change', { bubbles: true }));
  await tick();
}

/** All the elements with this data-testid, in document order. */
export function all(testid: string, within: ParentNode = document): HTMLElement[] {
  return [...within.querySelectorAll<HTMLElement>(`[data-testid="${testid}"]`)];
}

export interface PickedFile {
  name: string;
  type: string;
  text: string;
}

const asFile = (f: PickedFile) => new File([f.text], f.name, { type: f.type });

/** Files picked in a file input, as the file dialog would hand them over. */
export async function pick(app: AppUnderTest, testid: string, files: PickedFile[]): Promise<void> {
  const input = control(app, testid);
  const list = files.map(asFile);
  Object.defineProperty(input, 'files', { value: Object.assign(list, { item: (i: number) => list[i] ?? null }), configurable: true });
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await tick();
}

/** A text file dragged over an element and dropped on it. */
export async function drop(el: HTMLElement, file: PickedFile): Promise<void> {
  const dataTransfer = new DataTransfer();
  dataTransfer.items.add(asFile(file));
  const fire = (type: string) => {
    const e = new Event(type, { bubbles: true, cancelable: true });
    Object.defineProperty(e, 'dataTransfer', { value: dataTransfer });
    el.dispatchEvent(e);
  };
  fire('dragover');
  fire('drop');
  await tick();
}

export interface Saved {
  /** the file's name, as the browser would suggest it */
  name: string;
  blob: Blob;
  text(): Promise<string>;
  bytes(): Promise<Uint8Array>;
}

/**
 * Records every file the page saves: src/ui/kit/download.ts makes a blob:
 * URL and clicks a hidden link with a download name; the click is caught
 * before happy-dom follows it and the blob kept. Call in a test file's body.
 */
export function catchDownloads(): { saved: Saved[]; next(click: () => Promise<void>): Promise<Saved> } {
  const saved: Saved[] = [];
  const blobs = new Map<string, Blob>();
  let stop: (() => void) | null = null;
  const start = () => {
    const make = URL.createObjectURL.bind(URL);
    const spy = vi.spyOn(URL, 'createObjectURL').mockImplementation((blob: Blob | MediaSource) => {
      const url = make(blob as Blob);
      blobs.set(url, blob as Blob);
      return url;
    });
    const onClick = (e: Event) => {
      const a = e.target;
      if (!(a instanceof HTMLAnchorElement) || !a.hasAttribute('download')) return;
      e.preventDefault();
      const blob = blobs.get(a.href);
      if (!blob) throw new Error(`a download of ${a.href}, which is no blob the page made`);
      saved.push({ name: a.download, blob, text: () => blob.text(), bytes: async () => new Uint8Array(await blob.arrayBuffer()) });
    };
    document.addEventListener('click', onClick, { capture: true });
    stop = () => {
      spy.mockRestore();
      document.removeEventListener('click', onClick, { capture: true });
    };
  };
  afterEach(() => {
    stop?.();
    stop = null;
    saved.length = 0;
    blobs.clear();
  });
  return {
    saved,
    /** the one file a click saves */
    async next(click) {
      if (!stop) start();
      const before = saved.length;
      await click();
      return waitUntil('a download', () => (saved.length > before ? saved[saved.length - 1] : null));
    },
  };
}

export { PLAYED } from '../browser/helpers/played';

/** A finished game's debrief, opened as a reload at the debrief opens it: the save at phase 'debrief' with its decision log. */
export async function openDebrief(scenario: string, seed: string, log: Decision[], options: { language?: string } = {}): Promise<AppUnderTest> {
  localStorage.setItem(SAVE_KEY, JSON.stringify({ version: 1, model: MODEL_VERSION, scenario, seed, quarter: 7, phase: 'debrief', log }));
  const app = await openApp(`#/play?scenario=${encodeURIComponent(scenario)}&seed=${encodeURIComponent(seed)}`, options);
  await app.get('debrief', 60_000);
  await waitUntil('the debrief\'s runs', () => document.querySelector('[data-testid="debrief"] .debrief-runs[data-ready="true"]'), 60_000);
  return app;
}
