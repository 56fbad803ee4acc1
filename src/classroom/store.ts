/**
 * The class's codes kept in the browser (localStorage) so a reload, or a
 * closed tab, does not lose a batch: the candidates as they were collected,
 * reopened (and so re-verified) on load. Storage is passed in, so this stays
 * free of the DOM.
 */
import { z } from '../sim/zod';
import type { Candidate } from './extract';
import type { Batch } from './runs';

export const CLASS_KEY = 'salesfloor.class';

/** The part of the Storage interface used here. */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

const origin = z.object({
  file: z.string().optional(),
  line: z.number().int().optional(),
  row: z.number().int().optional(),
  column: z.string().optional(),
  item: z.number().int().optional(),
});
/** Version 2 keeps each candidate's name; version 1 (before names) is still read. */
const stored = z.object({
  version: z.union([z.literal(1), z.literal(2)]),
  candidates: z.array(z.object({ text: z.string(), origin, name: z.string().max(200).optional() })),
  duplicates: z.number().int().min(0),
});

export interface StoredClass {
  candidates: Candidate[];
  duplicates: number;
}

/** Keeps a batch's candidates; false when the browser refuses (full or disabled storage). */
export function saveClass(store: KeyValueStore, batch: Batch): boolean {
  const keep = (text: string, origin: Candidate['origin'], name?: string): Candidate => ({ text, origin, ...(name ? { name } : {}) });
  const candidates: Candidate[] = [...batch.runs.map((r) => keep(r.code, r.origin, r.name)), ...batch.bad.map((b) => keep(b.text, b.origin, b.name))];
  try {
    if (candidates.length === 0) store.removeItem(CLASS_KEY);
    else store.setItem(CLASS_KEY, JSON.stringify({ version: 2, candidates, duplicates: batch.duplicates }));
    return true;
  } catch {
    return false;
  }
}

/** The kept candidates; null when there are none or they cannot be read (then they are dropped). */
export function loadClass(store: KeyValueStore): StoredClass | null {
  let raw: string | null;
  try {
    raw = store.getItem(CLASS_KEY);
  } catch {
    return null;
  }
  if (raw === null) return null;
  try {
    const parsed = stored.safeParse(JSON.parse(raw));
    if (parsed.success) return { candidates: parsed.data.candidates, duplicates: parsed.data.duplicates };
  } catch {
    // not JSON: dropped below
  }
  clearClass(store);
  return null;
}

export function clearClass(store: KeyValueStore): void {
  try {
    store.removeItem(CLASS_KEY);
  } catch {
    // storage disabled: nothing was kept
  }
}
