import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRun, decisionsAt, hashHex, step, type Decision, type RunState } from '../../src/sim';
import { scenarioParams } from '../../src/scenarios';
import { LARGE_MARKET, RunSnapshots, SNAPSHOT_EVERY, snapshotInterval } from '../../src/replay/snapshots';

const params = scenarioParams('sales-director');
const log: Decision[] = [
  { week: 13, type: 'set', key: 'plan.commissionRate', value: 0.02 },
  { week: 20, type: 'gemba', rep: 2 },
  { week: 26, type: 'hire', count: 2 },
  { week: 27, type: 'gemba', rep: 3 },
];

/** A straight run from the seed, stopped after `week` weeks. */
function straight(week: number): RunState {
  const s = createRun(params, '5');
  while (s.week < week) step(s, decisionsAt(log, s.week));
  return s;
}

describe('replay snapshots', () => {
  const snaps = RunSnapshots.record({ params, seed: '5', decisions: log });
  const weeks = params['run.weeks'];
  // every straight state's hash and week count, from one straight run
  const expected: string[] = [];
  {
    const s = createRun(params, '5');
    expected.push(hashHex(s));
    while (s.week < weeks) {
      step(s, decisionsAt(log, s.week));
      expected.push(hashHex(s));
    }
  }

  it('records every week and ends with the straight run\'s hash', () => {
    expect(snaps.weeks).toBe(weeks);
    expect(snaps.records).toHaveLength(weeks);
    expect(snaps.hashes).toEqual(expected);
    expect(snaps.hash).toBe(expected[weeks]);
    expect(snaps.snapshotCount).toBe(Math.floor(weeks / SNAPSHOT_EVERY) + 1);
  });

  it('gives the straight run\'s state at every week, bit for bit', () => {
    for (const w of [0, 1, 12, 13, 14, 20, 26, 27, 51, 52, 103, weeks]) {
      const got = snaps.stateAt(w);
      expect(got.week).toBe(w);
      expect(hashHex(got)).toBe(expected[w]);
      expect(got).toEqual(straight(w));
    }
  });

  it('a restored state steps on exactly like the straight run', () => {
    const got = snaps.stateAt(30);
    const ref = straight(30);
    while (got.week < 60) {
      step(got, decisionsAt(log, got.week));
      step(ref, decisionsAt(log, ref.week));
    }
    expect(hashHex(got)).toBe(hashHex(ref));
    expect(got.history).toEqual(ref.history);
  });

  it('random jumps, back and forth, land on the straight run\'s hash', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -5, max: weeks + 5 }), { minLength: 1, maxLength: 12 }), (jumps) => {
        for (const w of jumps) {
          const got = snaps.stateAt(w);
          const clamped = Math.max(0, Math.min(weeks, w));
          if (got.week !== clamped || hashHex(got) !== expected[clamped] || got.history.length !== clamped) return false;
        }
        return true;
      }),
      { numRuns: 60 },
    );
  });

  it('states it gives are copies: changing one does not change the next', () => {
    const a = snaps.stateAt(40);
    step(a, []);
    a.history[0].revenue = -1;
    const b = snaps.stateAt(40);
    expect(b.week).toBe(40);
    expect(hashHex(b)).toBe(expected[40]);
    expect(b.history[0].revenue).not.toBe(-1);
  });

  it('any snapshot interval gives the same states', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60 }), fc.integer({ min: 0, max: weeks }), (every, w) => {
        const other = RunSnapshots.record({ params: scenarioParams('founder', { 'run.weeks': 40 }), seed: 'x', decisions: [] }, every);
        const ref = RunSnapshots.record({ params: scenarioParams('founder', { 'run.weeks': 40 }), seed: 'x', decisions: [] }, 1);
        const at = Math.min(w, 40);
        return hashHex(other.stateAt(at)) === ref.hashes[at];
      }),
      { numRuns: 15 },
    );
  });

  it('keeps a snapshot a quarter, half as often in a large market', () => {
    expect(snapshotInterval(params)).toBe(SNAPSHOT_EVERY);
    expect(snapshotInterval(scenarioParams('founder', { 'market.size': LARGE_MARKET + 1 }))).toBe(2 * SNAPSHOT_EVERY);
    const big = RunSnapshots.record({ params: scenarioParams('founder', { 'market.size': 20_000, 'run.weeks': 60 }), seed: 'b', decisions: [] });
    expect(big.every).toBe(26);
    expect(big.snapshotCount).toBe(3);
    expect(hashHex(big.stateAt(51))).toBe(big.hashes[51]);
  });

  it('refuses a bad interval and a decision outside the run', () => {
    expect(() => RunSnapshots.record({ params, seed: '5', decisions: [] }, 0)).toThrow(RangeError);
    expect(() => RunSnapshots.record({ params, seed: '5', decisions: [{ week: weeks, type: 'gemba', rep: 0 }] })).toThrow(/week/);
  });
});
