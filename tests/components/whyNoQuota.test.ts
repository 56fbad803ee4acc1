/**
 * The founder's story has no quota: nothing the player reads of the plan's
 * cost or of a quarter's review speaks of one (the cost line is worked out on
 * a typical quarter's sales), and the review's arrows on the standing measures
 * say they compare with the start of the quarter — in English and French.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { openApp, playQuarter, type AppUnderTest } from './harness';
import { whyLines } from './playHelpers';

let app: AppUnderTest | null = null;
afterEach(() => app?.dispose());

async function founder(locale: 'en' | 'fr'): Promise<void> {
  const a = (app = await openApp('#/play?scenario=founder&seed=no-quota', { language: locale === 'fr' ? 'fr-FR' : 'en-GB' }));
  const cost = await a.get('plan-cost');
  expect(cost.textContent?.length).toBeGreaterThan(20);
  expect(cost.textContent).not.toMatch(/quota/i);
  expect(document.querySelector('.cost-table')?.textContent ?? '').not.toMatch(/quota/i);
  await playQuarter(a);
  await whyLines('why');
  const review = () => a.find('quarter-review')?.textContent ?? '';
  expect(review()).not.toMatch(/quota/i);
  await a.click('next-quarter');
  await playQuarter(a);
  await whyLines('why');
  expect(review()).not.toMatch(/quota/i);
  // the arrows of the effect ledger name their baseline: the start of the quarter
  const effect = [...document.querySelectorAll('.ledger-effect .delta')].map((d) => d.textContent ?? '');
  expect(effect.length).toBeGreaterThan(0);
  for (const d of effect) expect(d).toContain(locale === 'en' ? 'since the quarter began' : 'depuis le début du trimestre');
  // the deals' sources carry their change since last quarter
  expect(document.querySelectorAll('[data-testid="deal-sources"] .source-change').length).toBeGreaterThan(0);
}

describe('no quota words without a quota', () => {
  it('in English', () => founder('en'));
  it('in French', () => founder('fr'));
});
