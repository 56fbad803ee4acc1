/** The header's sound toggle, beside the projector's: off by default, remembered. */
import './sound.css';
import { t } from '../../i18n';
import { h } from '../kit/dom';
import { sound } from './sound';

let wired = false;

export function soundToggle(): HTMLElement {
  const board = sound();
  if (!wired) {
    wired = true;
    board.onChange((on) => {
      for (const b of document.querySelectorAll('[data-testid="sound-toggle"]')) b.setAttribute('aria-pressed', String(on));
    });
  }
  return h(
    'button',
    { type: 'button', class: 'chip sound-toggle', 'data-testid': 'sound-toggle', 'aria-pressed': String(board.on), title: t('library.sound.title'), onclick: () => board.set(!board.on) },
    t('library.sound.label'),
  );
}
