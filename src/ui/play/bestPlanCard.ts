/**
 * The debrief's "best plan we found for this market": the optimiser's plan
 * for the story's own market, precomputed by scripts/bestPlans.ts
 * (src/play/bestPlans.ts; never an optimisation in the browser), beside the
 * story's plan, with the year-2 profit of each on the check towns. Shown for
 * a story's game only (a class scenario has its own market), and only when
 * the table was made by this model version.
 */
import { findSpec, MODEL_VERSION } from '../../sim';
import { t } from '../../i18n';
import { money, num } from '../../i18n/format';
import { scenarioParams } from '../../scenarios';
import { BEST_PLANS, BEST_PLANS_MODEL, BEST_PLANS_SEARCH } from '../../play/bestPlans';
import { leverLabel, showValue } from '../../play/levers';
import type { Session } from '../../play/session';
import { h } from '../kit/dom';
import { stackable } from '../kit/stackTable';

export function bestPlanCard(session: Session): HTMLElement | null {
  const plan = session.custom || BEST_PLANS_MODEL !== MODEL_VERSION ? undefined : BEST_PLANS[session.scenario];
  if (plan === undefined) return null;
  const own = scenarioParams(session.scenario) as unknown as Record<string, number | string>;
  const rows = Object.entries(plan.levers).map(([key, value]) => {
    const spec = findSpec(key);
    const show = (v: number | string) => (spec ? showValue(spec, v) : String(v));
    return h('tr', {}, h('th', { scope: 'row' }, leverLabel(key)), h('td', {}, show(value)), h('td', {}, show(own[key])));
  });
  const g = plan.gain;
  return h(
    'section',
    { class: 'card best-plan', 'data-testid': 'best-plan' },
    h('h2', {}, t('ui.debrief.bestPlan.heading')),
    h('p', { class: 'hint' }, t('ui.debrief.bestPlan.intro', BEST_PLANS_SEARCH)),
    stackable(h(
      'table',
      { class: 'score-table' },
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('ui.debrief.bestPlan.lever')), h('th', { scope: 'col' }, t('ui.debrief.bestPlan.best')), h('th', { scope: 'col' }, t('ui.debrief.bestPlan.own')))),
      h('tbody', {}, rows),
    )),
    h('p', { 'data-testid': 'best-plan-profit' }, t('ui.debrief.bestPlan.profit', { best: money(plan.y2Profit.mean), own: money(plan.own.y2Profit.mean), gain: money(g.mean), lo: money(g.ci[0]), hi: money(g.ci[1]) })),
    plan.feasible ? null : h('p', { class: 'hint', 'data-testid': 'best-plan-missed' }, t('ui.debrief.bestPlan.missed', { reputation: num(plan.finalReputation.mean, 2) })),
  );
}
