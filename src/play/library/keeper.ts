/**
 * What the app asks of the library of runs: keep the current run after every
 * save, bring the single save of older versions into it on first load, and
 * say once, in a notice, when the browser refuses to keep anything (the game
 * plays on in memory; what was already kept stays).
 */
import { goalFor, goalStatus } from '../goals';
import { hashHex, MODEL_VERSION } from '../../sim';
import { t } from '../../i18n';
import { sessionCode } from '../exports';
import { clearSave, loadSave, readSaveData, restoreSave, type SaveData } from '../save';
import { ledgerScores } from '../scorm';
import { RESULT_SCALE } from '../analysis/score';
import type { Session } from '../session';
import { StorageRefused } from './backends';
import { newRunId, RunLibrary, type FinishedRun, type RunRecord } from './store';
import { localStore } from '../../shared/localStore';

/** where older versions kept a save of another model version aside (src/ui/save.ts) */
const ARCHIVE_PREFIX = 'salesfloor.save.model-';

interface Known {
  started: string;
  finished?: FinishedRun;
  /** when the run was last played, and the save it was kept as: the same finished save again (its debrief reopened) is not playing it */
  played?: string;
  kept?: string;
}

/** What a save says about how far the run has gone (its id aside). */
function progressOf(save: SaveData): string {
  return JSON.stringify([save.model, save.scenario, save.seed, save.sc ?? null, save.quarter, save.phase, save.week ?? null, save.log]);
}

export class RunKeeper {
  private readonly opened: Promise<RunLibrary>;
  private readonly known = new Map<string, Known>();
  private readonly reported = new Set<string>();

  /** `warn` shows a one-line message (a notice); `factory` is IndexedDB (a test passes its own, or none). */
  constructor(
    private readonly warn: (message: string) => void,
    factory: IDBFactory | undefined = globalThis.indexedDB,
  ) {
    this.opened = RunLibrary.open(factory).then(async ({ library, refused }) => {
      if (refused) this.report(refused);
      try {
        for (const r of (await library.list()).runs) this.known.set(r.id, { started: r.started, played: r.played, kept: progressOf(r.save), ...(r.finished ? { finished: r.finished } : {}) });
      } catch (err) {
        this.report(err);
      }
      return library;
    });
  }

  library(): Promise<RunLibrary> {
    return this.opened;
  }

  private report(err: unknown): void {
    const reason = err instanceof StorageRefused ? err.reason : 'blocked';
    if (this.reported.has(reason)) return;
    this.reported.add(reason);
    this.warn(t(reason === 'full' ? 'library.problems.full' : 'library.problems.blocked'));
  }

  /**
   * Start-up: the current game's save (one from before the library gets its
   * id now), or the notice to show when it could not be used; every save
   * found goes into the library (see `migrate`).
   */
  loadCurrent(): { saved: SaveData | null; notice: string | null } {
    const save = loadSave();
    let saved: SaveData | null = null;
    let notice: string | null = null;
    if (save.kind === 'ok') {
      saved = save.save.id ? save.save : { ...save.save, id: newRunId() };
      if (!save.save.id) restoreSave(saved);
    }
    if (save.kind === 'bad') {
      clearSave();
      notice = save.reason === 'outdated' ? t('ui.errors.saveOutdated', { saved: save.saved, current: MODEL_VERSION }) : t('library.saveSetAside');
    }
    void this.migrate(saved, save.kind === 'bad' && save.reason === 'corrupt' ? save.raw : null);
    return { saved, notice };
  }

  /**
   * First load: the current save (given its id by the app), the saves older
   * versions set aside for another model, and a save that could not be read
   * (`damaged`, kept aside as it was) all go into the library; nothing is removed.
   */
  migrate(current: SaveData | null, damaged: string | null, storage: Storage | null = localStore()): Promise<void> {
    const now = new Date().toISOString();
    return this.opened.then(async (library) => {
      const adopt: RunRecord[] = [];
      if (current?.id && !this.known.has(current.id)) adopt.push({ v: 1, id: current.id, started: now, played: now, save: current });
      for (const [key, raw] of archived(storage)) {
        const id = `archived-${key.slice(ARCHIVE_PREFIX.length)}`.slice(0, 80);
        const save = parse(raw);
        if (save && !this.known.has(id)) adopt.push({ v: 1, id, started: now, played: now, save: { ...save, id } });
      }
      try {
        for (const record of adopt) {
          await library.put(record);
          this.known.set(record.id, { started: record.started, played: record.played, kept: progressOf(record.save) });
        }
        if (damaged !== null) await library.setAside(`save-${now}`, damaged);
      } catch (err) {
        this.report(err);
      }
    });
  }

  /**
   * After every save: the run's newest state; at the debrief with its hash,
   * code and scores. Each save is a time it was played (reopening a run in
   * progress is playing it again), except a finished run's debrief opened
   * again as it was: looking at it keeps its "last played" date and its place
   * in the list. Never rejects.
   */
  keep(session: Session, save: SaveData): Promise<void> {
    const id = save.id;
    if (!id) return Promise.resolve();
    const finished = save.phase === 'debrief' ? this.finishedOf(session, id) : undefined;
    const now = new Date().toISOString();
    if (!this.known.has(id)) this.known.set(id, { started: now });
    return this.opened.then(async (library) => {
      const prev = this.known.get(id);
      const done = finished ?? prev?.finished;
      const kept = progressOf(save);
      const played = save.phase === 'debrief' && prev?.played !== undefined && prev.kept === kept ? prev.played : now;
      const record: RunRecord = { v: 1, id, started: prev?.started ?? now, played, save, ...(done ? { finished: done } : {}) };
      this.known.set(id, { started: record.started, played, kept, ...(done ? { finished: done } : {}) });
      try {
        await library.put(record);
      } catch (err) {
        this.report(err);
      }
    });
  }

  /** Forgets a run the list deleted (so a later save of it starts a new record). */
  forget(id: string): void {
    this.known.delete(id);
  }

  private finishedOf(session: Session, id: string): FinishedRun {
    const hash = hashHex(session.state);
    const known = this.known.get(id);
    if (known?.finished?.hash === hash && known.finished.scale === RESULT_SCALE) return known.finished;
    const scores = ledgerScores(session);
    const goal = goalStatus(goalFor(session.scenario, session.custom?.def), session.state, session.seed, session.custom?.def ?? null);
    const finished = { hash, code: sessionCode(session), result: scores.result, effect: scores.effect, scale: RESULT_SCALE, profit: goal.profit, reputation: goal.reputation, goalMet: goal.met };
    if (known) known.finished = finished;
    return finished;
  }
}

function archived(storage: Storage | null): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  try {
    for (let i = 0; storage && i < storage.length; i++) {
      const key = storage.key(i);
      if (key?.startsWith(ARCHIVE_PREFIX)) out.push([key, storage.getItem(key) ?? '']);
    }
  } catch {
    // storage blocked: nothing archived to bring in
  }
  return out;
}

function parse(raw: string): SaveData | null {
  try {
    return readSaveData(JSON.parse(raw));
  } catch {
    return null;
  }
}
