/** A facilitator's market event in a sentence, in the facilitator's list's wording: for the review, the debrief and the facilitator's page. */
import { t } from '../i18n';
import { pct } from '../i18n/format';
import type { EventDecision } from '../codes/facilitatorScenario';
import { weekLong } from './weekLabel';

export function eventText(e: EventDecision): string {
  return t(`facilitator.eventLine.${e.event}`, { week: weekLong(e.week), size: 'size' in e ? pct(e.size, 0) : '', weeks: 'weeks' in e ? e.weeks : '' });
}
