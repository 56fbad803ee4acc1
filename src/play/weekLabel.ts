/**
 * A week's name in the one numbering a person reads (src/sim/calendar.ts's
 * weekNumber): "Q3 w5" as the top bar and the charts' axis show it, and
 * "Week 31 (Q3 w5)" where a list names an event or a decision, for the
 * facilitator's page, the reviews, the debrief, replay and compare alike.
 * `week` is always the model's index (0 for the first week).
 */
import { t } from '../i18n';
import { quarterOf, weekInQuarter, weekNumber } from '../sim';

/** "Q3 w5": the week's quarter and its place in it, from 1. */
export function weekShort(week: number): string {
  return t('ui.common.weekShort', { q: quarterOf(week) + 1, w: weekInQuarter(week) + 1 });
}

/** "Week 31 (Q3 w5)": the week's number in the run and its place in its quarter. */
export function weekLong(week: number): string {
  return t('ui.common.weekName', { n: weekNumber(week), short: weekShort(week) });
}
