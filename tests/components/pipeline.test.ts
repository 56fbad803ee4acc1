/**
 * The pipeline on a rep's card: at the start of quarter 2 the card of rep 1
 * (id 1) lists the deals Node's run holds open for them after 13 weeks, with what
 * those due this quarter should bring, and the soonest first.
 */
import { afterEach, expect, it } from 'vitest';
import { createRun, decisionsAt, quarterOf, step, winProbability } from '../../src/sim';
import { scenarioParams } from '../../src/scenarios';
import { money } from '../../src/i18n/format';
import { openApp, playQuarter, savedLog, type AppUnderTest } from './harness';

let app: AppUnderTest | null = null;
afterEach(() => app?.dispose());

it('a rep card shows the rep\'s open deals by stage and close week, as Node holds them', async () => {
  const seed = 'pipe-1';
  app = await openApp(`#/play?scenario=sales-director&seed=${seed}`);
  await app.get('start-quarter');
  await playQuarter(app);
  await app.click('next-quarter');
  await app.get('start-quarter');
  await app.click('rep-1');
  const card = await app.get('rep-pipeline');

  // Node's run of the same log (the dilemmas of quarter 1 declined)
  const log = savedLog();
  const state = createRun(scenarioParams('sales-director'), seed);
  for (let w = 0; w < 13; w++) step(state, decisionsAt(log, w));
  // the team list's rep-1 is the rep with id 1 ("Rep 2")
  const open = state.reps[1].pipeline.filter((o) => state.customers.status[o.customer] === 1).sort((a, b) => a.closeWeek - b.closeWeek);
  expect(open.length).toBeGreaterThan(0);
  expect(card.querySelector('h3')?.textContent).toBe(`Pipeline: ${open.length} open deals`);
  const due = open.filter((o) => quarterOf(o.closeWeek) === 1);
  const expected = due.reduce((sum, o) => sum + winProbability(o, 13) * o.value * (1 - o.discount), 0);
  expect(await app.text('pipeline-summary')).toBe(`${due.length} due to close this quarter, worth ${money(expected)} weighed by their chance of closing; ${open.length - due.length} due later.`);
  const rows = [...card.querySelectorAll('tbody tr')];
  expect(rows).toHaveLength(Math.min(8, open.length));
  expect(rows[0].querySelector('th')?.textContent).toBe(`Customer ${open[0].customer + 1}`);
  expect(rows[0].querySelectorAll('td')[1].textContent).toContain(`week ${open[0].closeWeek + 1}`);
});
