/**
 * The causes that open the quarter review (and the debrief), filled once
 * the counterfactual is computed, and the list of who left and who joined
 * with the reason — no one is replaced silently.
 */
import './why.css';
import { t } from '../../i18n';
import { reasonText, replacementText, repName } from '../../play/analysis/whyText';
import { weekShort } from '../../play/weekLabel';
import type { TeamMoves } from '../../play/analysis/teamMoves';
import { emojiIcon } from '../kit/emoji';
import { h, replace } from '../kit/dom';

/** An empty causes card saying it is computing; `fill` puts the sentences in. */
export function whyCard(heading: string, testid: string): { element: HTMLElement; fill(sentences: string[], fallback: string): void } {
  const list = h('div', { class: 'why-body', 'aria-busy': 'true' }, h('p', { class: 'hint' }, t('why.computing')));
  const element = h('section', { class: 'card why-card', 'data-testid': testid, 'aria-live': 'polite' }, h('h2', {}, heading), list);
  return {
    element,
    fill(sentences, fallback) {
      replace(list, sentences.length > 0 ? h('ul', { class: 'why-lines' }, sentences.map((s) => h('li', {}, s))) : h('p', {}, fallback), h('p', { class: 'hint' }, t('why.method')));
      list.setAttribute('aria-busy', 'false');
      element.dataset.ready = 'true';
    },
  };
}

/** Who left (with why) and who joined (hire or replacement, of whom), in the order it happened. */
export function teamMovesCard(moves: TeamMoves): HTMLElement {
  const items = [
    ...moves.departures.map((d) => ({ week: d.week, el: h('li', { class: 'left' }, emojiIcon('left-arrow', 16), ' ', t('why.people.left', { rep: repName(d.rep), week: weekShort(d.week), reason: reasonText(d), after: replacementText(d) })) })),
    ...moves.arrivals.map((a) => ({
      week: a.week,
      el: h(
        'li',
        { class: 'joined' },
        emojiIcon('right-arrow', 16),
        ' ',
        a.as === 'hire'
          ? t('why.people.hire', { rep: repName(a.rep), week: weekShort(a.week) })
          : a.replacing !== null
            ? t('why.people.replacement', { rep: repName(a.rep), week: weekShort(a.week), old: repName(a.replacing) })
            : t('why.people.replacementOf', { rep: repName(a.rep), week: weekShort(a.week) }),
      ),
    })),
  ].sort((x, y) => x.week - y.week);
  return h(
    'section',
    { class: 'card team-moves', 'data-testid': 'team-moves' },
    h('h2', {}, t('why.people.heading')),
    items.length > 0 ? h('ul', {}, items.map((i) => i.el)) : h('p', { class: 'hint' }, t('why.people.none')),
  );
}
