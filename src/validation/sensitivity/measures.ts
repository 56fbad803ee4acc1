/**
 * What the sensitivity analysis measures at one point of the parameter space
 * (a base layer of overrides under every scenario): the thesis measures,
 * paired over the same seeds, and the headline effect of each finding's
 * check, as `npm run validate` computes it but over fewer seeds.
 */
import { PARAM_SPECS, WEEKS_PER_YEAR, type NumberSpec } from '../../sim';
import { getScenario } from '../../scenarios';
import { crossingWeek } from '../checks/thesis';
import { run, sumWeeks, withBase, type Overrides } from '../harness';
import { EXPERIMENTS } from '../index';
import type { Factor } from '../../research/morris';

export interface OutputSpec {
  id: string;
  label: string;
  unit: string;
}

const THESIS_WEEKS = 2 * WEEKS_PER_YEAR;

export const THESIS_OUTPUTS: readonly OutputSpec[] = [
  { id: 'thesis.year2Lead', label: 'year-2 profit, founder minus sales director', unit: 'money' },
  {
    id: 'thesis.year2LeadShare',
    label: 'the same lead as a share of the sales director\'s year-2 revenue (removes the scale of large markets; large where revenue is small against pay and fixed costs, which do not scale with the market)',
    unit: 'share',
  },
  { id: 'thesis.reputationLead', label: 'final reputation, founder minus sales director', unit: '0-1' },
  { id: 'thesis.crossWeek', label: `week from which the founder's cumulative profit stays ahead (${THESIS_WEEKS + 1} when it never does)`, unit: 'week' },
];

/** The plans the thesis compares: what they set is the comparison itself, so it is not a factor. */
export const THESIS_SCENARIOS = ['founder', 'sales-director'] as const;

/**
 * The factors: every numeric parameter over its whole range, except the run's
 * length (fixed by each measure) and what the compared plans set themselves.
 */
export function screeningFactors(): { factors: Factor[]; held: string[] } {
  const held = new Set<string>(['run.weeks']);
  for (const id of THESIS_SCENARIOS) for (const key of Object.keys(getScenario(id).params)) held.add(key);
  const numeric = PARAM_SPECS.filter((s): s is NumberSpec => s.kind !== 'choice');
  return {
    factors: numeric.filter((s) => !held.has(s.key)).map((s) => ({ key: s.key, min: s.min, max: s.max, integer: s.kind === 'integer' })),
    held: [...held].sort(),
  };
}

/** The thesis measures at one point, each the mean over the seeds of a founder-minus-director difference on the same seed. */
export function thesisAt(base: Overrides, seeds: readonly string[]): Record<string, number> {
  return withBase(base, () => {
    let year2 = 0;
    let directorRevenue = 0;
    let reputation = 0;
    let cross = 0;
    const weeks = { 'run.weeks': THESIS_WEEKS };
    for (const seed of seeds) {
      const f = run('founder', seed, weeks);
      const d = run('sales-director', seed, weeks);
      const from = THESIS_WEEKS - WEEKS_PER_YEAR;
      year2 += sumWeeks(f.weeks, 'profit', from) - sumWeeks(d.weeks, 'profit', from);
      directorRevenue += sumWeeks(d.weeks, 'revenue', from);
      reputation += f.totals.finalReputation - d.totals.finalReputation;
      const c = crossingWeek(f, d);
      cross += Number.isFinite(c) ? c : THESIS_WEEKS + 1;
    }
    const n = seeds.length;
    return {
      'thesis.year2Lead': year2 / n,
      'thesis.year2LeadShare': directorRevenue > 0 ? year2 / directorRevenue : NaN,
      'thesis.reputationLead': reputation / n,
      'thesis.crossWeek': cross / n,
    };
  });
}

/** The finding checks (the thesis has its own measures above). */
export const FINDINGS = EXPERIMENTS.filter((e) => e.id !== 'THESIS');

export function findingOutputs(): OutputSpec[] {
  return FINDINGS.map((e) => ({ id: e.id, label: e.metric, unit: 'as in the validation report' }));
}

/** Each finding's headline effect at one point; NaN where a check cannot be measured there. */
export function findingsAt(base: Overrides, seeds: readonly string[], quick: boolean): Record<string, number> {
  const out: Record<string, number> = {};
  for (const exp of FINDINGS) {
    try {
      out[exp.id] = withBase(base, () => exp.judge(seeds.map((s) => exp.measure(s, { quick })), { quick }).effect);
    } catch {
      out[exp.id] = NaN;
    }
  }
  return out;
}
