/**
 * Scenario codes: a facilitator's scenario survives the round trip, a bad code
 * is refused with a message key (never a crash), and run codes carry the
 * scenario so that a game played on it replays to the same hash.
 */
import { describe, expect, it } from 'vitest';
import { createRun, decisionsAt, hashHex, isDone, MODEL_VERSION, step, type Decision } from '../../src/sim';
import { checkScenario, scenarioRunParams, type FacilitatorScenario } from '../../src/codes/facilitatorScenario';
import { decodeScenarioCode, encodeScenarioCode } from '../../src/codes/scenarioCode';
import { decodeRunCode, encodeRunCode, identityOf, RunCodeError, scenarioFingerprint, verifyRunCode } from '../../src/codes/runCode';
import { en } from '../../src/i18n/en';
import { fr } from '../../src/i18n/fr';
import { ghostRun } from '../../src/play/analysis/ghosts';
import { simulate } from '../../src/sim';
import { scenarioParams } from '../../src/scenarios';

const scenario: FacilitatorScenario = {
  base: 'sales-director',
  overrides: { 'plan.commissionRate': 0.08, 'market.dealValue': 12000, 'run.weeks': 26 },
  events: [
    { week: 5, type: 'event', event: 'recession', size: 0.5, weeks: 10 },
    { week: 13, type: 'event', event: 'starLeaves' },
  ],
  locked: ['plan.quotaPeriod', 'management.coaching'],
  bounds: { 'plan.commissionRate': { min: 0.05, max: 0.1 } },
  title: { en: 'Downturn <b>drill</b>', fr: 'Exercice de crise' },
  briefing: { en: 'A recession is coming.\nKeep the team.', fr: 'Une récession arrive.' },
};

function problem(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(RunCodeError);
    return (e as RunCodeError).key;
  }
  throw new Error('no error');
}

describe('scenario codes', () => {
  it('round-trips a scenario exactly, texts included', () => {
    const code = encodeScenarioCode(scenario);
    expect(code).toMatch(/^sfs1\.[A-Za-z0-9_~-]+\.[0-9a-z]+$/);
    expect(decodeScenarioCode(code)).toEqual(scenario);
    expect(decodeScenarioCode(`https://x.test/#/custom?sc=${encodeURIComponent(code)}&seed=4`)).toEqual(scenario);
  });

  it('refuses bad codes with a message in both languages', () => {
    const code = encodeScenarioCode(scenario);
    const [, body, check] = code.split('.');
    const cases: [string, string][] = [
      ['', 'facilitator.codeErrors.empty'],
      ['hello', 'facilitator.codeErrors.format'],
      [`sf1.${body}.${check}`, 'facilitator.codeErrors.format'],
      [`sfs1.${body.slice(0, -3)}.${check}`, 'facilitator.codeErrors.checksum'],
    ];
    for (const [text, key] of cases) expect(problem(() => decodeScenarioCode(text))).toBe(key);
    const keys = ['empty', 'format', 'checksum', 'corrupt', 'content'];
    for (const k of keys) {
      expect(en.facilitator.codeErrors[k as keyof typeof en.facilitator.codeErrors]).toBeTruthy();
      expect(fr.facilitator.codeErrors[k as keyof typeof fr.facilitator.codeErrors]).toBeTruthy();
    }
  });

  it('refuses a scenario that cannot be played, naming the problem', () => {
    const bad: [Partial<FacilitatorScenario>, RegExp][] = [
      [{ base: 'nobody' }, /unknown scenario/],
      [{ overrides: { 'plan.commissionRate': 3 } }, /plan.commissionRate/],
      [{ events: [{ week: 30, type: 'event', event: 'starLeaves' }] }, /week 30/],
      [{ events: [{ week: 3, type: 'event', event: 'recession', size: 2, weeks: 3 }] }, /size/],
      [{ locked: ['market.size'] }, /levers can be locked/],
      [{ bounds: { 'plan.commissionRate': { min: 0.01, max: 0.05 } } }, /starts at 0.08/],
      [{ bounds: { 'plan.commissionRate': { min: 0.05, max: 0.9 } } }, /within 0 to 0.3/],
      [{ title: { en: '', fr: 'x' } }, /title/],
    ];
    for (const [change, message] of bad) {
      const code = encodeScenarioCode({ ...scenario, ...change } as FacilitatorScenario);
      expect(() => checkScenario({ ...scenario, ...change })).toThrow(message);
      expect(problem(() => decodeScenarioCode(code))).toBe('facilitator.codeErrors.content');
    }
  });
});

describe('run codes on a facilitator’s scenario', () => {
  /** A game as the session plays it: the scenario's parameters, its events before the player's decisions. */
  function play(sc: FacilitatorScenario, mine: Decision[]): string {
    const state = createRun(scenarioRunParams(sc), '9');
    while (!isDone(state)) step(state, [...decisionsAt(sc.events, state.week), ...decisionsAt(mine, state.week)]);
    return hashHex(state);
  }

  const mine: Decision[] = [{ week: 13, type: 'set', key: 'plan.commissionRate', value: 0.06 }];

  const known = (fp: string) => (fp === scenarioFingerprint(scenario) ? scenario : undefined);

  it('name the scenario by its fingerprint and replay to the game’s hash', () => {
    const hash = play(scenario, mine);
    const code = encodeRunCode({ model: MODEL_VERSION, scenario: 'sales-director', seed: '9', overrides: {}, decisions: mine, hash, custom: scenario });
    const { identity, result } = verifyRunCode(code, known);
    expect(result.hash).toBe(hash);
    expect(identity.custom).toEqual(scenario);
    expect(identityOf('sales-director', '9', {}, mine, scenario).hash).toBe(hash);
    // without its scenario the same decisions make another run
    expect(identityOf('sales-director', '9', {}, mine).hash).not.toBe(hash);
  });

  it('codes without a scenario decode as before', () => {
    const id = identityOf('founder', '3', {}, []);
    const decoded = decodeRunCode(encodeRunCode(id));
    expect(decoded).toEqual(id);
    expect('custom' in decoded).toBe(false);
  });

  it('refuse decisions that break the scenario’s locks or bounds', () => {
    const hash = play(scenario, []);
    const locked: Decision[] = [{ week: 13, type: 'set', key: 'management.coaching', value: 0.9 }];
    const code = encodeRunCode({ model: MODEL_VERSION, scenario: 'sales-director', seed: '9', overrides: {}, decisions: locked, hash, custom: scenario });
    expect(problem(() => decodeRunCode(code, known))).toBe('codes.errors.content');
    const outside: Decision[] = [{ week: 13, type: 'set', key: 'plan.commissionRate', value: 0.2 }];
    const code2 = encodeRunCode({ model: MODEL_VERSION, scenario: 'sales-director', seed: '9', overrides: {}, decisions: outside, hash, custom: scenario });
    expect(problem(() => decodeRunCode(code2, known))).toBe('codes.errors.content');
  });
});

describe('the debrief’s reference runs on a facilitator’s scenario', () => {
  it('play the reference plans in the scenario’s town, market and events', () => {
    const weeks = ghostRun('founder', '9', scenario);
    expect(weeks).toHaveLength(26);
    const plain = simulate({ params: scenarioParams('founder', { 'run.weeks': 26, 'market.dealValue': 12000 }), seed: '9' }).weeks;
    // the recession from week 5: fewer leads than the same town without it, the same before it
    expect(weeks.slice(0, 5)).toEqual(plain.slice(0, 5));
    expect(weeks.slice(5, 15).reduce((n, w) => n + w.leads, 0)).toBeLessThan(plain.slice(5, 15).reduce((n, w) => n + w.leads, 0));
    // the founder's own plan, not the scenario's commission
    expect(ghostRun('founder', '9')).toHaveLength(104);
  });
});

describe('links to a facilitator’s scenario', () => {
  it('parse and print back: its briefing and its game', async () => {
    const { parseRoute, routeHash } = await import('../../src/ui/shell/router');
    const code = encodeScenarioCode(scenario);
    const custom = parseRoute(`#/custom?sc=${code}&seed=class-7`);
    expect(custom).toEqual({ name: 'custom', sc: code, seed: 'class-7' });
    expect(parseRoute(routeHash(custom))).toEqual(custom);
    const play = parseRoute(`#/play?sc=${code}&seed=class-7`);
    expect(play).toEqual({ name: 'play', scenario: '', seed: 'class-7', sc: code });
    expect(routeHash(play)).toBe(`#/play?sc=${code}&seed=class-7`);
    // a story's game has no sc
    expect(parseRoute('#/play?scenario=founder&seed=1')).toEqual({ name: 'play', scenario: 'founder', seed: '1' });
  });
});
