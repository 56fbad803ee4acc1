/** Paired counterfactuals: the same seed played under the founder's and the sales director's plans. */
import { simulate } from '../../sim';
import type { WeekRecord } from '../../sim';
import { scenarioParams } from '../../scenarios';

export const GHOST_SCENARIOS = ['founder', 'sales-director'] as const;
export type GhostId = (typeof GHOST_SCENARIOS)[number];

export function ghostRun(id: GhostId, seed: string): WeekRecord[] {
  return simulate({ params: scenarioParams(id), seed }).weeks;
}
