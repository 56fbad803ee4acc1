/**
 * The debrief's decision timeline: a button counts the decisions and events it
 * holds and its name lists them; on a phone's width the buttons of one row
 * never overlap (marks too close share a button), and nothing is lost.
 */
import { afterEach, expect, it } from 'vitest';
import { setLocale } from '../../src/i18n';
import { buttonPx, clusterMarks, decisionTimeline } from '../../src/ui/charts/decisionTimeline';
import type { TimelineMark } from '../../src/play/analysis/runWhy';

afterEach(() => setLocale('en'));

const none = { changes: [], events: [], departures: [] };
const set = (week: number, key: string): TimelineMark => ({ ...none, week, changes: [{ kind: 'set', week, key, from: 0.04, to: 0.08, decisions: [] }] });
const walks = (week: number, count: number): TimelineMark => ({ ...none, week, changes: [{ kind: 'gemba', week, count, decisions: [] }] });
const left = (week: number, rep: number): TimelineMark => ({
  ...none,
  week,
  departures: [{ rep, week, reason: 'usual', fatigue: 0, care: 0.5, pay: 1000, payLine: 1200, replacedWeek: null, replacedBy: null }],
});

/** A busy run: the plan changed every quarter (twice a lever, once a hire), walks most quarters, a few departures. */
function busyRun(): TimelineMark[] {
  const marks: TimelineMark[] = [];
  for (let q = 0; q < 8; q++) {
    const w = q * 13;
    marks.push({ ...none, week: w, changes: [set(w, 'plan.commissionRate').changes[0], set(w, 'management.coaching').changes[0], { kind: 'hire', week: w, count: 2, decisions: [] }] });
    if (q % 4 !== 3) marks.push(walks(w + 3, 1), walks(w + 5, 2));
  }
  marks.push(left(20, 3), left(22, 5), left(70, 1));
  return marks.sort((a, b) => a.week - b.week);
}

it('counts what a button holds and lists it in its name', () => {
  const el = decisionTimeline([{ ...none, week: 26, changes: [set(26, 'plan.commissionRate').changes[0], set(26, 'management.coaching').changes[0], { kind: 'hire', week: 26, count: 1, decisions: [] }] }, walks(40, 2), walks(41, 1)], 104, 8);
  const buttons = [...el.querySelectorAll<HTMLElement>('[data-testid="timeline-mark"]')];
  expect(buttons).toHaveLength(2);
  const [plan, gemba] = buttons;
  expect(plan.dataset.count).toBe('3');
  expect(plan.querySelector('[data-testid="timeline-count"]')?.textContent).toBe('3');
  expect(plan.textContent).toMatch(/^Q3 3 — Q3 w1: Commission from 4% to 8%, .*, hiring one rep$/);
  // two weeks of walks, three walks: one button counting three, its name listing both weeks
  expect(gemba.dataset.count).toBe('3');
  expect(gemba.textContent).toMatch(/^ 3 — Q4 w2: 2 gemba walks; Q4 w3: one gemba walk$/);
  // its sign is the bundled eye, not an emoji character (an empty box without an emoji font)
  expect(gemba.querySelector('img')?.getAttribute('src')).toMatch(/art\/emoji\/eye\.svg$/);
  // a mark holding one thing shows no count
  const single = decisionTimeline([walks(40, 1)], 104, 8).querySelector('[data-testid="timeline-mark"]');
  expect(single?.querySelector('[data-testid="timeline-count"]')).toBeNull();
  setLocale('fr');
  expect(decisionTimeline([walks(40, 2)], 104, 8).querySelector('[data-testid="timeline-mark"]')?.textContent).toMatch(/^ 2 — T4 s2\u202f: 2 gemba walks$/);
});

it('never overlaps two buttons of one row at a phone\'s width, and loses nothing', () => {
  const marks = busyRun();
  const total = marks.reduce((n, m) => n + m.departures.length + m.events.length + m.changes.reduce((k, c) => k + (c.kind === 'gemba' ? c.count : 1), 0), 0);
  // the timeline's width inside a 390 px phone's card, and a desktop's
  for (const width of [326, 1100]) {
    const clusters = clusterMarks(marks, 104, width);
    expect(clusters.reduce((n, c) => n + c.count, 0), `${width}`).toBe(total);
    expect(clusters.reduce((n, c) => n + c.marks.length, 0), `${width}`).toBe(marks.length);
    for (const kind of ['plan', 'gemba', 'market', 'people']) {
      const row = clusters.filter((c) => c.kind === kind);
      for (let i = 0; i + 1 < row.length; i++) {
        const gapPx = (row[i + 1].week - row[i].week) * (width / 104);
        expect(gapPx, `${width} px, ${kind} at weeks ${row[i].week} and ${row[i + 1].week}`).toBeGreaterThanOrEqual((buttonPx(row[i]) + buttonPx(row[i + 1])) / 2);
      }
    }
  }
  // the desktop keeps each quarter's plan apart; the phone has to merge some
  expect(clusterMarks(marks, 104, 1100).filter((c) => c.kind === 'plan')).toHaveLength(8);
  expect(clusterMarks(marks, 104, 326).filter((c) => c.kind === 'plan').length).toBeLessThan(8);
});
