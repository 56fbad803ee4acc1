/**
 * Why, not only what, in the browser: a quarter played with a commission
 * raise opens its review with a sentence naming the raise and what it moved
 * against the previous plan (the same sentence the headless analysis words),
 * who left and joined is listed with the reason, and the debrief opens with
 * the run's causes and puts the decisions on a timeline reachable with Tab.
 * Screenshots at 1280×720 in English and French: test-results/screenshots/why-*.png.
 */
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { setLocale } from '../../src/i18n';
import { explainQuarter } from '../../src/ui/analysis/explain';
import { whyText } from '../../src/ui/analysis/whyText';
import { Session } from '../../src/ui/session';
import { click, openPage, shot, waitFor } from './helpers/browser';
import { useSite } from './helpers/lifecycle';
import { playQuarter, playToDebrief } from './helpers/flow';

const site = useSite();
const scenario = 'linear-commission';
const seed = 'why-3';

/** The sentence the headless analysis gives for the same game. */
function expectedChangeSentence(locale: 'en' | 'fr'): string {
  const s = new Session(scenario, seed);
  s.startQuarter([]);
  s.finishQuarter();
  s.nextQuarter();
  s.startQuarter([{ week: 13, type: 'set', key: 'plan.commissionRate', value: 0.1 }]);
  s.finishQuarter();
  const line = explainQuarter(s, 1).lines.find((l) => l.kind === 'changes');
  if (!line) throw new Error('no change line headless');
  setLocale(locale);
  try {
    return whyText(line);
  } finally {
    setLocale('en');
  }
}

async function ready(p: Page, testid: string): Promise<string> {
  await p.locator(`[data-testid="${testid}"][data-ready="true"]`).waitFor({ timeout: 120_000 });
  return (await p.getByTestId(testid).locator('li').allTextContents()).join('\n');
}

async function play(locale: 'en' | 'fr'): Promise<void> {
  const { page: p, problems } = await openPage(site.browser, site.url, locale === 'fr' ? 'fr-FR' : 'en-GB');
  await p.goto(`${site.url}#/play?scenario=${scenario}&seed=${seed}`);
  await playQuarter(p);
  const first = await ready(p, 'why');
  expect(first.length).toBeGreaterThan(20);
  await click(p, 'next-quarter');
  await waitFor(p, 'start-quarter');
  // the lever may sit in a folded section of the planning panel
  await p.evaluate(() => document.querySelectorAll('details').forEach((d) => ((d as HTMLDetailsElement).open = true)));
  await p.getByTestId('lever-plan-commissionRate').fill('10');
  await click(p, 'start-quarter');
  await click(p, 'skip-quarter');
  await waitFor(p, 'quarter-review');
  const lines = await ready(p, 'why');
  expect(lines).toContain(expectedChangeSentence(locale));
  expect(lines).toMatch(locale === 'en' ? /Commission from 4% to 10%.*deals \+\d+/ : /Commission de 4\s%\sà 10\s%.*affaires \+\d+/u);
  await p.evaluate(() => window.scrollTo(0, 0));
  await shot(p, `why-review-${locale}`);
  // no quota under linear commission: no attainment, and the screen says why
  await expect(p.getByTestId('no-quota').isVisible()).resolves.toBe(true);
  await expect(p.getByTestId('chart-attainment').count()).resolves.toBe(0);
  // arrows follow the numbers: every ▲ sits on a positive change, every ▼ on a negative one
  for (const d of await p.locator('.kpis .delta').allTextContents()) {
    if (d.startsWith('▲')) expect(d).toMatch(/▲ \+/);
    if (d.startsWith('▼')) expect(d).toMatch(/▼ [−-]/);
  }
  await p.getByTestId('team-moves').scrollIntoViewIfNeeded();
  await shot(p, `why-review-team-${locale}`);

  await playToDebrief(p);
  const run = await ready(p, 'run-why');
  expect(run).toMatch(locale === 'en' ? /in quarter 2, Commission from 4% to 10%/ : /au trimestre 2, Commission de 4\s%\sà 10\s%/u);
  await p.evaluate(() => window.scrollTo(0, 0));
  await shot(p, `why-debrief-${locale}`);
  const mark = p.locator('.kind-plan [data-testid="timeline-mark"]').first();
  await mark.scrollIntoViewIfNeeded();
  // keyboard: Tab from the element before the timeline reaches its first mark, which shows its tooltip
  await mark.focus();
  await expect(p.evaluate(() => document.activeElement?.getAttribute('data-testid'))).resolves.toBe('timeline-mark');
  await expect(p.locator('.timeline-button:focus + .timeline-tip').isVisible()).resolves.toBe(true);
  await expect(mark.getAttribute('aria-label')).resolves.toMatch(locale === 'en' ? /^Q2 w1: Commission from 4% to 10%$/ : /^T2 s1 : Commission de 4\s%\sà 10\s%$/u);
  await p.waitForTimeout(300);
  await shot(p, `why-debrief-timeline-${locale}`);
  expect(problems).toEqual([]);
  await p.context().close();
}

it('names the player’s change in the review and the debrief, in English', () => play('en'), 900_000);
it('names the player’s change in the review and the debrief, in French', () => play('fr'), 900_000);
