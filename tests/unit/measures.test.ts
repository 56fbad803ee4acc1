/** Outcome measures (src/research/measures.ts): windows in game weeks, combinations, refusals, and the evaluator that runs them in batches. */
import { describe, expect, it } from 'vitest';
import { checkMeasures, DEFAULT_MEASURES, measureRun, withDefaults } from '../../src/research/measures';
import { specRefusal } from '../fixtures/specRefusal';
import { openEvaluator } from '../../src/cli/evaluate';
import { t } from '../../src/i18n';
import { scenarioParams } from '../../src/scenarios';
import { simulate, type WeekRecord } from '../../src/sim';

const small = scenarioParams('founder', { 'run.weeks': 104, 'market.size': 300 });
const weeks = simulate({ params: small, seed: '3' }).weeks;
const sum = (ws: readonly WeekRecord[], key: keyof WeekRecord) => ws.reduce((s, w) => s + (w[key] as number), 0);

const refusal = (json: unknown) => specRefusal(checkMeasures, json);

describe('measures', () => {
  it('read windows as game weeks: year 2 is weeks 53-104, the model indices 52-103', () => {
    const [y1, y2, , , total, rep] = measureRun(DEFAULT_MEASURES, weeks);
    expect(y1).toBe(sum(weeks.slice(0, 52), 'profit'));
    expect(y2).toBe(sum(weeks.slice(52, 104), 'profit'));
    expect(total).toBe(sum(weeks, 'profit'));
    expect(rep).toBe(weeks[103].reputation);
  });

  it('combine measures named before them, and give NaN for a window outside the run, and for what combines it', () => {
    const spec = withDefaults(checkMeasures({ q3Deals: { mean: 'deals', weeks: '27-39' }, margin: { ratio: ['y2Profit', 'y2Revenue'] }, growth: { diff: ['y2Profit', 'y1Profit'] }, lastWeek: { end: 'deals', weeks: '104' }, noQuits: { sum: 'quits', weeks: '200-201' }, none: { ratio: ['y1Profit', 'noQuits'] } }));
    const values = Object.fromEntries(Object.keys(spec).map((k, i) => [k, measureRun(spec, weeks)[i]]));
    expect(values.q3Deals).toBeCloseTo(sum(weeks.slice(26, 39), 'deals') / 13, 12);
    expect(values.margin).toBe(values.y2Profit / values.y2Revenue);
    expect(values.growth).toBe(values.y2Profit - values.y1Profit);
    expect(values.lastWeek).toBe(weeks[103].deals);
    expect(values.noQuits).toBeNaN();
    expect(values.none).toBeNaN();
    const short = measureRun(DEFAULT_MEASURES, weeks.slice(0, 52));
    expect(short[0]).toBe(sum(weeks.slice(0, 52), 'profit'));
    expect(short[1]).toBeNaN();
  });

  it('refuse each malformed measure with one line, in both languages', () => {
    const cases: [unknown, RegExp][] = [
      [[], /expected an object of named measures/],
      [{ '2x': { sum: 'profit' } }, /a name is a letter/],
      [{ y2Profit: { sum: 'profit' } }, /already a default measure/],
      [{ a: { summ: 'profit' } }, /did you mean sum\?/],
      [{ a: { sum: 'profits' } }, /"profits" is not a column of the weeks table; did you mean profit\?/],
      [{ a: { sum: 'profit', weeks: '60-53' } }, /is not a window like "53-104"/],
      [{ a: { sum: 'profit', weeks: '0-3' } }, /is not a window/],
      [{ a: { ratio: ['y2Profit', 'later'] }, later: { sum: 'deals' } }, /combines "later", which is neither/],
    ];
    for (const [json, message] of cases) {
      const error = refusal(json);
      expect(error.message).toMatch(message);
      expect(error.message).not.toMatch(/\n/);
      expect(t(error.key, error.vars, 'en')).toBe(error.message);
      expect(t(error.key, error.vars, 'fr')).not.toBe(error.message);
    }
  });
});

describe('the evaluator', () => {
  it('gives the same measures on worker threads as inline, point by point and seed by seed', async () => {
    const measures = withDefaults();
    const points = [scenarioParams('founder', { 'run.weeks': 60, 'market.size': 200 }), scenarioParams('sales-director', { 'run.weeks': 60, 'market.size': 200 })];
    const seeds = ['1', '2', '3'];
    const inline = openEvaluator({ workers: 'inline', measures });
    const pooled = openEvaluator({ workers: 2, measures });
    try {
      const a = await inline.evaluate(points, seeds);
      const b = await pooled.evaluate(points, seeds);
      const again = await pooled.evaluate(points.slice(1), seeds.slice(2));
      expect([...b]).toEqual([...a]);
      const width = inline.names.length;
      expect([...again]).toEqual([...a.subarray((1 * 3 + 2) * width, (1 * 3 + 3) * width)]);
      expect(a[(1 * 3 + 1) * width + inline.names.indexOf('y1Profit')]).toBe(measureRun(measures, simulate({ params: points[1], seed: '2' }).weeks)[0]);
    } finally {
      await pooled.close();
    }
  });
});
