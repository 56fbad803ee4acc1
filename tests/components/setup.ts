/**
 * Every component test file starts from a blank page: an empty #app, no
 * storage, the address at the site's root. IndexedDB is fake-indexeddb (the
 * library of runs keeps its runs there); Chart.js is replaced by a recorder
 * (happy-dom has no canvas to draw on), so a test can read what each chart
 * was given; console errors fail the test, as page errors do in a browser.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, expect, vi } from 'vitest';
import { resetCharts } from './fakeChart';

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
  history.replaceState(null, '', '/');
  document.body.replaceChildren(Object.assign(document.createElement('div'), { id: 'app' }));
  delete document.body.dataset.screen;
  resetCharts();
});

afterEach(() => {
  console.error = consoleError;
  expect(errors, 'console errors').toEqual([]);
});
