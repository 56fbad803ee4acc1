/** Shared by the library's tests: a localStorage in memory and a save. */
import { MODEL_VERSION } from '../../src/sim';
import type { SaveData } from '../../src/play/save';

/** A localStorage in memory; `quota` (characters) makes setItem throw as a full browser does, `blocked` makes every call throw. */
export class MemoryStorage implements Storage {
  private readonly map = new Map<string, string>();
  constructor(
    private readonly quota = Infinity,
    public blocked = false,
  ) {}
  get length(): number {
    if (this.blocked) throw new DOMException('denied', 'SecurityError');
    return this.map.size;
  }
  key(i: number): string | null {
    return [...this.map.keys()][i] ?? null;
  }
  getItem(key: string): string | null {
    if (this.blocked) throw new DOMException('denied', 'SecurityError');
    return this.map.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    if (this.blocked) throw new DOMException('denied', 'SecurityError');
    const used = [...this.map].reduce((n, [k, v]) => n + (k === key ? 0 : k.length + v.length), 0);
    if (used + key.length + value.length > this.quota) throw new DOMException('full', 'QuotaExceededError');
    this.map.set(key, value);
  }
  removeItem(key: string): void {
    if (this.blocked) throw new DOMException('denied', 'SecurityError');
    this.map.delete(key);
  }
  clear(): void {
    this.map.clear();
  }
}

export function saveData(over: Partial<SaveData> = {}): SaveData {
  return { version: 1, model: MODEL_VERSION, scenario: 'founder', seed: 'lib-1', quarter: 2, phase: 'planning', log: [{ week: 13, type: 'set', key: 'plan.commissionRate', value: 0.05 }], ...over };
}

