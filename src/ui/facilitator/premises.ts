/**
 * The facilitator's choice of the market's premises (src/play/premises.ts):
 * the calibrated market, or one where relationships or pressure do not
 * matter, with what the founder's and the sales director's plans earn in
 * year 2 in that market on the page's seed, so the facilitator sees before
 * class where the founder's claim holds and where it stops.
 */
import { t } from '../../i18n';
import { money } from '../../i18n/format';
import { PREMISES, premiseLead, premiseOf, withPremise } from '../../play/premises';
import { h, labelled } from '../kit/dom';

export function premisesField(
  overrides: Readonly<Record<string, number | string>>,
  seed: string,
  choose: (overrides: Record<string, number | string>) => void,
  current: () => Record<string, number | string>,
): HTMLElement {
  const chosen = premiseOf(overrides);
  const ids = [...PREMISES.map((p) => p.id), ...(chosen === 'custom' ? ['custom'] : [])];
  const select = h('select', { id: 'fac-premise', 'data-testid': 'facilitator-premise', 'aria-describedby': 'fac-premise-help' },
    ids.map((id) => h('option', { value: id, selected: id === chosen }, t(`facilitator.premises.options.${id}.name`))));
  select.addEventListener('change', () => choose(withPremise(current(), select.value)));
  const lead = premiseLead(overrides, seed);
  const ahead = lead.founder > lead.director ? 'founder' : 'director';
  return h(
    'fieldset',
    { class: 'card fac-premises', 'data-testid': 'facilitator-premises' },
    h('legend', {}, t('facilitator.premises.heading')),
    h('p', { class: 'hint', id: 'fac-premise-help' }, t('facilitator.premises.help')),
    labelled('fac-field', t('facilitator.premises.label'), select),
    h('p', { 'data-testid': 'premise-meaning' }, t(`facilitator.premises.options.${chosen}.help`)),
    h('p', { class: 'hint', 'data-testid': 'premise-lead', 'data-ahead': ahead },
      t(`facilitator.premises.lead.${ahead}`, { seed, founder: money(lead.founder), director: money(lead.director) })),
  );
}
