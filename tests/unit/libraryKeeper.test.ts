/**
 * What the app asks of the library: the single save of older versions brought
 * in without loss, every save kept, a finished run with its hash, code and two
 * scores, a refusing browser reported once; and a reload mid-quarter resuming
 * at the week it had reached.
 */
// idb reads IndexedDB's classes (IDBRequest…) from the globals, as in a browser
import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { RunKeeper } from '../../src/play/library/keeper';
import { Session } from '../../src/play/session';
import { saveOf } from '../../src/play/save';
import { ledgerScores } from '../../src/play/scorm';
import { hashHex } from '../../src/sim';
import { MemoryStorage, saveData } from './libraryHelpers';

/** Plays the rest of the quarter, declining every dilemma it stops at. */
function finish(s: Session): void {
  s.finishQuarter();
  while (s.phase === 'playing' && s.answer(false)) s.finishQuarter();
}

describe('RunKeeper', () => {
  it('brings the current save, the archived saves and a damaged save into the library, removing nothing', async () => {
    const storage = new MemoryStorage();
    const archived = JSON.stringify(saveData({ model: '0.9.0', seed: 'old-run' }));
    storage.setItem('salesfloor.save.model-0.9.0', archived);
    const warnings: string[] = [];
    const keeper = new RunKeeper((m) => warnings.push(m), new IDBFactory());
    await keeper.migrate(saveData({ id: 'cur-1' }), '{"broken', storage);
    const library = await keeper.library();
    const { runs, aside } = await library.list();
    expect(runs.map((r) => r.id).sort()).toEqual(['archived-0.9.0', 'cur-1']);
    expect(runs.find((r) => r.id === 'archived-0.9.0')?.save.model).toBe('0.9.0');
    expect(aside).toBe(1);
    expect((await library.asideEntries())[0]?.[1]).toBe('{"broken');
    expect(storage.getItem('salesfloor.save.model-0.9.0')).toBe(archived);
    // a second load does not add them again
    await keeper.migrate(saveData({ id: 'cur-1' }), null, storage);
    expect((await library.list()).runs).toHaveLength(2);
    expect(warnings).toEqual([]);
  });

  it('keeps each save of a run under one id, and a finished run with its hash, code and scores', async () => {
    const keeper = new RunKeeper(() => undefined, new IDBFactory());
    const s = new Session('founder', 'keep-7');
    await keeper.keep(s, saveOf(s, 'run-a'));
    const library = await keeper.library();
    const first = (await library.get('run-a'))!;
    expect(first.save.phase).toBe('planning');
    expect(first.finished).toBeUndefined();
    s.startQuarter([]);
    finish(s);
    await keeper.keep(s, saveOf(s, 'run-a'));
    const second = (await library.get('run-a'))!;
    expect(second.save.phase).toBe('review');
    expect(second.started).toBe(first.started);
    // play it out
    while (s.phase !== 'debrief') {
      s.nextQuarter();
      if (s.phase === 'planning') {
        s.startQuarter([]);
        finish(s);
      }
    }
    await keeper.keep(s, saveOf(s, 'run-a'));
    const done = (await library.get('run-a'))!;
    expect(done.finished?.hash).toBe(hashHex(s.state));
    expect(done.finished?.code).toMatch(/^sf2\./);
    // the scores the debrief and the LMS get, each out of 100
    const scores = ledgerScores(s);
    expect([done.finished!.result, done.finished!.effect]).toEqual([scores.result, scores.effect]);
    for (const score of [done.finished!.result, done.finished!.effect]) {
      expect(score).toBeGreaterThanOrEqual(0);
      expect(score).toBeLessThanOrEqual(100);
    }
    expect((await library.list()).runs).toHaveLength(1);
  }, 60_000);

  it('keeps a finished run\'s "last played" date when its debrief is opened again, not a run in progress\'s', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      const factory = new IDBFactory();
      const done = Session.replay('founder', 'played-1', [], 7, 'debrief');
      const going = new Session('founder', 'played-2');
      vi.setSystemTime(new Date('2025-03-01T10:00:00Z'));
      const keeper = new RunKeeper(() => undefined, factory);
      await keeper.keep(done, saveOf(done, 'run-done'));
      await keeper.keep(going, saveOf(going, 'run-going'));
      // later, the debrief looked at again, from the same page and from a page opened afterwards
      vi.setSystemTime(new Date('2025-03-05T10:00:00Z'));
      await keeper.keep(done, saveOf(done, 'run-done'));
      const reopened = new RunKeeper(() => undefined, factory);
      await reopened.keep(done, saveOf(done, 'run-done'));
      // a run in progress reopened is played again
      await reopened.keep(going, saveOf(going, 'run-going'));
      const library = await reopened.library();
      expect((await library.get('run-done'))?.played).toBe('2025-03-01T10:00:00.000Z');
      expect((await library.get('run-going'))?.played).toBe('2025-03-05T10:00:00.000Z');
      expect((await library.list()).runs.map((r) => r.id)).toEqual(['run-going', 'run-done']);
    } finally {
      vi.useRealTimers();
    }
  }, 60_000);

  it('with no storage at all, says so once and the runs live in memory', async () => {
    const refusing = { open: () => { throw new DOMException('no', 'SecurityError'); } } as unknown as IDBFactory;
    const warnings: string[] = [];
    const keeper = new RunKeeper((m) => warnings.push(m), refusing);
    const s = new Session('founder', 'mem-1');
    void keeper.keep(s, saveOf(s, 'm'));
    await keeper.keep(s, saveOf(s, 'm'));
    const library = await keeper.library();
    expect(library.kind).toBe('memory');
    expect((await library.list()).runs).toHaveLength(1);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/will not let the game keep anything/);
  });
});

describe('resuming mid-quarter', () => {
  it('replays the log to the week reached, the same state as playing on', () => {
    const live = new Session('sales-director', 'resume-3');
    live.startQuarter([{ week: 0, type: 'set', key: 'plan.commissionRate', value: 0.07 }]);
    // any dilemma on the way declined, as a player may (the answers are in the log the replay reads)
    while (live.state.week < 5) if (!live.stepWeek(false)) live.answer(false);
    const save = saveOf(live, 'r');
    expect(save.week).toBe(5);
    const back = Session.replay(save.scenario, save.seed, save.log, save.quarter, save.phase, null, save.week);
    expect(back.phase).toBe('playing');
    expect(back.state.week).toBe(5);
    expect(hashHex(back.state)).toBe(hashHex(live.state));
    // without a week (an older save), the quarter's start
    expect(Session.replay(save.scenario, save.seed, save.log, save.quarter, save.phase).state.week).toBe(0);
    // a week outside the quarter is kept inside it
    expect(Session.replay(save.scenario, save.seed, save.log, save.quarter, save.phase, null, 400).state.week).toBe(13);
  });
});
