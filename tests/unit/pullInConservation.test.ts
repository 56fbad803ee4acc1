/**
 * Moving a deal conserves deals: a reorder a rep asks for early is the
 * customer's next order, moved, not a new one. The need it covers ahead of
 * time is owed (a negative need) before the next order can come, so a
 * customer asked early orders no more often over time than one left alone.
 */
import { describe, expect, it } from 'vitest';
import { createRun, isDone, step } from '../../src/sim';
import { scenarioParams } from '../../src/scenarios';

describe('pulling reorders in', () => {
  it('moves orders without adding any: what an early order covers is owed before the next', () => {
    let pulled = 0;
    for (let s = 0; s < 4; s++) {
      const state = createRun(scenarioParams('quarterly-quota', { 'reps.timingControl': 1, 'run.weeks': 52 }), `pull-${s}`);
      while (!isDone(state)) {
        const early: number[] = [];
        step(state, [], (e) => {
          if (e.type === 'deal' && e.repeat && e.source === 'pulledIn') early.push(e.customer);
        });
        for (const c of early) {
          pulled++;
          // the need built before the ask was short of the customer's level: the rest is owed
          expect(state.customers.need[c]).toBeLessThan(0);
        }
      }
    }
    expect(pulled).toBeGreaterThan(20);
  });
});
