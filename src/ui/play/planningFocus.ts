/**
 * The three levers that matter most in each story, as data: the planning
 * panel shows them first, open, and folds every other lever into its section.
 * A facilitator's scenario uses its base story's list (minus locked levers).
 */

export const PLANNING_FOCUS: Readonly<Record<string, readonly string[]>> = {
  // a founder who pays for care: does paying on satisfaction keep it?
  founder: ['plan.satisfactionWeight', 'plan.commissionRate', 'management.coaching'],
  // volume bonuses, a big discount authority, little coaching
  'sales-director': ['plan.commissionRate', 'plan.quota', 'plan.discountAuthority'],
  // a CEO who wants both: quota pressure against care
  'ambivalent-ceo': ['plan.quota', 'plan.satisfactionWeight', 'management.coaching'],
  'linear-commission': ['plan.commissionRate', 'plan.baseSalary', 'plan.discountAuthority'],
  'quarterly-quota': ['plan.quota', 'plan.quotaBonus', 'plan.quotaPeriod'],
  'annual-quota': ['plan.quotaPeriod', 'plan.quota', 'plan.quotaBonus'],
  'capped-quota': ['plan.cap', 'plan.ratchet', 'plan.quota'],
  clawback: ['plan.clawbackWeeks', 'plan.commissionRate', 'plan.discountAuthority'],
  'team-bonus': ['plan.teamShare', 'plan.commissionRate', 'management.recognition'],
};

/** for a story without its own list */
export const DEFAULT_FOCUS: readonly string[] = ['plan.commissionRate', 'plan.quota', 'management.coaching'];

/** The levers to show first for a story, in order. */
export function focusLevers(scenario: string): readonly string[] {
  return PLANNING_FOCUS[scenario] ?? DEFAULT_FOCUS;
}
