/**
 * Every mechanism of the model as one documented parameter: key, default,
 * range, unit, one-line description. The zod schema (params.ts), the CLI's
 * help, docs/MODEL.md and the game's planning panel are all generated from
 * this table, so it is the single place a parameter is declared.
 */

export type NumberSpec = {
  key: string;
  kind: 'number' | 'integer';
  default: number;
  min: number;
  max: number;
  unit: string;
  description: string;
};

export type ChoiceSpec = {
  key: string;
  kind: 'choice';
  default: string;
  choices: readonly string[];
  unit: string;
  description: string;
};

export type ParamSpec = NumberSpec | ChoiceSpec;

const num = <K extends string>(key: K, def: number, min: number, max: number, unit: string, description: string) => ({
  key, kind: 'number' as const, default: def, min, max, unit, description,
});
const int = <K extends string>(key: K, def: number, min: number, max: number, unit: string, description: string) => ({
  key, kind: 'integer' as const, default: def, min, max, unit, description,
});

export const QUOTA_PERIODS = ['none', 'quarter', 'year'] as const;
export type QuotaPeriod = (typeof QUOTA_PERIODS)[number];

const SPECS = [
  // --- run
  int('run.weeks', 104, 1, 520, 'weeks', 'Length of the run; the game lasts 104 weeks (eight 13-week quarters).'),

  // --- reps
  int('reps.count', 10, 1, 100, 'reps', 'Sales reps on the team at the start.'),
  num('reps.abilitySigma', 0.35, 0, 1, 'log-sd', 'Spread of selling ability: ability is lognormal with this log standard deviation and median 1.'),
  num('reps.careMotive', 0.6, 0, 1, '0-1', 'Mean intrinsic care motive ("passion") of a new hire: how much a rep values a customer well served.'),
  num('reps.careSpread', 0.15, 0, 0.5, '0-1', 'Spread (sd) of the care motive between reps.'),
  num('reps.integrity', 0.6, 0, 1, '0-1', 'Mean moral cost a rep feels for selling against the customer\'s interest; spread between reps is fixed.'),
  num('reps.presentBias', 0.6, 0.05, 1, 'weight', 'Weight a rep puts on rewards that come after this quota period (1 = none of the bias).'),
  num('reps.timingControl', 0.3, 0, 1, 'share', 'How far customers let a rep move their close date: it scales the chance a customer agrees to close early (for a discount) or to wait into the next period; 0 = no deal can be moved, 1 = every customer weighs the offer.'),
  num('reps.visitsPerWeek', 8, 1, 40, 'visits/week', 'Customer visits a rep makes in a week at full effort.'),
  num('reps.effortCost', 3000, 50, 20000, 'money/week', 'What full effort costs a rep in their own eyes, in money per week; weighs effort against pay.'),
  num('reps.fatigueRate', 0.08, 0, 0.5, '1/week', 'How fast effort above the sustainable level builds fatigue (and rest removes it).'),
  num('reps.quitRate', 0.003, 0, 0.05, '1/week', 'Base weekly chance a rep quits; fatigue, low pay and lost care raise it.'),
  int('reps.vacancyWeeks', 6, 0, 26, 'weeks', 'Weeks before a rep who quit is replaced (0 = never replaced).'),
  int('reps.rampWeeks', 13, 0, 52, 'weeks', 'Weeks a new hire needs to reach full skill.'),
  num('reps.crowdingOut', 0.004, 0, 0.05, '1/week', 'How fast contingent pay erodes the care motive (per week, times the variable share of pay).'),
  num('reps.crowdingIn', 0.006, 0, 0.05, '1/week', 'How fast coaching and recognition restore the care motive.'),
  num('reps.peerInfluence', 0.9, 0, 1, 'weight', 'How much colleagues\' misconduct lowers a rep\'s own qualms about it ("everyone does it"); 0 = none.'),
  num('reps.peerMonitoring', 0.6, 0, 1, 'share', 'Under team pay, how much of the pay their effort earns colleagues a rep feels as their own, because colleagues see it and press them (Kandel & Lazear 1992); 0 = pure free-riding on a 1/N share.'),
  num('reps.helping', 0.02, 0, 0.1, '1/week', 'Under team pay, how fast the team\'s best seller passes skill on to the others each week, times the team share of pay (Hamilton, Nickerson & Owan 2003); 0 = no help.'),
  num('reps.pushBias', 0, -6, 6, 'log-odds', 'Shifts every rep\'s taste for pressure selling (experiments: -6 all relate, +6 all push); 0 = chosen from pay and care alone.'),
  num('reps.learningRate', 0.02, 0, 0.2, '1/week', 'How fast reps revise what they believe pushing gains now (close rates of their pushing and relating visits) and what relating brings later (reorders of the customers they related with, against those they pushed); 0 = fixed beliefs.'),
  num('reps.influence', 1, 0, 1, '0-1', 'How much reps shape buying: 0 = customers decide alone (pure diffusion, every lead buys, no cold visits).'),

  // --- market
  int('market.size', 3000, 100, 50000, 'customers', 'Prospects and customers in the town.'),
  num('market.baselineTrust', 0.25, 0.02, 0.8, '0-1', 'Median trust a prospect has in salespeople before anyone has called.'),
  num('market.trustSpread', 0.9, 0, 3, 'logit-sd', 'Spread of that trust between people (on the logit scale).'),
  num('market.fear', 0.55, 0, 1, '0-1', 'Mean fear of sales pressure; a pressured customer who fears it buys less and regrets more.'),
  num('market.innovation', 0.0006, 0, 0.02, '1/week', 'Bass innovation p: weekly chance a prospect seeks the product on their own.'),
  num('market.imitation', 0.0073, 0, 0.1, '1/week', 'Bass imitation q: weekly pull that the share of happy adopters exerts on a prospect.'),
  num('market.wordOfMouth', 1, 0, 3, 'multiplier', 'How much customers talk; 0 switches word of mouth (and with it reputation news and referrals) off.'),
  num('market.negativeWomRatio', 2, 1, 10, 'ratio', 'How many more people a dissatisfied customer tells than a satisfied one.'),
  num('market.turnover', 0.08, 0, 0.5, 'share/year', 'Share of the town\'s businesses that close each year, each replaced by a new one that has never bought (about 8% of US establishments exit each year: Census Business Dynamics Statistics); 0 = a closed market.'),
  num('market.walletGrowth', 0.1, 0, 0.5, 'share', 'How much more each reorder of a staying customer is worth than a first sale, per reorder, up to five (share of wallet grows with tenure: Reichheld & Sasser 1990); 0 = every order at list value.'),
  num('market.dealValue', 10000, 100, 100000, 'money', 'List price of a deal.'),
  num('market.salesCycle', 4, 0, 26, 'weeks', 'Mean weeks from a customer\'s yes to the close they mean (the sales cycle, geometric: a yes closes the same week with chance 1/(1 + this)); B2B cycles run from weeks to months. Deals due after a period\'s end are what a rep can pull in; 0 = every yes closes at once.'),
  num('market.grossMargin', 0.55, 0.05, 0.95, 'share', 'Gross margin on net revenue, before sales pay and fixed costs.'),
  num('market.repeatRate', 0.05, 0, 0.1, '1/week', 'Weekly chance a fully satisfied customer buys again from their rep.'),
  num('market.baseChurn', 0.0004, 0, 0.03, '1/week', 'Weekly chance a fully satisfied customer leaves anyway (0.0004 is about 2% a year). Business closures come on top (market.turnover), not in it: with them, accounts are kept at about 0.85 a year in the default market (the calibration table measures it), against 0.87 in US firms (Reichheld 1996: half of customers lost in five years).'),
  num('market.dissatisfiedChurn', 0.007, 0, 0.2, '1/week', 'Extra weekly churn of a fully dissatisfied customer, scaled by (1 − satisfaction)² (0.007 is about 30% a year); calibrated with market.baseChurn to that yearly retention.'),
  int('market.returnWindow', 4, 0, 13, 'weeks', 'Weeks after a sale during which a customer may return the product.'),
  // the two premises of the game's lesson, each one switch with a strength (1 = the model's calibration; 0 = off)
  num('market.relating', 1, 0, 2, 'multiplier', 'The founder\'s hypothesis, what relating does for the customer: the trust a relating visit builds, the bond and the satisfaction a relating sale leaves, all scaled together. 1 = the strengths calibrated to E8 (customer-oriented selling pays after four to eight quarters: Saxe & Weitz 1982; Franke & Park 2006); 0 = relating does nothing for the customer.'),
  num('market.pressureHarm', 1, 0, 3, 'multiplier', 'What pushing costs on the customer\'s side, every channel scaled together: the trust a pushing visit destroys, the regret of a pushed or pulled-in sale, the resentment it leaves and the worth it takes from the product (and through satisfaction, returns and churn). 1 = the strengths calibrated to E9 (pressure closes now and costs later: Zboja, Clark & Haytko 2016); 0 = pushing costs nothing on the customer\'s side.'),
  num('market.reputationOdds', 3, 0, 6, 'log-odds', 'Weight of the firm\'s reputation on a prospect\'s log-odds of buying (from reputation 0.5); the channel through which word of mouth pays in sales. 3 = calibrated with market.reputationInbound to E8 and the thesis (no published size); 0 = reputation does not move a buyer.'),
  num('market.reputationInbound', 1, 0, 1, 'weight', 'How far spontaneous interest (market.innovation, the inbound leads) scales with the firm\'s reputation: 1 = in proportion (twice the leads at reputation 1, none at 0); 0 = reputation brings no inbound leads.'),
  num('market.discountElasticity', 2.5, 0, 10, '1/discount', 'How much a discount raises the odds of closing (on the logit scale per unit of discount).'),
  num('market.reputationLag', 0.02, 0.002, 0.5, '1/week', 'Speed at which the firm\'s reputation moves toward what word of mouth says of it.'),
  num('market.fixedCosts', 50000, 0, 500000, 'money/week', 'Fixed weekly costs of the firm besides sales pay.'),

  // --- plan
  num('plan.baseSalary', 1100, 0, 10000, 'money/week', 'Weekly base salary of a rep.'),
  num('plan.commissionRate', 0.04, 0, 0.3, 'share', 'Commission on each rep\'s net revenue.'),
  {
    key: 'plan.quotaPeriod' as const, kind: 'choice' as const, default: 'none', choices: QUOTA_PERIODS, unit: 'period',
    description: 'Length of the quota period: none, a 13-week quarter or a 52-week year, on the calendar. A change of period, quota, bonus or quota by potential closes the running period: settled pro rata under its old rules, and a new one opens to the end of its calendar block.',
  },
  num('plan.quota', 190000, 0, 5000000, 'money/quarter', 'Quota per rep per quarter in net revenue (four times this for a yearly period).'),
  num('plan.quotaForecast', 0.5, 0, 1, 'weight', 'How far the quota follows a forecast, the team\'s sales per rep in the period just ended, rather than plan.quota (1 = quotas set from last period\'s sales, as most firms do; 0 = plan.quota as set).'),
  num('plan.quotaByPotential', 1, 0, 1, 'weight', 'How far each rep\'s quota is sized to their potential (ability and the reorders their accounts should bring); 0 = the same quota for all.'),
  num('plan.quotaBonus', 0, 0, 200000, 'money/quarter', 'Lump bonus paid at the end of a quota period to a rep at or above quota (four times this for a yearly period).'),
  num('plan.commissionFrom', 0, 0, 2, 'x quota', 'Commission is paid only on each rep\'s revenue above this multiple of their quota in the period (0 = from the first sale; 1 = only above quota, as the firm Misra & Nair 2011 studied paid before it changed its plan); it applies only with a quota.'),
  num('plan.acceleratorRate', 1, 1, 4, 'multiplier', 'Commission multiplier on revenue above quota (1 = no accelerator).'),
  num('plan.cap', 0, 0, 5, 'x quota', 'No commission on revenue above this multiple of quota (0 = no cap).'),
  num('plan.ratchet', 0, 0, 1, 'weight', 'Next quota moves up by this share of a beat, and down by half of it after a miss (0 = fixed quotas).'),
  int('plan.clawbackWeeks', 0, 0, 52, 'weeks', 'Commission is taken back when the customer returns or leaves within this many weeks (0 = none).'),
  num('plan.satisfactionWeight', 0, 0, 1, 'share', 'Share of variable pay scaled by the satisfaction of the rep\'s recent customers.'),
  num('plan.teamShare', 0, 0, 1, 'share', 'Share of commission computed on the team\'s average sales instead of the rep\'s own.'),
  num('plan.discountAuthority', 0.1, 0, 0.4, 'share', 'Largest discount a rep may grant on a deal.'),

  // --- management
  num('management.coaching', 0.2, 0, 1, '0-1', 'Share of management time spent coaching and on gemba walks: raises skill and care.'),
  num('management.recognition', 0.2, 0, 1, '0-1', 'How often good work is recognised: positive feedback raises the care motive.'),
  num('management.quotaPressure', 40000, 0, 200000, 'money', 'What a rep feels it costs to end a period under 70% of quota (reviews, job threat); it applies only with a quota.'),
  num('management.escalation', 3, 0, 5, 'multiplier', 'How much harder management leans when the team missed: pressure grows by this times last period\'s share of reps under 70% of quota.'),
  num('management.hourCost', 2500, 0, 20000, 'money/week', 'Cost of a full week of management time for the whole team.'),
] as const;

export const PARAM_SPECS: readonly ParamSpec[] = SPECS;

export type ParamKey = (typeof SPECS)[number]['key'];
type NumberKey = Exclude<ParamKey, 'plan.quotaPeriod'>;

/** A full, validated parameter set: flat, keyed by the dotted names users type. */
export type Params = { readonly [K in NumberKey]: number } & { readonly 'plan.quotaPeriod': QuotaPeriod };

export const PARAM_KEYS: readonly string[] = PARAM_SPECS.map((s) => s.key);

export function findSpec(key: string): ParamSpec | undefined {
  return PARAM_SPECS.find((s) => s.key === key);
}
