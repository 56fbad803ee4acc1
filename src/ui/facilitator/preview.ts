/**
 * What a facilitator's scenario does if the trainee changes nothing: the run
 * with its overrides and events next to the base story as it is, on the same
 * seed, both simulated here (a few milliseconds each), so the facilitator can
 * size the events before handing the link out.
 */
import { simulate, type Totals } from '../../sim';
import { t } from '../../i18n';
import { scenarioParams } from '../../scenarios';
import { scenarioRunLog, scenarioRunParams, type FacilitatorScenario } from '../../codes/facilitatorScenario';
import { h } from '../kit/dom';
import { int, money, pct } from '../../i18n/format';

const ROWS: { key: string; value: (x: Totals) => string }[] = [
  { key: 'revenue', value: (x) => money(x.revenue) },
  { key: 'profit', value: (x) => money(x.profit) },
  { key: 'leads', value: (x) => int(x.leads) },
  { key: 'quits', value: (x) => int(x.quits) },
  { key: 'reputation', value: (x) => pct(x.finalReputation) },
  { key: 'customers', value: (x) => int(x.activeCustomers) },
];

export function previewRuns(sc: FacilitatorScenario, seed: string): HTMLElement {
  const yours = simulate({ params: scenarioRunParams(sc), seed, decisions: scenarioRunLog(sc, []) });
  const story = simulate({ params: scenarioParams(sc.base), seed });
  return h(
    'table',
    { class: 'fac-preview-runs', 'data-testid': 'preview-runs' },
    h('caption', {}, t('facilitator.previewRuns.caption', { seed, weeks: yours.weeks.length, story: t(`scenarios.${sc.base}.title`) })),
    h('thead', {}, h('tr', {}, h('td'), h('th', { scope: 'col' }, t('facilitator.previewRuns.yours')), h('th', { scope: 'col' }, t('facilitator.previewRuns.story')))),
    h('tbody', {}, ROWS.map((r) => h('tr', {}, h('th', { scope: 'row' }, t(`facilitator.previewRuns.${r.key}`)), h('td', {}, r.value(yours.totals)), h('td', {}, r.value(story.totals))))),
  );
}
