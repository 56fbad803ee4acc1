/**
 * The constants table: every number in a rule of the model that is not a
 * parameter (paramSpecs.ts) lives here, with where it comes from — a paper or
 * survey, the check it was calibrated to, or a modelling choice said as such.
 * The entries are kept by submodel in src/sim/constants/; docs/MODEL.md lists
 * them (generated), and tests/unit/constantsProvenance.test.ts fails on a
 * behavioural number anywhere else in src/sim.
 */
import { CUSTOMERS } from './constants/customers';
import { DECISIONS } from './constants/decisions';
import { DILEMMAS } from './constants/dilemmas';
import { MARKET } from './constants/market';
import { PEOPLE } from './constants/people';
import { PIPELINE } from './constants/pipeline';
import { PLAN } from './constants/plan';
import { SELLING } from './constants/selling';
import { SETUP } from './constants/setup';

import type { Constant } from './constants/constant';

export type { Constant };

/** The groups, in the order of the submodels in docs/MODEL.md, each with its title there. */
export const CONSTANT_GROUPS = {
  setup: { title: 'Initialisation', constants: SETUP },
  plan: { title: 'Quota periods and pay', constants: PLAN },
  decisions: { title: 'The reps\' decisions', constants: DECISIONS },
  selling: { title: 'Visits, buying and the sales cycle', constants: SELLING },
  pipeline: { title: 'The pipeline: stages, pull-ins and held-back deals', constants: PIPELINE },
  customers: { title: 'Customers: satisfaction, returns, reorders, word of mouth', constants: CUSTOMERS },
  market: { title: 'Inbound leads and reputation', constants: MARKET },
  people: { title: 'People', constants: PEOPLE },
  dilemmas: { title: 'Dilemmas (the game\'s moments to decide)', constants: DILEMMAS },
} as const satisfies Record<string, { title: string; constants: Record<string, Constant> }>;

export const CONSTANTS = {
  ...SETUP,
  ...PLAN,
  ...DECISIONS,
  ...SELLING,
  ...PIPELINE,
  ...CUSTOMERS,
  ...MARKET,
  ...PEOPLE,
  ...DILEMMAS,
} as const satisfies Record<string, Constant>;

export type ConstantName = keyof typeof CONSTANTS;

/**
 * The values alone, by name: what the rules read. A module takes the ones it
 * needs once, at its top (`const { SAT_DRIFT } = VALUES`); a hot loop copies
 * them into locals before it starts, as it does the parameters.
 */
export const VALUES = Object.fromEntries(
  Object.entries(CONSTANTS).map(([name, c]) => [name, c.value]),
) as { readonly [N in ConstantName]: number };

/** Satisfaction at which a customer recommends the product (an NPS promoter). */
export const PROMOTER = VALUES.PROMOTER;
/** Satisfaction below which a customer warns others off (an NPS detractor). */
export const DETRACTOR = VALUES.DETRACTOR;
