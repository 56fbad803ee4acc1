/**
 * The constants table: every number in a rule of the model that is not a
 * parameter (paramSpecs.ts) lives here, with where it comes from — a source,
 * or the check it was calibrated to. docs/MODEL.md lists them.
 */
export interface Constant {
  value: number;
  source: string;
}

export const CONSTANTS = {
  PROMOTER: {
    value: 0.7,
    source: 'NPS convention: promoters are the top of the scale (9-10 of 10, Reichheld 2003); satisfaction at or above 0.7 on 0-1',
  },
  DETRACTOR: {
    value: 0.45,
    source: 'NPS convention: detractors answer 0-6 of 10 (Reichheld 2003); below 0.45 on 0-1 leaves the passives between',
  },
  PUSH_EDGE: {
    value: 0.06,
    source: 'a rep\'s prior belief of what pushing adds to the chance of closing a visit now; the model\'s own edge at mean fear (selling.ts: +1.0 - 1.2 fear on the log-odds, about +6 points at 20%); calibrated to E6 and E9',
  },
  RELATE_FUTURE: {
    value: 0.04,
    source: 'a rep\'s prior belief of the follow-on deals (reorders) a relating visit brings beyond a pushing one; calibrated to E6 (push share at the default commission) and E8',
  },
  FOLLOW_HORIZON: {
    value: 13,
    source: 'weeks of an account\'s reorders a rep counts as a visit\'s follow-on: one quarter, the horizon of a quarterly plan; sets the learned follow-on belief on the prior\'s scale',
  },
  PRIOR_CLOSE: {
    value: 0.2,
    source: 'a new rep\'s prior chance of closing a relating visit, as in their prior expected revenue (create.ts: visits x 0.2 x deal value)',
  },
} as const satisfies Record<string, Constant>;

/** Satisfaction at which a customer recommends the product (an NPS promoter). */
export const PROMOTER = CONSTANTS.PROMOTER.value;
/** Satisfaction below which a customer warns others off (an NPS detractor). */
export const DETRACTOR = CONSTANTS.DETRACTOR.value;
