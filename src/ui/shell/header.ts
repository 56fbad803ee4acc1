/** Pieces every screen uses: the language switch, the projector and sound toggles and the screen header (print styles come with it). */
import { getLocale, LOCALES, t } from '../../i18n';
import type { AppContext } from './context';
import { h } from '../kit/dom';
import { wirePrint } from './print';
import { projectorToggle, syncProjector } from './projector';
import { soundToggle } from '../sound/toggle';

export function langSwitch(ctx: AppContext): HTMLElement {
  syncProjector();
  return h(
    'div',
    { class: 'lang-switch', role: 'group', 'aria-label': t('ui.lang.label') },
    LOCALES.map((l) =>
      h('button', { type: 'button', class: 'chip', 'data-testid': `lang-${l}`, lang: l, 'aria-pressed': String(getLocale() === l), onclick: () => ctx.switchLocale(l) }, t(`ui.lang.${l}`)),
    ),
  );
}

export function screenHeader(ctx: AppContext, title: string, ...extra: Array<Node | null>): HTMLElement {
  wirePrint();
  return h('header', { class: 'screen-header' }, h('p', { class: 'brand' }, t('app.name')), h('h1', { tabindex: '-1' }, title), ...extra, h('div', { class: 'header-tools' }, projectorToggle(), soundToggle(), langSwitch(ctx)));
}

export function button(label: string, onclick: () => void, attrs: Record<string, string> = {}): HTMLButtonElement {
  return h('button', { type: 'button', class: 'btn', ...attrs, onclick }, label);
}
