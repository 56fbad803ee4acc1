/** Constants of the pipeline (pipeline.ts): stages, slips, the customer's consent to close early, and the risk of holding a deal back. */
import type { Constant } from './constant';

export const PIPELINE = {
  CYCLE_MAX: {
    value: 26,
    source: 'a modelling choice: no customer means to close more than half a year after saying yes (the geometric sales cycle of market.salesCycle is cut there)',
  },
  COMMIT_WEEKS: {
    value: 2,
    source: 'a modelling choice: as in CRM practice, an opportunity due within two weeks is a commit (forecast as won), one further out a proposal',
  },
  SLIP_HAZARD: {
    value: 0.03,
    source: 'a modelling choice: a proposal slips away (a budget freeze, a rival) with chance 0.03 a week until it is a commit, so one due in eight weeks is won with about 0.83 and a commit with 1: the win probabilities by stage the rep forecasts with',
  },
  CONSENT_INTERCEPT: {
    value: 1,
    source: 'calibrated to E1 and E2 (Oyer 1998; Larkin 2014): the log-odds that a customer who lets their date move (reps.timingControl) agrees to close a week before they meant to with no discount, σ(1 − 0.3) ≈ 0.67; with it the default quarterly quota shows its hockey stick (E1) and a 2x accelerator\'s discounts stay within Larkin\'s 6–8% of revenue (E2)',
  },
  CONSENT_DISCOUNT: {
    value: 12,
    source: 'calibrated to E2 (Larkin 2014: pulled-in deals carry the discounts that cost the firm 6–8% of revenue): each point of discount adds 0.12 to the log-odds of agreeing to close early (10% off: +1.2)',
  },
  CONSENT_WEEK: {
    value: 0.3,
    source: 'calibrated to E1 and E1b: each week earlier (or, held back, later) than the customer meant to close takes 0.3 from the log-odds of agreeing, so one due a month after the period ends agrees about half as readily as one due next week; asks cluster in a period\'s last weeks',
  },
  DISCOUNT_STEPS: {
    value: 4,
    source: 'a modelling choice: a rep weighs offering no discount, or a quarter, a half, three quarters or all of their discount authority, for an early close',
  },
  REORDER_ASK_WEEKS: {
    value: 13,
    source: 'a modelling choice: a rep asks an account for its next order early only when it is due within 13 weeks at its pace (the consent falls fast with the weeks anyway)',
  },
  ASK_COST: {
    value: 0.5,
    source: 'a modelling choice: asking a customer to close early takes half a visit\'s time, taken from prospecting that week (the visits split between advancing deals that can close now and prospecting for later)',
  },
  WALK_BASE: {
    value: 0.05,
    source: 'a modelling choice: a customer whose deal is held back into the next period walks away with chance 0.05, plus WALK_PER_WEEK a week of waiting (E5: postponing past a cap)',
  },
  WALK_PER_WEEK: {
    value: 0.03,
    source: 'a modelling choice: each week a ready customer is made to wait adds 0.03 to the chance they walk away (see WALK_BASE)',
  },
} as const satisfies Record<string, Constant>;
