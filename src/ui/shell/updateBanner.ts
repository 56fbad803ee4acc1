/** The bar that says a new version is ready and lets the player reload when it suits them. */
import { t } from '../../i18n';
import { h } from '../kit/dom';
import './updateBanner.css';

export function updateBanner(reload: () => void): void {
  if (document.querySelector('[data-testid="update-ready"]')) return;
  const bar = h(
    'div',
    { class: 'update-banner', role: 'status', 'data-testid': 'update-ready' },
    h('p', {}, t('offline.update.ready')),
    h('button', { type: 'button', class: 'btn btn-primary btn-small', 'data-testid': 'update-reload', onclick: () => reload() }, t('offline.update.reload')),
    h('button', { type: 'button', class: 'btn btn-small', 'data-testid': 'update-later', onclick: () => bar.remove() }, t('offline.update.later')),
  );
  document.body.append(bar);
}
