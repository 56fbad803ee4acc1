/**
 * The instructor's desk: the class's batch, kept in storage, grown by each
 * paste or file and re-verified from storage after a reload. One load at a
 * time: a newer one (or a clear) cancels the one under way.
 */
import type { Candidate, Found } from './extract';
import { emptyBatch, openAll, type BadCode, type Batch, type OpenOptions } from './runs';
import { clearClass, loadClass, saveClass, type KeyValueStore } from './store';

export type LoadEvent =
  | { kind: 'progress'; done: number; total: number }
  /** added: candidates and unreadable files this load brought */
  | { kind: 'done'; added: number; saved: boolean }
  | { kind: 'cancelled' };

export class ClassDesk {
  batch: Batch = emptyBatch();
  /** whole files that held nothing usable (not kept across reloads) */
  fileProblems: BadCode[] = [];
  /** a load is under way */
  busy = false;
  private generation = 0;
  private restored = false;

  constructor(
    private readonly store: KeyValueStore,
    /** how codes are opened: yieldToPage, a worker pool's open and concurrency, the known class scenarios' lookup */
    private readonly how: Pick<OpenOptions, 'yieldToPage' | 'open' | 'concurrency' | 'lookup'>,
  ) {}

  /** Whether some codes wait for their class scenario (RunCodeError 'scenario'). */
  get needsScenario(): boolean {
    return this.batch.bad.some((b) => b.key === 'codes.errors.scenario');
  }

  /** Opens again the codes that waited for their class scenario (now known). */
  retryScenarios(onEvent: (e: LoadEvent) => void): void {
    const waiting = this.batch.bad.filter((b) => b.key === 'codes.errors.scenario');
    if (waiting.length === 0) return;
    const start = { ...this.batch, bad: this.batch.bad.filter((b) => b.key !== 'codes.errors.scenario') };
    void this.open(waiting.map((b) => ({ text: b.text, origin: b.origin, ...(b.name ? { name: b.name } : {}) })), onEvent, start);
  }


  /** Reopens the kept candidates once, on the first visit after a reload; false when there are none. */
  restore(onEvent: (e: LoadEvent) => void): boolean {
    if (this.restored) return false;
    this.restored = true;
    const kept = loadClass(this.store);
    if (!kept) return false;
    void this.open(kept.candidates, onEvent, { ...emptyBatch(), duplicates: kept.duplicates });
    return true;
  }

  /** Adds what was found in a paste or in files. */
  add(found: readonly Found[], onEvent: (e: LoadEvent) => void): void {
    this.restored = true;
    for (const f of found) for (const p of f.problems) this.fileProblems.push({ text: p.origin.file ?? '', origin: p.origin, key: `classroom.errors.${p.problem}`, vars: { file: p.origin.file ?? '' } });
    const unreadable = found.reduce((n, f) => n + f.problems.length, 0);
    void this.open(found.flatMap((f) => f.candidates), onEvent, this.batch, unreadable);
  }

  clear(): void {
    this.generation++;
    this.busy = false;
    this.restored = true;
    this.batch = emptyBatch();
    this.fileProblems = [];
    clearClass(this.store);
  }

  private async open(candidates: Candidate[], onEvent: (e: LoadEvent) => void, start: Batch, unreadable = 0): Promise<void> {
    const mine = ++this.generation;
    this.busy = true;
    const before = start.runs.length + start.bad.length + start.duplicates;
    const batch = await openAll(start, candidates, {
      progress: (done, total) => {
        if (mine === this.generation) onEvent({ kind: 'progress', done, total });
      },
      ...this.how,
      cancelled: () => mine !== this.generation,
    });
    if (mine !== this.generation) return onEvent({ kind: 'cancelled' });
    this.busy = false;
    this.batch = batch;
    const saved = saveClass(this.store, batch);
    onEvent({ kind: 'done', added: batch.runs.length + batch.bad.length + batch.duplicates - before + unreadable, saved });
  }
}
