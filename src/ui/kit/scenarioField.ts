/**
 * The class scenarios this browser knows (src/codes/knownScenarios.ts, in
 * localStorage), and the field that asks for one when a run code names a
 * scenario the browser does not have yet: the class view and replay show it,
 * once; the scenario is then known for every code that names it.
 */
import { KnownScenarios } from '../../codes/knownScenarios';
import { RunCodeError } from '../../codes/envelope';
import { ownText, t } from '../../i18n';
import { h } from './dom';
import { button } from '../shell/header';
import { localStore, NO_STORE } from '../../shared/localStore';

export const knownScenarios = new KnownScenarios(localStore() ?? NO_STORE);

/** "This run was played on a class scenario: paste its scenario code", a box and a button; `onLearnt` once a good code is pasted. */
export function scenarioField(onLearnt: () => void, testid = 'scenario-ask'): HTMLElement {
  const field = h('textarea', { id: `${testid}-field`, class: 'code-field', rows: '2', spellcheck: 'false', autocomplete: 'off', 'data-testid': `${testid}-field` });
  const status = h('p', { class: 'hint', role: 'status', 'data-testid': `${testid}-status` });
  const learn = () => {
    try {
      const sc = knownScenarios.learnCode(field.value);
      status.textContent = t('codes.ask.learnt', { title: ownText(sc.title) });
      onLearnt();
    } catch (error) {
      status.textContent = error instanceof RunCodeError ? t(error.key, error.vars) : String(error);
    }
  };
  return h(
    'div',
    { class: 'card scenario-ask', 'data-testid': testid },
    h('label', { for: `${testid}-field` }, t('codes.ask.label')),
    h('p', { class: 'hint' }, t('codes.ask.help')),
    field,
    h('div', { class: 'actions' }, button(t('codes.ask.open'), learn, { class: 'btn btn-primary', 'data-testid': `${testid}-open` })),
    status,
  );
}
