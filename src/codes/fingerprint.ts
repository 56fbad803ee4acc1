/**
 * A facilitator's scenario's fingerprint: 48 bits of a 64-bit hash of its
 * canonical JSON (keys sorted at every level), as 12 hex digits. A run code
 * of a game on that scenario carries this instead of the scenario (about
 * 1,000 characters), and the reader finds the scenario by it (knownScenarios.ts).
 */
import type { FacilitatorScenario } from './facilitatorScenario';

/** Hex digits in a fingerprint (48 bits). */
export const FINGERPRINT_HEX = 12;

/** A value as JSON with every object's keys sorted, so the same scenario always gives the same text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v === undefined ? null : v)).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** cyrb53's two 32-bit lanes over a string's UTF-16 code units (integer arithmetic only). */
function hash64(text: string): [number, number] {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return [h2 >>> 0, h1 >>> 0];
}

export function scenarioFingerprint(sc: FacilitatorScenario): string {
  const [hi, lo] = hash64(canonicalJson(sc));
  return `${(hi & 0xffff).toString(16).padStart(4, '0')}${lo.toString(16).padStart(8, '0')}`;
}

/** Finds a facilitator's scenario by its fingerprint: the reader's known scenarios. */
export type ScenarioLookup = (fingerprint: string) => FacilitatorScenario | undefined;
