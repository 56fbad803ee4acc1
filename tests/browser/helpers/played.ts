/** A finished game's decisions, as the game stamps them (at the first week of a quarter): the saved-game fixtures' log, in a browser (./debrief.ts) and under happy-dom (tests/components/instructorHelpers.ts). */
import type { Decision } from '../../../src/sim';

export const PLAYED: Decision[] = [
  { week: 0, type: 'set', key: 'plan.commissionRate', value: 0.03 },
  { week: 0, type: 'gemba', rep: 1 },
  { week: 26, type: 'hire', count: 1 },
  { week: 52, type: 'set', key: 'plan.commissionRate', value: 0.05 },
];
