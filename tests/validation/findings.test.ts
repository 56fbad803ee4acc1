/**
 * The fast subset of `npm run validate`: the same experiments with 8 seeds and
 * short runs, checking directions only. Checks that pass in the full report
 * are asserted here, so a change that breaks a finding fails CI; checks that
 * fail in the full report are listed as todo with the finding they still miss
 * (see reports/validation.md for the measured effects and the diagnosis).
 */
import { describe, expect, it } from 'vitest';
import { check, defaultSeeds } from '../../src/validation';

const SEEDS = defaultSeeds(8);
const QUICK = { quick: true };

describe('published findings, fast subset (8 seeds, short runs)', () => {
  it('E1: a quarterly quota bunches deals at the quarter end, more with timing control', () => {
    const r = check('E1', SEEDS, QUICK);
    expect(r.effect).toBeGreaterThan(0);
    // more timing control, a bigger bump
    expect(r.subchecks?.[0].effect ?? 0).toBeGreaterThan(0);
  });

  it('E2: a 2x accelerator buys discounts, none without discount authority', () => {
    const r = check('E2', SEEDS, QUICK);
    expect(r.effect).toBeGreaterThan(0);
    expect(r.effect).toBeLessThan(0.08);
    expect(r.ablation?.effect).toBe(0);
  });

  it('E1b: an annual quota bunches deals at the year end, after the launch year', () => {
    const r = check('E1b', SEEDS, QUICK);
    expect(r.effect).toBeGreaterThan(0);
    expect(r.ablation?.effect ?? Infinity).toBeLessThan(r.effect);
  });

  it('E3: a lump bonus makes a bump at moderate timing control', () => {
    const r = check('E3', SEEDS, QUICK);
    expect(r.subchecks?.[0].effect ?? 0).toBeGreaterThan(0);
  });

  it('E5: a plain commission sells more than commission above quota with a cap and a ratchet; deals drop at the cap', () => {
    const r = check('E5', SEEDS, QUICK);
    expect(r.effect).toBeGreaterThan(0);
    expect(r.subchecks?.[0].effect ?? 0).toBeLessThan(0);
  });

  it('E4: effort against distance to quota is an inverted U under a lump bonus, flat under commission', () => {
    const r = check('E4', SEEDS, QUICK);
    expect(r.ci[0]).toBeGreaterThan(0);
    expect(r.ablation?.effect ?? Infinity).toBeLessThan(r.effect / 4);
  });

  it('E6: commission raises pushing and lowers satisfaction; profit peaks inside the range', () => {
    const r = check('E6', SEEDS, QUICK);
    expect(r.ci[0]).toBeGreaterThan(0);
    const [sat, rise, fall] = r.subchecks ?? [];
    expect(sat.effect).toBeLessThan(0);
    expect(rise.effect).toBeGreaterThan(0);
    expect(fall.effect).toBeGreaterThan(0);
  });

  it('E7: contingent pay lowers the care motive moderately; coaching and recognition raise it', () => {
    const r = check('E7', SEEDS, QUICK);
    expect(r.ci[1]).toBeLessThan(0);
    expect(r.effect).toBeGreaterThan(-0.6);
    expect(r.subchecks?.[0].effect ?? 0).toBeGreaterThan(0);
  });

  it('E8: customer orientation barely relates to first-quarter sales and predicts later sales', () => {
    const r = check('E8', SEEDS, QUICK);
    expect(r.effect).toBeGreaterThan(0);
    const [early, late] = r.subchecks ?? [];
    expect(Math.abs(early.effect)).toBeLessThan(0.3);
    expect(late.effect).toBeGreaterThan(0);
  });

  it('E9: more pressure brings more returns and churn per deal later', () => {
    const r = check('E9', SEEDS, QUICK);
    expect(r.ci[0]).toBeGreaterThan(0);
    expect(r.subchecks?.[0].effect ?? 0).toBeGreaterThan(0);
    expect(r.ablation?.effect ?? Infinity).toBeLessThan(r.effect);
  });

  it('E13: misconduct rises sharply once quotas are out of honest reach; a clawback softens it', () => {
    const r = check('E13', SEEDS, QUICK);
    expect(r.ci[0]).toBeGreaterThan(0);
    const clawback = (r.subchecks ?? []).find((s) => s.label.startsWith('misconduct at the hardest quota'));
    expect(clawback?.effect ?? 0).toBeLessThan(0);
  });

  it('E10: 5-20% of a fresh market trusts salespeople', () => {
    const r = check('E10', SEEDS, QUICK);
    expect(r.effect).toBeGreaterThanOrEqual(0.05);
    expect(r.effect).toBeLessThanOrEqual(0.2);
  });

  it('E11: with reps out of the way adoption peaks near the Bass t*, and at once without imitation', () => {
    const r = check('E11', SEEDS, QUICK);
    expect(Math.abs(r.effect)).toBeLessThan(0.3);
    expect(r.ablation?.effect ?? 0).toBeLessThan(-0.5);
  });

  it('thesis: the sales director wins early, the founder leads on profit and reputation in year 2', () => {
    const r = check('THESIS', SEEDS, QUICK);
    expect(r.effect).toBeGreaterThanOrEqual(0.5);
    for (const s of (r.subchecks ?? []).slice(0, 3)) expect(s.effect, s.label).toBeGreaterThan(0);
    // the founder's hypothesis off takes part of the relationship share of the lead away
    expect(r.ablation?.effect ?? 0).toBeGreaterThan(0);
    // the 2×2 of the premises: four markets, and a reading that quotes each one's lead
    const premises = r.tables?.[0];
    expect(premises?.rows.map((row) => row.slice(0, 2))).toEqual([['on', 'on'], ['off', 'on'], ['on', 'off'], ['off', 'off']]);
    expect(premises?.reading).toMatch(/with both on, .* with neither\.$/);
  });

  it('E14: team pay does not collapse revenue; free-riding alone would', () => {
    const r = check('E14', SEEDS, QUICK);
    expect(r.effect).toBeGreaterThan(-0.15);
    expect(r.ablation?.effect ?? 0).toBeLessThan(r.effect - 0.1);
  });

  // failing in the full report (30 seeds); kept visible until the model reproduces them
  it.todo('E3: at moderate timing control more than half of the bonus bump is real effort (Steenburgh 2008)');
  it.todo('E12: lifetime value is several times more sensitive to retention than to margin (Gupta, Lehmann & Stuart 2004)');
  it.todo('E13: misconduct stays low until quotas leave honest reach, then jumps (the rise is sharp, not gradual)');
});
