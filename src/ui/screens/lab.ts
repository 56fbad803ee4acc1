/**
 * The lab (#/lab): the parameter panel, many seeds of a configuration as fan
 * charts (and paired with the scenario, a band on the difference), and sweeps
 * over one or two parameters. Every batch is a sweep spec (src/lab/sweepSpec.ts)
 * expanded with expandSpec, so the command line gives the same numbers for
 * the same spec; the runs go to Web Workers, with progress and a Cancel.
 */
import { t } from '../../i18n';
import type { WeekRecord } from '../../sim';
import { SCENARIO_IDS } from '../../scenarios';
import { fan, pairedDiff } from '../../lab/stats';
import type { AppContext } from '../context';
import { h, replace } from '../dom';
import { button, screenHeader } from './common';
import { clearLabCharts, fanChart } from './labCharts';
import { configSpec, focusBad, paramPanel, type LabConfig } from './labParams';
import { sweepSection } from './labSweep';
import { runBatch, workPanel, type Batch } from './labWork';
import './lab.css';

export { modelScreen } from './labModel';

/** Kept across visits and language switches: what the researcher set up. */
const config: LabConfig = { scenario: SCENARIO_IDS[0], typed: new Map() };
const seedsState = { count: '20', measure: 'revenue', compare: false };

/** The numeric fields of a week's record, for the measure select. */
export const WEEK_MEASURES: readonly string[] = ['revenue', 'profit', 'deals', 'visits', 'leads', 'activeCustomers', 'adopters', 'satisfaction', 'reputation', 'trust', 'nps', 'pushShare', 'effort', 'pay', 'incentivePay', 'careMotive', 'misconduct', 'movedDeals', 'returns', 'refunds', 'churned', 'quits', 'headcount', 'discount', 'womPositive', 'womNegative', 'clawback', 'managementCost', 'leadsLost', 'closures'];

function series(batch: Batch, measure: string): number[][] {
  return batch.results.map((r) => r.weeks.map((w) => Number(w[measure as keyof WeekRecord])));
}

function seedsSection(cfg: LabConfig, work: ReturnType<typeof workPanel>): HTMLElement {
  const out = h('div', { class: 'lab-out', 'data-testid': 'lab-seeds-out' });
  const problem = h('p', { class: 'message lab-problem', role: 'alert', 'data-testid': 'lab-seeds-problem' });
  const count = h('input', { id: 'lab-seeds', type: 'text', inputmode: 'numeric', value: seedsState.count, 'data-testid': 'lab-seeds' });
  const measure = h('select', { id: 'lab-measure', 'data-testid': 'lab-measure' }, WEEK_MEASURES.map((m) => h('option', { value: m }, `${t(`lab.weekly.${m}`)} (${m})`)));
  measure.value = seedsState.measure;
  const compare = h('input', { id: 'lab-compare', type: 'checkbox', 'data-testid': 'lab-compare' });
  compare.checked = seedsState.compare;
  let last: { mine: Batch; base: Batch | null } | null = null;
  const draw = () => {
    clearLabCharts(out);
    if (!last) return replace(out);
    const m = measure.value;
    const mine = series(last.mine, m);
    const figs = [fanChart(t('lab.seeds.fanTitle', { measure: t(`lab.weekly.${m}`), n: mine.length }), fan(mine), 'lab-fan')];
    if (last.base) figs.push(fanChart(t('lab.seeds.diffTitle', { measure: t(`lab.weekly.${m}`) }), fan(pairedDiff(mine, series(last.base, m))), 'lab-diff', 1));
    replace(out, figs);
  };
  measure.addEventListener('change', () => {
    seedsState.measure = measure.value;
    draw();
  });
  const run = async () => {
    replace(problem);
    seedsState.count = count.value;
    seedsState.compare = compare.checked;
    const n = Number(count.value.trim());
    if (!/^\d+$/.test(count.value.trim()) || n < 1 || n > 500) {
      problem.textContent = t('lab.seeds.badCount', { value: count.value });
      return;
    }
    if (focusBad(cfg)) {
      problem.textContent = t('lab.work.invalid');
      return;
    }
    const spec = configSpec(cfg, n);
    const specs = compare.checked ? [spec, configSpec(cfg, n, false)] : [spec];
    const batches = await runBatch(work, specs, true);
    if (!batches) return;
    last = { mine: batches[0], base: batches[1] ?? null };
    draw();
  };
  return h(
    'section',
    { class: 'card lab-seeds', 'aria-labelledby': 'lab-seeds-h' },
    h('h2', { id: 'lab-seeds-h' }, t('lab.seeds.heading')),
    h(
      'div',
      { class: 'lab-form' },
      h('div', { class: 'lab-field' }, h('label', { for: 'lab-seeds' }, t('lab.seeds.count')), count),
      h('div', { class: 'lab-field' }, h('label', { for: 'lab-measure' }, t('lab.seeds.measure')), measure),
      h('div', { class: 'lab-field lab-check' }, compare, h('label', { for: 'lab-compare' }, t('lab.seeds.compare'))),
      button(t('lab.seeds.run'), () => void run(), { class: 'btn btn-primary', 'data-testid': 'lab-run-seeds' }),
    ),
    problem,
    out,
  );
}

export function labScreen(ctx: AppContext): HTMLElement {
  const work = workPanel();
  return h(
    'section',
    { class: 'screen screen-wide lab', 'data-testid': 'lab' },
    screenHeader(ctx, t('lab.heading')),
    h('p', { class: 'lead' }, t('lab.lead')),
    h('div', { class: 'actions' }, button(t('lab.home'), () => ctx.navigate({ name: 'title' }), { 'data-testid': 'go-home' }), h('a', { class: 'btn', href: '#/lab/model', 'data-testid': 'lab-open-model' }, t('lab.model.heading'))),
    h(
      'div',
      { class: 'lab-grid' },
      paramPanel(config, () => undefined),
      h('div', { class: 'lab-main' }, work.element, seedsSection(config, work), sweepSection(config, work)),
    ),
  );
}
