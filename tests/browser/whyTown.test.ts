/**
 * On the town, a rep who quits leaves with a label naming them and the
 * reason (seed why-3 under linear commission: rep 7, who had lost heart,
 * quits in week 3). Screenshots why-town-quit-{en,fr}.png.
 */
import { expect, it } from 'vitest';
import { click, openPage, shot, waitFor } from './helpers/browser';
import { useSite } from './helpers/lifecycle';

const site = useSite();

async function quitOnTown(locale: 'en' | 'fr'): Promise<void> {
  const { page: p, problems } = await openPage(site.browser, site.url, locale === 'fr' ? 'fr-FR' : 'en-GB');
  await p.goto(`${site.url}#/play?scenario=linear-commission&seed=why-3`);
  await click(p, 'start-quarter');
  await waitFor(p, 'quarter-bar');
  // the guided first quarter pauses the town: skip it
  const tour = p.getByTestId('tour-skip');
  if (await tour.waitFor({ state: 'visible', timeout: 8000 }).then(() => true, () => false)) await tour.click();
  await click(p, 'speed-1');
  // rep 7 quits at the end of the third week; the town shows it as the fourth begins
  await expect.poll(async () => (await p.getByTestId('week').textContent()) ?? '', { timeout: 60_000, interval: 100 }).toMatch(/\b4\b.*\b13\b/);
  await p.waitForTimeout(250);
  await shot(p, `why-town-quit-${locale}`);
  // the team lost rep 7 and says so
  await expect(p.getByTestId('quarter-summary').count()).resolves.toBe(1);
  expect(problems).toEqual([]);
  await p.context().close();
}

it('shows a departure on the town with its reason, in English', () => quitOnTown('en'), 300_000);
it('shows a departure on the town with its reason, in French', () => quitOnTown('fr'), 300_000);
