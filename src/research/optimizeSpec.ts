/**
 * What `salesfloor optimize` reads: the plan levers to search over their
 * ranges, the measure to maximise or minimise, the constraints on other
 * measures, with the market and the rest of the plan fixed.
 *
 *     { "scenario": "sales-director", "set": {"market.size": 1000},
 *       "levers": {"plan.commissionRate": [0, 0.15], "plan.quotaBonus": [0, 30000]},
 *       "objective": {"maximize": "y2Profit"},
 *       "constraints": {"finalReputation": {"min": 0.6}},
 *       "seeds": 8, "generations": 30, "check": 30, "seed": "opt-1" }
 *
 * Measures are src/research/measures.ts's: the defaults and any the spec
 * names under "measures". Every refusal is a SpecError (one line).
 */
import { checkMeasures, withDefaults, type MeasureSpec } from './measures';
import { checkRanges, checkScenario, checkSet, checkTopKeys, numberOption, refuse, refuseWord, seedOption, show, wholeOption, type Range } from './researchSpec';

export interface Bound {
  measure: string;
  min?: number;
  max?: number;
}

export interface OptimizeSpec {
  scenario: string;
  set: Record<string, number | string>;
  levers: Range[];
  /** every measure computed: the defaults, then the spec's own */
  measures: MeasureSpec;
  objective: { measure: string; sense: 'maximize' | 'minimize' };
  constraints: Bound[];
  /** paired seeds every candidate runs on */
  seeds: number;
  /** candidates per generation (CMA-ES's λ); its default for the number of levers when absent */
  population: number | null;
  generations: number;
  /** initial step, as a share of each lever's range */
  sigma: number;
  /** fresh seeds the best plan and the scenario's own are compared on */
  check: number;
  seed: string;
}

export const OPTIMIZE_KEYS = ['scenario', 'set', 'levers', 'objective', 'constraints', 'measures', 'seeds', 'population', 'generations', 'sigma', 'check', 'seed'] as const;

function measureName(name: unknown, field: string, known: readonly string[]): string {
  if (typeof name !== 'string' || !known.includes(name)) refuseWord('unknownMeasure', String(name), known, { field, name: show(name) });
  return name;
}

export function checkOptimizeSpec(json: unknown): OptimizeSpec {
  const spec = checkTopKeys(json, OPTIMIZE_KEYS, ['scenario', 'levers', 'objective']);
  const scenario = checkScenario(spec.scenario);
  const set = checkSet(spec.set);
  const levers = checkRanges(spec.levers, 'levers', set);
  const measures = withDefaults(spec.measures === undefined ? {} : checkMeasures(spec.measures));
  const known = Object.keys(measures);
  const o = spec.objective;
  const senses = o !== null && typeof o === 'object' && !Array.isArray(o) ? Object.keys(o) : [];
  if (senses.length !== 1 || (senses[0] !== 'maximize' && senses[0] !== 'minimize')) refuse('objectiveShape', { got: show(o) });
  const sense = senses[0] as 'maximize' | 'minimize';
  const objective = { sense, measure: measureName((o as Record<string, unknown>)[sense], 'objective', known) };
  const constraints: Bound[] = [];
  if (spec.constraints !== undefined) {
    const c = spec.constraints;
    if (c === null || typeof c !== 'object' || Array.isArray(c)) refuse('constraintShape', { got: show(c) });
    for (const [name, bound] of Object.entries(c)) {
      measureName(name, 'constraints', known);
      const b = bound as Record<string, unknown>;
      const keys = b !== null && typeof b === 'object' && !Array.isArray(b) ? Object.keys(b) : ['?'];
      const ok = keys.length > 0 && keys.every((k) => (k === 'min' || k === 'max') && typeof b[k] === 'number' && Number.isFinite(b[k]));
      if (!ok || (keys.length === 2 && (b.min as number) > (b.max as number))) refuse('constraintShape', { got: show(bound) });
      constraints.push({ measure: name, ...(b as { min?: number; max?: number }) });
    }
  }
  const population = spec.population === undefined ? null : wholeOption(spec, 'population', 4, 200, 0);
  return {
    scenario,
    set,
    levers,
    measures,
    objective,
    constraints,
    seeds: wholeOption(spec, 'seeds', 1, 1000, 8),
    population,
    generations: wholeOption(spec, 'generations', 1, 1000, 30),
    sigma: numberOption(spec, 'sigma', 0.01, 1, 0.3),
    check: wholeOption(spec, 'check', 2, 10000, 30),
    seed: seedOption(spec, 'optimize'),
  };
}
