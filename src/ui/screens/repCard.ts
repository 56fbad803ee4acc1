/**
 * A rep's card, opened by clicking them in the town (or from the team list):
 * going to see is the gemba walk, recorded as a decision this week, and it
 * costs management time.
 */
import { t } from '../../i18n';
import { GEMBA_TIME, type RepState, type RunState } from '../../sim';
import { h } from '../dom';
import { money, num, pct } from '../format';


function feeling(state: RunState, c: number): { key: string; mark: string } {
  const cu = state.customers;
  const status = cu.status[c];
  if (status === 3) return { key: 'lost', mark: '✕' };
  if (status === 0) return { key: 'prospect', mark: '○' };
  if (status === 1) return { key: 'pending', mark: '…' };
  const sat = cu.sat[c];
  return sat >= 0.66 ? { key: 'happy', mark: '☺' } : sat >= 0.4 ? { key: 'neutral', mark: '–' } : { key: 'unhappy', mark: '☹' };
}

export type GembaOutcome = 'recorded' | 'already' | 'over';

export function repCard(state: RunState, rep: RepState, gemba: GembaOutcome, onClose: () => void): HTMLDialogElement {
  const visits = rep.lastVisits.slice(-8).reverse();
  const fact = (label: string, value: string) => [h('dt', {}, label), h('dd', {}, value)];
  const cost = money(GEMBA_TIME * state.params['management.hourCost']);
  const gembaText = gemba === 'over' ? t('ui.rep.gembaOver') : gemba === 'already' ? t('ui.rep.gembaAlready', { week: state.week + 1 }) : t('ui.rep.gembaRecorded', { week: state.week + 1, cost });
  const close = h('button', { type: 'button', class: 'btn', 'data-testid': 'close-rep', onclick: () => dialog.close() }, t('ui.common.close'));
  const dialog = h(
    'dialog',
    { class: 'rep-card', 'data-testid': 'rep-card', 'aria-labelledby': 'rep-title' },
    h('div', { class: 'rep-card-head' }, h('h2', { id: 'rep-title' }, t('ui.rep.name', { n: rep.id + 1 }), rep.active ? null : h('span', { class: 'badge' }, t('ui.rep.left'))), close),
    h('p', { class: 'gemba-note', role: 'status' }, gembaText),
    h(
      'dl',
      { class: 'facts' },
      fact(t('ui.rep.ability'), t('ui.rep.abilityValue', { x: num(rep.ability, 2) })),
      fact(t('ui.rep.skill'), pct(rep.skill)),
      fact(t('ui.rep.care'), pct(rep.care)),
      fact(t('ui.rep.fatigue'), pct(rep.fatigue)),
      fact(t('ui.rep.pushShare'), pct(rep.pushShare)),
      fact(t('ui.rep.paySoFar'), money(rep.pay)),
      fact(t('ui.rep.incentivePay'), money(rep.incentivePay)),
      fact(t('ui.rep.deals'), `${rep.deals} · ${money(rep.revenue)}`),
    ),
    h('h3', {}, t('ui.rep.lastVisits')),
    visits.length === 0
      ? h('p', { class: 'hint' }, t('ui.rep.noVisits'))
      : h(
          'ul',
          { class: 'visits' },
          visits.map((c) => {
            const f = feeling(state, c);
            return h('li', { class: `feel-${f.key}` }, h('span', { class: 'mark', 'aria-hidden': 'true' }, f.mark), t('ui.rep.customer', { n: c + 1 }), ' — ', t(`ui.rep.feelings.${f.key}`), f.key === 'happy' || f.key === 'neutral' || f.key === 'unhappy' ? ` (${pct(state.customers.sat[c])})` : '');
          }),
        ),
  );
  dialog.addEventListener('close', () => {
    dialog.remove();
    onClose();
  });
  return dialog;
}
