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
} as const satisfies Record<string, Constant>;

/** Satisfaction at which a customer recommends the product (an NPS promoter). */
export const PROMOTER = CONSTANTS.PROMOTER.value;
/** Satisfaction below which a customer warns others off (an NPS detractor). */
export const DETRACTOR = CONSTANTS.DETRACTOR.value;
