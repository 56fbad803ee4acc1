/**
 * The lab's size line says its estimate as `salesfloor sweep`'s plan line
 * does (src/i18n/format.ts duration): under a second, whole seconds, minutes,
 * then whole hours, in each language (no "2.5 h": French writes "2,5").
 */
import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from '../../src/i18n';
import { checkSpec } from '../../src/lab/sweepSpec';
import { durationText } from '../../src/cli/commands/sweep';
import { translator } from '../../src/cli/locale';
import { resetCost, timed } from '../../src/ui/lab/size';
import { sizeLine } from '../../src/ui/lab/sweep';
import { labWorkers } from '../../src/ui/lab/work';

afterEach(() => {
  resetCost();
  setLocale('en');
});

/** The size line of a 10-week, 900-customer run when the lab has learnt that it takes `seconds`. */
function lineTaking(seconds: number): string {
  const spec = checkSpec({ scenario: 'founder', seeds: 1, weeks: 10, set: { 'market.size': 900 } });
  timed({ work: 10 * 900 }, seconds, labWorkers());
  return sizeLine(spec);
}

describe('the lab’s size line', () => {
  it('says 2.5 hours in whole hours, as the command line does, in English and French', () => {
    expect(lineTaking(9000)).toContain('about 3 h on');
    expect(durationText(9000, translator('en'))).toBe('3 h');
    setLocale('fr');
    expect(lineTaking(9000)).toMatch(/environ 3\sh sur/);
    expect(lineTaking(0.2)).toContain('moins d’une seconde sur');
    setLocale('en');
    expect(lineTaking(44.6)).toContain('about 45 s on');
  });
});
