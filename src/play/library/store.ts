/**
 * The library of runs: every run played in this browser, in progress and
 * finished, each as its save (scenario, seed, decision log, where it is) with
 * its dates and, once finished, its hash, run code and the two ledger scores.
 * Entries that cannot be read are moved aside (kept, counted, never thrown
 * away) instead of breaking the list.
 */
import { z } from '../../sim/zod';
import { readSaveData, type SaveData } from '../save';
import { openBackend, StorageRefused, type Backend, type BackendKind } from './backends';

export interface FinishedRun {
  hash: string;
  code: string;
  /** the result ledger's score and the effect ledger's, out of 100, as the debrief and SCORM compute them */
  result: number;
  effect: number;
  /** the result score's scale (analysis/score.ts RESULT_SCALE); absent in records kept on the old scale, whose result is not shown */
  scale?: number;
  /** the run's profit and final reputation, and whether it met its story's goal (play/goals.ts); absent in records kept before goals */
  profit?: number;
  reputation?: number;
  goalMet?: boolean;
}

export interface RunRecord {
  v: 1;
  id: string;
  /** ISO dates: when the run began, and when it was last played */
  started: string;
  played: string;
  save: SaveData;
  finished?: FinishedRun;
}

const finishedSchema = z.object({ hash: z.string(), code: z.string(), result: z.number(), effect: z.number(), scale: z.number().optional(), profit: z.number().optional(), reputation: z.number().optional(), goalMet: z.boolean().optional() });
const recordSchema = z.object({
  v: z.literal(1),
  id: z.string().min(1).max(80),
  started: z.string(),
  played: z.string(),
  save: z.unknown(),
  finished: finishedSchema.optional(),
});

/** A stored entry as a record, or null when it cannot be read. */
export function readRecord(value: unknown): RunRecord | null {
  const parsed = recordSchema.safeParse(value);
  if (!parsed.success) return null;
  const save = readSaveData(parsed.data.save);
  if (!save) return null;
  return { ...parsed.data, save, ...(parsed.data.finished ? { finished: parsed.data.finished } : {}) } as RunRecord;
}

let counter = 0;

/** A new run's id: the time it began and a few random characters (ids only need to differ within one browser). */
export function newRunId(now = Date.now()): string {
  counter += 1;
  const bytes = new Uint8Array(4);
  globalThis.crypto?.getRandomValues?.(bytes);
  return `${now.toString(36)}-${counter.toString(36)}${[...bytes].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
}

export interface Listing {
  runs: RunRecord[];
  /** entries set aside because they could not be read (now and before) */
  aside: number;
}

export class RunLibrary {
  /** writes go one after another, in the order asked */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly backend: Backend) {}

  /** The best store this browser allows; `refused` is set when only memory is left. */
  static async open(factory?: IDBFactory): Promise<{ library: RunLibrary; refused: StorageRefused | null }> {
    const { backend, refused } = await openBackend(factory);
    return { library: new RunLibrary(backend), refused };
  }

  get kind(): BackendKind {
    return this.backend.kind;
  }

  private enqueue<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.then(work, work);
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** Every readable run, last played first; unreadable entries are moved aside first. */
  list(): Promise<Listing> {
    return this.enqueue(async () => {
      const runs: RunRecord[] = [];
      for (const [id, value] of await this.backend.entries('runs')) {
        const record = readRecord(value);
        if (record && record.id === id) {
          runs.push(record);
          continue;
        }
        try {
          await this.backend.put('aside', id, value);
          await this.backend.remove('runs', id);
        } catch {
          // cannot move it: it stays where it is, and is still left out of the list
        }
      }
      runs.sort((a, b) => (a.played < b.played ? 1 : a.played > b.played ? -1 : 0));
      const aside = (await this.backend.entries('aside')).length;
      return { runs, aside };
    });
  }

  async get(id: string): Promise<RunRecord | null> {
    const { runs } = await this.list();
    return runs.find((r) => r.id === id) ?? null;
  }

  /** Keeps a run (a new one, or a newer state of one); rejects with StorageRefused and keeps what was there. */
  put(record: RunRecord): Promise<void> {
    return this.enqueue(() => this.backend.put('runs', record.id, record));
  }

  remove(id: string): Promise<void> {
    return this.enqueue(() => this.backend.remove('runs', id));
  }

  /** Keeps something that could not be read (a damaged save) aside, under `id`. */
  setAside(id: string, raw: unknown): Promise<void> {
    return this.enqueue(() => this.backend.put('aside', id, raw));
  }

  /** The entries set aside, as stored, for an export. */
  asideEntries(): Promise<Array<[string, unknown]>> {
    return this.enqueue(() => this.backend.entries('aside'));
  }
}
