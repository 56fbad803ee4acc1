import { describe, expect, it } from 'vitest';
import { PARAM_KEYS, PARAM_SPECS, ParamError, checkParam, defaultParams, nearest, resolveParams, simulate } from '../../src/sim';
import { scenarioParams } from '../../src/scenarios';

describe('parameter schema', () => {
  it('every parameter has a default inside its range, a unit and a description', () => {
    for (const s of PARAM_SPECS) {
      expect(s.description.length, s.key).toBeGreaterThan(20);
      expect(s.unit.length, s.key).toBeGreaterThan(0);
      if (s.kind === 'choice') expect(s.choices).toContain(s.default);
      else {
        expect(s.default, s.key).toBeGreaterThanOrEqual(s.min);
        expect(s.default, s.key).toBeLessThanOrEqual(s.max);
      }
    }
    expect(() => resolveParams()).not.toThrow();
  });

  it('has every key the product promises', () => {
    const keys = PARAM_SPECS.map((s) => s.key);
    for (const k of [
      'run.weeks', 'reps.count', 'reps.timingControl', 'market.size', 'market.wordOfMouth', 'plan.baseSalary',
      'plan.commissionRate', 'plan.quotaPeriod', 'plan.quota', 'plan.quotaBonus', 'plan.acceleratorRate', 'plan.cap',
      'plan.ratchet', 'plan.clawbackWeeks', 'plan.satisfactionWeight', 'plan.teamShare', 'plan.discountAuthority',
      'management.coaching',
    ]) expect(keys).toContain(k);
  });

  it('rejects bad input with a plain sentence naming the choices', () => {
    expect(() => checkParam('plan.nope', 1)).toThrow(/unknown parameter "plan.nope".*plan.commissionRate/);
    expect(() => checkParam('plan.commissionRate', 'abc')).toThrow(ParamError);
    expect(() => checkParam('plan.commissionRate', 2)).toThrow(/from 0 to 0.3/);
    expect(() => checkParam('reps.count', 2.5)).toThrow(/whole number/);
    expect(() => checkParam('plan.quotaPeriod', 'month')).toThrow(/none, quarter, year/);
    expect(checkParam('plan.commissionRate', '0.05')).toBe(0.05);
    expect(() => resolveParams({ 'market.size': -1 })).toThrow(ParamError);
    expect(defaultParams()['run.weeks']).toBe(104);
  });

  // A parameter that exists but does nothing is a defect: each must move the run somewhere.
  it('every parameter changes the trajectory of at least one scenario', () => {
    const bases = ['capped-quota', 'clawback', 'team-bonus', 'founder'];
    const inert: string[] = [];
    for (const s of PARAM_SPECS) {
      // the range's ends and a value a fifth of the way in (a cap at 1x quota binds where 5x never does)
      const alts = s.kind === 'choice'
        ? s.choices.filter((c) => c !== s.default)
        : [s.min, s.max, s.kind === 'integer' ? Math.round(s.min + (s.max - s.min) / 5) : s.min + (s.max - s.min) / 5];
      const moved = bases.some((id) => alts.some((alt) => {
        const base = scenarioParams(id, { 'run.weeks': 40, 'market.size': 1500 });
        const changed = scenarioParams(id, { 'run.weeks': 40, 'market.size': 1500, [s.key]: alt });
        if (changed[s.key as keyof typeof changed] === base[s.key as keyof typeof base]) return false;
        return simulate({ params: base, seed: '5' }).hash !== simulate({ params: changed, seed: '5' }).hash;
      }));
      if (!moved) inert.push(s.key);
    }
    expect(inert).toEqual([]);
  });
});

describe('unknown keys: the nearest ones', () => {
  it('finds a key by the whole key or by its last segment, best first', () => {
    expect(nearest('plan.comissionRate', PARAM_KEYS)).toEqual(['plan.commissionRate']);
    expect(nearest('comissionRate', PARAM_KEYS)).toEqual(['plan.commissionRate']);
    expect(nearest('PLAN.QUOTA', PARAM_KEYS)[0]).toBe('plan.quota');
    expect(nearest('zzzzzzzz', PARAM_KEYS)).toEqual([]);
    expect(nearest('foundr', ['founder', 'sales-director'])).toEqual(['founder']);
  });

  it('an unknown key says "did you mean" when one is close, the valid keys otherwise; with its i18n key', () => {
    const near = (() => { try { checkParam('plan.comissionRate', 1); } catch (e) { return e as ParamError; } })();
    expect(near?.message).toBe('unknown parameter "plan.comissionRate"; did you mean plan.commissionRate?');
    expect(near?.key).toBe('inputErrors.unknownParamNear');
    expect(near?.vars).toEqual({ key: 'plan.comissionRate', near: 'plan.commissionRate' });
    expect(() => checkParam('plan.bogus', 1)).toThrow(/valid keys: .*plan\.quota/);
  });

  it('a mistyped choice suggests the nearest', () => {
    expect(() => checkParam('plan.quotaPeriod', 'quartr')).toThrow('plan.quotaPeriod must be one of none, quarter, year (got "quartr"; did you mean quarter?)');
    expect(() => checkParam('plan.quotaPeriod', 'month')).toThrow('plan.quotaPeriod must be one of none, quarter, year (got "month")');
  });

  it('a value out of range carries its key and placeholders', () => {
    const error = (() => { try { checkParam('plan.commissionRate', 2); } catch (e) { return e as ParamError; } })();
    expect(error?.key).toBe('inputErrors.outOfRange');
    expect(error?.vars).toMatchObject({ key: 'plan.commissionRate', min: 0, got: 2 });
  });
});
