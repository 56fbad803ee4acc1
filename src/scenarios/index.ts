/**
 * The stories, as data: each scenario is a set of parameter overrides on the
 * defaults of src/sim/paramSpecs.ts. Titles and briefings live in src/i18n
 * under scenarios.<id>. Nothing in the model ever tests a scenario id.
 */
import type { ParamKey, Params } from '../sim/paramSpecs';
import { resolveParams } from '../sim/params';

export type ScenarioParams = Partial<Record<ParamKey, number | string>>;

export interface Scenario {
  id: string;
  /** shown first in the game's scenario choice */
  featured: boolean;
  params: ScenarioParams;
}

const linear: ScenarioParams = {
  'plan.baseSalary': 1100,
  'plan.commissionRate': 0.04,
  'plan.quotaPeriod': 'none',
  'plan.discountAuthority': 0.1,
  'management.coaching': 0.2,
  'management.recognition': 0.2,
};

/**
 * Quota-and-bonus pay as most firms that pay a bonus have it, a small
 * commission besides (Oyer 1998's firms; the hockey stick of E1): about the
 * same expected pay as `linear`. The quota is set so that about half the
 * rep-quarters reach it (in model 3.0, 0.54 over two years: the share of
 * reps at quota that sales-performance surveys report is about one half),
 * a quota a team can work toward, not one only misconduct reaches.
 */
const quarterlyQuota: ScenarioParams = {
  ...linear,
  'plan.commissionRate': 0.02,
  'plan.quotaPeriod': 'quarter',
  'plan.quota': 330000,
  'plan.quotaBonus': 9000,
};

const salesDirector: ScenarioParams = {
  'plan.baseSalary': 500,
  'plan.commissionRate': 0.06,
  'plan.quotaPeriod': 'quarter',
  'plan.quota': 230000,
  'plan.quotaBonus': 8000,
  'plan.acceleratorRate': 2,
  'plan.discountAuthority': 0.3,
  'plan.clawbackWeeks': 0,
  'plan.satisfactionWeight': 0,
  'management.coaching': 0.05,
  'management.recognition': 0.05,
};

export const SCENARIOS: readonly Scenario[] = [
  {
    id: 'founder',
    featured: true,
    params: {
      'plan.baseSalary': 1100,
      'plan.commissionRate': 0.03,
      'plan.quotaPeriod': 'none',
      'plan.satisfactionWeight': 1,
      'plan.discountAuthority': 0.05,
      'management.coaching': 0.6,
      'management.recognition': 0.6,
    },
  },
  { id: 'sales-director', featured: true, params: salesDirector },
  {
    id: 'ambivalent-ceo',
    featured: true,
    params: {
      'plan.baseSalary': 700,
      'plan.commissionRate': 0.04,
      'plan.quotaPeriod': 'quarter',
      'plan.quota': 280000,
      'plan.quotaBonus': 15000,
      'plan.acceleratorRate': 1.5,
      'plan.satisfactionWeight': 0.2,
      'plan.discountAuthority': 0.2,
      'management.coaching': 0.35,
      'management.recognition': 0.3,
    },
  },
  { id: 'linear-commission', featured: false, params: linear },
  { id: 'quarterly-quota', featured: false, params: quarterlyQuota },
  {
    id: 'annual-quota',
    featured: false,
    params: { ...quarterlyQuota, 'plan.quotaPeriod': 'year' },
  },
  {
    // the plan Misra & Nair (2011) studied before the firm changed it: commission only on sales above a quota, none
    // past a ceiling, and each rep's next quota moved by the ratchet alone (up after a strong quarter, down after a miss); the rate above quota gives about the pay of
    // `linear-commission` (the plan the firm moved to: a commission from the first sale), so E5 compares shapes, not pay
    id: 'capped-quota',
    featured: false,
    params: {
      ...linear,
      'plan.quotaPeriod': 'quarter',
      'plan.quota': 150000,
      'plan.quotaForecast': 0,
      'plan.quotaByPotential': 0,
      'plan.commissionRate': 0.25,
      'plan.commissionFrom': 1,
      'plan.cap': 1.5,
      'plan.ratchet': 0.5,
    },
  },
  { id: 'clawback', featured: false, params: { ...salesDirector, 'plan.clawbackWeeks': 13 } },
  { id: 'team-bonus', featured: false, params: { ...linear, 'plan.teamShare': 1 } },
];

export const SCENARIO_IDS: readonly string[] = SCENARIOS.map((s) => s.id);

export class UnknownScenarioError extends Error {
  constructor(id: string) {
    super(`unknown scenario "${id}"; valid scenarios: ${SCENARIO_IDS.join(', ')}`);
    this.name = 'UnknownScenarioError';
  }
}

export function getScenario(id: string): Scenario {
  const found = SCENARIOS.find((s) => s.id === id);
  if (!found) throw new UnknownScenarioError(id);
  return found;
}

/** The scenario's full parameter set: defaults, the scenario, then each override layer. */
export function scenarioParams(id: string, ...layers: Array<Partial<Record<string, unknown>> | undefined>): Params {
  return resolveParams(getScenario(id).params, ...layers);
}
