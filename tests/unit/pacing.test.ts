/**
 * The town's pacing (src/game/town/pacing.ts): which weeks are marked, from
 * what the run leaves of them, and a marked week played longer than a quiet
 * one by the week clock; a quarter at 1× with a few marked weeks is shorter
 * than the 13 × 1.6 s it used to take.
 */
import { describe, expect, it } from 'vitest';
import { simulate, WEEKS_PER_QUARTER, type WeekRecord } from '../../src/sim';
import { scenarioParams } from '../../src/scenarios';
import { MARKED_WEEK, MOVED_BURST, QUIET_WEEK, RETURN_WAVE, weekLength, weekMarks } from '../../src/game/town/pacing';
import { WEEK_MS, WeekClock } from '../../src/game/town/weekClock';

const quiet = { week: 3, quits: 0, returns: 0, heldBack: 0, dealsPulledIn: 0 } as WeekRecord;

describe('week marks', () => {
  it('marks a departure, a hire, a return wave, a burst of moved deals, a market event and a dilemma, and nothing else', () => {
    expect(weekMarks({ record: quiet, reps: [], decisions: [] })).toEqual([]);
    expect(weekMarks({ record: { ...quiet, quits: 1 }, reps: [], decisions: [] })).toEqual(['departure']);
    const hired = [{ joinedAs: 'hire', hiredWeek: 3 }, { hiredWeek: 3 }] as never;
    expect(weekMarks({ record: quiet, reps: hired, decisions: [] })).toEqual(['hire']);
    expect(weekMarks({ record: quiet, reps: [{ joinedAs: 'hire', hiredWeek: 2 }] as never, decisions: [] })).toEqual([]);
    expect(weekMarks({ record: { ...quiet, returns: RETURN_WAVE - 1 }, reps: [], decisions: [] })).toEqual([]);
    expect(weekMarks({ record: { ...quiet, returns: RETURN_WAVE }, reps: [], decisions: [] })).toEqual(['returns']);
    expect(weekMarks({ record: { ...quiet, heldBack: MOVED_BURST - 2, dealsPulledIn: 2 }, reps: [], decisions: [] })).toEqual(['moved']);
    expect(weekMarks({ record: quiet, reps: [], decisions: [{ week: 3, type: 'event', event: 'recession', size: 0.2, weeks: 8 }] })).toEqual(['market']);
    expect(weekMarks({ record: quiet, reps: [], decisions: [{ week: 3, type: 'dilemma' } as never] })).toEqual(['dilemma']);
  });

  it('leaves most weeks of a story quiet, so that a mark means something', () => {
    const run = simulate({ params: scenarioParams('sales-director'), seed: 'pacing', decisions: [] });
    const marked = run.weeks.filter((w) => weekMarks({ record: w, reps: [], decisions: [] }).length > 0).length;
    expect(marked).toBeGreaterThan(0);
    expect(marked / run.weeks.length).toBeLessThan(0.5);
  });
});

describe('pace', () => {
  it('plays a marked week longer than a quiet one, and a quarter with three marks in less than it used to take', () => {
    expect(weekLength(['hire'])).toBe(MARKED_WEEK);
    expect(weekLength([])).toBe(QUIET_WEEK);
    const c = new WeekClock();
    c.start();
    c.tick(16, 1);
    let ms = 0;
    for (let w = 0; w < WEEKS_PER_QUARTER; w++) {
      c.nextWindow(weekLength(w % 4 === 1 ? ['departure'] : []));
      const start = ms;
      while (!c.tick(16, 1)) ms += 16;
      ms += 16;
      const took = ms - start;
      if (w % 4 === 1) expect(took).toBeGreaterThanOrEqual(WEEK_MS * MARKED_WEEK - 16);
      else expect(took).toBeLessThanOrEqual(WEEK_MS * QUIET_WEEK + 32);
    }
    expect(ms).toBeLessThan(WEEKS_PER_QUARTER * WEEK_MS);
  });

  it('keeps the contrast for 1×: at 4× a marked and a quiet week are close to the base week', () => {
    const weekAt4 = (marks: string[]) => {
      const c = new WeekClock();
      c.start();
      c.tick(16, 4);
      c.nextWindow(weekLength(marks as never));
      let ms = 16;
      while (!c.tick(16, 4)) ms += 16;
      return ms;
    };
    expect(weekAt4(['hire'])).toBeGreaterThan(WEEK_MS / 4);
    expect(weekAt4(['hire'])).toBeLessThan((WEEK_MS / 4) * 1.25);
    expect(weekAt4([])).toBeLessThan(WEEK_MS / 4);
    expect(weekAt4([])).toBeGreaterThan((WEEK_MS / 4) * 0.8);
  });
});
