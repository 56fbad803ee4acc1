/**
 * The hold at a quarter's review: while the instructor holds the class at
 * this quarter, the review's Next button is disabled and a line says what
 * the game waits for; the release enables it again (the game controller
 * refuses the next quarter too, see GameController.nextQuarter).
 */
import { t } from '../../i18n';
import type { Session } from '../../play/session';
import { h } from '../kit/dom';
import { currentPlayer } from './roomPlayer';
import './room.css';

/** The gate's line for a review (null outside a room's game); it keeps `next` disabled while held. */
export function holdGate(session: Session, next: HTMLButtonElement, signal: AbortSignal): HTMLElement | null {
  const player = currentPlayer();
  if (!player) return null;
  const line = h('p', { class: 'room-gate', role: 'status', 'data-testid': 'room-gate' });
  let wasHeld = false;
  const show = () => {
    const held = player.holds(session);
    next.disabled = held;
    next.dataset.held = String(held);
    const n = session.quarter + 2;
    line.textContent = held ? t('room.hold.waiting', { n }) : wasHeld ? t('room.hold.released', { n }) : '';
    wasHeld ||= held;
  };
  show();
  player.on((news) => {
    if (news.kind === 'state') show();
  }, signal);
  return line;
}
