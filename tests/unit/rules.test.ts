import { describe, expect, it } from 'vitest';
import { planFor, emptyAcc, emptyRepWeek, type Week } from '../../src/sim/context';
import { periodOpenedAt } from '../../src/sim/period';
import { blockOf, periodLengthOf } from '../../src/sim/calendar';
import { commissionRate, marginalNow, outlook, satisfactionMultiplier } from '../../src/sim/incentives';
import { createRun, resolveParams } from '../../src/sim';
import { decideRep } from '../../src/sim/repDecisions';
import { inboundHazards, inboundWeek, updateReputation } from '../../src/sim/market';
import { Rng } from '../../src/sim/rng';

/** The start of the calendar block that holds `week` under the plan's quota period (the week itself without one). */
function blockStart(params: ReturnType<typeof resolveParams>, week: number): number {
  const length = periodLengthOf(params['plan.quotaPeriod']);
  return length > 0 ? blockOf(week, length).start : week;
}

function weekOf(overrides: Record<string, unknown>, week = 0): Week {
  const params = resolveParams(overrides);
  const state = createRun(params, 'rules');
  const rng = Object.fromEntries(Object.entries(state.streams).map(([k, v]) => [k, new Rng(v)])) as Week['rng'];
  return { state, params, week, plan: planFor(params, periodOpenedAt(params, blockStart(params, week)), week), acc: emptyAcc(), rng, emit: null, activeReps: state.reps.length, reps: state.reps.map(emptyRepWeek) };
}

const quotaPlan = { 'plan.quotaPeriod': 'quarter', 'plan.quota': 100000, 'plan.quotaBonus': 10000, 'plan.commissionRate': 0.05 };

describe('pay plan rules', () => {
  it('places the week in its quota period', () => {
    const w = weekOf(quotaPlan, 25);
    expect(w.plan.weekInPeriod).toBe(12);
    expect(w.plan.isPeriodEnd).toBe(true);
    expect(weekOf({ ...quotaPlan, 'plan.quotaPeriod': 'year' }, 25).plan.weeksLeft).toBe(27);
    expect(weekOf({ 'plan.quotaPeriod': 'none' }).plan.bonus).toBe(0);
  });

  it('accelerates above quota and pays nothing past the cap', () => {
    const w = weekOf({ ...quotaPlan, 'plan.acceleratorRate': 2, 'plan.cap': 1.5 });
    const rep = w.state.reps[0];
    rep.quota = 100000;
    expect(commissionRate(w.plan, rep, 50000)).toBe(0.05);
    expect(commissionRate(w.plan, rep, 120000)).toBe(0.1);
    expect(commissionRate(w.plan, rep, 150000)).toBe(0);
  });

  it('scales variable pay with customer satisfaction only when asked', () => {
    const rep = weekOf({}).state.reps[0];
    rep.recentSat = 0.35;
    expect(satisfactionMultiplier(weekOf({}).plan, rep)).toBe(1);
    expect(satisfactionMultiplier(weekOf({ 'plan.satisfactionWeight': 1 }).plan, rep)).toBeCloseTo(0.5, 12);
  });
});

describe('rep decisions', () => {
  it('effort is an inverted U in the distance to quota (bonus only, nothing above quota)', () => {
    const effortAt = (sales: number) => {
      const w = weekOf({ ...quotaPlan, 'plan.commissionRate': 0 }, 10);
      const rep = w.state.reps[0];
      rep.care = 0.2;
      rep.quota = 100000;
      rep.periodSales = sales;
      decideRep(w, rep);
      return rep.effort;
    };
    const far = effortAt(0);
    const near = effortAt(70000);
    const past = effortAt(130000);
    expect(near).toBeGreaterThan(far);
    expect(near).toBeGreaterThan(past);
  });

  it('pays more for a unit of revenue near the quota than far from it', () => {
    const w = weekOf(quotaPlan, 11);
    const rep = w.state.reps[0];
    rep.quota = 100000;
    rep.periodSales = 90000;
    const near = marginalNow(w, rep, outlook(w, rep, 0.7));
    rep.periodSales = 0;
    const far = marginalNow(w, rep, outlook(w, rep, 0.7));
    expect(near).toBeGreaterThan(far * 3);
  });

  it('commission raises the pressure a rep puts on customers; caring lowers it', () => {
    const push = (rate: number, care: number) => {
      const w = weekOf({ 'plan.commissionRate': rate });
      const rep = w.state.reps[0];
      rep.care = care;
      decideRep(w, rep);
      return rep.pushShare;
    };
    expect(push(0.2, 0.5)).toBeGreaterThan(push(0.0, 0.5));
    expect(push(0.1, 0.9)).toBeLessThan(push(0.1, 0.1));
  });
});

describe('market rules', () => {
  it('reputation moves toward what word of mouth says, and not at all without it', () => {
    const w = weekOf({});
    w.acc.womPositive = 30;
    w.acc.womNegative = 0;
    updateReputation(w);
    expect(w.state.reputation).toBeGreaterThan(0.5);
    const quiet = weekOf({});
    updateReputation(quiet);
    expect(quiet.state.reputation).toBe(0.5);
  });

  it('inbound interest follows Bass: p scaled by reputation, q x the share that recommends', () => {
    const w = weekOf({ 'market.innovation': 0.001, 'market.imitation': 0.01, 'market.size': 1000 });
    const counts = w.state.marketCounts;
    expect(inboundHazards(w)).toEqual({ innovation: 0.001, imitation: 0 });
    counts.adopters = 500;
    expect(inboundHazards(w).imitation).toBeCloseTo(0.005, 12);
    // adopters who left unhappy and customers unhappy now do not recommend
    counts.unhappyLost = 100;
    counts.activeDetractors = 100;
    expect(inboundHazards(w).imitation).toBeCloseTo(0.003, 12);
    w.state.reputation = 0.25;
    expect(inboundHazards(w).innovation).toBeCloseTo(0.0005, 12);
  });

  it('draws inbound leads from the fresh prospects that remain, however few', () => {
    // a closed market: no business closes and opens a fresh prospect meanwhile
    const w = weekOf({ 'market.innovation': 0.02, 'market.wordOfMouth': 0, 'market.turnover': 0 });
    const cu = w.state.customers;
    const n = cu.status.length;
    // everyone but three people has bought already
    const left = [17, 1500, n - 1];
    for (let c = 0; c < n; c++) if (!left.includes(c)) cu.adopted[c] = 1;
    w.state.marketCounts.fresh = left.length;
    w.state.reputation = 1;
    // so that they show up within a few weeks: a hazard of 0.04 on three people is 0.12 leads a week
    let weeks = 0;
    while (w.state.leadPool.length === 0 && weeks < 200) {
      inboundWeek(w);
      weeks++;
    }
    expect(w.state.leadPool.length).toBeGreaterThan(0);
    for (const c of w.state.leadPool) expect(left).toContain(c);
    expect(w.acc.leads).toBe(w.state.leadPool.length);
  });
});
