/**
 * Why, not only what, on the game's screens: a quarter played with a
 * commission raise opens its review with a sentence naming the raise and what
 * it moved against the previous plan (the same sentence the headless analysis
 * words), arrows that follow the numbers, no quota words without a quota; the
 * debrief opens with the run's causes and puts the decisions on a timeline
 * whose marks are buttons named by their text. In English and French. The
 * timeline's tooltip on focus (CSS) is tests/browser/why.test.ts.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from '../../src/i18n';
import { explainQuarter } from '../../src/play/analysis/explain';
import { whyText } from '../../src/play/analysis/whyText';
import { Session } from '../../src/play/session';
import { answerDilemmas, openApp, playQuarter, type AppUnderTest } from './harness';
import { testid, whyLines } from './playHelpers';

const scenario = 'linear-commission';
const seed = 'why-3';
let app: AppUnderTest | null = null;
afterEach(() => app?.dispose());

/** The sentence the headless analysis gives for the same game (computed before the app starts: it sets the page's language). */
function expectedChangeSentence(locale: 'en' | 'fr'): string {
  const s = new Session(scenario, seed);
  // the game below declines every dilemma (playQuarter, answerDilemmas): so does this session
  const finish = () => {
    s.finishQuarter();
    while (s.phase === 'playing' && s.answer(false)) s.finishQuarter();
  };
  s.startQuarter([]);
  finish();
  s.nextQuarter();
  s.startQuarter([{ week: 13, type: 'set', key: 'plan.commissionRate', value: 0.1 }]);
  finish();
  const line = explainQuarter(s, 1).lines.find((l) => l.kind === 'changes');
  if (!line) throw new Error('no change line headless');
  setLocale(locale);
  try {
    return whyText(line);
  } finally {
    setLocale('en');
  }
}

async function play(locale: 'en' | 'fr'): Promise<void> {
  const expected = expectedChangeSentence(locale);
  const a = (app = await openApp(`#/play?scenario=${scenario}&seed=${seed}`, { language: locale === 'fr' ? 'fr-FR' : 'en-GB' }));
  await playQuarter(a);
  const first = await whyLines('why');
  expect(first.length).toBeGreaterThan(20);
  await a.click('next-quarter');
  await a.get('start-quarter');
  // the lever may sit in a folded section of the planning panel
  document.querySelectorAll('details').forEach((d) => ((d as HTMLDetailsElement).open = true));
  await a.fill('lever-plan-commissionRate', '10');
  await a.click('start-quarter');
  await a.click('skip-quarter');
  await answerDilemmas(a);
  const lines = await whyLines('why');
  expect(lines).toContain(expected);
  expect(lines).toMatch(locale === 'en' ? /Commission from 4% to 10%.*deals \+\d+/ : /Commission de 4\s%\sà 10\s%.*affaires \+\d+/u);
  // no quota under linear commission: no attainment, and no word of a quota anywhere in the review
  expect(a.find('chart-attainment')).toBeNull();
  expect(a.find('quarter-review')?.textContent).not.toMatch(/quota/i);
  // arrows follow the numbers: every ▲ sits on a positive change, every ▼ on a negative one
  const deltas = [...document.querySelectorAll('.kpis .delta')].map((d) => d.textContent ?? '');
  expect(deltas.length).toBeGreaterThan(0);
  for (const d of deltas) {
    if (d.startsWith('▲')) expect(d).toMatch(/▲ \+/);
    if (d.startsWith('▼')) expect(d).toMatch(/▼ [−-]/);
  }
  await a.get('team-moves');

  // quarters 3 to 8 unchanged, each review's causes computed, then the debrief's
  for (let q = 3; q <= 8; q++) {
    await a.click('next-quarter');
    await a.click('start-quarter');
    await a.click('skip-quarter');
    await answerDilemmas(a);
    await whyLines('why');
  }
  await a.click('next-quarter');
  await a.get('debrief');
  const run = await whyLines('run-why');
  expect(run).toMatch(locale === 'en' ? /in quarter 2, Commission from 4% to 10%/ : /au trimestre 2, Commission de 4\s%\sà 10\s%/u);
  const mark = document.querySelector<HTMLButtonElement>('.kind-plan [data-testid="timeline-mark"]');
  expect(mark).not.toBeNull();
  // keyboard: the mark is a button that takes the focus
  mark?.focus();
  expect(testid()).toBe('timeline-mark');
  // its name: the visible label, then the whole text
  expect(mark?.textContent).toMatch(locale === 'en' ? /^Q2 — Q2 w1: Commission from 4% to 10%$/ : /^T2 — T2 s1\s: Commission de 4\s%\sà 10\s%$/u);
}

describe('why on the game’s screens', () => {
  it('names the player’s change in the review and the debrief, in English', () => play('en'));
  it('names the player’s change in the review and the debrief, in French', () => play('fr'));
});
