/**
 * The facilitator's scenarios this browser knows, by fingerprint, kept in
 * storage (localStorage in the page; passed in, so this stays free of the
 * DOM): learnt from a game played on one, a scenario code pasted once, or a
 * replay link's `sc=`. Run codes name their scenario by fingerprint
 * (compactRun.ts); the class view and replay look it up here, and ask for
 * the scenario code only when it is missing.
 */
import { z } from '../sim/zod';
import { decodeScenarioCode, encodeScenarioCode } from './scenarioCode';
import { scenarioFingerprint, type ScenarioLookup } from './fingerprint';
import type { FacilitatorScenario } from './facilitatorScenario';

export const KNOWN_KEY = 'salesfloor.scenarios';
/** Most scenarios kept: the latest learnt stay. */
export const MAX_KNOWN = 40;

/** The part of the Storage interface used here. */
export interface ScenarioStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

const stored = z.object({ version: z.literal(1), codes: z.array(z.string().max(20_000)).max(MAX_KNOWN) });

export class KnownScenarios {
  private cache: Map<string, FacilitatorScenario> | null = null;

  constructor(private readonly store: ScenarioStore) {}

  private read(): Map<string, FacilitatorScenario> {
    if (this.cache) return this.cache;
    const map = new Map<string, FacilitatorScenario>();
    try {
      const parsed = stored.safeParse(JSON.parse(this.store.getItem(KNOWN_KEY) ?? 'null'));
      if (parsed.success)
        for (const code of parsed.data.codes) {
          try {
            const sc = decodeScenarioCode(code);
            map.set(scenarioFingerprint(sc), sc);
          } catch {
            // a damaged entry is dropped
          }
        }
    } catch {
      // unreadable storage: none known
    }
    this.cache = map;
    return map;
  }

  /** Finds a scenario by its fingerprint. */
  readonly lookup: ScenarioLookup = (fingerprint) => this.read().get(fingerprint);

  /** Keeps a scenario (the latest first); its fingerprint. False storage is forgiven: it is then known until the page closes. */
  learn(sc: FacilitatorScenario): string {
    const fp = scenarioFingerprint(sc);
    const map = this.read();
    map.delete(fp);
    const next = new Map<string, FacilitatorScenario>([[fp, sc] as const, ...map].slice(0, MAX_KNOWN));
    this.cache = next;
    try {
      this.store.setItem(KNOWN_KEY, JSON.stringify({ version: 1, codes: [...next.values()].map(encodeScenarioCode) }));
    } catch {
      // storage full or disabled
    }
    return fp;
  }

  /** Learns a pasted scenario code (or a link holding `sc=`); throws RunCodeError of kind 'scenario' when it cannot be read. */
  learnCode(text: string): FacilitatorScenario {
    const sc = decodeScenarioCode(text);
    this.learn(sc);
    return sc;
  }
}
