/**
 * The class scenarios a browser knows (src/codes/knownScenarios.ts): learnt
 * once, found by fingerprint after a reload, the latest kept when there are
 * too many, damaged storage forgiven.
 */
import { describe, expect, it } from 'vitest';
import { KnownScenarios, KNOWN_KEY, MAX_KNOWN } from '../../src/codes/knownScenarios';
import { encodeScenarioCode } from '../../src/codes/scenarioCode';
import { scenarioFingerprint } from '../../src/codes/fingerprint';
import { RunCodeError } from '../../src/codes/envelope';
import { SHORT } from '../fixtures/shortScenario';

const memory = () => {
  const mem = new Map<string, string>();
  return { mem, store: { getItem: (k: string) => mem.get(k) ?? null, setItem: (k: string, v: string) => void mem.set(k, v) } };
};
const titled = (n: number) => ({ ...SHORT, title: { en: `Drill ${n}`, fr: `Exercice ${n}` } });

describe('known class scenarios', () => {
  it('learns a scenario code once and finds it by fingerprint, after a reload too', () => {
    const { store } = memory();
    const known = new KnownScenarios(store);
    expect(known.lookup(scenarioFingerprint(SHORT))).toBeUndefined();
    known.learnCode(`https://example.org/#/custom?sc=${encodeScenarioCode(SHORT)}&seed=3`);
    expect(known.lookup(scenarioFingerprint(SHORT))).toEqual(SHORT);
    expect(new KnownScenarios(store).lookup(scenarioFingerprint(SHORT))).toEqual(SHORT);
  });

  it('refuses a damaged code with the scenario code’s own message, and keeps the latest when full', () => {
    const { store, mem } = memory();
    const known = new KnownScenarios(store);
    expect(() => known.learnCode('sfs1.nope.x')).toThrow(RunCodeError);
    for (let i = 0; i <= MAX_KNOWN; i++) known.learn(titled(i));
    const again = new KnownScenarios(store);
    expect(again.lookup(scenarioFingerprint(titled(0)))).toBeUndefined();
    expect(again.lookup(scenarioFingerprint(titled(MAX_KNOWN)))).toEqual(titled(MAX_KNOWN));
    mem.set(KNOWN_KEY, '{not json');
    expect(new KnownScenarios(store).lookup(scenarioFingerprint(SHORT))).toBeUndefined();
  });

  it('works on when storage refuses to keep it (full or disabled): known until the page closes', () => {
    const known = new KnownScenarios({ getItem: () => null, setItem: () => { throw new Error('QuotaExceededError'); } });
    known.learn(SHORT);
    expect(known.lookup(scenarioFingerprint(SHORT))).toEqual(SHORT);
  });
});
