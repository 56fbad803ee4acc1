/**
 * The town's top bar, map key and team menu, as page elements (src/ui/town/,
 * src/ui/play/quarterBar.ts), and the numbers they must agree on: the
 * reputation arrow against the start of the quarter (the review's
 * baseline), the reps' bars after a reload, a rep hired mid-quarter in the
 * team menu, the menu holding the town still, the walk's week read as the
 * top bar reads weeks, and every picture the town draws in the key, from the
 * bundled icons. Under happy-dom the town is the timer fallback: weeks go by
 * on timers, as they do in the town.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { ICON } from '../../src/game/art';
import { Session } from '../../src/play/session';
import { weekShort } from '../../src/play/weekLabel';
import { t } from '../../src/i18n';
import { writeSave } from '../../src/play/save';
import { openApp, savedLog, shown, tick, waitUntil, type AppUnderTest } from './harness';
import { openSection } from './playHelpers';

let app: AppUnderTest | null = null;
afterEach(() => app?.dispose());

const ROOT = join(import.meta.dirname, '..', '..');

/** The quarter bar's week text ("Quarter 1 · week 5 of 13"). */
const weekText = (a: AppUnderTest) => a.find('week')?.textContent ?? '';

/** Waits until the town has played `n` weeks of the quarter, answering any dilemma on the way. */
async function playWeeks(a: AppUnderTest, n: number): Promise<void> {
  await waitUntil(`${n} weeks played`, () => {
    if (shown(a.find('dilemma'))) a.find('dilemma-no')?.click();
    const m = /week (\d+) of/.exec(weekText(a));
    return m !== null && Number(m[1]) >= n;
  }, 20_000);
}

async function newGame(scenario: string, seed: string): Promise<AppUnderTest> {
  app = await openApp(`#/play?scenario=${scenario}&seed=${seed}`);
  await app.get('start-quarter');
  return app;
}

it('shows the week, reputation and cash as page elements, the arrow against the start of the quarter, as the review', async () => {
  const a = await newGame('sales-director', 'hud-baseline');
  expect(await a.text('hud-week')).toBe(weekShort(0));
  expect(await a.text('hud-reputation')).toBe('50');
  expect((await a.text('hud-cash')).length).toBeGreaterThan(0);
  a.dispose();
  // a game saved in the second quarter's fifth week: the first played through, no decision
  const s = new Session('sales-director', 'hud-baseline');
  // the weeks up to `week`, every dilemma on the way declined
  const playTo = (week: number) => {
    while (s.state.week < week) if (!s.stepWeek(false) && !s.answer(false)) break;
  };
  s.startQuarter([]);
  playTo(13);
  s.finishQuarter();
  s.nextQuarter();
  s.startQuarter([]);
  playTo(18);
  expect(s.state.week).toBe(18);
  writeSave(s);
  app = await openApp('#/play?scenario=sales-director&seed=hud-baseline');
  await app.get('quarter-bar');
  await app.click('speed-pause');
  const week = s.state.week - 1;
  expect(await app.text('hud-week')).toBe(weekShort(week));
  const rep = await app.get('hud-reputation');
  // the baseline is the end of the previous quarter (the review's "vs last quarter"), not last week
  const endOfQ1 = s.state.history[12].reputation;
  expect(Number(rep.dataset.baseline)).toBe(endOfQ1);
  expect(Number(rep.dataset.change)).toBeCloseTo(s.state.history[week].reputation - endOfQ1, 12);
  // and it says so
  expect(rep.getAttribute('aria-label')).toContain(t('ui.baseline.sinceQuarterStart'));
});

it('the reps’ bars show the quarter’s sales when a saved game resumes mid-quarter, and after a reload (a plan without quota)', async () => {
  const s = new Session('linear-commission', 'hud-reload');
  const playTo = (week: number) => {
    while (s.state.week < week) if (!s.stepWeek(false) && !s.answer(false)) break;
  };
  s.startQuarter([]);
  playTo(13);
  s.finishQuarter();
  const atStart = new Map(s.state.reps.map((r) => [r.id, r.revenue]));
  s.nextQuarter();
  s.startQuarter([]);
  playTo(19);
  writeSave(s);
  // what each active rep sold this quarter, to the euro
  const expected = s.state.reps.filter((r) => r.active).map((r) => `hud-rep-${r.id}=${Math.round(r.revenue - (atStart.get(r.id) ?? 0))}`);
  expect(expected.some((e) => !e.endsWith('=0'))).toBe(true);
  const bars = () => [...document.querySelectorAll<HTMLElement>('[data-testid^="hud-rep-"]')].map((b) => `${b.dataset.testid}=${Math.round(Number(b.dataset.value))}`);
  const a = (app = await openApp('#/play?scenario=linear-commission&seed=hud-reload'));
  await a.get('quarter-bar');
  await a.click('speed-pause');
  expect(await a.text('hud-week')).toBe(weekShort(18));
  expect(bars()).toEqual(expected);
  await a.reload();
  await a.get('quarter-bar');
  await a.click('speed-pause');
  expect(await a.text('hud-week')).toBe(weekShort(18));
  expect(bars()).toEqual(expected);
});

it('lists a rep hired this quarter in the team menu, which holds the town still while it is open', async () => {
  const a = await newGame('sales-director', 'hud-team');
  const team = () => [...(a.find('team-menu')?.querySelectorAll('[data-testid^="team-rep-"]') ?? [])].map((b) => b.getAttribute('data-testid'));
  await openSection(a, 'hiring');
  await a.fill('hire-count', '1');
  await a.click('start-quarter');
  await a.click('speed-4');
  await playWeeks(a, 2);
  const hired = Session.replay('sales-director', 'hud-team', savedLog(), 0, 'review').state.reps.filter((r) => r.joinedAs === 'hire').map((r) => r.id);
  expect(hired.length).toBe(1);
  await a.click('team-menu-toggle');
  expect(team()).toContain(`team-rep-${hired[0]}`);
  // open: the town holds still (at 4× a week is a ninth of a second)
  const held = weekText(a);
  await tick(700);
  expect(weekText(a)).toBe(held);
  // closed: it plays on
  await a.click('team-menu-toggle');
  await waitUntil('the town playing on', () => weekText(a) !== held || a.find('quarter-review') || shown(a.find('dilemma')), 10_000);
  // a speed chosen while the menu is open closes it: the town plays as asked
  await a.click('speed-pause');
  await a.click('team-menu-toggle');
  await a.click('speed-4');
  expect(a.find('team-menu')?.hidden).toBe(true);
  expect((await a.get('team-menu-toggle')).getAttribute('aria-expanded')).toBe('false');
});

it('names the walk’s week on the rep card as the top bar names weeks', async () => {
  const a = await newGame('sales-director', 'hud-walk');
  await a.click('start-quarter');
  await a.click('speed-4');
  await playWeeks(a, 3);
  await a.click('speed-pause');
  const shownWeek = await a.text('hud-week');
  const m = /(\d+)\D+(\d+)/.exec(shownWeek);
  expect(m).not.toBeNull();
  await a.click('team-menu-toggle');
  await a.click('team-rep-2');
  await a.get('rep-card');
  // the next week, in the top bar's numbering ("Q1 w4" after "Q1 w3")
  const next = weekShort(Number(m?.[2]) - 1 + 1 + (Number(m?.[1]) - 1) * 13);
  expect(await a.text('walk-status')).toContain(next);
  expect(await a.text('book-walk')).toContain(next);
});

it('keys every picture the town draws, ⚠ included, from the bundled icons, and shows no emoji character', async () => {
  const a = await newGame('sales-director', 'hud-key');
  const key = await a.get('town-key');
  const names = new Map(Object.entries(ICON));
  const drawn = new Set<string>();
  for (const file of ['src/game/town/eventFx.ts', 'src/game/town/walkers.ts']) {
    for (const m of readFileSync(join(ROOT, file), 'utf8').matchAll(/ICON\.(\w+)/g)) drawn.add(names.get(m[1]) ?? m[1]);
  }
  expect(drawn.has(ICON.misconduct)).toBe(true);
  for (const name of drawn) {
    const item = key.querySelector(`[data-icon="${name}"]`);
    expect(item, name).not.toBeNull();
    const img = item?.querySelector('img');
    // a file of the bundled set, or a drawing of the town's own (the word-of-mouth bubbles)
    if (img) expect(img.getAttribute('src')).toMatch(new RegExp(`art/emoji/${name}\\.svg$`));
    else expect(item?.querySelector('svg')).not.toBeNull();
  }
  const emoji = /[\u{1F300}-\u{1FAFF}\u{2600}-\u{27BF}\u{2B00}-\u{2BFF}\u{23E9}-\u{23FA}]/u;
  expect(emoji.test(key.textContent ?? '')).toBe(false);
  expect(emoji.test((await a.get('town-hud')).textContent ?? '')).toBe(false);
});

it('follows a language switch: the bar’s words and the key in French', async () => {
  // the bar and the key live as long as the page: switched on the title, they speak French in the game
  const a = (app = await openApp('#/'));
  await a.click('lang-fr');
  await a.go('#/play?scenario=sales-director&seed=hud-lang');
  await a.get('start-quarter');
  expect((await a.get('town-key-toggle')).textContent).toBe('Légende');
  expect(a.find('town-hud')?.textContent).toContain('Réputation');
  expect(a.find('town-hud')?.textContent).toContain('Trésorerie');
  expect(await a.text('hud-week')).toBe('T1 s1');
});
