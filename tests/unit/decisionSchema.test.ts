/**
 * One schema for a decision and a decision log (src/sim/decisionSchema.ts):
 * a save accepts exactly the decisions a run code accepts, through their real
 * readers (readSaveData, decodeRunCode), and a 10-year run's log fits both.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decisionLogSchema, MAX_DECISIONS, MAX_EVENT_NAME, MAX_TEXT, MODEL_VERSION, PARAM_KEYS, type Decision } from '../../src/sim';
import { readSaveData } from '../../src/play/save';
import { decodeRunCode, RunCodeError } from '../../src/codes/runCode';
import { seal } from '../../src/codes/envelope';

/** A save holding this log, as loadSave reads it back from storage (JSON). */
const savedAccepts = (log: unknown[]): boolean => readSaveData(JSON.parse(JSON.stringify({ version: 1, model: MODEL_VERSION, scenario: 'founder', seed: 'abc', quarter: 0, phase: 'planning', log }))) !== null;

/** A run code holding this log: its shape is accepted unless decoding says 'corrupt' (the values are checked after). */
function codeAccepts(log: unknown[], overrides: Record<string, number> = {}): boolean {
  const code = seal('sf1', { m: MODEL_VERSION, s: 'founder', e: 'abc', o: overrides, d: log, h: '0123456789abcdef' });
  try {
    decodeRunCode(code);
    return true;
  } catch (error) {
    if (!(error instanceof RunCodeError)) throw error;
    return error.problem !== 'corrupt';
  }
}

const text = fc.oneof(
  fc.constantFrom(...PARAM_KEYS, 'recession', 'starLeaves', 'low'),
  fc.string({ maxLength: 4 }),
  fc.string({ minLength: MAX_EVENT_NAME - 2, maxLength: MAX_EVENT_NAME + 2 }),
  fc.string({ minLength: MAX_TEXT - 2, maxLength: MAX_TEXT + 2 }),
);
const number = fc.oneof({ weight: 4, arbitrary: fc.integer({ min: -2, max: 600 }) }, { weight: 1, arbitrary: fc.double() });
const field = fc.oneof({ weight: 4, arbitrary: number }, { weight: 3, arbitrary: text }, { weight: 1, arbitrary: fc.constantFrom(null, true, [], {}) });
const decision = fc.record(
  {
    week: fc.oneof({ weight: 6, arbitrary: fc.nat(600) }, { weight: 1, arbitrary: field }),
    type: fc.constantFrom('set', 'gemba', 'hire', 'event', 'fire'),
    key: text,
    value: field,
    rep: field,
    count: field,
    event: text,
    size: fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), field),
    weeks: field,
  },
  { requiredKeys: ['type'] },
);

describe('one decision schema', () => {
  it('a save accepts a decision exactly when a run code does', () => {
    let accepted = 0;
    fc.assert(
      fc.property(decision, (d) => {
        const saved = savedAccepts([d]);
        expect(codeAccepts([d])).toBe(saved);
        if (saved) accepted++;
      }),
      { numRuns: 400 },
    );
    // the property is not only about refusals
    expect(accepted).toBeGreaterThan(20);
  });

  it('a 10-year run with a lever changed and ten walks every week fits a save and a run code', () => {
    const log: Decision[] = Array.from({ length: 520 }, (_, week): Decision[] => [
      { week, type: 'set', key: 'plan.commissionRate', value: 0.01 + (week % 7) / 100 },
      ...Array.from({ length: 10 }, (_, rep): Decision => ({ week, type: 'gemba', rep })),
    ]).flat();
    expect(savedAccepts(log)).toBe(true);
    expect(codeAccepts(log, { 'run.weeks': 520 })).toBe(true);
    expect(decodeRunCode(seal('sf1', { m: MODEL_VERSION, s: 'founder', e: 'abc', o: { 'run.weeks': 520 }, d: log, h: '0123456789abcdef' })).decisions).toEqual(log);
  });

  it('a log holds MAX_DECISIONS decisions, not one more, in a save and in a run code alike', () => {
    const walk: Decision = { week: 0, type: 'gemba', rep: 0 };
    const full = Array.from({ length: MAX_DECISIONS }, () => walk);
    expect(decisionLogSchema.safeParse(full).success).toBe(true);
    expect(savedAccepts(full)).toBe(true);
    expect(savedAccepts([...full, walk])).toBe(false);
    expect(codeAccepts(full)).toBe(true);
    expect(codeAccepts([...full, walk])).toBe(false);
  });
});
