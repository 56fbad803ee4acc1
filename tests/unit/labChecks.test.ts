/**
 * The lab's checks in the page's language: configuration B's "key = value"
 * lines, an uploaded spec (accepted exactly when checkSpec accepts it, with
 * one sentence otherwise, in English and in French), B as another
 * scenario over A's weeks, and the headline's paired difference in a measure.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from '../../src/i18n';
import { checkSpec } from '../../src/lab/sweepSpec';
import { meanCi } from '../../src/shared/stats';
import { paramProblem, parseChanges, readSpecFile } from '../../src/ui/lab/checks';
import { measureDifference, specB } from '../../src/ui/lab/seeds';

afterEach(() => setLocale('en'));

const GOOD = { scenario: 'founder', seeds: 3, weeks: 26, set: { 'plan.quotaPeriod': 'quarter' }, vary: { 'plan.commissionRate': [0, 0.04], 'market.wordOfMouth': [0.5, 1] } };

describe('configuration B', () => {
  it('reads key = value lines, typed as checkParam types them', () => {
    expect(parseChanges('plan.commissionRate = 0.08\n\n  plan.quotaPeriod: year  \n')).toEqual({ set: { 'plan.commissionRate': 0.08, 'plan.quotaPeriod': 'year' }, problems: [] });
  });

  it('names each bad line, and refuses run.weeks and a key set twice', () => {
    const { problems } = parseChanges('plan.commissionRate = 0.9\nhello\nrun.weeks = 52\nmarket.fear = 0.2\nmarket.fear = 0.3\nplan.nothing = 1');
    expect(problems).toHaveLength(5);
    expect(problems[0]).toMatch(/^plan\.commissionRate must be .*0\.9/);
    expect(problems[1]).toBe('Line 2 is not “key = value”: “hello”.');
    expect(problems[2]).toContain('B cannot change run.weeks');
    expect(problems[3]).toBe('Line 5 sets market.fear again.');
    expect(problems[4]).toContain('plan.nothing');
  });

  it('is A with the changes over its set, on the same seeds', () => {
    expect(specB({ scenario: 'founder', seeds: 5, weeks: 26, set: { 'plan.quota': 1000, 'plan.commissionRate': 0.04 } }, { 'plan.commissionRate': 0.1 })).toEqual({ scenario: 'founder', seeds: 5, weeks: 26, set: { 'plan.quota': 1000, 'plan.commissionRate': 0.1 } });
  });

  it('is another scenario as it stands, plus its own changes, on A’s seeds and over A’s weeks', () => {
    const a = { scenario: 'founder', seeds: ['x', 'y'], weeks: 26, set: { 'plan.commissionRate': 0.04 } };
    expect(specB(a, {}, 'sales-director')).toEqual({ scenario: 'sales-director', seeds: ['x', 'y'], weeks: 26 });
    expect(specB(a, { 'market.fear': 0.2 }, 'sales-director')).toEqual({ scenario: 'sales-director', seeds: ['x', 'y'], weeks: 26, set: { 'market.fear': 0.2 } });
    // A at its scenario's length: B at the same length, which is its own too
    expect(specB({ scenario: 'founder', seeds: 3 }, {}, 'sales-director')).toEqual({ scenario: 'sales-director', seeds: 3 });
  });

  it('sums up a measure’s paired differences, leaving out seeds where it is undefined', () => {
    const a = [1, 2, 3, 4, 7];
    const b = [6, -1, 13, 6, NaN];
    const ci = meanCi([5, -3, 10, 2]);
    expect(measureDifference(a, b)).toEqual({ mean: ci.mean, half: ci.half, median: 3.5, above: 3, n: 4, meanA: 17 / 5, meanB: 6 });
    expect(measureDifference([NaN, NaN], [NaN, NaN]).n).toBe(0);
  });
});

describe('an uploaded spec', () => {
  it('is the spec checkSpec gives when it is good', () => {
    expect(readSpecFile(JSON.stringify(GOOD), 'spec.json')).toEqual({ spec: checkSpec(GOOD) });
  });

  const bad: Array<[string, RegExp, RegExp]> = [
    ['{"scenario": "founder", seeds: 3', /it is not JSON/, /ce n’est pas du JSON/],
    ['[1, 2]', /not a sweep spec/, /pas une spécification/],
    [JSON.stringify({ ...GOOD, colour: 'red' }), /colour/, /colour/],
    [JSON.stringify({ ...GOOD, scenario: 'nobody' }), /nobody/, /nobody/],
    [JSON.stringify({ ...GOOD, seeds: 0 }), /seeds/, /seeds/],
    [JSON.stringify({ ...GOOD, weeks: 9999 }), /run\.weeks|weeks/, /run\.weeks|weeks/],
    [JSON.stringify({ ...GOOD, set: { 'plan.commissionRate': 2 } }), /plan\.commissionRate/, /plan\.commissionRate/],
    [JSON.stringify({ ...GOOD, vary: { 'plan.nothing': [1] } }), /plan\.nothing/, /plan\.nothing/],
    [JSON.stringify({ ...GOOD, vary: { 'plan.quota': 5 } }), /vary/, /vary/],
  ];

  it('says a value out of range with its unit in the page\'s language', () => {
    setLocale('fr');
    expect(paramProblem('plan.baseSalary', -5)).toMatch(/argent\/semaine/);
    setLocale('en');
    expect(paramProblem('plan.baseSalary', -5)).toMatch(/money\/week/);
  });

  it.each(bad)('gets one sentence in English and in French: %s', (text, en, fr) => {
    for (const [locale, pattern, frame] of [['en', en, /^The file “f\.json” cannot be loaded: .*\. Nothing was changed\.$/], ['fr', fr, /^Le fichier «\u202ff\.json\u202f» ne peut pas être chargé\u202f: .*\. Rien n’a été changé\.$/]] as const) {
      setLocale(locale);
      const read = readSpecFile(text, 'f.json');
      expect('problem' in read, locale).toBe(true);
      const problem = 'problem' in read ? read.problem : '';
      expect(problem, locale).toMatch(pattern);
      expect(problem, locale).toMatch(frame);
      expect(problem.split('\n'), locale).toHaveLength(1);
    }
  });

  it('says a bad parameter value in French', () => {
    setLocale('fr');
    expect(paramProblem('plan.commissionRate', 'lots')).toMatch(/^plan\.commissionRate .*(nombre|compris).*lots/);
    expect(paramProblem('plan.commissionRate', '0.1')).toBeNull();
  });
});
