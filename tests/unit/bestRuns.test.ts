/** My runs' best game on each story (src/ui/library/bestRuns.ts): goal met first, then profit; unfinished and older records left out. */
import { describe, expect, it } from 'vitest';
import { bestByStory } from '../../src/ui/library/bestRuns';
import type { RunRecord } from '../../src/play/library/store';
import { saveData } from './libraryHelpers';

function run(id: string, scenario: string, finished: RunRecord['finished'] | undefined, phase: 'debrief' | 'planning' = 'debrief'): RunRecord {
  return { v: 1, id, started: '2026-12-01T10:00:00Z', played: '2026-12-01T11:00:00Z', save: saveData({ scenario, phase }), ...(finished ? { finished } : {}) };
}
const scores = { hash: 'h', code: 'sf1.x', result: 50, effect: 50 };

describe('best run per story', () => {
  it('prefers a run that met its goal, then the most profit; one per story', () => {
    const best = bestByStory([
      run('a', 'founder', { ...scores, profit: 7e6, reputation: 0.65, goalMet: false }),
      run('b', 'founder', { ...scores, profit: 5e6, reputation: 0.72, goalMet: true }),
      run('c', 'founder', { ...scores, profit: 4e6, reputation: 0.75, goalMet: true }),
      run('d', 'sales-director', { ...scores, profit: 3e6, reputation: 0.4, goalMet: false }),
      run('e', 'sales-director', { ...scores, profit: 3.5e6, reputation: 0.45, goalMet: false }),
    ]);
    expect(best.map((r) => r.id)).toEqual(['b', 'e']);
  });

  it('leaves out runs in progress and records kept before goals (no profit on record)', () => {
    expect(bestByStory([run('a', 'founder', undefined, 'planning'), run('b', 'founder', scores)])).toEqual([]);
  });
});
