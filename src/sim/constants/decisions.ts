/**
 * Constants of the reps' decisions (incentives.ts: the forecast; repDecisions.ts:
 * effort, pressure, misconduct) and of what reps believe at hire (people.ts: learnWeek).
 */
import type { Constant } from './constant';

export const DECISIONS = {
  PUSH_EDGE: {
    value: 0.06,
    source: 'calibrated to E6 and E9: a rep\'s prior belief of what pushing adds to the chance of closing a visit now; the model\'s own edge at mean fear (PUSH_ODDS − PUSH_ODDS_FEAR·fear on the log-odds, about +6 points at a 20% close rate)',
  },
  RELATE_FUTURE: {
    value: 0.04,
    source: 'calibrated to E6 (push share at the default commission) and E8: a rep\'s prior belief of the follow-on deals (reorders) a relating visit brings beyond a pushing one',
  },
  FOLLOW_HORIZON: {
    value: 13,
    source: 'a modelling choice: the weeks of an account\'s reorders a rep counts as a visit\'s follow-on, one quarter, the horizon of a quarterly plan; it puts the learned follow-on belief on the prior\'s scale',
  },
  PRIOR_CLOSE: {
    value: 0.2,
    source: 'a modelling choice: a new rep\'s prior chance of closing a relating visit, as in their prior expected revenue (visits × 0.2 × deal value); between a cold visit\'s close rate in the default market (σ(−2) ≈ 0.12) and an inbound lead\'s (σ(−1.2) ≈ 0.23)',
  },
  OUTLOOK_EFFORT_MIN: {
    value: 0.5,
    source: 'a modelling choice: a rep forecasts the rest of the period at no less than half effort, so one idle week does not put the quota out of reach in their own eyes',
  },
  OUTLOOK_DEAL_VARIANCE: {
    value: 0.25,
    source: 'a modelling choice: the week-to-week noise of a rep\'s revenue beyond the count of deals, a quarter of a squared deal value a week (an sd of half a deal: deals slip); with OUTLOOK_RATE_VARIANCE it sets how sharply the chance of reaching quota turns (E4)',
  },
  OUTLOOK_RATE_VARIANCE: {
    value: 0.0225,
    source: 'a modelling choice: a rep\'s uncertainty about their own pace, a 15% coefficient of variation of the forecast (0.15² = 0.0225)',
  },
  PRESENT_BIAS_WEEKS: {
    value: 3,
    source: 'a modelling choice: rewards settled at the period\'s end weigh reps.presentBias while the end is three weeks away or more (quasi-hyperbolic discounting, Laibson 1997), rising to 1 over its last two weeks',
  },
  PRESENT_BIAS_MIDWAY: {
    value: 0.5,
    source: 'a modelling choice: two weeks before the end the weight is halfway between reps.presentBias and 1, smoothing the step of the β-δ model (Laibson 1997) over the final weeks',
  },
  RATCHET_PERSISTENCE: {
    value: 0.9,
    source: 'a modelling choice: the share of a ratcheted quota a rep expects to carry into each following period (persistence 1/(1 − 0.9β)): what a beat costs them later (the ratchet effect, Weitzman 1980; E5)',
  },
  NEXT_PERIOD_EFFORT: {
    value: 0.7,
    source: 'a modelling choice: the effort a rep plans on for the next period when pricing revenue booked early in it, the sustainable level (SUSTAINABLE_EFFORT)',
  },
  MOVE_GAIN_MIN: {
    value: 0.002,
    source: 'a modelling choice: the least gain in pay per unit of revenue (0.2 points) for which a rep moves a deal or asks for early orders across the period\'s end; below it moving is not worth the trouble',
  },
  INTRINSIC_BASE: {
    value: 0.5,
    source: 'calibrated to E4: what working is worth to a rep without pay at stake, as a share of reps.effortCost; with no money in reach a rep works at about half effort, the floor that effort far from quota falls to',
  },
  INTRINSIC_CARE: {
    value: 0.05,
    source: 'calibrated to E4 and E7: the little care adds to effort itself (care weighs in how a rep sells, CARE_COST, more than in how hard)',
  },
  FATIGUE_EFFORT: {
    value: 0.5,
    source: 'a modelling choice: full fatigue takes half of full effort off what a rep chooses to put in (FATIGUE_VISITS takes more off what it achieves)',
  },
  EFFORT_FLOOR: {
    value: 0.1,
    source: 'a modelling choice: a rep on the team never puts in less than a tenth of full effort; those who give up (E4) still show up',
  },
  CLAWBACK_LOSS: {
    value: 0.15,
    source: 'a modelling choice: the share of a pushed deal\'s commission a rep expects a full clawback to take back (a pushed customer returns or leaves more often, E9)',
  },
  CLAWBACK_FULL_WEEKS: {
    value: 13,
    source: 'a modelling choice: a clawback window of a quarter or more is felt in full, a shorter one in proportion',
  },
  SAT_PAY_LOSS: {
    value: 0.08,
    source: 'calibrated to E6: what a rep expects pushing a deal to cost them under fully satisfaction-weighted pay, as a share of its commission; with it plan.satisfactionWeight moves the best commission rate up without ending pressure selling',
  },
  CARE_COST: {
    value: 0.0075,
    source: 'a modelling choice: what pushing a customer costs a fully caring rep inside, 0.75% of a deal value; against PUSH_EDGE it sets the push share at the default commission (about a third) and its rise with the rate (E6)',
  },
  PUSH_TEMPERATURE: {
    value: 0.004,
    source: 'a modelling choice: the scale, in deal values, of the logit choice between pushing and relating: a difference of 0.4% of a deal value multiplies the odds of pushing by e',
  },
  MISLED_RETURNS: {
    value: 0.7,
    source: 'a modelling choice: the share of unwanted deals a rep expects back within a clawback\'s reach, about what the model returns: a misled customer (satisfaction 0.05-0.15) returns with chance about 0.25 a week in a 4-week window, 0.68 in all',
  },
  MISLED_RETURN_WEEKS: {
    value: 4,
    source: 'a modelling choice: the weeks within which reps expect unwanted deals to come back, the default return window (market.returnWindow)',
  },
  MISLED_CREDIT: {
    value: 0.8,
    source: 'a modelling choice: reps count an unwanted deal as 80% of a deal value toward quota, for the chance it is caught or undone besides a return',
  },
  MISCONDUCT_MAX: {
    value: 6,
    source: 'a modelling choice: most unwanted deals a rep can book in a week, fewer than the eight visits of a full week (reps.visitsPerWeek); a target further out of reach is not tried (E13)',
  },
  QUALM_BASE: {
    value: 0.05,
    source: 'calibrated to E13: the moral cost of an unwanted deal, in deal values, is 0.05 + 0.4·integrity + 0.1·care (less when colleagues do it), so misconduct appears only when quota is far out of honest reach',
  },
  QUALM_INTEGRITY: {
    value: 0.4,
    source: 'calibrated to E13: the weight of integrity in the moral cost of an unwanted deal (see QUALM_BASE)',
  },
  QUALM_CARE: {
    value: 0.1,
    source: 'calibrated to E13: the weight of the care motive in the moral cost of an unwanted deal (see QUALM_BASE)',
  },
} as const satisfies Record<string, Constant>;
