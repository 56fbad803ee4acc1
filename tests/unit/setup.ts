/**
 * The Node tests share their worker's modules (isolate: false in
 * vitest.config.ts: half the project's time was importing the same modules
 * again for every file), so every file starts from the state a fresh import
 * would give: the core's language in English, and no global a file stubbed
 * or timer it faked left behind.
 */
import { afterAll, beforeEach, vi } from 'vitest';
import { setLocale } from '../../src/i18n';

beforeEach(() => {
  setLocale('en');
});

// what a file stubbed or faked ends with it
afterAll(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});
