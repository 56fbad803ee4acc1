/**
 * A dilemma's card over the paused town (sim/dilemmas.ts): what happened, and
 * the two answers with what each costs now. The player must pick one: Escape
 * does not dismiss it (the quarter waits for the answer, which is a decision
 * of the log like any other).
 */
import { t } from '../../i18n';
import { money, num, pct } from '../../i18n/format';
import { CONSTANTS, type Dilemma } from '../../sim';
import { h } from '../kit/dom';
import { weekShort } from '../../play/weekLabel';
import './story.css';

/** The card's texts for a dilemma: title, the situation, and each answer's label and cost now (the figures are the dilemma's own). */
export function dilemmaTexts(d: Dilemma): { title: string; body: string; yes: string; no: string; yesCost: string; noCost: string } {
  const rep = d.rep >= 0 ? t('ui.rep.name', { n: d.rep + 1 }) : '';
  const customer = d.customer + 1;
  const k = `story.dilemma.${d.kind}`;
  const vars: Record<string, string | number> = { rep, customer, cost: money(d.cost) };
  if (d.kind === 'discount') {
    Object.assign(vars, {
      pct: pct(CONSTANTS.DILEMMA_DISCOUNT.value), share: pct(d.sales / d.quota), weeks: d.weeksLeft, value: money(d.atDate), net: money(d.atDate - d.cost),
    });
  } else if (d.kind === 'poach') {
    Object.assign(vars, { rate: money(d.rate), times: num(d.rate / d.restRate, 1) });
  }
  const body = d.kind === 'complaint' && d.rep < 0 ? t(`${k}.bodyNoRep`, vars) : t(`${k}.body`, vars);
  return { title: t(`${k}.title`, vars), body, yes: t(`${k}.yes`), no: t(`${k}.no`), yesCost: t(`${k}.yesCost`, vars), noCost: t(`${k}.noCost`, vars) };
}

/** The modal card; `answer` is called once, with the player's choice, after the card has closed. */
export function dilemmaCard(d: Dilemma, answer: (accept: boolean) => void): HTMLDialogElement {
  const x = dilemmaTexts(d);
  let chosen: boolean | null = null;
  const choice = (accept: boolean, label: string, cost: string) =>
    h(
      'button',
      { type: 'button', class: `btn dilemma-choice${accept ? ' btn-primary' : ''}`, 'data-testid': accept ? 'dilemma-yes' : 'dilemma-no', onclick: () => {
        chosen = accept;
        dialog.close();
      } },
      h('span', { class: 'dilemma-choice-label' }, label),
      h('span', { class: 'dilemma-choice-cost' }, t('story.dilemma.costNow', { text: cost })),
    );
  const dialog = h(
    'dialog',
    { class: 'rep-card dilemma-card', 'data-testid': 'dilemma', 'data-kind': d.kind, 'aria-labelledby': 'dilemma-title', 'aria-describedby': 'dilemma-body' },
    h('p', { class: 'dilemma-kicker' }, t('story.dilemma.label'), ' · ', weekShort(d.week)),
    h('h2', { id: 'dilemma-title' }, x.title),
    h('p', { id: 'dilemma-body' }, x.body),
    h('div', { class: 'dilemma-choices' }, choice(true, x.yes, x.yesCost), choice(false, x.no, x.noCost)),
  );
  // the quarter waits for an answer: Escape does not close the card
  dialog.addEventListener('cancel', (e) => e.preventDefault());
  dialog.addEventListener('close', () => {
    dialog.remove();
    if (chosen !== null) answer(chosen);
  });
  return dialog;
}
