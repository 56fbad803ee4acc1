/** A plain message with a way back: bad links, unknown scenarios, unreadable saves. Never a blank screen. */
import { t } from '../../i18n';
import type { AppContext } from './context';
import { h } from '../kit/dom';
import { button, screenHeader } from './header';

export function messageScreen(ctx: AppContext, text: string, testid = 'message'): HTMLElement {
  return h(
    'section',
    { class: 'screen screen-narrow', 'data-testid': testid },
    screenHeader(ctx, t('ui.errors.title')),
    h('p', { class: 'message', role: 'alert' }, text),
    h(
      'div',
      { class: 'actions' },
      button(t('ui.errors.chooseScenario'), () => ctx.navigate({ name: 'scenarios', seed: null }), { class: 'btn btn-primary', 'data-testid': 'go-scenarios' }),
      button(t('ui.errors.backHome'), () => ctx.navigate({ name: 'title' }), { 'data-testid': 'go-home' }),
    ),
  );
}

/** A dismissible notice shown above a screen (e.g. a save that could not be read). */
export function notice(text: string, onClose: () => void): HTMLElement {
  const el = h('div', { class: 'notice', role: 'alert', 'data-testid': 'notice' }, h('p', {}, text));
  el.append(button(t('ui.common.ok'), () => {
    el.remove();
    onClose();
  }, { 'data-testid': 'notice-ok' }));
  return el;
}
