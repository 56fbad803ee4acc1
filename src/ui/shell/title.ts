/** The title: the Phaser title scene behind a DOM menu (continue, play, my runs, the instructor's and researcher's pages). */
import { t } from '../../i18n';
import type { AppContext } from './context';
import { h } from '../kit/dom';
import { langSwitch } from './header';
import { runTitle } from '../../play/library/runTitle';
import { playRoute } from './router';
import { replayTour } from '../tour/tour';

export function titleScreen(ctx: AppContext): HTMLElement {
  const saved = ctx.saved;
  return h(
    'section',
    { class: 'screen-title', 'data-testid': 'title' },
    h(
      'div',
      { class: 'title-menu' },
      h('h1', { class: 'title-name', tabindex: '-1' }, t('app.name')),
      h('p', { class: 'tagline title-name' }, t('app.tagline')),
      h(
        'nav',
        { class: 'menu', 'aria-label': t('ui.title.menu') },
        saved
          ? h(
              'button',
              { type: 'button', class: 'btn btn-primary', 'data-testid': 'continue', onclick: () => ctx.navigate(playRoute(saved)) },
              // a finished run is not continued: its debrief is what there is to see
              saved.phase === 'debrief' ? t('ui.title.debrief', { scenario: runTitle(saved) }) : t('ui.title.continue', { scenario: runTitle(saved), quarter: saved.quarter + 1 }),
            )
          : null,
        h('button', { type: 'button', class: saved ? 'btn' : 'btn btn-primary', 'data-testid': 'play', onclick: () => ctx.navigate({ name: 'scenarios', seed: null }) }, t('ui.title.play')),
        h('button', { type: 'button', class: 'btn', 'data-testid': 'my-runs', onclick: () => ctx.navigate({ name: 'runs' }) }, t('library.menu')),
        h('button', { type: 'button', class: 'btn', 'data-testid': 'open-class', onclick: () => ctx.navigate({ name: 'class' }) }, t('classroom.menu.classView')),
        h('button', { type: 'button', class: 'btn', 'data-testid': 'open-code', onclick: () => ctx.navigate({ name: 'replay', code: '' }) }, t('classroom.menu.openCode')),
        h('button', { type: 'button', class: 'btn', 'data-testid': 'open-facilitator', onclick: () => ctx.navigate({ name: 'facilitator' }) }, t('facilitator.menu')),
        h('button', { type: 'button', class: 'btn', 'data-testid': 'lab', onclick: () => ctx.navigate({ name: 'lab', page: 'main', at: '' }) }, t('ui.title.lab')),
        h('button', { type: 'button', class: 'btn', 'data-testid': 'tour-replay', onclick: () => replayTour(ctx) }, t('tour.menu')),
      ),
      langSwitch(ctx),
    ),
  );
}
