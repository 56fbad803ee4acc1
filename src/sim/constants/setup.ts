/** Constants of the initialisation (create.ts): the fresh market and a new rep. */
import type { Constant } from './constant';

export const SETUP = {
  SKILL_START: {
    value: 0.5,
    source: 'a modelling choice: the starting team is mid-skilled, skill 0.5 + 0.2·U (uniform on 0.5-0.7); skill is on 0-1 and only its differences and growth matter',
  },
  SKILL_START_SPREAD: {
    value: 0.2,
    source: 'a modelling choice: the width of that uniform spread of starting skill',
  },
  SKILL_HIRE: {
    value: 0.25,
    source: 'a modelling choice: a rep hired after week 0 starts at a quarter of full skill and ramps up over reps.rampWeeks (at the starting team\'s skill when it is 0)',
  },
  INTEGRITY_SPREAD: {
    value: 0.2,
    source: 'a modelling choice: the spread (sd) of integrity between reps around reps.integrity, fixed (as the parameter says), so some reps cross the line long before others (E13)',
  },
  EFFORT_START: {
    value: 0.6,
    source: 'a modelling choice: a new rep\'s effort before their first decision; it only enters their first forecast of the period (incentives.ts: outlook at max(0.5, effort)), then each week\'s decision replaces it',
  },
  PUSH_SHARE_START: {
    value: 0.5,
    source: 'a modelling choice: a placeholder, a new rep\'s share of pushing visits before their first decision, which sets it before any visit',
  },
  FIT_MID: {
    value: 0.3,
    source: 'a modelling choice: prospects\' fit is σ(0.3 + 1.1·N), median 0.57 and two thirds of people between 0.31 and 0.80: a product that suits most people moderately, some poorly, some very well',
  },
  FIT_SPREAD: {
    value: 1.1,
    source: 'a modelling choice: the spread of fit on the logit scale (see FIT_MID)',
  },
  FEAR_SPREAD: {
    value: 0.25,
    source: 'a modelling choice: the spread (sd) of fear of sales pressure around market.fear, clamped to 0-1',
  },
  SAT_PROSPECT: {
    value: 0.5,
    source: 'a modelling choice: a placeholder, a prospect\'s satisfaction, which no rule reads before their first sale sets it',
  },
} as const satisfies Record<string, Constant>;
