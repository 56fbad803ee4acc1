/**
 * Every component test file starts from a blank page: an empty #app, no
 * storage, the address at the site's root. IndexedDB is a fresh
 * fake-indexeddb (the library of runs keeps its runs there); Chart.js is replaced by a recorder
 * (happy-dom has no canvas to draw on), so a test can read what each chart
 * was given; console errors fail the test, as page errors do in a browser.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, expect, vi } from 'vitest';
import { resetCharts } from './fakeChart';
// happy-dom 21 picks the wrong option of a <select> built with a later `selected` one
import './happyDomSelect';

vi.mock('../../src/ui/charts/chartLib', async () => import('./fakeChart'));

let errors: string[] = [];
const consoleError = console.error;

beforeEach(() => {
  errors = [];
  console.error = (...args: unknown[]) => {
    errors.push(args.map(String).join(' '));
  };
  localStorage.clear();
  sessionStorage.clear();
  // no run kept from an earlier test: a fresh IndexedDB
  Object.defineProperty(globalThis, 'indexedDB', { configurable: true, writable: true, value: new IDBFactory() });
  history.replaceState(null, '', '/');
  document.body.replaceChildren(Object.assign(document.createElement('div'), { id: 'app' }));
  delete document.body.dataset.screen;
  // the browser's languages as happy-dom has them (openApp's `language` sets its own for one test)
  Reflect.deleteProperty(navigator, 'languages');
  resetCharts();
});

afterEach(() => {
  console.error = consoleError;
  expect(errors, 'console errors').toEqual([]);
});
