/**
 * Where the library of runs is kept: IndexedDB when the browser allows it,
 * else localStorage (with a size check), else memory only (the game still
 * plays; nothing is kept past the page). Every backend holds two tables:
 * the runs, and the entries set aside because they could not be read.
 */

import { wrap, type IDBPDatabase } from 'idb';

export type BackendKind = 'indexeddb' | 'localstorage' | 'memory';

/** A write the browser refused: out of room ('full') or storage turned off ('blocked'). */
export class StorageRefused extends Error {
  constructor(readonly reason: 'full' | 'blocked') {
    super(`storage ${reason}`);
  }
}

export interface Backend {
  readonly kind: BackendKind;
  /** every entry of a table, as stored (not checked) */
  entries(table: Table): Promise<Array<[string, unknown]>>;
  put(table: Table, id: string, value: unknown): Promise<void>;
  remove(table: Table, id: string): Promise<void>;
}

const TABLES = ['runs', 'aside'] as const;
export type Table = (typeof TABLES)[number];

const DB_NAME = 'salesfloor';
const DB_VERSION = 1;
/** how long an IndexedDB open may take before the library falls back (some private modes never answer) */
const OPEN_TIMEOUT_MS = 3000;

function refused(err: unknown): StorageRefused {
  const name = err instanceof DOMException || err instanceof Error ? err.name : '';
  return new StorageRefused(name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' ? 'full' : 'blocked');
}

export class MemoryBackend implements Backend {
  readonly kind: BackendKind = 'memory';
  private readonly tables: Record<Table, Map<string, unknown>> = { runs: new Map(), aside: new Map() };

  entries(table: Table): Promise<Array<[string, unknown]>> {
    return Promise.resolve([...this.tables[table]].map(([k, v]) => [k, structuredClone(v)] as [string, unknown]));
  }

  put(table: Table, id: string, value: unknown): Promise<void> {
    this.tables[table].set(id, structuredClone(value));
    return Promise.resolve();
  }

  remove(table: Table, id: string): Promise<void> {
    this.tables[table].delete(id);
    return Promise.resolve();
  }
}

/** One key per run (`salesfloor.runs.<id>`), so a damaged entry damages nothing else. */
export class LocalStorageBackend implements Backend {
  readonly kind: BackendKind = 'localstorage';

  /** `limit`: the characters all the library's keys may hold together (localStorage keeps about five million) */
  constructor(
    private readonly storage: Storage,
    private readonly limit = 2_500_000,
  ) {}

  private prefix(table: Table): string {
    return table === 'runs' ? 'salesfloor.runs.' : 'salesfloor.runs-aside.';
  }

  /** The characters the library holds now, without `except`. */
  private used(except: string): number {
    let total = 0;
    for (let i = 0; i < this.storage.length; i++) {
      const key = this.storage.key(i);
      if (key === null || key === except || !key.startsWith('salesfloor.runs')) continue;
      total += key.length + (this.storage.getItem(key)?.length ?? 0);
    }
    return total;
  }

  entries(table: Table): Promise<Array<[string, unknown]>> {
    const prefix = this.prefix(table);
    const out: Array<[string, unknown]> = [];
    for (let i = 0; i < this.storage.length; i++) {
      const key = this.storage.key(i);
      if (key === null || !key.startsWith(prefix)) continue;
      const raw = this.storage.getItem(key) ?? '';
      let value: unknown;
      try {
        value = JSON.parse(raw);
      } catch {
        value = raw;
      }
      out.push([key.slice(prefix.length), value]);
    }
    return Promise.resolve(out);
  }

  put(table: Table, id: string, value: unknown): Promise<void> {
    const key = this.prefix(table) + id;
    const text = typeof value === 'string' && table === 'aside' ? value : JSON.stringify(value);
    if (this.used(key) + key.length + text.length > this.limit) return Promise.reject(new StorageRefused('full'));
    try {
      this.storage.setItem(key, text);
    } catch (err) {
      return Promise.reject(refused(err));
    }
    return Promise.resolve();
  }

  remove(table: Table, id: string): Promise<void> {
    try {
      this.storage.removeItem(this.prefix(table) + id);
    } catch (err) {
      return Promise.reject(refused(err));
    }
    return Promise.resolve();
  }
}

/** IndexedDB through idb (its promises and transactions); the opening is ours, to take the factory a test or a browser gives and to time out. */
export class IndexedDbBackend implements Backend {
  readonly kind: BackendKind = 'indexeddb';

  private constructor(private readonly db: IDBPDatabase) {}

  static open(factory: IDBFactory): Promise<IndexedDbBackend> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new StorageRefused('blocked')), OPEN_TIMEOUT_MS);
      const fail = (err: unknown) => {
        clearTimeout(timer);
        reject(err instanceof StorageRefused ? err : refused(err));
      };
      let request: IDBOpenDBRequest;
      try {
        request = factory.open(DB_NAME, DB_VERSION);
      } catch (err) {
        fail(err);
        return;
      }
      request.onupgradeneeded = () => {
        const db = request.result;
        for (const table of TABLES) if (!db.objectStoreNames.contains(table)) db.createObjectStore(table);
      };
      request.onblocked = () => fail(new StorageRefused('blocked'));
      wrap(request).then((db) => {
        if (!db) return fail(new StorageRefused('blocked'));
        clearTimeout(timer);
        resolve(new IndexedDbBackend(db));
      }, fail);
    });
  }

  async entries(table: Table): Promise<Array<[string, unknown]>> {
    try {
      const tx = this.db.transaction(table, 'readonly');
      const [keys, values] = await Promise.all([tx.store.getAllKeys(), tx.store.getAll(), tx.done]);
      return keys.map((key, i) => [String(key), values[i]]);
    } catch (err) {
      throw refused(err);
    }
  }

  async put(table: Table, id: string, value: unknown): Promise<void> {
    try {
      await this.db.put(table, value, id);
    } catch (err) {
      throw refused(err);
    }
  }

  async remove(table: Table, id: string): Promise<void> {
    try {
      await this.db.delete(table, id);
    } catch (err) {
      throw refused(err);
    }
  }
}

/** A localStorage that takes a write, or null (private modes that throw, or none at all). */
function usableStorage(): Storage | null {
  try {
    const storage = globalThis.localStorage;
    const probe = 'salesfloor.runs-probe';
    storage.setItem(probe, '1');
    storage.removeItem(probe);
    return storage;
  } catch {
    return null;
  }
}

/** The best backend this browser allows; `reason` says why a lesser one was taken. */
export async function openBackend(factory: IDBFactory | undefined = globalThis.indexedDB): Promise<{ backend: Backend; refused: StorageRefused | null }> {
  let why: StorageRefused = new StorageRefused('blocked');
  if (factory) {
    try {
      return { backend: await IndexedDbBackend.open(factory), refused: null };
    } catch (err) {
      why = err instanceof StorageRefused ? err : refused(err);
    }
  }
  const storage = usableStorage();
  // localStorage instead of IndexedDB is not a problem to report: the runs are still kept
  if (storage) return { backend: new LocalStorageBackend(storage), refused: null };
  return { backend: new MemoryBackend(), refused: why };
}
