/**
 * Constants of the customers: satisfaction at the sale and the bond it leaves
 * (deals.ts), the customers' week (customers.ts: returns, reorders, drift,
 * word of mouth), and the lines the record counts them by (trust.ts, NPS).
 */
import type { Constant } from './constant';

export const CUSTOMERS = {
  PROMOTER: {
    value: 0.7,
    source: 'NPS convention: promoters are the top of the scale (9-10 of 10, Reichheld 2003); satisfaction at or above 0.7 on 0-1',
  },
  DETRACTOR: {
    value: 0.45,
    source: 'NPS convention: detractors answer 0-6 of 10 (Reichheld 2003); below 0.45 on 0-1 leaves the passives between',
  },
  TRUSTING: {
    value: 0.5,
    source: 'a modelling choice: a person rates salespeople\'s honesty high when their trust is above the middle of the 0-1 scale; the share above it is what E10 compares with the Gallup honesty polls (about 8% for car salespeople)',
  },
  SAT_BASE: {
    value: 0.25,
    source: 'a modelling choice: the first satisfaction of a sale is 0.25 + 0.55·fit + 0.15·trust + 0.5·discount, before how it was sold and noise: a well-fitting sale to a trusting customer starts near the promoter line',
  },
  SAT_FIT: {
    value: 0.55,
    source: 'a modelling choice: the weight of fit in satisfaction, the same at the sale and in what the product is worth to the customer later (the level satisfaction drifts to)',
  },
  SAT_TRUST: {
    value: 0.15,
    source: 'a modelling choice: the weight of trust in salespeople in a sale\'s first satisfaction',
  },
  SAT_DISCOUNT: {
    value: 0.5,
    source: 'a modelling choice: a discount lifts the first satisfaction by half of itself (10% off: +0.05)',
  },
  PUSH_REGRET: {
    value: 0.1,
    source: 'a modelling choice: a pushed sale starts market.pressureHarm·(0.1 + 0.4·fear) less satisfied: pressure costs later (E9)',
  },
  PUSH_REGRET_FEAR: {
    value: 0.4,
    source: 'a modelling choice: the weight of fear in the regret of a pushed sale (see PUSH_REGRET)',
  },
  PULL_REGRET: {
    value: 0.1,
    source: 'a modelling choice: a deal pulled in before the customer meant to close starts 0.1·market.pressureHarm less satisfied: deals forced at period end are worse (E9)',
  },
  SAT_NOISE: {
    value: 0.08,
    source: 'a modelling choice: the spread (sd) of a sale\'s first satisfaction around what fit, trust, price and manner predict',
  },
  MISLED_SAT: {
    value: 0.05,
    source: 'a modelling choice: a customer sold something they did not want starts at satisfaction 0.05 + 0.1·U, deep among the detractors (E13)',
  },
  MISLED_SAT_SPREAD: {
    value: 0.1,
    source: 'a modelling choice: the width of the uniform spread of a misled customer\'s first satisfaction (see MISLED_SAT)',
  },
  RESENTMENT: {
    value: 0.3,
    source: 'a modelling choice: a pushed sale leaves a bond of at most −(0.3 + 0.5·fear)·market.pressureHarm, a resentment that fades like a bond',
  },
  RESENTMENT_FEAR: {
    value: 0.5,
    source: 'a modelling choice: the weight of fear in the resentment a pushed sale leaves (see RESENTMENT)',
  },
  BOND_BASE: {
    value: 0.5,
    source: 'calibrated to E8 with market.relating: a related sale leaves a bond of market.relating·(0.5 + 0.5·skill), from half the strength to all of it',
  },
  RELATE_SAT: {
    value: 0.1,
    source: 'calibrated to E8 with market.relating: a related sale starts market.relating·0.1·skill more satisfied',
  },
  BOND_SKILL: {
    value: 0.5,
    source: 'a modelling choice: the weight of the rep\'s skill in the bond a related sale leaves (see BOND_BASE)',
  },
  RECENT_SAT_RATE: {
    value: 0.1,
    source: 'a modelling choice: the weight of each new customer\'s first satisfaction in a rep\'s running recent satisfaction, which satisfaction-weighted pay reads (a memory of about ten sales)',
  },
  RETURN_BASE: {
    value: 0.004,
    source: 'a modelling choice: a satisfied customer\'s weekly chance of returning the product within market.returnWindow',
  },
  RETURN_UNHAPPY: {
    value: 0.12,
    source: 'a modelling choice: the weekly chance of a return grows as 0.12·(1 − satisfaction)², so unhappy customers return within weeks (E9)',
  },
  RETURN_MISLED: {
    value: 0.15,
    source: 'a modelling choice: a customer sold something they did not want returns it with 0.15 more a week (most of them within the window: MISLED_RETURNS)',
  },
  RETURN_SAT_LOSS: {
    value: 0.1,
    source: 'a modelling choice: a reorder returned is refunded and leaves its customer 0.1 less satisfied; the account stays open (a return alone does not end a business relationship: EVIDENCE.md\'s calibration table)',
  },
  ATTENTION_BASE: {
    value: 0.3,
    source: 'a modelling choice: an account\'s reorders need looking after: their hazard is scaled by the owner\'s attention, 0.3 + 0.7·effort',
  },
  ATTENTION_EFFORT: {
    value: 0.7,
    source: 'a modelling choice: the part of an account\'s attention that follows its rep\'s effort (see ATTENTION_BASE)',
  },
  ATTENTION_ORPHAN: {
    value: 0.5,
    source: 'a modelling choice: the attention an account gets when its rep has left or it has none (a self-service customer): half',
  },
  WORTH_BASE: {
    value: 0.42,
    source: 'calibrated to the word-of-mouth balance of EVIDENCE.md\'s calibration table (positive 67-85% of all word of mouth; East, Hammond & Wright 2007): what the product is worth to a customer, the level satisfaction drifts to, is 0.42 + 0.55·fit + 0.15·bond − 0.1·market.pressureHarm·pressure (0.4 until model 3.0 moved the share to 0.665; 0.42 brings it to 0.69)',
  },
  WORTH_BOND: {
    value: 0.15,
    source: 'a modelling choice: the weight of the bond (or resentment) from how a sale was made in what the product is worth to the customer (see WORTH_BASE)',
  },
  WORTH_PRESSURE: {
    value: 0.1,
    source: 'a modelling choice: the weight of remembered pressure in what the product is worth to the customer, times market.pressureHarm (see WORTH_BASE)',
  },
  SAT_DRIFT: {
    value: 0.03,
    source: 'a modelling choice: satisfaction moves 3% of the way to what the product is worth each week (a half-life of about 23 weeks): the first impression lasts a few quarters',
  },
  PRESSURE_FADE: {
    value: 0.97,
    source: 'a modelling choice: felt pressure fades by 3% a week (a half-life of about 23 weeks)',
  },
  BOND_FADE: {
    value: 0.995,
    source: 'a modelling choice: a bond (or resentment) fades by 0.5% a week (a half-life of about 2.6 years): relationships outlast the game\'s two years, so relating pays slowly (E8)',
  },
  WOM_RATE: {
    value: 0.03,
    source: 'a modelling choice: a promoter tells someone with chance 0.03 a week at market.wordOfMouth = 1 (about 1.5 people a year), a detractor market.negativeWomRatio times as often; the balance is checked in EVIDENCE.md\'s calibration table (East, Hammond & Wright 2007)',
  },
  WOM_LEAVER: {
    value: 0.5,
    source: 'a modelling choice: an unhappy customer who leaves complains to a neighbour on the way out with chance 0.5 (times market.wordOfMouth, at most 1)',
  },
  WOM_REACH: {
    value: 40,
    source: 'a modelling choice: word of mouth reaches one of the 40 nearest people on either side in town order (a few streets of the town)',
  },
  WOM_TRUST_GAIN: {
    value: 0.06,
    source: 'a modelling choice: praise moves the listener\'s trust in salespeople 6% of the way to full trust',
  },
  WOM_TRUST_LOSS: {
    value: 0.08,
    source: 'a modelling choice: a complaint takes 8% of the listener\'s trust in salespeople away, a little more than praise gives',
  },
  WALLET_ORDERS: {
    value: 5,
    source: 'Reichheld & Sasser (1990): what a customer buys grows over their first years with the firm, then levels off; the growth of market.walletGrowth per reorder stops after the fifth',
  },
  WOM_SAT_LOSS: {
    value: 0.03,
    source: 'a modelling choice: a complaint lowers an active customer\'s satisfaction by 0.03',
  },
} as const satisfies Record<string, Constant>;
