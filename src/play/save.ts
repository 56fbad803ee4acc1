/**
 * Autosave: the scenario, the seed and the decision log (never pixels), so a
 * reload replays the run exactly, to the week it had reached. This is the
 * current game; every run is also kept in the library of runs
 * (src/ui/library). A save we cannot read is reported, then dropped for a
 * fresh start (the library keeps its copy).
 */
import { z } from '../sim/zod';
import { checkDecisions, decisionLogSchema, MODEL_VERSION } from '../sim';
import type { Decision } from '../sim';
import { SCENARIO_IDS } from '../scenarios';
import { isValidSeed } from './seed';
import type { Phase, Session } from './session';

const KEY = 'salesfloor.save';
/** where the save lives in localStorage (the SCORM bridge puts the LMS's copy there) */
export const SAVE_KEY = KEY;
export const SAVE_VERSION = 1;

export interface SaveData {
  version: number;
  model: string;
  scenario: string;
  seed: string;
  quarter: number;
  phase: Phase;
  log: Decision[];
  /** the facilitator's scenario code the game is played on, if any */
  sc?: string;
  /** the run's id in the library of runs (src/ui/library); older saves have none and get one when migrated */
  id?: string;
  /** the week the run had reached while playing a quarter, so a reload resumes there (replaying the log to it is deterministic) */
  week?: number;
}

const saveSchema = z.object({
  version: z.number(),
  model: z.string(),
  scenario: z.string(),
  seed: z.string(),
  quarter: z.number().int().min(0).max(100),
  phase: z.enum(['planning', 'playing', 'review', 'debrief']),
  log: decisionLogSchema,
  sc: z.string().optional(),
  id: z.string().max(80).optional(),
  week: z.number().int().min(0).max(10_000).optional(),
});

export type LoadResult =
  | { kind: 'none' }
  | { kind: 'ok'; save: SaveData }
  /** `raw`: what was stored, for the library to keep aside */
  | { kind: 'bad'; reason: 'corrupt'; raw: string }
  /** played under another model version: it would not replay the same run, so it is kept aside under `archivedAs` */
  | { kind: 'bad'; reason: 'outdated'; saved: string; archivedAs: string };

/** Keeps a save of another model version under a key of its own, so that a new model never destroys a player's run. */
function archive(raw: string, version: string): string {
  const key = `${KEY}.model-${version}`;
  try {
    localStorage.setItem(key, raw);
  } catch {
    // storage full or blocked: the message still names both versions
  }
  return key;
}

export function loadSave(): LoadResult {
  let raw: string | null;
  try {
    raw = localStorage.getItem(KEY);
  } catch {
    return { kind: 'none' };
  }
  if (raw === null) return { kind: 'none' };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { kind: 'bad', reason: 'corrupt', raw };
  }
  const model = data && typeof data === 'object' && 'model' in data && typeof data.model === 'string' ? data.model : 'unknown';
  if (data && typeof data === 'object' && 'version' in data && data.version !== SAVE_VERSION) return { kind: 'bad', reason: 'outdated', saved: model, archivedAs: archive(raw, model) };
  const save = readSaveData(data);
  if (!save) return { kind: 'bad', reason: 'corrupt', raw };
  if (save.model !== MODEL_VERSION) return { kind: 'bad', reason: 'outdated', saved: save.model, archivedAs: archive(raw, save.model) };
  if (!playable(save)) return { kind: 'bad', reason: 'corrupt', raw };
  return { kind: 'ok', save };
}

/** A save's shape checked (any model version), or null. */
export function readSaveData(data: unknown): SaveData | null {
  const parsed = saveSchema.safeParse(data);
  return parsed.success ? (parsed.data as SaveData) : null;
}

/** Can this model replay the save: a known story, a valid seed, decisions it accepts. */
export function playable(save: SaveData): boolean {
  if (save.model !== MODEL_VERSION || !SCENARIO_IDS.includes(save.scenario) || !isValidSeed(save.seed)) return false;
  try {
    checkDecisions(save.log);
    return true;
  } catch {
    return false;
  }
}

/** The session as a save; `id` is its run in the library. Writes it as the current game unless storage refuses. */
export function writeSave(session: Session, id?: string): SaveData {
  const data = saveOf(session, id);
  // storage full or disabled: the game goes on without autosave (the library says so)
  restoreSave(data);
  return data;
}

/** Puts a save back as the current game (a run reopened from the library); false when storage refuses. */
export function restoreSave(data: SaveData): boolean {
  try {
    localStorage.setItem(KEY, JSON.stringify(data));
    return true;
  } catch {
    return false;
  }
}

export function saveOf(session: Session, id?: string): SaveData {
  return {
    version: SAVE_VERSION,
    model: MODEL_VERSION,
    scenario: session.scenario,
    seed: session.seed,
    quarter: session.quarter,
    phase: session.phase,
    log: [...session.log],
    ...(session.custom ? { sc: session.custom.code } : {}),
    ...(id ? { id } : {}),
    ...(session.phase === 'playing' ? { week: session.state.week } : {}),
  };
}

export function clearSave(): void {
  try {
    localStorage.removeItem(KEY);
  } catch {
    // nothing to clear
  }
}
