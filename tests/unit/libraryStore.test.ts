/**
 * The library of runs' store: IndexedDB (fake-indexeddb), localStorage with its
 * size check, the fall back to memory, and damaged entries set aside, never lost.
 */
// idb reads IndexedDB's classes (IDBRequest…) from the globals, as in a browser
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { LocalStorageBackend, MemoryBackend, openBackend, StorageRefused } from '../../src/play/library/backends';
import { newRunId, readRecord, RunLibrary, type RunRecord } from '../../src/play/library/store';
import { MemoryStorage, saveData } from './libraryHelpers';

function record(id: string, played: string, over: Partial<RunRecord> = {}): RunRecord {
  return { v: 1, id, started: '2026-11-01T10:00:00.000Z', played, save: saveData({ id }), ...over };
}

describe('RunLibrary on IndexedDB', () => {
  it('keeps, lists (last played first), updates and deletes runs', async () => {
    const { library, refused } = await RunLibrary.open(new IDBFactory());
    expect(refused).toBeNull();
    expect(library.kind).toBe('indexeddb');
    await library.put(record('a', '2026-11-02T10:00:00.000Z'));
    await library.put(record('b', '2026-11-03T10:00:00.000Z', { finished: { hash: 'abc', code: 'sf1.x', result: 71, effect: 64 } }));
    expect((await library.list()).runs.map((r) => r.id)).toEqual(['b', 'a']);
    await library.put(record('a', '2026-11-04T10:00:00.000Z', { save: saveData({ id: 'a', quarter: 3 }) }));
    const { runs, aside } = await library.list();
    expect(runs.map((r) => r.id)).toEqual(['a', 'b']);
    expect(runs[0]?.save.quarter).toBe(3);
    expect(runs[1]?.finished).toEqual({ hash: 'abc', code: 'sf1.x', result: 71, effect: 64 });
    expect(aside).toBe(0);
    await library.remove('a');
    expect((await library.list()).runs.map((r) => r.id)).toEqual(['b']);
    expect(await library.get('b')).not.toBeNull();
  });

  it('sets a damaged entry aside instead of failing or deleting it', async () => {
    const factory = new IDBFactory();
    const { library } = await RunLibrary.open(factory);
    await library.put(record('good', '2026-11-02T10:00:00.000Z'));
    // a damaged entry written straight into the database
    await library.put({ v: 1, id: 'bad', started: 'x', played: 'y', save: { scenario: 42 } } as unknown as RunRecord);
    const first = await library.list();
    expect(first.runs.map((r) => r.id)).toEqual(['good']);
    expect(first.aside).toBe(1);
    const kept = await library.asideEntries();
    expect(kept).toEqual([['bad', { v: 1, id: 'bad', started: 'x', played: 'y', save: { scenario: 42 } }]]);
    // and it is still there when the library is opened again
    const again = await RunLibrary.open(factory);
    expect((await again.library.list()).aside).toBe(1);
  });
});

describe('RunLibrary on localStorage', () => {
  it('refuses a write past its size limit and keeps what it had', async () => {
    const storage = new MemoryStorage();
    const library = new RunLibrary(new LocalStorageBackend(storage, 3000));
    await library.put(record('a', '2026-11-02T10:00:00.000Z'));
    const big = record('b', '2026-11-03T10:00:00.000Z', { save: saveData({ id: 'b', log: Array.from({ length: 200 }, (_, i) => ({ week: i, type: 'gemba' as const, rep: 1 })) }) });
    await expect(library.put(big)).rejects.toEqual(new StorageRefused('full'));
    expect((await library.list()).runs.map((r) => r.id)).toEqual(['a']);
  });

  it('reports a browser quota error as full, and an unreadable key goes aside', async () => {
    const storage = new MemoryStorage(1500);
    const library = new RunLibrary(new LocalStorageBackend(storage));
    await library.put(record('a', '2026-11-02T10:00:00.000Z'));
    const err = await library.put(record('b', '2026-11-03T10:00:00.000Z', { save: saveData({ id: 'b', seed: 'x'.repeat(40), log: Array.from({ length: 40 }, (_, i) => ({ week: i, type: 'hire' as const, count: 1 })) }) })).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StorageRefused);
    expect((err as StorageRefused).reason).toBe('full');
    storage.removeItem('salesfloor.runs.a');
    storage.setItem('salesfloor.runs.c', '{not json');
    const { runs, aside } = await library.list();
    expect(runs).toEqual([]);
    expect(aside).toBe(1);
    expect(storage.getItem('salesfloor.runs-aside.c')).toBe('{not json');
  });
});

describe('choosing a store', () => {
  const refusingFactory = { open: () => { throw new DOMException('no', 'InvalidStateError'); } } as unknown as IDBFactory;

  it('falls back to localStorage when IndexedDB will not open, then to memory when storage is blocked too', async () => {
    const saved = globalThis.localStorage;
    const blocked = new MemoryStorage(Infinity, true);
    try {
      Object.defineProperty(globalThis, 'localStorage', { value: new MemoryStorage(), configurable: true });
      expect((await openBackend(refusingFactory)).backend.kind).toBe('localstorage');
      Object.defineProperty(globalThis, 'localStorage', { value: blocked, configurable: true });
      const { backend, refused } = await openBackend(refusingFactory);
      expect(backend).toBeInstanceOf(MemoryBackend);
      expect(refused?.reason).toBe('blocked');
    } finally {
      Object.defineProperty(globalThis, 'localStorage', { value: saved, configurable: true });
    }
  });

  it('reads records strictly and makes distinct ids', () => {
    expect(readRecord(record('a', '2026-11-02T10:00:00.000Z'))?.id).toBe('a');
    expect(readRecord({ v: 2, id: 'a' })).toBeNull();
    expect(readRecord({ ...record('a', 'x'), save: { ...saveData(), phase: 'lost' } })).toBeNull();
    const ids = new Set(Array.from({ length: 50 }, () => newRunId(1_700_000_000_000)));
    expect(ids.size).toBe(50);
  });
});
