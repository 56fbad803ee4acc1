/**
 * Constants of the dilemmas (dilemmas.ts): when a moment of the run asks the
 * player to decide, and what each answer does. The answers act through the
 * model's own mechanisms (a pulled-in deal, a rep who quits, a refund, a
 * complaint); these numbers only say when the moment arises and its size.
 */
import type { Constant } from './constant';

export const DILEMMAS = {
  DILEMMA_DISCOUNT: {
    value: 0.2,
    source: 'a modelling choice (the issue\'s example of a rep\'s ask): a rep near quota asks for 20% off, more than a plan\'s usual discount authority (0-0.3), to close before the period ends; Larkin 2014 finds end-of-quarter discounts deeper on the deals pulled in',
  },
  NEAR_QUOTA: {
    value: 0.85,
    source: 'a modelling choice: a rep asks for the discount when their period\'s sales are at 85% of quota or more, and the deal would take them over it',
  },
  DISCOUNT_ASK_WEEKS: {
    value: 2,
    source: 'a modelling choice: the ask comes in a period\'s last two weeks, the bonus period of E1 and E3',
  },
  POACH_FROM_WEEK: {
    value: 13,
    source: 'a modelling choice: a rival notices a top seller once they have a quarter\'s record',
  },
  POACH_WEEK: {
    value: 5,
    source: 'a modelling choice: the rival\'s offer comes in a quarter\'s sixth week (0-based 5), once a run',
  },
  POACH_LEAD: {
    value: 1.5,
    source: 'a modelling choice: the rep a rival wants sells at least 1.5 times the mean weekly revenue of the rest of the team since they were hired',
  },
  POACH_MATCH: {
    value: 0.15,
    source: 'a modelling choice: matching a rival\'s offer costs a retention bonus of 15% of a year of the rep\'s pay, paid at once (counter-offers of 10-20% of pay are the range commonly reported by pay surveys)',
  },
  COMPLAINT_SAT: {
    value: 0.05,
    source: 'a modelling choice: a customer complains in public when their first sale leaves their satisfaction below 0.05, at the bottom of the scale (a pushed sale to a wary customer, or an unwanted one); at the defaults a week has such a sale about 6 times in 104 under the founder\'s plan and 27 under the sales director\'s',
  },
  COMPLAINT_RECENT: {
    value: 1,
    source: 'a modelling choice: a customer complains in public the week after a sale that left them this unhappy (sold last week), not about an old one',
  },
  RECOVERED_SAT: {
    value: 0.45,
    source: 'service recovery (Gelbrich & Roschk 2011, meta-analysis: compensation and an apology restore satisfaction, the recovery paradox is small; de Matos, Henrique & Rossi 2007): a refunded, apologised-to customer is brought back to the detractor line (0.45), no longer warning others off',
  },
  DILEMMAS_PER_QUARTER: {
    value: 2,
    source: 'a modelling choice: for the game\'s pacing (at most one or two a quarter), a quarter asks at most two dilemmas, each kind once',
  },
} as const satisfies Record<string, Constant>;
