/**
 * Causes that are right (issue 18): a change "on its own" is that change
 * alone against none (not the others taken out); where the deals came from
 * is ranked by the change in deals, names a delayed effect as such and says
 * "most" only above half; a departure is chained to the player's cut when the
 * run without the cut keeps the rep; a loss is accounted for by its costs;
 * neutral verbs; no quota wording under a plan without one; the quota chart
 * is not capped; the review's arrows name their baseline.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { WEEKS_PER_QUARTER } from '../../src/sim';
import type { Decision, WeekRecord } from '../../src/sim';
import { scenarioParams } from '../../src/scenarios';
import { setLocale } from '../../src/i18n';
import { whyEn } from '../../src/i18n/why.en';
import { whyFr } from '../../src/i18n/why.fr';
import { explainQuarter, type GameRun } from '../../src/play/analysis/explain';
import { effectOf, spanStat } from '../../src/play/analysis/quarterCauses';
import { stateAt } from '../../src/play/analysis/replayRun';
import { quarterStats, type QuarterStat } from '../../src/play/analysis/quarters';
import { quarterCosts, quarterWhyAll, sourcesByChange, type WhyLine } from '../../src/play/analysis/why';
import { whyText } from '../../src/play/analysis/whyText';
import { costBasis, planCost } from '../../src/play/analysis/planCost';
import { DEAL_SOURCES } from '../../src/sim';
import { attainmentChart } from '../../src/ui/play/ledgers';
import { effectKpis } from '../../src/ui/play/review';
import { money } from '../../src/i18n/format';

afterEach(() => setLocale('en'));

const Q = WEEKS_PER_QUARTER;

/** A game of `quarters` quarters under `log`, replayed headless (no session, so no dilemma stops it). */
function gameOf(scenario: string, seed: string, log: Decision[], quarters: number): GameRun {
  const params = scenarioParams(scenario);
  const state = stateAt({ params, seed, events: [], log }, quarters * Q);
  return { scenario, seed, custom: null, log, state, quarterStart: (q) => q * Q, quarterEnd: (q) => Math.min((q + 1) * Q, params['run.weeks']) };
}

/** Quarter 2 (index 1) of a game, as played. */
const secondQuarter = (g: GameRun) => spanStat(g.state.history.slice(Q, 2 * Q));

describe('a change on its own', () => {
  const bonus: Decision = { week: Q, type: 'set', key: 'plan.quotaBonus', value: 15000 };
  const cut: Decision = { week: Q, type: 'set', key: 'management.coaching', value: 0 };
  const seed = 'bonus-1';

  it('is the quarter with only that change made against the quarter with none: a 15,000 € bonus with a coaching cut', () => {
    const both = gameOf('quarterly-quota', seed, [bonus, cut], 2);
    const { causes, lines } = explainQuarter(both, 1);
    const alone = causes.each.find((e) => e.changes[0].kind === 'set' && e.changes[0].key === 'plan.quotaBonus');
    if (!alone || !causes.all) throw new Error('no one-change effect for the bonus');
    // two independent full replays: only the bonus, and nothing
    const onlyBonus = secondQuarter(gameOf('quarterly-quota', seed, [bonus], 2));
    const none = secondQuarter(gameOf('quarterly-quota', seed, [], 2));
    expect(alone.effect).toEqual(effectOf(onlyBonus, none));
    expect(alone.run).toEqual(onlyBonus);
    expect(alone.ghost).toEqual(none);
    // it is not the combined effect, nor the combined less the cut's
    expect(alone.effect).not.toEqual(causes.all.effect);
    expect(alone.effect.deals).not.toBe(causes.all.effect.deals);
    expect(alone.effect.profit).toBeLessThan(0);
    // the sentence gives the bonus its own numbers
    const line = lines.find((l) => l.kind === 'changes');
    if (line?.kind !== 'changes') throw new Error('no change line');
    const text = whyText(line);
    expect(text).toContain(`Quota bonus from €9,000 to €15,000: deals +${alone.effect.deals}`);
    expect(text).toMatch(/Each on its own, against the same town with none of them/);
  });

  it('is deterministic', () => {
    const a = explainQuarter(gameOf('quarterly-quota', seed, [bonus, cut], 2), 1).causes.each;
    const b = explainQuarter(gameOf('quarterly-quota', seed, [bonus, cut], 2), 1).causes.each;
    expect(a.map((e) => e.effect)).toEqual(b.map((e) => e.effect));
  });
});

/** A quarter's stat with these deals by source (the rest of a real quarter's numbers). */
const base = quarterStats(gameOf('founder', 'src', [], 1).state.history)[0];
function withSources(deals: Partial<Record<(typeof DEAL_SOURCES)[number], number>>): QuarterStat {
  const by = DEAL_SOURCES.map((s) => deals[s] ?? 0);
  return { ...base, dealsBySource: by, revenueBySource: by.map((n) => n * 1000), deals: by.reduce((a, b) => a + b, 0) };
}
const sourcesLine = (q: QuarterStat, prev: QuarterStat | undefined): WhyLine & { kind: 'sources' } => {
  const causes = { actual: q, changes: [], all: null, each: [] };
  const line = quarterWhyAll(causes, prev, []).find((l) => l.kind === 'sources');
  if (line?.kind !== 'sources') throw new Error('no sources line');
  return line;
};

describe('where the deals came from', () => {
  it('names the source whose deals changed most, a delayed effect as such — not one that moved by one deal', () => {
    // cold visits −1 and reorders +26: in shares both moved 12.8 points
    const prev = withSources({ cold: 60, reorder: 40 });
    const now = withSources({ cold: 59, reorder: 66 });
    const line = sourcesLine(now, prev);
    expect(line.mover).toEqual({ source: DEAL_SOURCES.indexOf('reorder'), from: 40, to: 66 });
    const en = whyText(line);
    expect(en).toContain('Reorders +26 (40 → 66 deals), a delayed effect: customers satisfied in earlier quarters');
    // 66 of 125 is above half: "most"
    expect(en).toContain('Reorders brought most of the deals (53% of 125)');
    setLocale('fr');
    expect(whyText(line)).toMatch(/Réassorts \+26 .*un effet différé\s: des clients satisfaits les trimestres précédents/u);
  });

  it('ranks by the change in deals when shares say otherwise, and says "most" only above half', () => {
    // referrals +2 moved most in share; inbound +26 moved most in deals
    const prev = withSources({ cold: 50, inbound: 50 });
    const now = withSources({ cold: 75, inbound: 76, referral: 2 });
    const line = sourcesLine(now, prev);
    expect(DEAL_SOURCES[line.mover?.source ?? -1]).toBe('inbound');
    expect(sourcesByChange(now, prev).map((r) => DEAL_SOURCES[r.source])).toEqual(['inbound', 'cold', 'referral']);
    // 76 of 153 is not a majority
    const en = whyText(line);
    expect(en).not.toMatch(/\bmost\b/);
    expect(en).toContain('The largest source of deals: Inbound leads (50% of 153)');
    setLocale('fr');
    expect(whyText(line)).not.toMatch(/la plupart/);
  });
});

describe('chained causes', () => {
  it('a rep worn out after a coaching cut names the cut when the run without it keeps them', () => {
    const cut: Decision = { week: Q, type: 'set', key: 'management.coaching', value: 0 };
    const g = gameOf('ambivalent-ceo', 'chain-8', [cut], 4);
    const { lines, moves } = explainQuarter(g, 3);
    const quits = lines.find((l) => l.kind === 'quits');
    if (quits?.kind !== 'quits') throw new Error('no quits line');
    const worn = moves.departures.filter((d) => d.reason === 'fatigue');
    expect(worn.length).toBeGreaterThan(0);
    expect(quits.cuts.size).toBeGreaterThan(0);
    // each chained rep is still on the team that week in the run without the cut
    const without = gameOf('ambivalent-ceo', 'chain-8', [], 4).state;
    for (const [rep] of quits.cuts) {
      const d = moves.departures.find((x) => x.rep === rep);
      const other = without.reps.find((r) => r.id === rep);
      expect(d && other && (other.active || other.leftWeek > d.week)).toBe(true);
    }
    const text = whyText(quits);
    expect(text).toMatch(/worn out \(fatigue \d+%\), after Coaching from 35% to 0% in Q2 w1 \(without that change they would have stayed longer\)/);
    // without a cut, no chain
    const kept = explainQuarter(gameOf('ambivalent-ceo', 'chain-8', [], 4), 3).lines.find((l) => l.kind === 'quits');
    if (kept?.kind === 'quits') expect(kept.cuts.size).toBe(0);
  });

  it('a quarter that lost money is explained by its costs, which add up to the loss', () => {
    const q = { ...base, revenue: 500_000, refunds: 20_000, discount: 12_000, pay: 180_000, managementCost: 40_000, profit: -30_000 };
    const costs = quarterCosts(q, 0.55);
    expect(q.revenue - costs.refunds - costs.goods - costs.pay - costs.management - costs.fixed).toBeCloseTo(q.profit, 6);
    const line = quarterWhyAll({ actual: q, changes: [], all: null, each: [] }, undefined, [], { grossMargin: 0.55 }).find((l) => l.kind === 'loss');
    if (line?.kind !== 'loss') throw new Error('no loss line');
    const m = (v: number) => money(v, true);
    expect(whyText(line)).toBe(`The quarter lost ${m(30_000)}: ${m(500_000)} of revenue (after ${m(12_000)} of discounts) against its costs — cost of the goods sold ${m(216_000)}, pay ${m(180_000)}, fixed costs ${m(74_000)}, management time ${m(40_000)}, refunds ${m(20_000)}.`);
    setLocale('fr');
    expect(whyText(line)).toMatch(new RegExp(`^Le trimestre a perdu ${m(30_000)}\\s: ${m(500_000)} de chiffre d’affaires`, 'u'));
    // a quarter in profit has no such line
    expect(quarterWhyAll({ actual: base, changes: [], all: null, each: [] }, undefined, [], { grossMargin: 0.55 }).some((l) => l.kind === 'loss')).toBe(base.profit < 0);
  });
});

describe('words', () => {
  it('uses neutral verbs for an effect: nothing "weighs" on a quarter in French', () => {
    const all = JSON.stringify(whyFr);
    expect(all).not.toMatch(/pesé|pèse/);
    expect(JSON.stringify(whyEn)).not.toMatch(/weighed on|hurt the/);
  });

  it('has no quota wording in the cost line of a plan without a quota, and keeps it where there is one', () => {
    const founder = scenarioParams('founder');
    expect(costBasis(founder, 0)).toBe('reference');
    expect(costBasis(scenarioParams('sales-director'), 0)).toBe('quota');
    expect(costBasis(founder, 2)).toBe('lastQuarter');
    expect(planCost(founder, [100_000], 'reference', 0).bonuses).toBe(0);
  });

  it('shows quota attainment above 200% in the quota chart', () => {
    const p = scenarioParams('sales-director');
    const high = { ...base, revenue: 2.6 * p['plan.quota'] * base.headcount };
    const spec = attainmentChart([high], p);
    expect(spec.max).toBeUndefined();
    expect(spec.series[0].data[0]).toBeCloseTo(2.6, 9);
    expect(spec.format(2.6)).toBe('260%');
  });
});

describe('the review’s arrows', () => {
  it('compare the standing measures with the start of the quarter, and say so', () => {
    const g = gameOf('founder', 'arrows', [], 2);
    const h = g.state.history;
    const end: WeekRecord = h[2 * Q - 1];
    const start: WeekRecord = h[Q - 1];
    const kpis = effectKpis(quarterStats(h)[1], end, start);
    const rep = kpis.find((k) => k.label === 'Reputation');
    const d = Math.round((end.reputation - start.reputation) * 1000) / 10;
    if (d !== 0) expect(rep?.delta).toContain('since the quarter began');
    expect(kpis.filter((k) => k.delta).every((k) => k.delta?.endsWith('since the quarter began'))).toBe(true);
    expect(kpis.find((k) => k.label === 'Customer satisfaction')?.value).toBe(`${Math.round(end.satisfaction * 100)}%`);
    setLocale('fr');
    const fr = effectKpis(quarterStats(h)[1], end, start).filter((k) => k.delta);
    expect(fr.every((k) => k.delta?.endsWith('depuis le début du trimestre'))).toBe(true);
  });
});
