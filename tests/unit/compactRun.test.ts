/**
 * The compact run code (`sf2.`, src/codes/compactRun.ts): its length for
 * games played through the real game layer, a round trip of any identity
 * (fast-check), a facilitator's scenario named by its fingerprint (opened
 * with a lookup, refused without), first-layout codes (`sf1.`) still open,
 * and the frozen tables hold every current name.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeCompact, encodeCompact, type CompactRun } from '../../src/codes/compactRun';
import { tablesFor } from '../../src/codes/codeTables';
import { seal } from '../../src/codes/envelope';
import { decodeRunCode, encodeRunCode, identityOf, RunCodeError, scenarioFingerprint, verifyRunCode } from '../../src/codes/runCode';
import type { FacilitatorScenario } from '../../src/codes/facilitatorScenario';
import { DILEMMA_KINDS, EVENT_KINDS, MODEL_VERSION, PARAM_KEYS, type Decision } from '../../src/sim';
import { SCENARIO_IDS } from '../../src/scenarios';
import { playGame } from './playedGames';

/** A class scenario as a facilitator writes one: a whole game, two events, a lock, a bound and a briefing of about 500 characters in each language. */
const CLASS: FacilitatorScenario = {
  base: 'sales-director',
  overrides: { 'plan.commissionRate': 0.06, 'market.fear': 0.7 },
  events: [
    { week: 30, type: 'event', event: 'recession', size: 0.4, weeks: 13 },
    { week: 60, type: 'event', event: 'starLeaves' },
  ],
  locked: ['management.recognition'],
  bounds: { 'plan.commissionRate': { min: 0.02, max: 0.12 } },
  title: { en: 'The downturn year', fr: 'L’année de crise' },
  briefing: { en: 'A recession is coming in the second half of the first year. '.repeat(9), fr: 'Une récession arrive au second semestre de la première année. '.repeat(8) },
};

const lookup = (fp: string) => (fp === scenarioFingerprint(CLASS) ? CLASS : undefined);

describe('compact run codes: length', () => {
  const games = ['founder', 'sales-director', 'ambivalent-ceo'].flatMap((scenario) => ['p1', 'p2', 'p3', 'p4'].map((player) => playGame(scenario, `${scenario}-${player}`, player, 24)));

  it('a played game of up to 24 decisions fits in 255 characters (a SCORM 1.2 student_response)', () => {
    const lengths = games.map((id) => [id.decisions.length, encodeRunCode(id).length] as const);
    // the games are typical: plan changes, walks and dilemmas, near the budget
    expect(Math.max(...lengths.map(([n]) => n))).toBeGreaterThanOrEqual(20);
    expect(games.some((g) => g.decisions.some((d) => d.type === 'dilemma'))).toBe(true);
    expect(games.some((g) => g.decisions.some((d) => d.type === 'gemba'))).toBe(true);
    for (const [n, length] of lengths) if (n <= 24) expect(length, `${n} decisions`).toBeLessThanOrEqual(255);
  });

  it('a game of a facilitator’s scenario with 24 decisions is under 300 characters (its scenario named, not carried)', () => {
    const id = playGame('sales-director', 'class-7', 'c', 24, CLASS);
    const code = encodeRunCode(id);
    expect(id.decisions.length).toBeGreaterThanOrEqual(20);
    expect(code.length).toBeLessThan(300);
    // the first layout carried it whole
    expect(seal('sf1', { m: id.model, s: id.scenario, e: id.seed, o: id.overrides, d: id.decisions, h: id.hash, c: CLASS }).length).toBeGreaterThan(900);
    expect(verifyRunCode(code, lookup).result.hash).toBe(id.hash);
  });
});

describe('compact run codes: a facilitator’s scenario by its fingerprint', () => {
  const id = identityOf('sales-director', '11', {}, [{ week: 13, type: 'set', key: 'plan.commissionRate', value: 0.1 }], CLASS);
  const code = encodeRunCode(id);

  it('opens with a lookup that has the scenario, and names the fingerprint it needs without one', () => {
    expect(decodeRunCode(code, lookup)).toEqual(id);
    for (const missing of [undefined, () => undefined]) {
      try {
        decodeRunCode(code, missing);
        expect.unreachable();
      } catch (error) {
        expect(error).toBeInstanceOf(RunCodeError);
        expect((error as RunCodeError).problem).toBe('scenario');
        expect((error as RunCodeError).vars.fingerprint).toBe(scenarioFingerprint(CLASS));
      }
    }
  });

  it('a lookup handing back another scenario is refused as unknown', () => {
    const other = { ...CLASS, title: { en: 'Another', fr: 'Un autre' } };
    expect(() => decodeRunCode(code, () => other)).toThrow(/scenario/);
  });

  it('the fingerprint is 48 bits of the canonical JSON: key order does not count, any change does', () => {
    const fp = scenarioFingerprint(CLASS);
    expect(fp).toMatch(/^[0-9a-f]{12}$/);
    const reordered = Object.fromEntries(Object.entries(CLASS).reverse()) as unknown as FacilitatorScenario;
    expect(scenarioFingerprint(reordered)).toBe(fp);
    expect(scenarioFingerprint({ ...CLASS, briefing: { ...CLASS.briefing, en: `${CLASS.briefing.en}.` } })).not.toBe(fp);
    expect(scenarioFingerprint({ ...CLASS, events: [CLASS.events[0]] })).not.toBe(fp);
  });

  it('a first-layout code (sf1.) still opens, its scenario inside, with no lookup', () => {
    const legacy = seal('sf1', { m: id.model, s: id.scenario, e: id.seed, o: id.overrides, d: id.decisions, h: id.hash, c: CLASS });
    expect(verifyRunCode(legacy).identity).toEqual(id);
    const plain = identityOf('founder', 'old', { 'run.weeks': 6 }, [{ week: 2, type: 'gemba', rep: 1 }]);
    expect(decodeRunCode(seal('sf1', { m: plain.model, s: plain.scenario, e: plain.seed, o: plain.overrides, d: plain.decisions, h: plain.hash }))).toEqual(plain);
  });
});

describe('compact run codes: round trip', () => {
  const name = (table: readonly string[]) => fc.oneof(fc.constantFrom(...table), fc.string({ maxLength: 12 }));
  const week = fc.nat({ max: 600 });
  const value = fc.oneof(fc.double(), fc.integer(), fc.constantFrom(0.04, 190000, 0.1 + 0.2, 1e-7, 123456.789), name(['none', 'quarter', 'year']));
  const decision: fc.Arbitrary<Decision> = fc.oneof(
    fc.record({ week, type: fc.constant('set' as const), key: name(PARAM_KEYS), value }),
    fc.record({ week, type: fc.constant('gemba' as const), rep: fc.nat({ max: 200 }) }),
    fc.record({ week, type: fc.constant('hire' as const), count: fc.integer({ min: 1, max: 50 }) }),
    fc.record({ week, type: fc.constant('event' as const), event: name(EVENT_KINDS), size: fc.double(), weeks: fc.integer({ min: -5, max: 60 }) }, { requiredKeys: ['week', 'type', 'event'] }),
    fc.record({ week, type: fc.constant('dilemma' as const), kind: name(DILEMMA_KINDS), rep: fc.integer({ min: -1, max: 99 }), customer: fc.integer({ min: -1, max: 50000 }), accept: fc.boolean() }),
  ) as fc.Arbitrary<Decision>;
  const run: fc.Arbitrary<CompactRun> = fc.record(
    {
      model: fc.oneof(fc.constant(MODEL_VERSION), fc.string({ maxLength: 8 })),
      scenario: name(SCENARIO_IDS),
      seed: fc.oneof(fc.nat().map(String), fc.string({ maxLength: 20 }), fc.constant('007')),
      overrides: fc.dictionary(name(PARAM_KEYS), value, { maxKeys: 5 }),
      decisions: fc.array(decision, { maxLength: 40 }),
      hash: fc.stringMatching(/^[0-9a-f]{16}$/),
      fingerprint: fc.stringMatching(/^[0-9a-f]{12}$/),
    },
    { requiredKeys: ['model', 'scenario', 'seed', 'overrides', 'decisions', 'hash'] },
  );

  it('decode(encode(x)) is x for any identity, names out of the tables, -0, NaN and long decimals included', () => {
    fc.assert(
      fc.property(run, (r) => {
        expect(decodeCompact(encodeCompact(r))).toEqual(r);
      }),
      { numRuns: 2000 },
    );
  });

  it('every current name is in the model version’s frozen tables (a new one is appended there)', () => {
    const tb = tablesFor(MODEL_VERSION);
    expect(PARAM_KEYS.filter((k) => !tb.keys.includes(k))).toEqual([]);
    expect(SCENARIO_IDS.filter((k) => !tb.scenarios.includes(k))).toEqual([]);
    expect(EVENT_KINDS.filter((k) => !tb.events.includes(k))).toEqual([]);
    expect(DILEMMA_KINDS.filter((k) => !tb.dilemmas.includes(k))).toEqual([]);
  });
});

describe('a code already handed in', () => {
  // Written by this model version's tables: a trainee's code must open the same run for as long as the model version
  // lasts, so reordering codeTables.ts (or changing the layout) must fail here. A new model version makes a new code.
  const PINNED = 'sf2.AAAPAQGABgTQAS-IBxECwgEBRAACDWFRwXXO6KOO.1b2yitu';
  const identity = {
    model: MODEL_VERSION,
    scenario: 'founder',
    seed: '7',
    overrides: { 'reps.count': 6 },
    decisions: [
      { week: 13, type: 'set', key: 'plan.commissionRate', value: 0.07 },
      { week: 14, type: 'gemba', rep: 2 },
      { week: 26, type: 'hire', count: 1 },
      { week: 30, type: 'dilemma', kind: 'discount', rep: 1, customer: 12, accept: false },
    ] as Decision[],
    hash: '6151c175cee8a38e',
  };

  it('opens to the same identity, and the same identity writes the same code', () => {
    expect(decodeRunCode(PINNED)).toEqual(identity);
    expect(encodeRunCode(identity)).toBe(PINNED);
  });
});
