/**
 * The facilitator's work in progress, kept in localStorage as it is edited:
 * the whole scenario (base, overrides, events, locks, bounds, titles,
 * briefings, goal) and the town seed, as numbers and text, not as the page's
 * fields (so a language switch, which redraws the page in other numbers,
 * reads it back as it was). The page opens on it after a reload; "Start
 * over" clears it. A stored draft that cannot be read (damaged, from another
 * version, edited by hand) is dropped and reported, never thrown. With
 * storage blocked (private mode) it lives in memory for the page's life.
 */
import { scenarioSchema, type FacilitatorScenario } from '../../codes/facilitatorScenario';
import { SCENARIO_IDS } from '../../scenarios';
import { z } from '../../sim/zod';
import { localStore } from '../../shared/localStore';

const KEY = 'salesfloor.facilitatorDraft';

export interface Draft {
  scenario: FacilitatorScenario;
  seed: string;
}

const draftSchema = z.object({ v: z.literal(1), scenario: scenarioSchema, seed: z.string().max(200) });

/** A stored draft could not be read since the last edit: the page says so each time it is drawn (a redraw must not lose the notice). */
let lost = false;

/** Storage blocked or full: the draft kept here for the page's life instead (null while storage holds it). */
let memory: string | null = null;


function read(): string | null {
  try {
    return localStore()?.getItem(KEY) ?? memory;
  } catch {
    return memory;
  }
}

/** The stored draft, or null when there is none; `damaged` when one was stored but could not be read (it is then dropped), until the next edit. */
export function loadDraft(): { draft: Draft | null; damaged: boolean } {
  const text = read();
  if (text === null) return { draft: null, damaged: lost };
  try {
    const parsed = draftSchema.safeParse(JSON.parse(text));
    if (parsed.success && SCENARIO_IDS.includes(parsed.data.scenario.base)) return { draft: { scenario: parsed.data.scenario as FacilitatorScenario, seed: parsed.data.seed }, damaged: false };
  } catch {
    // not JSON: damaged like any other unreadable draft
  }
  dropDraft();
  return { draft: null, damaged: true };
}

/** Drops a draft that cannot be read or drawn; the page says so until the next edit. */
export function dropDraft(): void {
  forget();
  lost = true;
}

/** Keeps the draft; a bound not yet a number (a field being typed) is left out rather than stored as null. */
export function saveDraft(draft: Draft): void {
  lost = false;
  const bounds = Object.fromEntries(Object.entries(draft.scenario.bounds).filter(([, b]) => Number.isFinite(b.min) && Number.isFinite(b.max)));
  const text = JSON.stringify({ v: 1, scenario: { ...draft.scenario, bounds }, seed: draft.seed });
  try {
    const store = localStore();
    if (!store) throw new Error('no storage');
    store.setItem(KEY, text);
    memory = null;
  } catch {
    // storage blocked or full: kept in memory for this page's life
    memory = text;
  }
}

/** Forgets the draft ("Start over"). */
export function clearDraft(): void {
  lost = false;
  forget();
}

function forget(): void {
  memory = null;
  try {
    localStore()?.removeItem(KEY);
  } catch {
    // storage blocked: nothing was stored
  }
}
