/** Constants of quota periods and pay (period.ts, pay.ts, incentives.ts: satisfactionMultiplier). */
import type { Constant } from './constant';

export const PLAN = {
  MIN_ATTAINMENT: {
    value: 0.7,
    source: 'a modelling choice: the share of quota below which management counts a period as missed and leans on the rep (management.quotaPressure, management.escalation); the lower of the two targets a rep may reach by misconduct (E13)',
  },
  SAT_REFERENCE: {
    value: 0.7,
    source: 'a modelling choice: the recent satisfaction at which satisfaction-weighted pay is paid in full, set at the promoter line (PROMOTER; Reichheld 2003): a rep whose customers would recommend them loses nothing',
  },
  SAT_MULTIPLIER_MAX: {
    value: 1.4,
    source: 'a modelling choice: satisfaction-weighted pay rises above the full rate with satisfaction, up to 1.4 times (reached at satisfaction 0.98), so delighting customers pays',
  },
  RATCHET_DOWN: {
    value: 0.5,
    source: 'Leone, Misra & Zimmerman 2004 ("Investigating dynamic sales quotas": quotas rise more after a beat than they fall after a miss, asymmetric ratcheting); EVIDENCE.md\'s calibration table: about 0.5 up, 0.25 down, so a miss moves the quota by half the share a beat does',
  },
  POTENTIAL_EXPONENT: {
    value: 0.6,
    source: 'a modelling choice: management sizes a rep\'s new business as ability^0.6, a little flatter than the buying odds\' ability^0.8 at low close rates (ODDS_ABILITY on the log-odds, which saturates as close rates rise)',
  },
  PAY_AVERAGING: {
    value: 0.05,
    source: 'a modelling choice: the weight of this week in a rep\'s running averages of pay and of its variable part (a memory of about 20 weeks, over a quarter), which crowding out and the quit hazard read',
  },
} as const satisfies Record<string, Constant>;
