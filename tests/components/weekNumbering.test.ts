/**
 * One week numbering (src/sim/calendar.ts's weekNumber, src/play/weekLabel.ts):
 * a facilitator's event at the model's week 30 reads "week 31", the fifth
 * week of quarter 3, everywhere a person reads it: the facilitator's page
 * (its list, and the number typed to add it), the quarter's review, the
 * debrief's timeline, replay and compare, and the charts' axis. Replay and
 * compare list it under the facilitator's own heading, not the trainee's
 * decisions, and the debrief is titled with the class scenario.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { encodeScenarioCode, decodeScenarioCode } from '../../src/codes/scenarioCode';
import type { FacilitatorScenario } from '../../src/codes/facilitatorScenario';
import { openApp, playQuarter, waitUntil, type AppUnderTest } from './harness';
import { choose, control } from './instructorHelpers';
import { liveCharts } from './fakeChart';

let app: AppUnderTest | null = null;
afterEach(() => app?.dispose());

const CLASS: FacilitatorScenario = {
  base: 'founder',
  overrides: { 'run.weeks': 39 },
  events: [{ week: 30, type: 'event', event: 'recession', size: 0.5, weeks: 6 }],
  locked: [],
  bounds: {},
  title: { en: 'Week drill', fr: 'Exercice des semaines' },
  briefing: { en: 'A recession comes in quarter 3.', fr: 'Une récession arrive au trimestre 3.' },
};

/** The week numbers a text names ("Week 31", "week 31"), and its "Q3 w5"s. */
const weeksIn = (text: string) => [...text.matchAll(/week (\d+)/gi)].map((m) => Number(m[1]));
const shortsIn = (text: string) => [...text.matchAll(/\bQ(\d+) w(\d+)\b/g)].map((m) => m[0]);

describe('one week numbering', () => {
  it('names the facilitator\'s event week 31 (Q3 w5) on the facilitator\'s page, the review, the debrief, replay, compare and the charts', async () => {
    const code = encodeScenarioCode(CLASS);

    // the facilitator's page: the opened scenario's event, and the number typed to add one
    app = await openApp('#/facilitator');
    await app.get('facilitator');
    await app.fill('facilitator-open-code', code);
    const old = app.find('facilitator');
    await app.click('open-scenario-code');
    await waitUntil('the page drawn from the code', () => app?.find('facilitator') !== old && app?.find('event-list'));
    const listed = (await app.get('event-list')).textContent ?? '';
    expect(weeksIn(listed)).toEqual([31]);
    expect(shortsIn(listed)).toEqual(['Q3 w5']);
    await app.click('remove-event-0');
    await choose(app, 'event-kind', 'recession');
    await app.fill('event-week', '31');
    await app.fill('event-size', '50');
    await app.fill('event-weeks', '6');
    await app.click('add-event');
    await app.click('make-code');
    expect(decodeScenarioCode(control<HTMLTextAreaElement>(app, 'scenario-code').value).events).toEqual(CLASS.events);
    app.dispose();

    // the review of quarter 3 tells the market's news with the same week
    app = await openApp(`#/play?sc=${code}&seed=weeks-1`);
    await app.get('start-quarter');
    await playQuarter(app);
    await app.click('next-quarter');
    await playQuarter(app);
    await app.click('next-quarter');
    await playQuarter(app);
    const news = await app.text('market-news');
    expect(weeksIn(news)).toEqual([31]);
    expect(shortsIn(news)).toEqual(['Q3 w5']);

    // the debrief: titled with the class scenario, its timeline's market mark at the same week
    await app.click('next-quarter');
    await app.get('debrief');
    expect(document.querySelector('h1')?.textContent).toBe('Debrief: Week drill');
    expect(await app.text('debrief-intro')).toContain('Week drill');
    const marks = await waitUntil('the timeline', () => app?.find('timeline'));
    const market = [...marks.querySelectorAll('[data-testid="timeline-mark"]')].map((b) => b.textContent ?? '').find((text) => text.includes('recession')) ?? '';
    expect(weeksIn(market)).toEqual([31]);
    expect(shortsIn(market)).toEqual(['Q3 w5', 'Q3 w5']);
    // the result score's scale is told where the score is shown
    expect(document.querySelector('[data-testid="score"] .score-row')?.getAttribute('title')).toBe('100 = the better reference plan’s profit on this town (or more), 50 = the other plan’s, 0 = no profit');
    const runCode = control<HTMLTextAreaElement>(app, 'run-code').value;

    // replay: under the facilitator's heading, not the trainee's decisions; the charts' axis names the week Q3 w5
    await app.go(`#/replay?code=${runCode}`);
    const events = await app.get('replay-events', 30_000);
    expect(events.closest('.card')?.querySelector('h2')?.textContent).toBe('Facilitator’s events');
    expect(weeksIn(events.textContent ?? '')).toEqual([31]);
    expect(app.find('replay-decisions')?.textContent ?? '').not.toContain('recession');
    const profit = await waitUntil('the profit chart', () => liveCharts().find((c) => c.canvas.closest('[data-testid="chart-profit"]')));
    expect((profit.data.labels as string[])[30]).toBe('Q3 w5');

    // compare: the events' own table, the same week
    await app.go(`#/compare?a=${runCode}&b=${runCode}`);
    const table = await app.get('compare-events', 30_000);
    expect(table.querySelector('caption')?.textContent).toBe('Facilitator’s events, week by week');
    expect([...table.querySelectorAll('tbody th')].map((th) => Number(th.textContent))).toEqual([31]);
    expect(app.find('compare-decisions')?.textContent ?? '').not.toContain('recession');
  });
});
