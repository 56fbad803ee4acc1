/** The replay's words for a dilemma's answer (src/ui/replay/describe.ts), in both languages. */
import { afterEach, expect, it } from 'vitest';
import { setLocale } from '../../src/i18n';
import { decisionText } from '../../src/ui/replay/describe';

afterEach(() => setLocale('en'));

it('names a dilemma\'s answer, not its type', () => {
  expect(decisionText({ week: 18, type: 'dilemma', kind: 'poach', rep: 6, customer: -1, accept: true })).toBe('matched a rival\'s offer to rep 7');
  expect(decisionText({ week: 11, type: 'dilemma', kind: 'discount', rep: 2, customer: 40, accept: false })).toBe('refused rep 3\'s discount to make quota');
  setLocale('fr');
  expect(decisionText({ week: 30, type: 'dilemma', kind: 'complaint', rep: 1, customer: 99, accept: false })).toBe('plainte publique du client 100 ignorée');
});
