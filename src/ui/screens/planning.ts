/**
 * Quarter planning: every pay and management lever, hiring, and what the plan
 * would cost at last quarter's performance. Nothing changes until the player
 * confirms; the changed levers then become decisions stamped with the first
 * week of the quarter.
 */
import { findSpec } from '../../sim';
import type { Decision, Params } from '../../sim';
import { t } from '../../i18n';
import { planCost, type PlanCost } from '../analysis/planCost';
import type { AppContext } from '../context';
import { h, replace } from '../dom';
import { int, money, pct } from '../format';
import type { Session } from '../session';
import { button } from './common';
import { LEVER_KEYS, leverControl, leverLabel, type Lever } from './planLevers';

const MAX_HIRES = 10;

function costTable(cost: PlanCost, current: PlanCost): HTMLElement {
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
      row(t('ui.planning.bonuses'), cost.bonuses, current.bonuses),
      row(t('ui.planning.management'), cost.management, current.management),
      h('tr', { class: 'total' }, h('th', { scope: 'row' }, t('ui.planning.total')), h('td', {}, money(cost.total)), h('td', { class: 'muted' }, money(current.total))),
    ),
    h('tfoot', {}, h('tr', {}, h('td', { colspan: '3' }, cost.revenue > 0 ? t('ui.planning.costShare', { share: pct(cost.total / cost.revenue) }) : ''))),
  );
}

export function planningPanel(ctx: AppContext, session: Session): HTMLElement {
  const state = session.state;
  const q = session.quarter;
  const params = state.params;
  const week = session.quarterStart();
  const active = state.reps.filter((r) => r.active);
  const basis: PlanCost['basis'] = q > 0 ? 'lastQuarter' : 'quota';
  const sales = q > 0 ? active.map((r) => session.repQuarter(r.id, q - 1).revenue) : active.map(() => params['plan.quota']);

  const costBox = h('div', { class: 'cost' });
  const costLine = h('p', { class: 'cost-line', 'aria-live': 'polite', 'data-testid': 'plan-cost' });
  const status = h('p', { class: 'plan-status', 'aria-live': 'polite' });
  const startBtn = button(t('ui.planning.start', { n: q + 1 }), () => confirm(), { class: 'btn btn-primary', 'data-testid': 'start-quarter' });
  const hireField = h('input', { id: 'lever-hire', type: 'number', min: '0', max: String(MAX_HIRES), step: '1', value: '0', 'data-testid': 'hire-count', 'aria-describedby': 'hire-help' });
  const levers: Lever[] = [];

  const readHires = (): number | null => {
    const n = Number(hireField.value || '0');
    return Number.isInteger(n) && n >= 0 && n <= MAX_HIRES ? n : null;
  };

  const decisions = (): Decision[] | null => {
    const out: Decision[] = [];
    for (const lever of levers) {
      const v = lever.read();
      if (v === null) return null;
      const was = params[lever.key as keyof Params];
      const same = typeof v === 'number' ? Math.abs(v - Number(was)) < 1e-12 : v === was;
      if (!same) out.push({ week, type: 'set', key: lever.key, value: v });
    }
    const hires = readHires();
    if (hires === null) return null;
    if (hires > 0) out.push({ week, type: 'hire', count: hires });
    return out;
  };

  const refresh = () => {
    const ds = decisions();
    startBtn.disabled = ds === null;
    if (ds === null) {
      status.textContent = t('ui.planning.fixErrors');
      return;
    }
    const next = { ...params } as Record<string, unknown>;
    for (const d of ds) if (d.type === 'set') next[d.key] = d.value;
    const hires = readHires() ?? 0;
    const cost = planCost(next as Params, sales, basis, hires);
    const now = planCost(params, sales, basis, 0);
    replace(costBox, costTable(cost, now));
    replace(costLine, t(`ui.planning.costLine.${basis}`, { cost: money(cost.total), now: money(now.total) }));
    status.textContent = ds.length === 0 ? t('ui.planning.noChange') : t('ui.planning.changes', { n: ds.length });
  };

  const confirm = () => {
    const ds = decisions();
    if (ds) ctx.startQuarter(ds);
  };

  // a facilitator's scenario: locked levers are not shown, bounded ones keep to their bounds
  const custom = session.custom?.def;
  const locked = custom?.locked ?? [];
  const group = (title: string, prefix: string) => {
    const items = LEVER_KEYS.filter((k) => k.startsWith(prefix) && !locked.includes(k)).map((k) => {
      const spec = findSpec(k);
      if (!spec) return null;
      const lever = leverControl(spec, params, refresh, custom?.bounds[k]);
      levers.push(lever);
      return lever.element;
    });
    return h('fieldset', { class: 'lever-group' }, h('legend', {}, title), items);
  };

  hireField.addEventListener('input', refresh);
  const team = h(
    'ul',
    { class: 'team-list' },
    active.map((r) =>
      h('li', {}, button(t('ui.rep.name', { n: r.id + 1 }), () => ctx.openRepCard(r.id), { class: 'btn btn-small', 'data-testid': `rep-${r.id}`, 'aria-label': t('ui.planning.seeRep', { n: r.id + 1 }) })),
    ),
  );

  const panel = h(
    'aside',
    { class: 'panel planning', 'data-testid': 'planning', 'aria-labelledby': 'planning-title' },
    h('header', { class: 'panel-header' }, h('p', { class: 'brand' }, t('ui.common.quarterOf', { n: q + 1, total: session.quarters })), h('h1', { id: 'planning-title', tabindex: '-1' }, t('ui.planning.heading', { n: q + 1 })), h('p', { class: 'hint' }, t('ui.planning.intro'))),
    h(
      'div',
      { class: 'panel-body' },
      h('details', { class: 'cost-details' }, h('summary', {}, t('ui.planning.costDetails')), costBox),
      locked.length > 0 ? h('p', { class: 'hint', 'data-testid': 'locked-levers' }, t('facilitator.planning.locked', { levers: locked.map(leverLabel).join(', ') })) : null,
      group(t('ui.planning.pay'), 'plan.'),
      group(t('ui.planning.managementTime'), 'management.'),
      h(
        'fieldset',
        { class: 'lever-group' },
        h('legend', {}, t('ui.planning.hiring')),
        h('div', { class: 'lever' }, h('label', { for: 'lever-hire' }, t('ui.planning.hireLabel', { n: int(active.length) })), h('div', { class: 'lever-input' }, hireField), h('p', { class: 'hint', id: 'hire-help' }, t('ui.planning.hireHelp'))),
      ),
      h('section', { class: 'lever-group' }, h('h2', {}, t('ui.planning.gembaHeading')), h('p', { class: 'hint' }, t('ui.planning.gembaHelp')), team),
    ),
    h('footer', { class: 'panel-footer' }, costLine, status, h('div', { class: 'actions' }, button(t('ui.planning.undo'), () => {
      levers.forEach((l) => l.reset());
      hireField.value = '0';
      refresh();
    }, { class: 'btn btn-quiet', 'data-testid': 'undo-plan' }), startBtn)),
  );
  refresh();
  return panel;
}
