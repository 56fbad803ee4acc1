/**
 * The game's dilemmas (src/sim/dilemmas.ts): when they arise is read from the
 * state alone and changes nothing; each answer acts through the model's
 * mechanisms (a pulled-in deal at the asked discount, a quit, a refund, a
 * complaint heard); a bad answer in a log is refused with one sentence.
 */
import { describe, expect, it } from 'vitest';
import { checkDecisions, CONSTANTS, createRun, decisionsAt, dilemmaAt, isDone, step, weekInQuarter, hashHex, ParamError } from '../../src/sim';
import type { Decision, Dilemma, SimEvent } from '../../src/sim';
import { scenarioParams } from '../../src/scenarios';

/** Plays a story answering every dilemma with `accept`; the dilemmas met, the final state and the events of the answers' weeks. */
function play(scenario: string, seed: string, accept: (d: Dilemma) => boolean) {
  const state = createRun(scenarioParams(scenario), seed);
  const log: Decision[] = [];
  const met: Dilemma[] = [];
  const events: SimEvent[] = [];
  while (!isDone(state)) {
    const d = dilemmaAt(state, log);
    if (d) {
      met.push(d);
      log.push({ week: d.week, type: 'dilemma', kind: d.kind, rep: d.rep, customer: d.customer, accept: accept(d) });
    }
    step(state, decisionsAt(log, state.week), (e) => events.push(e));
  }
  return { state, log, met, events };
}

describe('dilemmas', () => {
  it('arise from the state without changing it: the same run as one that never asks', () => {
    const a = createRun(scenarioParams('sales-director'), '3');
    const b = createRun(scenarioParams('sales-director'), '3');
    while (!isDone(a)) {
      dilemmaAt(a, []);
      step(a, []);
      step(b, []);
    }
    expect(hashHex(a)).toBe(hashHex(b));
  });

  it('ask at most two a quarter, each kind once, a rival\'s offer once a run, never two in a week', () => {
    for (const scenario of ['founder', 'sales-director', 'ambivalent-ceo']) {
      const { met } = play(scenario, '1', () => false);
      expect(met.length).toBeGreaterThan(0);
      const byQuarter = new Map<number, string[]>();
      for (const d of met) byQuarter.set(Math.floor(d.week / 13), [...(byQuarter.get(Math.floor(d.week / 13)) ?? []), d.kind]);
      for (const kinds of byQuarter.values()) {
        expect(kinds.length).toBeLessThanOrEqual(CONSTANTS.DILEMMAS_PER_QUARTER.value);
        expect(new Set(kinds).size).toBe(kinds.length);
      }
      expect(met.filter((d) => d.kind === 'poach').length).toBeLessThanOrEqual(1);
      expect(new Set(met.map((d) => d.week)).size).toBe(met.length);
    }
  });

  it('a discount approved pulls the deal in at the asked discount, in the period\'s last weeks, for a rep near quota', () => {
    const { met, events } = play('sales-director', '1', () => true);
    const asks = met.filter((d): d is Extract<Dilemma, { kind: 'discount' }> => d.kind === 'discount');
    expect(asks.length).toBeGreaterThan(0);
    for (const d of asks) {
      expect(d.sales / d.quota).toBeGreaterThanOrEqual(CONSTANTS.NEAR_QUOTA.value);
      expect(d.sales).toBeLessThan(d.quota);
      expect(weekInQuarter(d.week)).toBeGreaterThanOrEqual(13 - CONSTANTS.DISCOUNT_ASK_WEEKS.value);
      expect(d.weeksLeft).toBe(13 - weekInQuarter(d.week));
      const deal = events.find((e): e is Extract<SimEvent, { type: 'deal' }> => e.type === 'deal' && e.customer === d.customer && e.source === 'pulledIn');
      expect(deal?.discount).toBeGreaterThanOrEqual(CONSTANTS.DILEMMA_DISCOUNT.value);
      expect(deal?.rep).toBe(d.rep);
      // what the card said it costs now is what the answer cost
      const answer = events.find((e) => e.type === 'dilemma' && e.kind === 'discount' && e.customer === d.customer) as { cost: number } | undefined;
      expect(answer?.cost).toBeCloseTo(d.cost, 6);
      // and the deal books what the card said it would pay now (a deal event's value is net of its discount)
      expect(deal?.value).toBeCloseTo(d.atDate - d.cost, 6);
    }
  });

  it('a rival\'s offer refused: the rep quits, poached; matched: they stay and are paid the retention bonus', () => {
    const refused = play('founder', '1', () => false);
    const offer = refused.met.find((d) => d.kind === 'poach') as Extract<Dilemma, { kind: 'poach' }>;
    expect(offer).toBeDefined();
    expect(offer.rate).toBeGreaterThanOrEqual(CONSTANTS.POACH_LEAD.value * offer.restRate);
    const gone = refused.state.reps[offer.rep];
    expect(gone.active).toBe(false);
    expect(gone.leftBecause).toBe('poached');
    expect(gone.leftWeek).toBe(offer.week);
    const kept = play('founder', '1', (d) => d.kind === 'poach');
    expect(kept.state.reps[offer.rep].leftBecause).not.toBe('poached');
    const answer = kept.events.find((e) => e.type === 'dilemma' && e.kind === 'poach');
    expect(answer).toMatchObject({ accept: true });
    expect((answer as { cost: number }).cost).toBeCloseTo(offer.cost, 6);
  });

  it('a public complaint made right refunds the order and brings the customer back to neutral', () => {
    const state = createRun(scenarioParams('sales-director'), '1');
    const log: Decision[] = [];
    let found: Dilemma | null = null;
    while (!isDone(state) && !found) {
      const d = dilemmaAt(state, log);
      if (d?.kind === 'complaint') {
        log.push({ week: d.week, type: 'dilemma', kind: d.kind, rep: d.rep, customer: d.customer, accept: true });
        expect(state.customers.sat[d.customer]).toBeLessThan(CONSTANTS.COMPLAINT_SAT.value);
        const record = step(state, decisionsAt(log, state.week));
        expect(record.refunds).toBeGreaterThanOrEqual(d.cost);
        // brought back to the line, then a week's drift toward what the product is worth to them
        expect(state.customers.sat[d.customer]).toBeGreaterThanOrEqual(CONSTANTS.RECOVERED_SAT.value - 0.05);
        found = d;
      } else {
        if (d) log.push({ week: d.week, type: 'dilemma', kind: d.kind, rep: d.rep, customer: d.customer, accept: false });
        step(state, decisionsAt(log, state.week));
      }
    }
    expect(found).not.toBeNull();
  });

  it('refuses a malformed answer with one sentence', () => {
    const bad = (d: unknown) => () => checkDecisions([d]);
    expect(bad({ week: 3, type: 'dilemma', kind: 'bribe', rep: 0, customer: -1, accept: true })).toThrow(/unknown dilemma "bribe"; valid dilemmas: discount, poach, complaint/);
    expect(bad({ week: 3, type: 'dilemma', kind: 'poach', rep: 0, customer: -1, accept: 'yes' })).toThrow(ParamError);
    expect(bad({ week: 3, type: 'dilemma', kind: 'poach', rep: 0, customer: -1 })).toThrow(/needs a rep, a customer \(-1 for none\) and accept/);
    const state = createRun(scenarioParams('founder', { 'market.size': 500 }), 'x');
    expect(() => step(state, [{ week: 0, type: 'dilemma', kind: 'complaint', rep: 0, customer: 9999, accept: true }])).toThrow(/customer 9999 is not in the market \(customers 0 to 499\)/);
    // a refused week leaves the run untouched
    expect(state.week).toBe(0);
  });

  it('an answer whose moment is not in this run (a counterfactual of the log: the rep never hired) does nothing', () => {
    const plain = createRun(scenarioParams('founder'), 'cf');
    const answered = createRun(scenarioParams('founder'), 'cf');
    for (let w = 0; w < 20; w++) {
      step(plain, []);
      step(answered, w === 5 ? [{ week: 5, type: 'dilemma', kind: 'poach', rep: 99, customer: -1, accept: false }] : []);
    }
    expect(hashHex(answered)).toBe(hashHex(plain));
  });
});
