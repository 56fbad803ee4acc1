/**
 * Quarter planning: every pay and management lever, hiring, gemba walks, and
 * what the plan would cost at last quarter's performance. The story's three
 * key levers come first; the others fold into their sections (pay, quota,
 * guard rails, management, hiring). Nothing changes until the player
 * confirms; the pending changes are listed, each can be taken back, and they
 * then become decisions stamped with the first week of the quarter.
 */
import { weekShort } from '../../play/weekLabel';
import { findSpec, gembaWalkCost } from '../../sim';
import type { Decision, Params } from '../../sim';
import { t } from '../../i18n';
import { costBasis, planCost, type PlanCost } from '../../play/analysis/planCost';
import { hasQuota } from '../../play/analysis/quarters';
import type { AppContext } from '../shell/context';
import { h, replace } from '../kit/dom';
import { int, money, pct } from '../../i18n/format';
import type { Session } from '../../play/session';
import { button } from '../shell/header';
import { leverControl, type Lever } from './planLevers';
import { LEVER_GROUPS, LEVER_KEYS, leverGroup, leverLabel, showValue } from '../../play/levers';
import { pendingList, type PendingChange } from './planningChanges';
import { focusLevers } from './planningFocus';
import { numberField } from './planningNumber';
import { sheetHandle } from './sheetHandle';
import './planning.css';

const MAX_HIRES = 10;

/** `quota`: either plan sets a quota (else no row of quota bonuses) */
function costTable(cost: PlanCost, current: PlanCost, quota: boolean): HTMLElement {
  const row = (label: string, v: number, now: number) => h('tr', {}, h('th', { scope: 'row' }, label), h('td', {}, money(v)), h('td', { class: 'muted' }, money(now)));
  return h(
    'table',
    { class: 'cost-table' },
    h('caption', {}, t(`ui.planning.costBasis.${cost.basis}`, { revenue: money(cost.revenue) })),
    h('thead', {}, h('tr', {}, h('td'), h('th', { scope: 'col' }, t('ui.planning.costNew')), h('th', { scope: 'col' }, t('ui.planning.costNow')))),
    h(
      'tbody',
      {},
      row(t('ui.planning.salaries'), cost.salaries, current.salaries),
      row(t('ui.planning.commission'), cost.commission, current.commission),
      quota ? row(t('ui.planning.bonuses'), cost.bonuses, current.bonuses) : null,
      row(t('ui.planning.management'), cost.management, current.management),
      h('tr', { class: 'total' }, h('th', { scope: 'row' }, t('ui.planning.total')), h('td', {}, money(cost.total)), h('td', { class: 'muted' }, money(current.total))),
    ),
    h('tfoot', {}, h('tr', {}, h('td', { colspan: '3' }, cost.revenue > 0 ? t('ui.planning.costShare', { share: pct(cost.total / cost.revenue) }) : ''))),
  );
}

/** A foldable section of the panel; its summary counts the changes inside. */
function section(group: string, title: string, content: HTMLElement[]): { element: HTMLDetailsElement; badge: HTMLElement } {
  const badge = h('span', { class: 'changed', hidden: true });
  const element = h('details', { class: 'lever-section', 'data-testid': `section-${group}` }, h('summary', {}, h('span', { class: 'section-title' }, title), badge), h('div', { class: 'lever-group' }, content));
  return { element, badge };
}

export function planningPanel(ctx: AppContext, session: Session): HTMLElement {
  const state = session.state;
  const q = session.quarter;
  const params = state.params;
  const week = session.quarterStart();
  const active = state.reps.filter((r) => r.active);
  const basis = costBasis(params, q);
  const sales = q > 0 ? active.map((r) => session.repQuarter(r.id, q - 1).revenue) : active.map(() => params['plan.quota']);

  const costBox = h('div', { class: 'cost' });
  const costLine = h('p', { class: 'cost-line', 'aria-live': 'polite', 'data-testid': 'plan-cost' });
  const status = h('p', { class: 'plan-status', 'aria-live': 'polite', 'data-testid': 'plan-status' });
  const pendingBox = h('div', { class: 'pending', 'data-testid': 'pending-changes' });
  const startBtn = button(t('ui.planning.start', { n: q + 1 }), () => confirm(), { class: 'btn btn-primary', 'data-testid': 'start-quarter' });
  const levers: Lever[] = [];
  const hireRange = `${int(0)} – ${int(MAX_HIRES)}`;
  const hires = numberField({ id: 'lever-hire', testid: 'hire-count', min: 0, max: MAX_HIRES, step: 1, whole: true, value: 0, range: hireRange, describedBy: ['hire-range', 'hire-help'], onInput: () => refresh() });

  /** the walks booked from the reps' cards, by rep */
  const walks = (): number[] => [...session.plannedWalks].sort((a, b) => a - b);

  const decisions = (): Decision[] | null => {
    const out: Decision[] = [];
    for (const lever of levers) {
      const v = lever.read();
      if (v === null) return null;
      if (changed(lever, v)) out.push({ week, type: 'set', key: lever.key, value: v });
    }
    const n = hires.read();
    if (n === null) return null;
    if (n > 0) out.push({ week, type: 'hire', count: n });
    for (const rep of walks()) out.push({ week, type: 'gemba', rep });
    return out;
  };

  const changed = (lever: Lever, v: number | string): boolean => {
    const was = params[lever.key as keyof Params];
    return typeof v === 'number' ? Math.abs(v - Number(was)) >= 1e-12 : v !== was;
  };

  const pending = (): PendingChange[] => {
    const out: PendingChange[] = [];
    for (const lever of levers) {
      const v = lever.read();
      const spec = findSpec(lever.key);
      if (v === null || !spec || !changed(lever, v)) continue;
      const was = params[lever.key as keyof Params];
      out.push({ id: lever.key, text: t('ui.planning.changeSet', { lever: leverLabel(lever.key), from: showValue(spec, was), to: showValue(spec, v) }), undo: () => lever.reset() });
    }
    const n = hires.read();
    const noHires = () => {
      hires.set(0);
      refresh();
    };
    if (n) out.push({ id: 'hire', text: t('ui.planning.changeHire', { n }), undo: noHires });
    for (const rep of walks()) {
      out.push({ id: `walk-${rep}`, text: t('ui.planning.changeWalk', { n: rep + 1, week: weekShort(week) }), undo: () => session.cancelWalk(rep) });
    }
    return out;
  };

  const sections = new Map<string, { element: HTMLDetailsElement; badge: HTMLElement }>();
  const refresh = () => {
    // a section holding a field in error opens, and says how many of its levers changed
    for (const [group, sec] of sections) {
      const own = levers.filter((l) => sec.element.contains(l.element));
      const bad = own.some((l) => l.read() === null) || (group === 'hiring' && hires.read() === null);
      if (bad) sec.element.open = true;
      const n = own.filter((l) => {
        const v = l.read();
        return v !== null && changed(l, v);
      }).length + (group === 'hiring' && (hires.read() ?? 0) > 0 ? 1 : 0);
      sec.badge.hidden = n === 0;
      sec.badge.textContent = t('ui.planning.sectionChanged', { n });
    }
    const ds = decisions();
    // a change taken back from the list: the focus goes to the next one left, else to the confirm button
    const focusNext = () => (pendingBox.querySelector<HTMLElement>('.remove-change') ?? startBtn).focus();
    const takeBack = (c: PendingChange): PendingChange => ({
      ...c,
      undo: () => {
        c.undo();
        focusNext();
      },
    });
    replace(pendingBox, pendingList(pending().map(takeBack)));
    startBtn.disabled = ds === null;
    if (ds === null) {
      const wrong = levers.filter((l) => l.read() === null).map((l) => leverLabel(l.key));
      if (hires.read() === null) wrong.push(t('ui.planning.hiring'));
      status.textContent = t('ui.planning.fixFields', { fields: wrong.join(', ') });
      return;
    }
    const next = { ...params } as Record<string, unknown>;
    for (const d of ds) if (d.type === 'set') next[d.key] = d.value;
    // the walks booked are management time on top of the plan's
    const plan = planCost(next as Params, sales, basis, hires.read() ?? 0);
    const walkCost = session.plannedWalks.size * gembaWalkCost(next as Params);
    const cost = { ...plan, management: plan.management + walkCost, total: plan.total + walkCost };
    const now = planCost(params, sales, basis, 0);
    replace(costBox, costTable(cost, now, hasQuota(next as Params) || hasQuota(params)));
    replace(costLine, t(`ui.planning.costLine.${basis}`, { cost: money(cost.total), now: money(now.total) }));
    status.textContent = ds.length === 0 ? '' : t('ui.planning.changes', { n: ds.length });
  };

  const confirm = () => {
    const ds = decisions();
    if (!ds) return;
    session.onWalksChange = null;
    ctx.startQuarter(ds);
  };

  // a facilitator's scenario: locked levers are not shown, bounded ones keep to their bounds
  const custom = session.custom?.def;
  const locked = custom?.locked ?? [];
  const control = (k: string): HTMLElement | null => {
    const spec = findSpec(k);
    if (!spec || locked.includes(k)) return null;
    const lever = leverControl(spec, params, refresh, custom?.bounds[k]);
    levers.push(lever);
    return lever.element;
  };
  const focus = focusLevers(session.scenario).filter((k) => LEVER_KEYS.includes(k) && !locked.includes(k));
  const keyLevers = focus.map(control);
  for (const group of LEVER_GROUPS) {
    const items = LEVER_KEYS.filter((k) => leverGroup(k) === group && !focus.includes(k)).map(control).filter((e): e is HTMLElement => e !== null);
    if (items.length > 0) sections.set(group, section(group, t(`ui.planning.groups.${group}`), items));
  }
  const hireLever = h(
    'div',
    { class: 'lever' },
    h('label', { for: 'lever-hire' }, t('ui.planning.hireLabel', { n: int(active.length) })),
    h('div', { class: 'lever-input' }, hires.input),
    hires.error,
    h('p', { class: 'range', id: 'hire-range' }, t('ui.planning.range', { range: hireRange })),
    h('p', { class: 'hint', id: 'hire-help' }, t('ui.planning.hireHelp')),
  );
  sections.set('hiring', section('hiring', t('ui.planning.hiring'), [hireLever]));

  const team = h(
    'ul',
    { class: 'team-list' },
    active.map((r) =>
      h('li', {}, button(t('ui.rep.name', { n: r.id + 1 }), () => ctx.openRepCard(r.id), { class: 'btn btn-small', 'data-testid': `rep-${r.id}`, 'aria-label': t('ui.planning.seeRep', { n: r.id + 1 }) })),
    ),
  );
  session.onWalksChange = refresh;

  const undoAll = () => {
    levers.forEach((l) => l.reset());
    hires.set(0);
    for (const rep of [...session.plannedWalks]) session.cancelWalk(rep);
    refresh();
  };

  const panel = h(
    'aside',
    { class: 'panel planning', 'data-testid': 'planning', 'aria-labelledby': 'planning-title' },
    sheetHandle(),
    h('header', { class: 'panel-header' }, h('p', { class: 'brand' }, t('ui.common.quarterOf', { n: q + 1, total: session.quarters })), h('h1', { id: 'planning-title', tabindex: '-1' }, t('ui.planning.heading', { n: q + 1 })), h('p', { class: 'hint' }, t('ui.planning.intro'))),
    h(
      'div',
      { class: 'panel-body' },
      h('details', { class: 'cost-details' }, h('summary', {}, t('ui.planning.costDetails')), costBox),
      locked.length > 0 ? h('p', { class: 'hint', 'data-testid': 'locked-levers' }, t('facilitator.planning.locked', { levers: locked.map(leverLabel).join(', ') })) : null,
      keyLevers.length > 0 ? h('section', { class: 'lever-group key-levers', 'data-testid': 'key-levers', 'aria-labelledby': 'key-levers-title' }, h('h2', { id: 'key-levers-title' }, t('ui.planning.keyLevers')), keyLevers) : null,
      [...sections.values()].map((s) => s.element),
      h('section', { class: 'lever-group team-section', 'aria-labelledby': 'team-title' }, h('h2', { id: 'team-title' }, t('ui.planning.gembaHeading')), h('p', { class: 'hint' }, t('ui.planning.gembaHelp')), team),
    ),
    h(
      'footer',
      { class: 'panel-footer' },
      costLine,
      pendingBox,
      status,
      h('div', { class: 'actions' }, button(t('ui.planning.undo'), undoAll, { class: 'btn btn-quiet', 'data-testid': 'undo-plan' }), startBtn),
    ),
  );
  refresh();
  return panel;
}
