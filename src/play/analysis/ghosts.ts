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

export function ghostRun(id: GhostId, seed: string, custom?: FacilitatorScenario): WeekRecord[] {
  if (!custom) return simulate({ params: scenarioParams(id), seed }).weeks;
  const market = Object.fromEntries(Object.entries(custom.overrides).filter(([key]) => !isLever(key)));
  return simulate({ params: scenarioParams(id, market), seed, decisions: custom.events }).weeks;
}
