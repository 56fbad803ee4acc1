/**
 * The founder's claim is a hypothesis the model can switch off effect by
 * effect, and reps' beliefs about pushing and relating are learned, not fixed.
 */
import { describe, expect, it } from 'vitest';
import { CONSTANTS } from '../../src/sim/constants';
import { createRun, runToEnd } from '../../src/sim';
import { pushEdge, relateFuture } from '../../src/sim/people';
import { scenarioParams } from '../../src/scenarios';

const OFF = { 'market.relating': 0 };
const relating = { 'reps.pushBias': -6, 'run.weeks': 40 };

describe('the founder’s hypothesis', () => {
  it('relating leaves a bond and builds trust only while the hypothesis is on', () => {
    const on = runToEnd({ params: scenarioParams('founder', relating), seed: 'h1' });
    const off = runToEnd({ params: scenarioParams('founder', relating, OFF), seed: 'h1' });
    expect(Math.max(...on.customers.bond)).toBeGreaterThan(0.4);
    expect(Math.max(...off.customers.bond)).toBe(0);
    // the same prospects start with the same trust; only relating visits move it up
    const trusting = (s: typeof on) => s.marketCounts.trusting;
    expect(trusting(on)).toBeGreaterThan(trusting(off));
  });
});

describe('what reps believe pushing and relating earn', () => {
  it('stays at the priors with reps.learningRate = 0, and moves with experience otherwise', () => {
    const params = scenarioParams('sales-director', { 'reps.learningRate': 0, 'run.weeks': 52 });
    const prior = createRun(params, 'l1').reps[0].seen;
    const fixed = runToEnd({ params, seed: 'l1' });
    for (const r of fixed.reps) {
      // what they have seen stays exactly the prior, and the beliefs worked out from it are the prior beliefs
      expect(r.seen).toEqual(prior);
      expect(pushEdge(r)).toBeCloseTo(CONSTANTS.PUSH_EDGE.value, 12);
      expect(relateFuture(r)).toBeCloseTo(CONSTANTS.RELATE_FUTURE.value, 12);
    }
    const learning = runToEnd({ params: scenarioParams('sales-director', { 'reps.learningRate': 0.1, 'run.weeks': 52 }), seed: 'l1' });
    const moved = learning.reps.filter((r) => r.active && Math.abs(relateFuture(r) - CONSTANTS.RELATE_FUTURE.value) > 0.005);
    expect(moved.length).toBeGreaterThan(0);
  });
});
