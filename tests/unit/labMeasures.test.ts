/** The lab's weekly measures: each a numeric field of a week's record, named in both languages. */
import { describe, expect, it } from 'vitest';
import { hasKey } from '../../src/i18n';
import { defaultParams, simulate } from '../../src/sim';
import { WEEK_MEASURES } from '../../src/ui/lab/lab';

describe('lab measures', () => {
  it('are numeric week fields with English and French names', () => {
    const week = simulate({ params: { ...defaultParams(), 'run.weeks': 2 }, seed: '1' }).weeks[1] as unknown as Record<string, unknown>;
    for (const m of WEEK_MEASURES) {
      expect(typeof week[m], m).toBe('number');
      expect(hasKey(`lab.weekly.${m}`, 'en') && hasKey(`lab.weekly.${m}`, 'fr'), m).toBe(true);
    }
  });
});
