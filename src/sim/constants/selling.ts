/** Constants of the reps' week in the field (selling.ts): visits, buying, discounts and the sales cycle. */
import type { Constant } from './constant';


export const SELLING = {
  BUY_INTERCEPT: {
    value: -2,
    source: 'a modelling choice: the log-odds that an average prospect (fit 0.5, trust 0.25, neutral reputation) buys at a cold visit from an average rep, σ(−2) ≈ 0.12',
  },
  WARMTH_REFERRAL: {
    value: 1.2,
    source: 'a modelling choice: a referred prospect starts 1.2 higher on the log-odds than a cold one (σ(−0.8) ≈ 0.31 against 0.12): someone they trust sent them',
  },
  WARMTH_INBOUND: {
    value: 0.8,
    source: 'a modelling choice: a prospect who came looking starts 0.8 higher on the log-odds than a cold one (σ(−1.2) ≈ 0.23), less than a referral',
  },
  ODDS_FIT: {
    value: 2.2,
    source: 'a modelling choice: the weight of fit on the log-odds of buying; from the worst to the best fit the odds change by e^2.2 ≈ 9',
  },
  FIT_NEUTRAL: {
    value: 0.5,
    source: 'a modelling choice: the fit that neither raises nor lowers the odds of buying, the middle of the 0-1 scale',
  },
  ODDS_TRUST: {
    value: 2.5,
    source: 'a modelling choice: the weight of trust in salespeople on the log-odds of buying ("people buy from people they like", the founder\'s theory); from no trust to full trust the odds change by e^2.5 ≈ 12',
  },
  TRUST_NEUTRAL: {
    value: 0.25,
    source: 'a modelling choice: trust counts from 0.25, the median trust in salespeople of EVIDENCE.md\'s calibration (0.2-0.3, E10; the default market.baselineTrust), so a prospect of typical trust neither gains nor loses',
  },
  ODDS_ABILITY: {
    value: 0.8,
    source: 'a modelling choice: the weight of log ability on the log-odds of buying; while close rates are low they grow about as ability^0.8',
  },
  ODDS_SKILL: {
    value: 0.6,
    source: 'a modelling choice: the weight of skill (which coaching and ramping up raise) on the log-odds of buying, less than ability\'s spread',
  },
  SKILL_NEUTRAL: {
    value: 0.5,
    source: 'a modelling choice: the skill that neither raises nor lowers the odds of buying, a starting rep\'s lowest (SKILL_START)',
  },
  PUSH_ODDS: {
    value: 1,
    source: 'a modelling choice: pushing adds 1.0 − 1.2·fear to the log-odds, so it works on the fearless and backfires on those who fear pressure (above fear 0.83); about +0.34 at the mean fear 0.55: pressure closes now (E9)',
  },
  PUSH_ODDS_FEAR: {
    value: 1.2,
    source: 'a modelling choice: how much fear of pressure turns pushing against the rep (see PUSH_ODDS)',
  },
  WIN_BACK_PENALTY: {
    value: 2,
    source: 'a modelling choice: a customer who left is 2 lower on the log-odds of buying again (their odds times 0.14): won back only by a good visit or a referral',
  },
  RELATE_TRUST: {
    value: 0.1,
    source: 'calibrated to E8 (Saxe & Weitz 1982; Franke & Park 2006): at market.relating 1, a relating visit closes 0.1·(0.5 + skill) of the distance to full trust, buy or not',
  },
  RELATE_TRUST_BASE: {
    value: 0.5,
    source: 'a modelling choice: the trust a relating visit builds is RELATE_TRUST times 0.5 + skill, from half to one and a half times it',
  },
  PUSH_TRUST_LOSS: {
    value: 0.08,
    source: 'calibrated to E9 (Zboja, Clark & Haytko 2016): at market.pressureHarm 1, a pushing visit destroys 0.08·fear of the prospect\'s trust, buy or not',
  },
  DISCOUNT_HALF: {
    value: 0.4,
    source: 'a modelling choice: the discount a rep offers to rescue a "no" is m/(0.4 + m) of the price, m their pay for one unit of revenue now, within plan.discountAuthority: the more a deal pays now, the more of the firm\'s price goes (E2)',
  },
  DISCOUNT_MIN: {
    value: 0.005,
    source: 'a modelling choice: a rep does not bother with a discount under half a percent',
  },
  PROSPECT_TRIES: {
    value: 12,
    source: 'a modelling choice: doors a rep tries in their territory for a prospect (or a lost customer) before giving up a visit; in a worked-out territory visits run out',
  },
  FATIGUE_VISITS: {
    value: 0.4,
    source: 'a modelling choice: full fatigue takes 40% off the visits a rep\'s effort achieves',
  },
  RATE_LEARNING: {
    value: 0.08,
    source: 'a modelling choice: the weight of this week in a rep\'s running estimate of what full effort earns in a week (a memory of about 12 weeks, a quarter)',
  },
  MIN_LEARNING_EFFORT: {
    value: 0.05,
    source: 'a modelling choice: a week at under 5% of full effort teaches a rep nothing about what effort earns',
  },
  RATE_CAP_DEALS: {
    value: 1000,
    source: 'a modelling choice: a guard on a rep\'s learned weekly rate at full effort, 1,000 deal values (market.dealValue) a week, far above any week, so that a lucky week at low effort cannot swamp the average; it was 10,000,000 in money before issue 8, the same at the default deal value',
  },
} as const satisfies Record<string, Constant>;
