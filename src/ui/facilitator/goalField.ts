/**
 * The facilitator's choice of the class's goal (src/play/goals.ts): the
 * reference plans whose profit a game must beat on the same town, and the
 * reputation to end at; by default the base story's goal (no goal in the code).
 */
import { t } from '../../i18n';
import { GOAL_PLANS, type ScenarioGoal } from '../../codes/facilitatorScenario';
import { h, labelled } from '../kit/dom';

const CHOICES = ['story', ...GOAL_PLANS, 'both', 'none'] as const;
type Choice = (typeof CHOICES)[number];

function choiceOf(goal: ScenarioGoal | undefined): Choice {
  if (!goal) return 'story';
  if (goal.beat.length === 0) return 'none';
  if (goal.beat.length > 1) return 'both';
  return goal.beat[0];
}

/**
 * The goal's fieldset; read() gives the goal (undefined: the story's), or
 * throws an Error with the field's message when the reputation is not a
 * percentage.
 */
export function goalField(goal: ScenarioGoal | undefined, defaultReputation: number): { element: HTMLElement; read(): ScenarioGoal | undefined } {
  const select = h('select', { id: 'fac-goal-beat', 'data-testid': 'facilitator-goal' }, CHOICES.map((c) => h('option', { value: c, selected: c === choiceOf(goal) }, t(`facilitator.goal.beatOptions.${c}`))));
  const rep = h('input', { id: 'fac-goal-rep', type: 'number', min: '0', max: '100', step: '1', inputmode: 'numeric', value: String(Math.round(100 * (goal?.reputation ?? defaultReputation))), 'data-testid': 'facilitator-goal-reputation' });
  const error = h('p', { class: 'field-error', 'aria-live': 'polite', 'data-testid': 'facilitator-goal-error' });
  const sync = () => {
    rep.disabled = select.value === 'story';
  };
  select.addEventListener('change', sync);
  sync();
  const read = (): ScenarioGoal | undefined => {
    error.textContent = '';
    const c = select.value as Choice;
    if (c === 'story') return undefined;
    const v = Number(rep.value);
    if (rep.value.trim() === '' || !Number.isFinite(v) || v < 0 || v > 100) {
      error.textContent = t('facilitator.goal.reputationError');
      throw new Error(error.textContent);
    }
    const beat = c === 'both' ? [...GOAL_PLANS] : c === 'none' ? [] : [c];
    return { beat, reputation: v / 100 };
  };
  const element = h(
    'fieldset',
    { class: 'card', 'data-testid': 'facilitator-goal-field' },
    h('legend', {}, t('facilitator.goal.heading')),
    h('p', { class: 'hint' }, t('facilitator.goal.help')),
    h('div', { class: 'fac-row' }, labelled('fac-field', t('facilitator.goal.beat'), select), labelled('fac-field', t('facilitator.goal.reputation'), rep)),
    error,
  );
  return { element, read };
}
