/**
 * Paired counterfactuals: the same seed played under the founder's and the
 * sales director's plans. On a facilitator's scenario the reference plans play
 * the same town and market: its overrides other than the pay and management
 * levers (the market, the team, the run's length) and its events.
 */
import { simulate } from '../../sim';
import type { WeekRecord } from '../../sim';
import { scenarioParams } from '../../scenarios';
import { isLever, type FacilitatorScenario } from '../../codes/facilitatorScenario';

export const GHOST_SCENARIOS = ['founder', 'sales-director'] as const;
export type GhostId = (typeof GHOST_SCENARIOS)[number];

/** The reference runs worked out last (the goal tracker asks each week, the debrief and the LMS at the end): a few towns at a time. */
const kept = new Map<string, readonly WeekRecord[]>();
const KEPT = 8;

/** The weeks of a reference plan on this town; worked out once per seed and scenario (read only: shared by every caller). */
export function ghostRun(id: GhostId, seed: string, custom?: FacilitatorScenario): readonly WeekRecord[] {
  const key = `${id}\u0000${seed}\u0000${custom ? JSON.stringify(custom) : ''}`;
  let weeks = kept.get(key);
  if (!weeks) {
    if (kept.size >= KEPT) kept.delete(kept.keys().next().value as string);
    weeks = runGhost(id, seed, custom);
    kept.set(key, weeks);
  }
  return weeks;
}

function runGhost(id: GhostId, seed: string, custom?: FacilitatorScenario): WeekRecord[] {
  if (!custom) return simulate({ params: scenarioParams(id), seed }).weeks;
  const market = Object.fromEntries(Object.entries(custom.overrides).filter(([key]) => !isLever(key)));
  return simulate({ params: scenarioParams(id, market), seed, decisions: custom.events }).weeks;
}
