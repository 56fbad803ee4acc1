/**
 * The briefing of a facilitator's scenario (#/custom?sc=CODE&seed=S), which
 * trainees read before they play, and the same text as the facilitator's page
 * previews it. The facilitator's title and briefing are shown as text.
 */
import { getLocale, ownText, t, type Locale } from '../../i18n';
import { type FacilitatorScenario } from '../../codes/facilitatorScenario';
import { decodeScenarioCode } from '../../codes/scenarioCode';
import { goalCard } from '../play/storyGoal';
import { RunCodeError } from '../../codes/runCode';
import type { AppContext } from '../shell/context';
import { h } from '../kit/dom';
import { isValidSeed, randomSeed } from '../../play/seed';
import { button, screenHeader } from '../shell/header';
import { messageScreen } from '../shell/message';
import { leverLabel } from '../../play/levers';
import { premiseOf } from '../../play/premises';

/** What trainees read: the facilitator's title and briefing (as text), the story it is built on, what is fixed. */
export function customBriefingBody(sc: FacilitatorScenario, seed: string, locale: Locale): HTMLElement[] {
  const bounded = Object.keys(sc.bounds);
  const premise = premiseOf(sc.overrides);
  const parts: Array<HTMLElement | null> = [
    h('h2', { 'data-testid': 'custom-title' }, ownText(sc.title, locale)),
    h('p', { class: 'hint' }, t('facilitator.custom.byFacilitator', { base: t(`scenarios.${sc.base}.title`) })),
    h('p', { class: 'fac-briefing', 'data-testid': 'custom-briefing' }, ownText(sc.briefing, locale)),
    premise !== 'calibrated'
      ? h('p', { 'data-testid': 'custom-premise' }, t('facilitator.custom.premise', {
        premise: t(`facilitator.premises.options.${premise}.name`, {}, locale), meaning: t(`facilitator.premises.options.${premise}.help`, {}, locale),
      }, locale))
      : null,
    sc.locked.length > 0 ? h('p', {}, t('facilitator.custom.lockedList', { levers: sc.locked.map(leverLabel).join(', ') })) : null,
    bounded.length > 0 ? h('p', {}, t('facilitator.custom.boundedList', { levers: bounded.map(leverLabel).join(', ') })) : null,
    h('p', { class: 'hint' }, t('facilitator.custom.seed', { seed })),
  ];
  return parts.filter((x): x is HTMLElement => x !== null);
}

/** The briefing of a facilitator's scenario (#/custom?sc=CODE&seed=S); a bad code gets a message and a way back. */
export function customBriefingScreen(ctx: AppContext, code: string, seedParam: string): HTMLElement {
  let sc: FacilitatorScenario;
  try {
    sc = decodeScenarioCode(code);
  } catch (err) {
    return messageScreen(ctx, err instanceof RunCodeError ? t(err.key, err.vars) : String(err), 'link-error');
  }
  if (seedParam !== '' && !isValidSeed(seedParam)) return messageScreen(ctx, t('ui.errors.badSeed', { seed: seedParam }), 'link-error');
  const seed = seedParam || randomSeed();
  return h(
    'section',
    { class: 'screen facilitator-briefing', 'data-testid': 'briefing' },
    screenHeader(ctx, ownText(sc.title)),
    h('div', { class: 'card' }, customBriefingBody(sc, seed, getLocale()).slice(1)),
    goalCard(sc.base, sc),
    h('div', { class: 'actions' }, button(t('facilitator.custom.start'), () => ctx.newGame(sc.base, seed, code), { class: 'btn btn-primary btn-big', 'data-testid': 'start-game' })),
  );
}
