/**
 * On the town, a rep who quits leaves with a label naming them and the
 * reason (seed why-3 under linear commission: rep 7, who had lost heart,
 * quits in week 3): the town draws the departure, in English and French,
 * without an error. The label's words are tests/unit/whyTown.test.ts.
 * Screenshots why-town-quit-{en,fr}.png with SALESFLOOR_SHOTS=1.
 */
import { expect, it } from 'vitest';
import { click, openPage, shot, waitFor } from './helpers/browser';
import { useSite } from './helpers/lifecycle';

const site = useSite();

async function quitOnTown(locale: 'en' | 'fr'): Promise<void> {
  const { page: p, problems } = await openPage(site.browser, site.url, locale === 'fr' ? 'fr-FR' : 'en-GB');
  // the guided first quarter would pause the town: taken already
  await p.addInitScript(() => localStorage.setItem('salesfloor.tour', 'done'));
  await p.goto(`${site.url}#/play?scenario=linear-commission&seed=why-3`);
  await click(p, 'start-quarter');
  await waitFor(p, 'quarter-bar');
  // the town plays the weeks four times as fast: the departure is drawn the same
  await click(p, 'speed-4');
  // rep 7 quits at the end of the third week; the town shows it as the fourth begins
  await expect.poll(async () => (await p.getByTestId('week').textContent()) ?? '', { timeout: 60_000, interval: 50 }).toMatch(/\b4\b.*\b13\b/);
  await shot(p, `why-town-quit-${locale}`);
  // the town drew rep 7's departure with its reason, in the page's language (the label's words, as tests/unit/whyTown.test.ts checks them)
  await expect.poll(() => p.getByTestId('stage-world').getAttribute('data-departure'), { timeout: 30_000, interval: 50 }).toBe(locale === 'fr' ? 'Com. 7 part : démotivé' : 'Rep 7 quits: lost heart');
  expect(problems).toEqual([]);
  await p.context().close();
}

it('shows a departure on the town with its reason, in English', () => quitOnTown('en'), 120_000);
it('shows a departure on the town with its reason, in French', () => quitOnTown('fr'), 120_000);
