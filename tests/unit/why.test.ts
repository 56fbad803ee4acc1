/**
 * The causes the review and the debrief give, on real runs: the replay
 * rebuilds the game's run exactly, a commission raise is named as the cause
 * of more deals where it brings them, the reasons recorded for quits match
 * the rep's state as they left, replacements are linked to whom they
 * replace, and the words agree with the numbers in both languages.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createRun, lowPayLine, step, WEEKS_PER_QUARTER } from '../../src/sim';
import type { Decision } from '../../src/sim';
import { CONSTANTS } from '../../src/sim';
import { scenarioParams } from '../../src/scenarios';
import { setLocale } from '../../src/i18n';
import { Session } from '../../src/play/session';
import { changesIn, withoutChanges } from '../../src/play/analysis/changes';
import { explainQuarter } from '../../src/play/analysis/explain';
import { ghostFrom, recipeOf, stateAt } from '../../src/play/analysis/replayRun';
import { teamMoves } from '../../src/play/analysis/teamMoves';
import { runWhyText, whyText } from '../../src/play/analysis/whyText';
import { explainRun } from '../../src/play/analysis/runWhy';
import { ghostRun } from '../../src/play/analysis/ghosts';
import { quarterStats, type QuarterStat } from '../../src/play/analysis/quarters';
import { quarterWhyAll } from '../../src/play/analysis/why';
import { clusterMarks, markText } from '../../src/ui/charts/decisionTimeline';
import { resultKpis } from '../../src/ui/play/review';

afterEach(() => setLocale('en'));

/** Plays the rest of the quarter, declining any dilemma it stops at (a session that has them). */
function finish(s: Session): void {
  const asks = s as unknown as { answer?: (accept: boolean) => boolean };
  for (let i = 0; i < 100 && s.phase === 'playing'; i++) {
    asks.answer?.(false);
    s.finishQuarter();
  }
}

/** A session played to the end of quarter `q` (0-based) with `plans[k]` decided at quarter k's start. */
function played(scenario: string, seed: string, plans: Decision[][]): Session {
  const s = new Session(scenario, seed);
  plans.forEach((decisions, k) => {
    if (k > 0) s.nextQuarter();
    s.startQuarter(decisions);
    finish(s);
  });
  return s;
}

const raise = (value: number): Decision => ({ week: WEEKS_PER_QUARTER, type: 'set', key: 'plan.commissionRate', value });

describe('the replay behind the counterfactuals', () => {
  it('rebuilds the game’s state at a quarter’s start and, with no change taken out, the quarter as played', () => {
    const s = played('ambivalent-ceo', 'why-1', [[], [raise(0.12), { week: WEEKS_PER_QUARTER, type: 'hire', count: 1 }]]);
    const recipe = recipeOf(s);
    const at = stateAt(recipe, WEEKS_PER_QUARTER);
    expect(at.history).toEqual(s.state.history.slice(0, WEEKS_PER_QUARTER));
    const again = ghostFrom(at, recipe.events, recipe.log, 2 * WEEKS_PER_QUARTER);
    expect(again.weeks).toEqual(s.state.history.slice(WEEKS_PER_QUARTER));
    expect(again.state.hash).toEqual(s.state.hash);
    // the snapshot is left as it was
    expect(at.week).toBe(WEEKS_PER_QUARTER);
  });

  it('finds the quarter’s changes with the value each lever had before, and takes exactly them out', () => {
    const s = played('linear-commission', 'why-2', [[], [raise(0.1), { week: 13, type: 'set', key: 'plan.baseSalary', value: 900 }, { week: 13, type: 'hire', count: 2 }]]);
    const recipe = recipeOf(s);
    const at = stateAt(recipe, 13);
    const changes = changesIn(recipe.log, 13, 26, at.params);
    expect(changes.map((c) => c.kind)).toEqual(['set', 'set', 'hire']);
    expect(changes[0]).toMatchObject({ key: 'plan.commissionRate', from: 0.04, to: 0.1 });
    expect(changes[1]).toMatchObject({ key: 'plan.baseSalary', from: 1100, to: 900 });
    expect(withoutChanges(recipe.log, changes).filter((d) => d.type !== 'dilemma')).toEqual([]);
    expect(changesIn(recipe.log, 0, 13, createRun(recipe.params, 'x').params)).toEqual([]);
  });
});

describe('the quarter review’s opening sentences', () => {
  it('names a commission raise as the cause of more deals on a seed where it brings them', () => {
    const s = played('linear-commission', 'why-3', [[], [raise(0.1)]]);
    const x = explainQuarter(s, 1);
    const line = x.lines.find((l) => l.kind === 'changes');
    expect(line?.kind).toBe('changes');
    if (line?.kind !== 'changes') return;
    expect(line.effect.deals).toBeGreaterThan(0);
    expect(line.effect.revenue).toBeGreaterThan(0);
    // the effect is the quarter as played minus the same quarter under the old plan
    expect(x.causes.all?.ghost.deals).toBe(x.causes.actual.deals - line.effect.deals);
    const en = whyText(line);
    expect(en).toContain('Commission from 4% to 10%');
    expect(en).toContain(`deals +${line.effect.deals}`);
    setLocale('fr');
    const fr = whyText(line);
    expect(fr).toMatch(/Commission de 4\s%\sà 10\s%/u);
    expect(fr).toContain(`affaires +${line.effect.deals}`);
  });

  it('with several changes, ranks each one’s own effect and names the biggest', () => {
    const s = played('sales-director', 'why-4', [[], [raise(0.14), { week: 13, type: 'hire', count: 3 }, { week: 13, type: 'set', key: 'management.coaching', value: 0.6 }]]);
    const { causes, lines } = explainQuarter(s, 1);
    expect(causes.each).toHaveLength(3);
    const sizes = causes.each.map((e) => e.size);
    expect([...sizes].sort((a, b) => b - a)).toEqual(sizes);
    const line = lines.find((l) => l.kind === 'changes');
    if (line?.kind !== 'changes') throw new Error('no changes line');
    expect(line.alone).toBe(causes.each);
    expect(whyText(line)).toContain('Each on its own');
  });

  it('without a change, opens with the quarter’s other causes, ranked, never more than three', () => {
    const s = played('sales-director', 'why-5', [[]]);
    const { lines } = explainQuarter(s, 0);
    expect(lines.some((l) => l.kind === 'changes')).toBe(false);
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.length).toBeLessThanOrEqual(3);
    const sizes = lines.map((l) => l.size);
    expect([...sizes].sort((a, b) => b - a)).toEqual(sizes);
    for (const l of lines) expect(whyText(l)).not.toMatch(/\{|undefined|NaN/);
  });

  it('names the deals the reps moved across quarters, with the numbers of the quarter\'s own weeks, in both languages', () => {
    const s = played('sales-director', 'why-5', [[], []]);
    const weeks = s.state.history.slice(WEEKS_PER_QUARTER, 2 * WEEKS_PER_QUARTER);
    const sum = (k: 'dealsPulledIn' | 'revenuePulledIn' | 'discountPulledIn' | 'heldBack' | 'walkedAway') => weeks.reduce((x, w) => x + w[k], 0);
    const line = quarterWhyAll(explainQuarter(s, 1).causes, quarterStats(s.state.history)[0], []).find((l) => l.kind === 'timing');
    expect(line?.kind).toBe('timing');
    if (line?.kind !== 'timing') return;
    expect(line.pulled).toBe(sum('dealsPulledIn'));
    expect(line.held).toBe(sum('heldBack'));
    expect(line.discount).toBeCloseTo(sum('discountPulledIn') / (sum('revenuePulledIn') + sum('discountPulledIn')), 12);
    expect(whyText(line)).toContain(`${line.pulled} deals pulled in from a later quarter at an average ${Math.round(100 * line.discount)}% discount`);
    setLocale('fr');
    expect(whyText(line)).toContain(`${line.pulled} ventes avancées`);
  });

  it('a lever set back to its value is no change, and a change that moved nothing says so instead of inventing an effect', () => {
    const same = scenarioParams('founder')['management.hourCost'];
    const s = played('founder', 'why-6', [[], [{ week: 13, type: 'set', key: 'management.hourCost', value: same }]]);
    expect(explainQuarter(s, 1).lines.some((l) => l.kind === 'changes')).toBe(false);
    const zero = { deals: 0, revenue: 0, profit: 0, pay: 0, quits: 0, womPositive: 0, womNegative: 0, satisfaction: 0, reputation: 0, careMotive: 0 };
    const change = { kind: 'hire' as const, week: 13, count: 1, decisions: [] };
    expect(whyText({ kind: 'changes', size: 0, changes: [change], effect: zero, alone: [] })).toBe('Changing hiring one rep made no measurable difference this quarter against your previous plan: its effect may come later.');
  });
});

describe('the market’s events', () => {
  it('a product launch that began in the quarter is named with what it did against the same town without it', () => {
    const def = {
      base: 'sales-director',
      overrides: {},
      events: [{ week: 15, type: 'event' as const, event: 'launch' as const, size: 0.3, weeks: 13 }],
      locked: [],
      bounds: {},
      title: { en: 'Launch', fr: 'Lancement' },
      briefing: { en: '', fr: '' },
    };
    const s = new Session('sales-director', 'why-market', { def, code: 'test' });
    s.startQuarter([]);
    finish(s);
    s.nextQuarter();
    s.startQuarter([]);
    finish(s);
    const { lines } = explainQuarter(s, 1);
    const market = lines.find((l) => l.kind === 'market');
    if (market?.kind !== 'market') throw new Error('the launch is not named');
    expect(market.effect.revenue).toBeGreaterThan(0);
    // the model's week 15 is the game's week 16, the third of quarter 2
    expect(whyText(market)).toMatch(/^Market news — Week 16 \(Q2 w3\): product launch, deal value \+30% for 13 weeks: .*revenue \+€[\d.]+k/);
    // the quarter before it has no market line
    expect(explainQuarter(s, 0).lines.some((l) => l.kind === 'market')).toBe(false);
  });
});

describe('why reps quit', () => {
  const { QUIT_FATIGUE, QUIT_CARE, QUIT_LOW_PAY } = Object.fromEntries(Object.entries(CONSTANTS).map(([k, c]) => [k, c.value])) as Record<string, number>;

  it('records the largest term of the quit hazard, and the state a rep left in still shows it', () => {
    // unpaid reps burn out or feel underpaid: every reason but the event shows up over a few runs
    const seen = new Set<string>();
    for (const seed of ['q1', 'q2', 'q3']) {
      const params = scenarioParams('sales-director', { 'plan.baseSalary': 0, 'reps.fatigueRate': 0.3, 'reps.quitRate': 0.02 });
      const state = createRun(params, seed);
      for (let w = 0; w < 52; w++) step(state, []);
      const line = lowPayLine(state.params);
      for (const r of state.reps.filter((x) => !x.active)) {
        const terms = { usual: 1, fatigue: QUIT_FATIGUE * r.fatigue ** 2, care: QUIT_CARE * (1 - r.care), lowPay: QUIT_LOW_PAY * Math.min(1, Math.max(0, 1 - r.avgPay / line)) };
        const top = (Object.entries(terms) as [string, number][]).reduce((a, b) => (b[1] > a[1] ? b : a));
        expect(r.leftBecause).toBe(top[0]);
        seen.add(r.leftBecause as string);
      }
    }
    expect(seen.size).toBeGreaterThanOrEqual(2);
  });

  it('the star-leaves event is its own reason; every quit is replaced or has its replacement due', () => {
    const state = createRun(scenarioParams('sales-director'), 'star');
    for (let w = 0; w < 40; w++) step(state, w === 20 ? [{ week: 20, type: 'event', event: 'starLeaves' }] : []);
    const star = state.reps.find((r) => r.leftWeek === 20 && r.leftBecause === 'event');
    expect(star).toBeDefined();
    const moves = teamMoves(state, 0, 40);
    expect(moves.departures.length).toBeGreaterThan(0);
    for (const d of moves.departures) expect(d.replacedWeek).not.toBeNull();
    for (const a of moves.arrivals) {
      expect(a.as).toBe('replacement');
      const old = moves.departures.find((d) => d.rep === a.replacing);
      expect(old?.replacedBy).toBe(a.rep);
      expect(old && old.week < a.week).toBe(true);
    }
  });

  it('the review’s sentence names each rep who quit with the reason and the number behind it', () => {
    const s = played('sales-director', 'a1', [[{ week: 0, type: 'set', key: 'plan.baseSalary', value: 0 }], [], [], []]);
    const q = [0, 1, 2, 3].find((k) => teamMoves(s.state, k * 13, (k + 1) * 13).departures.length > 0) ?? -1;
    expect(q).toBeGreaterThanOrEqual(0);
    const { lines, moves } = explainQuarter(s, q);
    expect(moves.departures.length).toBeGreaterThan(0);
    const quits = lines.find((l) => l.kind === 'quits');
    if (quits?.kind !== 'quits') throw new Error('quits not named');
    const text = whyText(quits);
    for (const d of moves.departures) expect(text).toContain(`Rep ${d.rep + 1}`);
    if (moves.departures.some((d) => d.reason === 'lowPay')) expect(text).toMatch(/underpaid \(€[\d,]+ a week, under the €[\d,]+/);
  });
});

describe('the debrief', () => {
  it('names the quarter whose changes moved most, compares with the reference plans, and puts each decision on the timeline', () => {
    const plans: Decision[][] = Array.from({ length: 8 }, () => []);
    plans[2] = [{ week: 26, type: 'set', key: 'plan.commissionRate', value: 0.12 }];
    plans[5] = [{ week: 65, type: 'set', key: 'management.coaching', value: 0.05 }, { week: 67, type: 'gemba', rep: 1 }];
    const s = played('linear-commission', 'why-run', plans);
    const ghosts = { founder: ghostRun('founder', 'why-run'), 'sales-director': ghostRun('sales-director', 'why-run') };
    const x = explainRun(s, ghosts);
    const best = x.lines.find((l) => l.kind === 'bestChange');
    if (best?.kind !== 'bestChange') throw new Error('no best change');
    expect([3, 6]).toContain(best.quarter);
    // the debrief's figure for that quarter alone is the review's
    const review = explainQuarter(s, best.quarter - 1).causes.all;
    expect(best.first).toEqual(review?.effect);
    const sizes = x.lines.map((l) => l.size);
    expect([...sizes].sort((a, b) => b - a)).toEqual(sizes);
    const vs = x.lines.find((l) => l.kind === 'vsPlans');
    if (vs?.kind !== 'vsPlans') throw new Error('no comparison');
    expect(vs.others.map((o) => o.id)).toEqual(['founder', 'sales-director']);
    const text = x.lines.map(runWhyText);
    for (const line of text) expect(line).not.toMatch(/\{|undefined|NaN/);
    expect(text.join(' ')).toMatch(/less than “The founder.s way”/);
    const decided = x.marks.filter((m) => m.changes.length > 0);
    expect(decided.map((m) => m.week)).toEqual([26, 65, 67]);
    expect(markText(decided[0])).toBe('Q3 w1: Commission from 4% to 12%');
    expect(markText(decided[2])).toBe('Q6 w3: one gemba walk');
    // what followed: every rep who left is on the timeline with why
    const left = x.marks.flatMap((m) => m.departures);
    expect(left.length).toBe(s.state.reps.filter((r) => !r.active).length);
    const quitMark = x.marks.find((m) => m.departures.length > 0 && m.changes.length === 0);
    if (quitMark) expect(markText(quitMark)).toMatch(/Rep \d+ left: (worn out|had lost heart|underpaid|ordinary turnover)/);
    setLocale('fr');
    expect(markText(decided[0])).toMatch(/^T3 s1\s: Commission de 4\s% à 12\s%$/u);
  });
});

describe('arrows and verdicts in the review', () => {
  const stat = (over: Partial<QuarterStat>): QuarterStat => ({ ...quarterStats(played('founder', 'kpi', [[]]).state.history)[0], ...over });

  it('▲ follows the number and better/worse is a separate verdict: more pay is up and worse', () => {
    const before = stat({ pay: 100_000, deals: 50, profit: 10_000 });
    const now = stat({ pay: 120_000, deals: 40, profit: 5_000 });
    const kpis = resultKpis(now, before, scenarioParams('sales-director'));
    const pay = kpis.find((k) => k.label === 'Sales pay');
    expect(pay).toMatchObject({ up: true, good: false });
    expect(kpis.find((k) => k.label === 'Deals')).toMatchObject({ up: false, good: false });
    expect(kpis.find((k) => k.label === 'Profit')).toMatchObject({ up: false, good: false });
    // a change that rounds to nothing shows no arrow and no verdict
    const flat = resultKpis(stat({ deals: 50.2 }), stat({ deals: 50 }), scenarioParams('founder'));
    expect(flat.find((k) => k.label === 'Deals')).not.toHaveProperty('up');
  });

  it('shows no quota attainment under a plan without a quota', () => {
    const q = stat({});
    expect(resultKpis(q, undefined, scenarioParams('founder')).some((k) => k.label === 'Quota attainment')).toBe(false);
    expect(resultKpis(q, undefined, scenarioParams('sales-director')).some((k) => k.label === 'Quota attainment')).toBe(true);
  });
});

describe('the timeline', () => {
  it('merges marks of one kind too close to tell apart at the width drawn, keeping every mark', () => {
    const empty = { changes: [], events: [] };
    const left = (week: number, rep: number) => ({ ...empty, week, departures: [{ rep, week, reason: 'usual' as const, fatigue: 0, care: 0.5, pay: 1000, payLine: 1200, replacedWeek: null, replacedBy: null }] });
    const plan = (week: number) => ({ week, events: [], departures: [], changes: [{ kind: 'hire' as const, week, count: 1, decisions: [] }] });
    const clusters = clusterMarks([left(17, 4), plan(26), left(20, 9), plan(27), left(60, 2)].sort((a, b) => a.week - b.week), 104);
    expect(clusters.map((c) => [c.kind, c.week, c.marks.length])).toEqual([
      ['people', 18.5, 2],
      ['plan', 26.5, 2],
      ['people', 60, 1],
    ]);
  });
});
