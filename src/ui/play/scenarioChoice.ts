/** Scenario cards (the three stories first, the rest under "more") and the town seed. */
import { t } from '../../i18n';
import { SCENARIOS, scenarioParams, type Scenario } from '../../scenarios';
import type { AppContext } from '../shell/context';
import { h } from '../kit/dom';
import { money, pct } from '../../i18n/format';
import { isValidSeed, randomSeed } from '../../play/seed';
import { button, screenHeader } from '../shell/header';

function planFacts(id: string): HTMLElement {
  const p = scenarioParams(id);
  const period = p['plan.quotaPeriod'];
  const facts: Array<[string, string]> = [
    [t('params.plan.baseSalary.label'), money(p['plan.baseSalary'])],
    [t('params.plan.commissionRate.label'), pct(p['plan.commissionRate'], 1)],
    [t('params.plan.quotaPeriod.label'), t(`ui.choices.${period}`)],
    [t('params.management.coaching.label'), pct(p['management.coaching'])],
  ];
  return h('dl', { class: 'facts' }, facts.flatMap(([k, v]) => [h('dt', {}, k), h('dd', {}, v)]));
}

export function scenarioChoiceScreen(ctx: AppContext, initialSeed: string | null): HTMLElement {
  const seed = isValidSeed(initialSeed) ? initialSeed : randomSeed();
  if (seed !== initialSeed) ctx.navigate({ name: 'scenarios', seed }, true);
  const input = h('input', { id: 'seed', type: 'text', value: seed, spellcheck: 'false', autocomplete: 'off', maxlength: '40', 'data-testid': 'seed-input', 'aria-describedby': 'seed-help seed-error' });
  const error = h('p', { id: 'seed-error', class: 'field-error', 'aria-live': 'polite' });
  const check = (): string | null => {
    const value = input.value.trim();
    const ok = isValidSeed(value);
    error.textContent = ok ? '' : t('ui.scenarios.badSeed');
    input.setAttribute('aria-invalid', String(!ok));
    return ok ? value : null;
  };
  input.addEventListener('input', () => {
    const value = check();
    if (value) ctx.navigate({ name: 'scenarios', seed: value }, true);
  });
  const reroll = button(t('ui.scenarios.newSeed'), () => {
    input.value = randomSeed();
    check();
    ctx.navigate({ name: 'scenarios', seed: input.value }, true);
  }, { 'data-testid': 'new-seed' });

  const card = (s: Scenario) =>
    h(
      'article',
      { class: 'card scenario-card', 'data-testid': `scenario-${s.id}` },
      h('h2', {}, t(`scenarios.${s.id}.title`)),
      h('p', {}, t(`scenarios.${s.id}.briefing`)),
      planFacts(s.id),
      button(t('ui.scenarios.choose'), () => {
        const value = check();
        if (value) ctx.navigate({ name: 'briefing', scenario: s.id, seed: value });
        else input.focus();
      }, { class: 'btn btn-primary', 'data-testid': `choose-${s.id}`, 'aria-label': t('ui.scenarios.chooseNamed', { title: t(`scenarios.${s.id}.title`) }) }),
    );

  return h(
    'section',
    { class: 'screen', 'data-testid': 'scenarios' },
    screenHeader(ctx, t('ui.scenarios.heading'), button(t('ui.common.back'), () => ctx.navigate({ name: 'title' }), { class: 'btn btn-quiet' })),
    h('p', { class: 'lead' }, t('ui.scenarios.intro')),
    h(
      'div',
      { class: 'seed-row' },
      h('label', { for: 'seed' }, t('ui.scenarios.seedLabel')),
      input,
      reroll,
      h('p', { id: 'seed-help', class: 'hint' }, t('ui.scenarios.seedHelp')),
      error,
    ),
    h('div', { class: 'cards' }, SCENARIOS.filter((s) => s.featured).map(card)),
    h('details', { class: 'more' }, h('summary', { 'data-testid': 'more-scenarios' }, t('ui.scenarios.more')), h('div', { class: 'cards' }, SCENARIOS.filter((s) => !s.featured).map(card))),
  );
}
