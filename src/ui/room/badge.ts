/**
 * The room's badge on a player's game: the room's code and whether the page
 * is connected, reconnecting (the game goes on; what it sends waits in the
 * client's outbox) or the session has ended. A small pill in a corner,
 * polite to screen readers.
 */
import { onLocaleChange, t } from '../../i18n';
import { h, replace } from '../kit/dom';
import type { RoomPlayer } from './roomPlayer';
import './room.css';

/** The badge, and its removal (with its listeners). */
export function roomBadge(player: RoomPlayer): { element: HTMLElement; remove(): void } {
  const dot = h('span', { class: 'room-dot', 'aria-hidden': 'true' });
  const label = h('strong', {});
  const text = h('span', { class: 'room-badge-status', 'data-testid': 'room-status' });
  const badge = h('div', { class: 'room-badge', role: 'status', 'data-testid': 'room-badge' }, dot, label, ' ', text);
  const show = () => {
    label.textContent = t('room.badge.label', { room: player.room });
    const closed = player.state?.closed === true || player.elsewhere;
    const status = player.elsewhere ? 'elsewhere' : closed ? 'closed' : player.status;
    badge.dataset.status = status;
    const pending = player.pending;
    replace(text, t(`room.badge.${status}`), !closed && status !== 'open' && pending > 0 ? ` · ${t('room.badge.pending', { n: pending })}` : '');
  };
  show();
  const off = player.on((news) => {
    if (news.kind === 'status' || news.kind === 'state' || news.kind === 'elsewhere') show();
    if (news.kind === 'refused') badge.title = t(`room.refused.${news.refused.reason}`);
  });
  // the screens redraw themselves on a change of language; the badge is not one of them
  const offLocale = onLocaleChange(show);
  return {
    element: badge,
    remove() {
      off();
      offLocale();
      badge.remove();
    },
  };
}
