/** Constants of the team as people (people.ts): care, skill, fatigue, quits, management time, the team's norm. */
import type { Constant } from './constant';

export const PEOPLE = {
  RECOGNITION_TIME: {
    value: 0.5,
    source: 'a modelling choice: recognition takes half the management time coaching does (management cost = hourCost·(coaching + 0.5·recognition))',
  },
  GEMBA_TIME: {
    value: 0.05,
    source: 'a modelling choice: a gemba walk takes a twentieth of a management week, about two hours of a 40-hour week',
  },
  GEMBA_CARE: {
    value: 0.04,
    source: 'a modelling choice: a gemba walk closes 4% of the gap to full care (attention from a manager who comes to see the work; positive feedback crowds in, Deci, Koestner & Ryan 1999, E7)',
  },
  GEMBA_SKILL: {
    value: 0.02,
    source: 'a modelling choice: a gemba walk closes 2% of the gap to full skill, twice a week of full coaching',
  },
  CARE_COACHING: {
    value: 0.6,
    source: 'a modelling choice: in crowding the care motive back in, coaching counts 0.6 as much as recognition, the positive feedback that raised intrinsic motivation in Deci, Koestner & Ryan 1999 (E7)',
  },
  CARE_RETURN: {
    value: 0.01,
    source: 'a modelling choice: a rep\'s care drifts back toward their own base level by 1% of the gap a week (a half-life of about 70 weeks)',
  },
  CARE_MISCONDUCT: {
    value: 0.004,
    source: 'a modelling choice: each unwanted deal a rep means to book in a week wears 0.4% off their care motive',
  },
  SKILL_COACHING: {
    value: 0.01,
    source: 'a modelling choice: full coaching closes 1% of the gap to full skill a week',
  },
  RAMP_GAIN: {
    value: 0.25,
    source: 'a modelling choice: in their first reps.rampWeeks weeks a new hire closes 0.25/rampWeeks of the gap to full skill each week',
  },
  SUSTAINABLE_EFFORT: {
    value: 0.7,
    source: 'a modelling choice: the effort a rep can keep up: fatigue builds above it at reps.fatigueRate and falls below it',
  },
  LOW_PAY_SHARE: {
    value: 0.075,
    source: 'a modelling choice: the pay below which a rep feels underpaid (the quit hazard\'s low-pay line) is their outside option, 7.5% of the revenue a new rep is expected to bring at full effort (reps.visitsPerWeek × PRIOR_CLOSE × market.dealValue), inside the 5-15% of revenue sales pay takes (Chung, Steenburgh & Sudhir 2014; EVIDENCE.md\'s calibration table); 1,200 a week at the defaults, the fixed line before issue 8',
  },
  QUIT_FATIGUE: {
    value: 4,
    source: 'a modelling choice: full fatigue multiplies the base quit hazard (reps.quitRate) by up to 5, 1 + 4·fatigue²: burnout is the strongest push to leave',
  },
  QUIT_CARE: {
    value: 1.5,
    source: 'a modelling choice: a rep who has lost all care is 1.5 base hazards more likely to quit',
  },
  QUIT_LOW_PAY: {
    value: 2,
    source: 'a modelling choice: a rep paid nothing against their outside option is 2 base hazards more likely to quit, in proportion below it (see LOW_PAY_SHARE)',
  },
  NORM_RATE: {
    value: 0.1,
    source: 'a modelling choice: the team\'s norm follows the share of reps who sold against customers\' interest with a memory of about ten weeks (E13: misconduct spreads)',
  },
} as const satisfies Record<string, Constant>;
