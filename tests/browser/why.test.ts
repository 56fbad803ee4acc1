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
import { explainQuarter } from '../../src/play/analysis/explain';
import { whyText } from '../../src/play/analysis/whyText';
import { Session } from '../../src/play/session';
import { click, openPage, shot, waitFor } from './helpers/browser';
import { useSite } from './helpers/lifecycle';
import { playQuarter } from './helpers/flow';

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

/** Starts timing, in the page, from when `screen` is inserted to when its `card` says it is ready (read with `timing`). */
async function watch(p: Page, screen: string, card: string): Promise<void> {
  await p.evaluate(
    ([screen, card]) => {
      const w = window as unknown as { whyTiming?: { shown?: number; ready?: number } };
      const timing: { shown?: number; ready?: number } = {};
      w.whyTiming = timing;
      const seen = new MutationObserver(() => {
        if (timing.shown === undefined && document.querySelector(`[data-testid="${screen}"]`)) timing.shown = performance.now();
        if (timing.ready === undefined && document.querySelector(`[data-testid="${card}"][data-ready="true"]`)) {
          timing.ready = performance.now();
          seen.disconnect();
        }
      });
      seen.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-ready'] });
    },
    [screen, card],
  );
}

async function timing(p: Page): Promise<number> {
  return p.evaluate(() => {
    const w = window as unknown as { whyTiming?: { shown?: number; ready?: number } };
    return Math.round((w.whyTiming?.ready ?? NaN) - (w.whyTiming?.shown ?? NaN));
  });
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
  await watch(p, 'quarter-review', 'why');
  await click(p, 'skip-quarter');
  await waitFor(p, 'quarter-review');
  const lines = await ready(p, 'why');
  console.log(`${locale}: quarter 2's causes ready ${await timing(p)} ms after the review was drawn`);
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

  // quarters 3 to 8 unchanged, timing the last review's causes (the longest replay), then the debrief's
  for (let q = 3; q <= 8; q++) {
    await click(p, 'next-quarter');
    await click(p, 'start-quarter');
    await watch(p, 'quarter-review', 'why');
    await click(p, 'skip-quarter');
    await ready(p, 'why');
  }
  console.log(`${locale}: quarter 8's causes ready ${await timing(p)} ms after the review was drawn`);
  await watch(p, 'debrief', 'run-why');
  await click(p, 'next-quarter');
  const run = await ready(p, 'run-why');
  console.log(`${locale}: the run's causes (and the two reference runs) ready ${await timing(p)} ms after the debrief was drawn`);
  expect(run).toMatch(locale === 'en' ? /in quarter 2, Commission from 4% to 10%/ : /au trimestre 2, Commission de 4\s%\sà 10\s%/u);
  await p.evaluate(() => window.scrollTo(0, 0));
  await shot(p, `why-debrief-${locale}`);
  const mark = p.locator('.kind-plan [data-testid="timeline-mark"]').first();
  await mark.scrollIntoViewIfNeeded();
  // keyboard: Tab from the element before the timeline reaches its first mark, which shows its tooltip
  await mark.focus();
  await expect(p.evaluate(() => document.activeElement?.getAttribute('data-testid'))).resolves.toBe('timeline-mark');
  await expect(p.locator('.timeline-button:focus + .timeline-tip').isVisible()).resolves.toBe(true);
  // its name: the visible label, then the whole text
  await expect(mark.textContent()).resolves.toMatch(locale === 'en' ? /^Q2 — Q2 w1: Commission from 4% to 10%$/ : /^T2 — T2 s1 : Commission de 4\s%\sà 10\s%$/u);
  await p.waitForTimeout(300);
  await shot(p, `why-debrief-timeline-${locale}`);
  expect(problems).toEqual([]);
  await p.context().close();
}

it('names the player’s change in the review and the debrief, in English', () => play('en'), 900_000);
it('names the player’s change in the review and the debrief, in French', () => play('fr'), 900_000);
