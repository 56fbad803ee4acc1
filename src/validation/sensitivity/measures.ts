/**
 * What `npm run sensitivity` measures. The thesis: Sobol' indices of the
 * founder-minus-director measures (paired seeds) over the model's key premises
 * and the plan levers the two compared plans leave alone, on the research
 * spec of src/research/sensitivitySpec.ts, and the same measures at the
 * defaults on the validation's own seeds (so they are reports/validation.md's
 * THESIS figures). The findings: an optional Morris screen of each finding's
 * headline effect, as `npm run validate` computes it but over fewer seeds.
 */
import { PARAM_SPECS, WEEKS_PER_YEAR, type NumberSpec } from '../../sim';
import { getScenario } from '../../scenarios';
import { checkSensitivitySpec, type SensitivitySpec } from '../../research/sensitivitySpec';
import { withBase, type Overrides } from '../harness';
import { EXPERIMENTS } from '../index';
import type { Factor } from '../../research/morris';
import { EARLY_WEEKS } from '../checks/thesis';

export interface OutputSpec {
  id: string;
  label: string;
  unit: string;
}

/** The plans the thesis compares: what they set is the comparison itself, so it is not a factor. */
export const THESIS_SCENARIOS = ['founder', 'sales-director'] as const;
export const THESIS_WEEKS = 2 * WEEKS_PER_YEAR;
const [F, D] = THESIS_SCENARIOS;
const DIFF = `${F}-minus-${D}`;

/**
 * The factors of the Sobol' analysis. The premises (what the thesis rests on:
 * relating helps, pressure harms, word of mouth, reorders, the reps' sway over
 * customers and peers) each from half to one and a half times the default
 * (`reps.influence`, at its maximum 1 by default, from 0.5); the plan levers
 * the two plans leave alone over their whole range.
 */
export const THESIS_RANGES: Readonly<Record<string, [number, number]>> = {
  'market.relating': [0.5, 1.5],
  'market.pressureHarm': [0.5, 1.5],
  'market.wordOfMouth': [0.5, 1.5],
  'market.repeatRate': [0.025, 0.075],
  'reps.influence': [0.5, 1],
  'reps.peerMonitoring': [0.3, 0.9],
  'plan.quotaForecast': [0, 1],
  'plan.teamShare': [0, 1],
};

/** The measures each run gives (the defaults y2Profit, y2Revenue, finalReputation among them). */
const EARLY = { q12Profit: { sum: 'profit', weeks: `1-${EARLY_WEEKS}` } };

export interface ThesisDesign {
  n: number;
  seeds: readonly string[];
  bootstrap: number;
  /** base samples re-run on other seeds for the noise floors (the script runs them on its own seeds) */
  floor: number;
  seed: string;
}

/** The thesis analysis as a sensitivity spec (checked like any user's). */
export function thesisSpec(d: ThesisDesign): SensitivitySpec {
  return checkSensitivitySpec({
    scenarios: [...THESIS_SCENARIOS],
    seeds: [...d.seeds],
    weeks: THESIS_WEEKS,
    ranges: THESIS_RANGES,
    measures: EARLY,
    method: 'sobol',
    n: d.n,
    bootstrap: d.bootstrap,
    floor: d.floor,
    seed: d.seed,
  });
}

/** A thesis output from a design row's outputs (ids of src/research/sensitivity.ts outputsOf: `${scenario}.${measure}`, `${measure}.${a}-minus-${b}`). */
export interface ThesisOutput extends OutputSpec {
  of: (o: Readonly<Record<string, number>>) => number;
  /** its subcheck in reports/validation.md's THESIS, when it has one */
  validation?: string;
}

export const THESIS_OUTPUTS: readonly ThesisOutput[] = [
  { id: 'thesis.year2Lead', label: 'year-2 profit, founder minus sales director', unit: 'money', of: (o) => o[`y2Profit.${DIFF}`], validation: 'year-2 profit, founder minus director' },
  {
    id: 'thesis.year2LeadShare',
    label: 'the same lead as a share of the sales director\'s year-2 revenue (removes the scale of the market)',
    unit: 'share',
    of: (o) => o[`y2Profit.${DIFF}`] / o[`${D}.y2Revenue`],
  },
  { id: 'thesis.reputationLead', label: 'final reputation, founder minus sales director', unit: '0-1', of: (o) => o[`finalReputation.${DIFF}`], validation: 'final reputation, founder minus director' },
  {
    id: 'thesis.earlyLead',
    label: `profit over quarters 1-2 (weeks 1-${EARLY_WEEKS}), sales director minus founder`,
    unit: 'money',
    of: (o) => -o[`q12Profit.${DIFF}`],
    validation: 'profit over quarters 1-2, director minus founder',
  },
];

/** The thesis outputs of one seed's pair of runs, from their measures in the spec's order. */
export function thesisOfPair(measures: readonly string[], founder: ArrayLike<number>, director: ArrayLike<number>): Record<string, number> {
  const o: Record<string, number> = {};
  measures.forEach((m, i) => {
    o[`${F}.${m}`] = founder[i];
    o[`${D}.${m}`] = director[i];
    o[`${m}.${DIFF}`] = founder[i] - director[i];
  });
  return Object.fromEntries(THESIS_OUTPUTS.map((t) => [t.id, t.of(o)]));
}

/**
 * The factors of the findings' Morris screen: every numeric parameter over its
 * whole range, except the run's length and what the compared plans set themselves.
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
