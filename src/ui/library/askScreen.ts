/**
 * A #/play link while another run is in progress: continue the current run,
 * or start the one the link opens. The current run stays in the library
 * either way.
 */
import { t } from '../../i18n';
import type { AppContext } from '../shell/context';
import { h } from '../kit/dom';
import type { SaveData } from '../../play/save';
import { button, screenHeader } from '../shell/header';
import { runTitle } from '../../play/library/runTitle';

export interface LinkedRun {
  scenario: string;
  seed: string;
  sc?: string;
}

export function askScreen(ctx: AppContext, current: SaveData, linked: LinkedRun, choose: (startNew: boolean) => void): HTMLElement {
  return h(
    'section',
    { class: 'screen screen-narrow', 'data-testid': 'run-in-progress' },
    screenHeader(ctx, t('library.ask.heading')),
    h('p', {}, t('library.ask.text', { scenario: runTitle(current), seed: current.seed, quarter: current.quarter + 1, other: runTitle(linked), otherSeed: linked.seed })),
    h('p', { class: 'hint' }, t('library.ask.keep')),
    h(
      'div',
      { class: 'actions' },
      button(t('library.ask.continue'), () => choose(false), { class: 'btn btn-primary', 'data-testid': 'ask-continue' }),
      button(t('library.ask.startNew'), () => choose(true), { class: 'btn', 'data-testid': 'ask-start-new' }),
    ),
  );
}
