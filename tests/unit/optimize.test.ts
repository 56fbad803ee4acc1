/**
 * The optimiser (src/research/optimize.ts, cmaes.ts): CMA-ES finds the known
 * optimum of analytic problems (a constrained shifted sphere whose optimum
 * lies on the constraint, Rosenbrock's valley) and of a small model problem
 * whose optimum follows from the model's accounting; a seed gives the same
 * search; every refusal of an optimisation spec is one line.
 */
import { describe, expect, it } from 'vitest';
import { openEvaluator } from '../../src/cli/evaluate';
import { meanOf, optimize, searchCma, searchSeeds, verdictOf, type Scored } from '../../src/research/optimize';
import type { Runner } from '../../src/research/calibrate';
import { checkOptimizeSpec } from '../../src/research/optimizeSpec';
import { measureRun } from '../../src/research/measures';
import { scenarioParams } from '../../src/scenarios';
import { simulate } from '../../src/sim';
import { expectOneLineErrors, inProcess, writeSpec } from './cliHarness';
import { translator } from '../../src/cli/locale';
import { optimizeMarkdown } from '../../src/cli/researchReport';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const score = (f: (x: number[]) => Scored) => async (xs: number[][]) => xs.map(f);

describe('CMA-ES on problems with a known optimum', () => {
  it('a shifted sphere under a linear constraint: the optimum on the constraint, (0.6, 0.2)', async () => {
    // minimise (x − 0.7)² + (y − 0.3)² with x + y ≤ 0.8: the unconstrained optimum breaks it, so the optimum is its projection on x + y = 0.8
    const r = await searchCma([0.1, 0.1], score(([x, y]) => ({ objective: (x - 0.7) ** 2 + (y - 0.3) ** 2, violation: Math.max(0, x + y - 0.8) })), { generations: 300, population: null, sigma: 0.3, seed: 'sphere', tolerance: 1e-6 });
    expect(r.best.score.violation).toBe(0);
    expect(r.best.x[0]).toBeCloseTo(0.6, 3);
    expect(r.best.x[1]).toBeCloseTo(0.2, 3);
    expect(r.best.score.objective).toBeCloseTo(0.02, 5);
    expect(r.stopped).toBe('converged');
  });

  it("Rosenbrock's valley scaled to the box: the optimum (1, 1), at (0.75, 0.75)", async () => {
    const r = await searchCma([0.1, 0.9], score(([a, b]) => {
      const [x, y] = [4 * a - 2, 4 * b - 2];
      return { objective: 100 * (y - x * x) ** 2 + (1 - x) ** 2, violation: 0 };
    }), { generations: 400, population: null, sigma: 0.3, seed: 'rosenbrock', tolerance: 1e-6 });
    expect(r.best.x[0]).toBeCloseTo(0.75, 3);
    expect(r.best.x[1]).toBeCloseTo(0.75, 3);
  });

  it('a seed gives the same search; another seed another path to the same optimum', async () => {
    const f = score(([x, y]) => ({ objective: (x - 0.3) ** 2 + 2 * (y - 0.8) ** 2, violation: 0 }));
    const options = { generations: 20, population: null, sigma: 0.3, seed: 'a' };
    const [a, b, c] = [await searchCma([0.5, 0.5], f, options), await searchCma([0.5, 0.5], f, options), await searchCma([0.5, 0.5], f, { ...options, seed: 'b' })];
    expect(b).toEqual(a);
    expect(c.best.x).not.toEqual(a.best.x);
  });
});

describe('salesfloor optimize on a model problem with a known optimum', () => {
  // Fixed costs enter only the profit line (src/sim/record.ts: profit = gross − pay − management − fixed costs), and a quota bonus pays
  // nothing without a quota period: on paired seeds, total profit is P0 − weeks × fixedCosts whatever the bonus. Maximising it under
  // totalProfit ≤ P0 − weeks × 40000 has its optimum at fixedCosts = 40000, on the constraint.
  const set = { 'market.size': 200, 'reps.count': 4, 'run.weeks': 26 };
  const json = {
    scenario: 'linear-commission',
    set,
    levers: { 'market.fixedCosts': [0, 100000], 'plan.quotaBonus': [0, 50000] },
    objective: { maximize: 'totalProfit' },
    seeds: 2,
    generations: 15,
    check: 3,
    seed: 'fixed-costs',
  };

  it('finds fixedCosts = 40000 on the binding constraint, and reports the gain over the scenario\'s plan (fixed costs 50000) on fresh seeds', async () => {
    const draft = checkOptimizeSpec(json);
    const measures = { totalProfit: { sum: 'profit' } } as const;
    const p0 = searchSeeds(draft).map((seed) => measureRun(measures, simulate({ params: scenarioParams('linear-commission', set, { 'market.fixedCosts': 0 }), seed }).weeks)[0]);
    const bound = p0.reduce((s, v) => s + v, 0) / p0.length - 26 * 40000;
    const spec = checkOptimizeSpec({ ...json, constraints: { totalProfit: { max: bound } } });
    const r = await optimize(spec, (s) => openEvaluator({ workers: 'inline', measures: s.measures }));
    expect(r.best.levers['market.fixedCosts']).toBeGreaterThanOrEqual(40000 - 1e-6);
    expect(r.best.levers['market.fixedCosts']).toBeLessThan(40000 + 100);
    // the same markets with 10,000 less in fixed costs a week: 26 weeks × (50000 − found)
    expect(r.gain.mean).toBeCloseTo(26 * (50000 - r.best.levers['market.fixedCosts']), 0);
    expect(r.own.levers['market.fixedCosts']).toBe(50000);
    const md = optimizeMarkdown(r, translator('en'));
    expect(md).toMatch(/^# Plan optimisation of linear-commission: maximise totalProfit/);
    expect(md).toMatch(/\| market\.fixedCosts \| 4\d{4} \| 50000 \|/);
    expect(md).toMatch(/Meets the constraints on the check seeds: best plan yes/);
    // the constraint's interval on the check seeds against its bound, not only its mean
    expect(r.best.constraints).toEqual([{ measure: 'totalProfit', max: bound, estimate: r.best.measures.totalProfit, verdict: verdictOf(r.best.measures.totalProfit, spec.constraints[0]) }]);
    expect(md).toMatch(/\| totalProfit ≤ -?[\d.e+]+ \| -?[\d.e+]+ \[-?[\d.e+]+, -?[\d.e+]+\]: (met|missed|unsure) \| /);
  });
});

describe('every candidate is judged on the same markets', () => {
  it("a candidate's mean over the search seeds is NaN when any seed's value is", () => {
    expect(meanOf(Float64Array.from([1, 2, 3]), 0, 0, 3, 1)).toBe(2);
    expect(meanOf(Float64Array.from([1, NaN, 3]), 0, 0, 3, 1)).toBeNaN();
    expect(meanOf(Float64Array.from([0, 0, 1, 5, 0, 7]), 1, 1, 1, 2)).toBe(5);
  });

  it('a candidate whose run gives NaN on one search seed ranks last, not by its other seeds', async () => {
    // every measure is 1000 × the commission rate, except on the first search seed where a rate above 0.1 gives NaN
    // (a run that ends early): over its finite seeds alone such a candidate would look best, and the search would end at 0.2
    const spec = checkOptimizeSpec({ scenario: 'founder', levers: { 'plan.commissionRate': [0, 0.2] }, objective: { maximize: 'y2Profit' }, constraints: { finalReputation: { min: 0 } }, seeds: 3, generations: 25, check: 2, seed: 'nan-seed' });
    const first = searchSeeds(spec)[0];
    const runner = (s: typeof spec): Runner => ({
      names: Object.keys(s.measures),
      evaluate: async (points, seeds) => {
        const width = Object.keys(s.measures).length;
        const out = new Float64Array(points.length * seeds.length * width);
        points.forEach((p, i) => seeds.forEach((seed, k) => {
          const rate = p['plan.commissionRate'];
          out.fill(seed === first && rate > 0.1 ? NaN : 1000 * rate, (i * seeds.length + k) * width, (i * seeds.length + k + 1) * width);
        }));
        return out;
      },
    });
    const r = await optimize(spec, runner);
    expect(r.best.levers['plan.commissionRate']).toBeLessThanOrEqual(0.1);
    expect(r.best.levers['plan.commissionRate']).toBeGreaterThan(0.099);
    expect(Number.isFinite(r.search.best.score.objective)).toBe(true);
  });

  it("a constraint's 95% interval against its bound: met, missed, or unsure when it straddles the bound", () => {
    const e = (lo: number, hi: number) => ({ n: 30, mean: (lo + hi) / 2, sd: 0, ci: [lo, hi] as [number, number] });
    const min = { measure: 'finalReputation', min: 0.6 };
    // the best plan of ambivalent-ceo: its mean under the bound, its interval across it
    expect(verdictOf(e(0.573, 0.604), min)).toBe('unsure');
    expect(verdictOf(e(0.61, 0.63), min)).toBe('met');
    expect(verdictOf(e(0.5, 0.59), min)).toBe('missed');
    expect(verdictOf(e(0.61, 0.63), { ...min, max: 0.62 })).toBe('unsure');
    expect(verdictOf(e(0.61, 0.63), { measure: 'x', max: 0.6 })).toBe('missed');
    expect(verdictOf(e(NaN, NaN), min)).toBe('missed');
  });
});

describe('optimize refuses a bad spec in one line', () => {
  const base = { scenario: 'founder', levers: { 'plan.commissionRate': [0, 0.1] }, objective: { maximize: 'y2Profit' } };
  it('each problem, exit 2', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'optimize-bad-'));
    let n = 0;
    const spec = (s: unknown) => writeSpec(dir, s, `s${n++}.json`);
    await expectOneLineErrors([
      [['optimize'], /optimize needs --spec FILE/],
      [['optimize', '--spec', join(dir, 'none.json')], /cannot read .*none\.json: no such file/],
      [['optimize', '--spec', spec('{')], /not valid JSON/],
      [['optimize', '--spec', spec({ ...base, levrs: {} })], /unknown key "levrs" in the spec; did you mean levers\?/],
      [['optimize', '--spec', spec({ ...base, levers: { 'plan.comissionRate': [0, 0.1] } })], /unknown parameter "plan\.comissionRate"; did you mean plan\.commissionRate\?/],
      [['optimize', '--spec', spec({ ...base, levers: { 'plan.commissionRate': [0, 0.5] } })], /the range of plan\.commissionRate, \[0, 0\.5\], goes outside the parameter's own range, 0 to 0\.3/],
      [['optimize', '--spec', spec({ ...base, levers: { 'plan.commissionRate': [0.1, 0] } })], /the range of plan\.commissionRate must be \[min, max\]/],
      [['optimize', '--spec', spec({ ...base, levers: { 'plan.quotaPeriod': [0, 1] } })], /plan\.quotaPeriod is a choice/],
      [['optimize', '--spec', spec({ ...base, set: { 'plan.commissionRate': 0.05 } })], /plan\.commissionRate is both in "set" and in "levers"/],
      [['optimize', '--spec', spec({ ...base, objective: { maximize: 'y2Proft' } })], /"objective" names "y2Proft".*did you mean y2Profit\?/],
      [['optimize', '--spec', spec({ ...base, objective: { best: 'y2Profit' } })], /"objective" must be \{"maximize": measure\}/],
      [['optimize', '--spec', spec({ ...base, constraints: { finalReputation: { least: 0.6 } } })], /"constraints": each measure takes/],
      [['optimize', '--spec', spec({ ...base, seeds: 0 })], /"seeds" must be a whole number from 1 to 1000 \(got 0\)/],
    ]);
  });

  it('a measure no run gives (year 2 of a 13-week run), once the first candidates have run', async () => {
    const spec = checkOptimizeSpec({ ...base, set: { 'run.weeks': 13, 'market.size': 100, 'reps.count': 2 }, seeds: 1, generations: 1, check: 2 });
    const run = optimize(spec, (s) => openEvaluator({ workers: 'inline', measures: s.measures }));
    await expect(run).rejects.toMatchObject({ name: 'SpecError', key: 'cli.research.measureNaN', vars: { name: 'y2Profit', weeks: 13 } });
    expect(translator('en').any('cli.research.measureNaN', { name: 'y2Profit', weeks: 13 })).toBe('the measure y2Profit is not a number on any run of 13 weeks: does its window lie past their end (set run.weeks)?');
  });

  it('in French too', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'optimize-fr-'));
    const r = await inProcess(['optimize', '--spec', writeSpec(dir, { ...base, levrs: {} })], 'fr_FR.UTF-8');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/clé inconnue «\u202flevrs\u202f» dans la spec\u202f; vouliez-vous dire levers\u202f\?/);
  });
});
