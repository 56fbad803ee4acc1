/** The briefing: the column's three voices, this scenario's situation and the objectives on both ledgers. */
import { t } from '../../i18n';
import type { AppContext } from '../shell/context';
import { h } from '../kit/dom';
import { VOICE_ICONS } from './voiceIcons';
import { button, screenHeader } from '../shell/header';
import { goalCard } from './storyGoal';

const VOICES = ['director', 'founder', 'ceo'] as const;

function icon(voice: string): HTMLElement {
  const span = h('span', { class: 'voice-icon', 'aria-hidden': 'true' });
  span.innerHTML = VOICE_ICONS[voice] ?? '';
  return span;
}

export function briefingScreen(ctx: AppContext, scenario: string, seed: string): HTMLElement {
  return h(
    'section',
    { class: 'screen', 'data-testid': 'briefing' },
    screenHeader(ctx, t(`scenarios.${scenario}.title`), button(t('ui.common.back'), () => ctx.navigate({ name: 'scenarios', seed }), { class: 'btn btn-quiet' })),
    h('p', { class: 'lead' }, t('ui.briefing.situation')),
    h(
      'div',
      { class: 'voices' },
      VOICES.map((v, i) =>
        h(
          'figure',
          { class: `voice voice-${i}` },
          h('figcaption', {}, icon(v), t(`ui.briefing.voices.${v}.who`)),
          h('blockquote', {}, t(`ui.briefing.voices.${v}.quote`)),
        ),
      ),
    ),
    h('div', { class: 'card' }, h('h2', {}, t('ui.briefing.yourPlan')), h('p', {}, t(`scenarios.${scenario}.briefing`)), h('p', { class: 'hint' }, t('ui.briefing.seed', { seed }))),
    goalCard(scenario),
    h(
      'div',
      { class: 'card objectives' },
      h('h2', {}, t('ui.briefing.objectives')),
      h('p', {}, t('ui.briefing.objectivesIntro')),
      h('ul', {}, h('li', {}, h('strong', {}, t('ui.ledgers.result')), ' — ', t('ui.briefing.resultGoal')), h('li', {}, h('strong', {}, t('ui.ledgers.effect')), ' — ', t('ui.briefing.effectGoal'))),
      h('p', {}, t('ui.briefing.howToPlay')),
    ),
    h('div', { class: 'actions' }, button(t('ui.briefing.start'), () => ctx.newGame(scenario, seed), { class: 'btn btn-primary btn-big', 'data-testid': 'start-game' })),
  );
}
