/**
 * The events of `salesfloor run --table events`, one JSON object per line in
 * the order they happened: the decisions each week was given (pay and
 * management changes, gemba walks, hires, the facilitator's market events),
 * then what the model reports during the week: deals (with their source),
 * returns, customers lost, deals held back into the next period, business
 * closures, bonuses, quits and hires. Visits and word-of-mouth
 * talks are not listed (hundreds a week); their weekly counts are in the
 * weeks table.
 */
import { dataWeek } from '../../shared/dataWeek';
import type { Observer } from './observer';

const LISTED = new Set(['deal', 'return', 'churn', 'hold', 'closure', 'bonus', 'quit', 'hire']);

export function eventLog(): Observer {
  const records: object[] = [];
  let week = 0;
  return {
    before: (state, decisions) => {
      week = state.week;
      for (const { week: at, type, ...rest } of decisions) records.push({ week: dataWeek(at), type: 'decision', decision: type, ...rest });
    },
    event: (e) => {
      if (LISTED.has(e.type)) records.push({ week: dataWeek(week), ...e });
    },
    after: () => undefined,
    finish: () => ({ records }),
  };
}
