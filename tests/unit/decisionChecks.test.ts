/**
 * A decision log is checked before it changes anything: a decision for a week
 * past the run's end or for a rep who does not exist is refused with a clear
 * error, and a step that refuses its decisions leaves the run as it was.
 */
import { describe, expect, it } from 'vitest';
import { createRun, ParamError, simulate, step, type Decision } from '../../src/sim';
import { scenarioParams } from '../../src/scenarios';

const params = scenarioParams('founder');

describe('decisions that cannot apply', () => {
  it('refuses a decision after the run’s last week', () => {
    const log: Decision[] = [{ week: 104, type: 'set', key: 'plan.commissionRate', value: 0.05 }];
    expect(() => simulate({ params, seed: '1', decisions: log })).toThrow(ParamError);
    expect(() => simulate({ params, seed: '1', decisions: log })).toThrow(/104/);
  });

  it('refuses a gemba walk with a rep who does not exist', () => {
    const log: Decision[] = [{ week: 3, type: 'gemba', rep: 57 }];
    expect(() => simulate({ params, seed: '1', decisions: log })).toThrow(ParamError);
    expect(() => simulate({ params, seed: '1', decisions: log })).toThrow(/57/);
  });

  it('leaves the state untouched when one decision of the week is bad', () => {
    const state = createRun(params, '1');
    step(state, []);
    const before = structuredClone(state);
    const week = state.week;
    const bad: Decision[] = [
      { week, type: 'set', key: 'plan.commissionRate', value: 0.2 },
      { week, type: 'hire', count: 2 },
      { week, type: 'gemba', rep: 99 },
    ];
    expect(() => step(state, bad)).toThrow(ParamError);
    expect(state).toEqual(before);
  });
});
