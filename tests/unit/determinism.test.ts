import { describe, expect, it } from 'vitest';
import { createRun, decisionsAt, hashHex, isDone, simulate, step, type Decision } from '../../src/sim';
import { SCENARIO_IDS, scenarioParams } from '../../src/scenarios';
import golden from '../golden/hashes.json';

describe('determinism and replay', () => {
  const params = scenarioParams('sales-director');

  it('same seed, parameters and decisions give the same hash', () => {
    expect(simulate({ params, seed: '7' }).hash).toBe(simulate({ params, seed: '7' }).hash);
  });

  it('another seed gives another hash', () => {
    expect(simulate({ params, seed: '7' }).hash).not.toBe(simulate({ params, seed: '8' }).hash);
  });

  it('a decision changes the hash, and replays exactly', () => {
    const log: Decision[] = [
      { week: 13, type: 'set', key: 'plan.commissionRate', value: 0.02 },
      { week: 20, type: 'gemba', rep: 2 },
      { week: 26, type: 'hire', count: 2 },
    ];
    const a = simulate({ params, seed: '7', decisions: log });
    expect(a.hash).not.toBe(simulate({ params, seed: '7' }).hash);
    expect(simulate({ params, seed: '7', decisions: log }).hash).toBe(a.hash);
    expect(a.reps.length).toBe(params['reps.count'] + 2 + a.reps.filter((r) => r.hiredWeek > 0 && r.hiredWeek !== 26).length);
  });

  it('a snapshot at any week resumes bit-identically', () => {
    const full = createRun(params, '11');
    const snaps = new Map<number, ReturnType<typeof structuredClone<typeof full>>>();
    while (!isDone(full)) {
      if (full.week === 1 || full.week === 37 || full.week === 90) snaps.set(full.week, structuredClone(full));
      step(full, decisionsAt([], full.week));
    }
    for (const snap of snaps.values()) {
      while (!isDone(snap)) step(snap, []);
      expect(hashHex(snap)).toBe(hashHex(full));
      expect(snap.history).toEqual(full.history);
    }
  });

  it('a JSON round trip of the plain parts of the state does not change the run', () => {
    const a = createRun(params, '3');
    for (let i = 0; i < 20; i++) step(a, []);
    const b = structuredClone(a);
    b.streams = JSON.parse(JSON.stringify(a.streams));
    b.reps = JSON.parse(JSON.stringify(a.reps));
    for (let i = 0; i < 30; i++) {
      step(a, []);
      step(b, []);
    }
    expect(hashHex(b)).toBe(hashHex(a));
  });

  it('matches the golden hash of every scenario (bump MODEL_VERSION and regenerate with `npm run golden` on an intended change)', () => {
    const expected = golden as { modelVersion: string; seed: string; hashes: Record<string, string> };
    const actual: Record<string, string> = {};
    for (const id of SCENARIO_IDS) actual[id] = simulate({ params: scenarioParams(id), seed: expected.seed }).hash;
    expect(actual).toEqual(expected.hashes);
  });
});
