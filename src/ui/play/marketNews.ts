/**
 * On a facilitator's scenario, the quarter review says which market events
 * began in the quarter (trainees are not told in advance), in the
 * facilitator's list's wording.
 */
import { t } from '../../i18n';
import { eventText } from '../../play/eventText';
import { h } from '../kit/dom';
import type { Session } from '../../play/session';

/** The events that began in the quarter just played, or null when none did. */
export function marketNews(session: Session): HTMLElement | null {
  const from = session.quarterStart();
  const to = session.quarterEnd();
  const events = session.custom?.def.events.filter((e) => e.week >= from && e.week < to) ?? [];
  if (events.length === 0) return null;
  return h(
    'div',
    { class: 'card market-news', role: 'note', 'data-testid': 'market-news' },
    h('h2', {}, t('facilitator.news')),
    h('ul', {}, events.map((e) => h('li', {}, eventText(e)))),
  );
}
