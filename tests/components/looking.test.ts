/**
 * Looking is free: opening a rep's card from the planning panel's team list
 * or the quarter's team menu, and closing it, leaves the run as if nothing had
 * been opened; a walk booked and taken back (from the card, from the pending
 * changes, with Undo) leaves it too. A walk booked and confirmed is in the
 * decision log and changes the hash. The cards opened from the town itself
 * (its top bar, a rep at the office) are tests/browser/looking.test.ts.
 */
import { afterEach, expect, it } from 'vitest';
import { answerDilemmas, openApp, playToDebrief, savedLog, type AppUnderTest } from './harness';
import { expectedHash, runHash, shown } from './playHelpers';

const scenario = 'sales-director';
let app: AppUnderTest | null = null;
afterEach(() => app?.dispose());

async function newGame(seed: string): Promise<AppUnderTest> {
  // the guided tour is another test's subject (openApp takes it as done)
  app = await openApp(`#/play?scenario=${scenario}&seed=${seed}`);
  await app.get('start-quarter');
  return app;
}

async function openAndClose(a: AppUnderTest, opener: string): Promise<void> {
  await a.click(opener);
  await a.get('rep-card');
  expect(shown(a.find('book-walk'))).toBe(true);
  await a.click('close-rep');
  await a.gone('rep-card');
}

it('opening cards and taking walks back leaves the run exactly as an untouched one', async () => {
  const seed = 'look-free';
  const a = await newGame(seed);

  // planning: from the team list
  await openAndClose(a, 'rep-1');
  expect(await a.text('pending-changes')).toContain('No change');

  // a walk booked, then cancelled in the card
  await a.click('rep-3');
  await a.click('book-walk');
  expect(await a.text('walk-status')).toContain('pending changes');
  await a.click('cancel-walk');
  await a.get('book-walk');
  await a.click('close-rep');
  expect(a.find('pending-walk-3')).toBeNull();

  // booked, then taken back from the pending changes; the walk's management time is in the plan's cost meanwhile
  const cost = await a.text('plan-cost');
  await a.click('rep-4');
  await a.click('book-walk');
  await a.click('close-rep');
  expect(await a.text('pending-walk-4')).toContain('Gemba walk with rep 5, Q1 w1');
  expect(await a.text('plan-cost')).not.toBe(cost);
  await a.click('remove-walk-4');
  expect(a.find('pending-walk-4')).toBeNull();
  expect(await a.text('plan-cost')).toBe(cost);

  // booked, then the whole plan undone
  await a.click('rep-5');
  await a.click('book-walk');
  await a.click('close-rep');
  await a.get('pending-walk-5');
  await a.click('undo-plan');
  expect(a.find('pending-walk-5')).toBeNull();

  // playing: from the team menu; a walk for next week booked and cancelled
  await a.click('start-quarter');
  await a.get('quarter-bar');
  await a.click('speed-pause');
  await a.click('team-menu-toggle');
  expect((await a.get('team-menu-toggle')).getAttribute('aria-expanded')).toBe('true');
  await openAndClose(a, 'team-rep-6');
  // a rep's card takes over from the menu: it closed, so it is opened again
  await a.click('team-menu-toggle');
  await a.click('team-rep-8');
  await a.click('book-walk');
  expect(await a.text('walk-status')).toMatch(/Booked for week Q\d+ w\d+/);
  expect(savedLog()).toHaveLength(1);
  await a.click('cancel-walk');
  await a.click('close-rep');
  expect(savedLog()).toEqual([]);

  await a.click('skip-quarter');
  await answerDilemmas(a);
  await playToDebrief(a);
  // nothing but the answers to the dilemmas the quarters stopped at (each declined): the same run as Node's of that log
  const log = savedLog();
  expect(log.every((d) => d.type === 'dilemma')).toBe(true);
  expect(await runHash(a)).toBe(expectedHash(scenario, seed, log));
});

it('a walk booked and confirmed is in the decision log and changes the run', async () => {
  const seed = 'look-walk';
  const a = await newGame(seed);
  await a.click('rep-2');
  await a.click('book-walk');
  await a.click('close-rep');
  await a.click('start-quarter');
  await a.get('quarter-bar');
  // while playing: booked for the next week, kept when the card closes
  await a.click('speed-pause');
  await a.click('team-menu-toggle');
  await a.click('team-rep-6');
  await a.click('book-walk');
  const status = await a.text('walk-status');
  // the one week numbering: quarter and week in it ("Q1 w3"), the week index counting from 0
  const [, q, w] = /Q(\d+) w(\d+)/.exec(status) ?? [];
  const week = (Number(q) - 1) * 13 + Number(w) - 1;
  await a.click('close-rep');
  await a.click('skip-quarter');
  await answerDilemmas(a);
  const log = savedLog();
  expect(log.filter((d) => d.type !== 'dilemma')).toEqual([
    { week: 0, type: 'gemba', rep: 2 },
    { week, type: 'gemba', rep: 6 },
  ]);
  const answers = log.filter((d) => d.type === 'dilemma');
  expect(expectedHash(scenario, seed, log)).not.toBe(expectedHash(scenario, seed, answers));
});
