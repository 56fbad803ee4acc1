/** Constants of the market's own dynamics (market.ts): inbound leads, referrals and reputation. */
import type { Constant } from './constant';

export const MARKET = {
  REPUTATION_NEUTRAL: {
    value: 0.5,
    source: 'a modelling choice: reputation starts at the middle of its 0-1 scale, where it neither raises nor lowers the odds of buying and spontaneous interest is market.innovation itself (it scales as reputation/0.5)',
  },
  REFERRALS_MAX: {
    value: 30,
    source: 'a modelling choice: most referral leads a rep keeps waiting (about four weeks of visits at eight a week); the others go to the shared pool',
  },
  LEAD_POOL_WEEKS: {
    value: 8,
    source: 'a modelling choice: inbound leads nobody called on within about eight weeks of the team\'s visits go cold',
  },
  LEAD_POOL_MIN: {
    value: 16,
    source: 'a modelling choice: the lead pool keeps at least 16 leads however small the team',
  },
  REPUTATION_VOLUME: {
    value: 10,
    source: 'a modelling choice: the week\'s word-of-mouth volume at which its news moves reputation at half of market.reputationLag (weight vol/(vol + 10)): a remark or two barely moves it',
  },
} as const satisfies Record<string, Constant>;
