/**
 * The tables a compact run code (compactRun.ts) writes indexes into, one set
 * per model version, frozen: a code made today must read the same tomorrow,
 * so a table only ever grows at its end (a new parameter, story or event of
 * the same model version is appended; anything not in a table is written
 * out as text). tests/unit/compactRun.test.ts checks that every current
 * name is in the current version's tables.
 */

export interface CodeTables {
  keys: readonly string[];
  scenarios: readonly string[];
  events: readonly string[];
  dilemmas: readonly string[];
  /** text values of parameters (the choices) */
  values: readonly string[];
}

/** The model versions a compact code names by index (anything else is written out). */
export const MODELS: readonly string[] = ['3.0.0'];

const V3: CodeTables = {
  keys: [
    'run.weeks', 'reps.count', 'reps.abilitySigma', 'reps.careMotive', 'reps.careSpread', 'reps.integrity', 'reps.presentBias', 'reps.timingControl',
    'reps.visitsPerWeek', 'reps.effortCost', 'reps.fatigueRate', 'reps.quitRate', 'reps.vacancyWeeks', 'reps.rampWeeks', 'reps.crowdingOut', 'reps.crowdingIn',
    'reps.peerInfluence', 'reps.peerMonitoring', 'reps.helping', 'reps.pushBias', 'reps.learningRate', 'reps.influence', 'market.size', 'market.baselineTrust',
    'market.trustSpread', 'market.fear', 'market.innovation', 'market.imitation', 'market.wordOfMouth', 'market.negativeWomRatio', 'market.turnover',
    'market.walletGrowth', 'market.dealValue', 'market.salesCycle', 'market.grossMargin', 'market.repeatRate', 'market.baseChurn', 'market.dissatisfiedChurn',
    'market.returnWindow', 'market.relating', 'market.pressureHarm', 'market.reputationOdds', 'market.reputationInbound', 'market.discountElasticity',
    'market.reputationLag', 'market.fixedCosts', 'plan.baseSalary', 'plan.commissionRate', 'plan.quotaPeriod', 'plan.quota', 'plan.quotaForecast',
    'plan.quotaByPotential', 'plan.quotaBonus', 'plan.commissionFrom', 'plan.acceleratorRate', 'plan.cap', 'plan.ratchet', 'plan.clawbackWeeks',
    'plan.satisfactionWeight', 'plan.teamShare', 'plan.discountAuthority', 'management.coaching', 'management.recognition', 'management.quotaPressure',
    'management.escalation', 'management.hourCost',
  ],
  scenarios: ['founder', 'sales-director', 'ambivalent-ceo', 'linear-commission', 'quarterly-quota', 'annual-quota', 'capped-quota', 'clawback', 'team-bonus'],
  events: ['recession', 'priceCut', 'launch', 'starLeaves'],
  dilemmas: ['discount', 'poach', 'complaint'],
  values: ['none', 'quarter', 'year'],
};

const TABLES: Readonly<Record<string, CodeTables>> = { '3.0.0': V3 };

/** The tables of a model version; a version without its own (a code of a version this build cannot run anyway) gets empty ones, every name then written out. */
export function tablesFor(model: string): CodeTables {
  return Object.hasOwn(TABLES, model) ? TABLES[model] : { keys: [], scenarios: [], events: [], dilemmas: [], values: [] };
}
