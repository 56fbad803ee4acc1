/**
 * A rep's card, opened from the team list, the town's top bar or a click on
 * the rep in the town. Looking is free: opening the card records nothing. A
 * gemba walk is booked on purpose with the card's button: while planning it
 * joins the plan's pending changes, while playing it is for the next week
 * (cancellable until that week runs).
 */
import { t } from '../../i18n';
import { CONSTANTS, gembaWalkCost, quarterOf, stageOf, Status, weekNumber, winProbability, type RepState, type RunState } from '../../sim';
import { h, replace, tableWrap } from '../kit/dom';
import { money, num, pct } from '../../i18n/format';
import { weekShort } from '../../play/weekLabel';
import './planning.css';

function feeling(state: RunState, c: number): { key: string; mark: string } {
  const cu = state.customers;
  const status = cu.status[c];
  if (status === 3) return { key: 'lost', mark: '✕' };
  if (status === 0) return { key: 'prospect', mark: '○' };
  if (status === 1) return { key: 'pending', mark: '…' };
  const sat = cu.sat[c];
  return sat >= 0.66 ? { key: 'happy', mark: '☺' } : sat >= 0.4 ? { key: 'neutral', mark: '–' } : { key: 'unhappy', mark: '☹' };
}

/** What the card may do about a gemba walk with its rep (the session's walk methods, and the app saving). */
export interface WalkBooking {
  /** the week (0-based) a walk booked now happens in, or why none can be */
  week: number | 'over' | 'left' | 'quarterEnd';
  /** while planning the walk is a pending change of the plan; while playing it is booked at once */
  planning: boolean;
  booked(): boolean;
  book(): void;
  cancel(): void;
}

function walkSection(state: RunState, rep: RepState, walk: WalkBooking): HTMLElement {
  const n = rep.id + 1;
  const cost = money(gembaWalkCost(state.params));
  const what = t('ui.rep.walk.what', { care: pct(CONSTANTS.GEMBA_CARE.value), skill: pct(CONSTANTS.GEMBA_SKILL.value), cost });
  const status = h('p', { class: 'walk-status', role: 'status', 'data-testid': 'walk-status' });
  const action = h('div', { class: 'walk-action' });
  const box = h('section', { class: 'walk', 'aria-labelledby': 'walk-title' }, h('h3', { id: 'walk-title' }, t('ui.rep.walk.heading')), h('p', { class: 'hint' }, what), status, action);
  const draw = () => {
    const week = walk.week;
    if (typeof week !== 'number') {
      status.textContent = t(`ui.rep.walk.${week}`, { n });
      replace(action);
      return;
    }
    // the one week numbering, as the town's top bar reads it ("Q2 w5")
    const when = { n, week: weekShort(week), cost };
    if (walk.booked()) {
      status.textContent = t(walk.planning ? 'ui.rep.walk.bookedPlan' : 'ui.rep.walk.bookedPlay', when);
      replace(action, h('button', { type: 'button', class: 'btn btn-small', 'data-testid': 'cancel-walk', onclick: () => act(walk.cancel) }, t('ui.rep.walk.cancel')));
    } else {
      status.textContent = t(walk.planning ? 'ui.rep.walk.freePlan' : 'ui.rep.walk.freePlay', when);
      replace(action, h('button', { type: 'button', class: 'btn btn-small btn-primary', 'data-testid': 'book-walk', onclick: () => act(walk.book) }, t(walk.planning ? 'ui.rep.walk.bookPlan' : 'ui.rep.walk.bookPlay', when)));
    }
  };
  // the button is redrawn: the focus stays on its successor
  const act = (change: () => void) => {
    change();
    draw();
    action.querySelector('button')?.focus();
  };
  draw();
  return box;
}

/** The pipeline rows the card lists at most (the soonest to close). */
const PIPELINE_ROWS = 8;

/**
 * The rep's open deals, as a sales director reads a pipeline: how many and
 * what they should bring this quarter (weighed by their chance of closing),
 * then the soonest to close with their stage, close week, value, chance and
 * what the rep did to them (held back into this quarter, asked to close early).
 */
function pipelineSection(state: RunState, rep: RepState): HTMLElement {
  const week = state.week;
  const quarter = quarterOf(week);
  const open = rep.pipeline.filter((o) => state.customers.status[o.customer] === Status.Pending).sort((a, b) => a.closeWeek - b.closeWeek || a.customer - b.customer);
  const box = h('section', { class: 'pipeline', 'aria-labelledby': 'pipeline-title', 'data-testid': 'rep-pipeline' }, h('h3', { id: 'pipeline-title' }, t('ui.rep.pipeline.heading', { n: open.length })));
  if (open.length === 0) {
    box.append(h('p', { class: 'hint' }, t('ui.rep.pipeline.empty')));
    return box;
  }
  const net = (o: (typeof open)[number]) => o.value * (1 - o.discount);
  const thisQuarter = open.filter((o) => quarterOf(o.closeWeek) === quarter);
  const expected = thisQuarter.reduce((sum, o) => sum + winProbability(o, week) * net(o), 0);
  box.append(h('p', { 'data-testid': 'pipeline-summary' }, t('ui.rep.pipeline.summary', {
    due: thisQuarter.length, expected: money(expected), later: open.length - thisQuarter.length,
  })));
  const rows = open.slice(0, PIPELINE_ROWS).map((o) => {
    const note = o.held ? t('ui.rep.pipeline.held') : o.askedWeek >= 0 ? t('ui.rep.pipeline.asked', { week: weekNumber(o.askedWeek) }) : '';
    return h('tr', {},
      h('th', { scope: 'row' }, t('ui.rep.customer', { n: o.customer + 1 })),
      h('td', {}, t(`ui.rep.pipeline.stages.${stageOf(o, week)}`)),
      h('td', {}, t(quarterOf(o.closeWeek) === quarter ? 'ui.rep.pipeline.closes' : 'ui.rep.pipeline.closesLater', { week: weekNumber(o.closeWeek) })),
      h('td', { class: 'num' }, money(net(o))),
      h('td', { class: 'num' }, pct(winProbability(o, week))),
      h('td', {}, note));
  });
  box.append(tableWrap(h('table', { class: 'pipeline-table' },
    h('thead', {}, h('tr', {}, ['customer', 'stage', 'close', 'value', 'chance', 'note'].map((c) => h('th', { scope: 'col' }, t(`ui.rep.pipeline.cols.${c}`))))),
    h('tbody', {}, rows))));
  if (open.length > PIPELINE_ROWS) box.append(h('p', { class: 'hint' }, t('ui.rep.pipeline.more', { n: open.length - PIPELINE_ROWS })));
  return box;
}

export function repCard(state: RunState, rep: RepState, walk: WalkBooking, onClose: () => void): HTMLDialogElement {
  const visits = rep.lastVisits.slice(-8).reverse();
  const fact = (label: string, value: string) => [h('dt', {}, label), h('dd', {}, value)];
  const close = h('button', { type: 'button', class: 'btn', 'data-testid': 'close-rep', onclick: () => dialog.close() }, t('ui.common.close'));
  const dialog = h(
    'dialog',
    { class: 'rep-card', 'data-testid': 'rep-card', 'aria-labelledby': 'rep-title' },
    h('div', { class: 'rep-card-head' }, h('h2', { id: 'rep-title' }, t('ui.rep.name', { n: rep.id + 1 }), rep.active ? null : h('span', { class: 'badge' }, t('ui.rep.left'))), close),
    h('p', { class: 'gemba-note' }, t('ui.rep.lookFree')),
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
    pipelineSection(state, rep),
    walkSection(state, rep, walk),
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
