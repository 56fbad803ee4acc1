/** Golden runs with the facilitator's market events (events.ts), pinned in hashes.json under `events` by `npm run golden`. */
import type { Decision } from '../../src/sim';

export interface EventCase {
  name: string;
  scenario: string;
  decisions: Decision[];
}

export const EVENT_CASES: readonly EventCase[] = [
  { name: 'founder+recession', scenario: 'founder', decisions: [{ week: 13, type: 'event', event: 'recession', size: 0.5, weeks: 26 }] },
  { name: 'sales-director+priceCut', scenario: 'sales-director', decisions: [{ week: 26, type: 'event', event: 'priceCut', size: 0.3, weeks: 13 }] },
  { name: 'founder+launch', scenario: 'founder', decisions: [{ week: 39, type: 'event', event: 'launch', size: 0.2, weeks: 26 }] },
  { name: 'sales-director+starLeaves', scenario: 'sales-director', decisions: [{ week: 52, type: 'event', event: 'starLeaves' }] },
  {
    name: 'ambivalent-ceo+all',
    scenario: 'ambivalent-ceo',
    decisions: [
      { week: 0, type: 'event', event: 'launch', size: 0.1, weeks: 52 },
      { week: 20, type: 'event', event: 'recession', size: 0.4, weeks: 30 },
      { week: 30, type: 'event', event: 'starLeaves' },
      { week: 30, type: 'set', key: 'plan.commissionRate', value: 0.06 },
      { week: 60, type: 'event', event: 'priceCut', size: 0.5, weeks: 20 },
    ],
  },
];
