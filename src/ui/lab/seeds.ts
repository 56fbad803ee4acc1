/**
 * The lab's many seeds: configuration A (the scenario with the panel's
 * changes) on seeds "1" … "n" as a fan chart of any weekly measure; and, when
 * asked, configuration B on the same seeds — A plus the changes typed here,
 * or another scenario (plus those changes) over A's weeks — with the per-seed
 * difference B − A week by week (median and 50%/90% bands of the paired
 * differences) and a headline: the paired difference in a chosen outcome
 * measure (src/research/measures.ts, year-2 profit unless another is chosen),
 * mean with its 95% interval. Every run is a real run on the workers, from
 * the two specs the command line would read.
 */
import { t } from '../../i18n';
import type { WeekRecord } from '../../sim';
import { SCENARIO_IDS, scenarioParams } from '../../scenarios';
import { DEFAULT_MEASURES } from '../../research/measures';
import { fan, mean, meanCi, median, pairedDiff } from '../../shared/stats';
import type { SweepSpec } from '../../lab/sweepSpec';
import { h, labelled, replace } from '../kit/dom';
import { button } from '../shell/header';
import { parseChanges } from './checks';
import { clearLabCharts, fanChart, fmt } from './charts';
import { measureHow, measureLabel } from './measureText';
import { configSpec, focusBad, type LabConfig } from './params';
import { batchDownloads, measureOf, runBatch, type Batch, type Finished, type Work } from './work';

/** The numeric fields of a week's record, for the measure select. */
export const WEEK_MEASURES: readonly string[] = ['revenue', 'profit', 'deals', 'visits', 'leads', 'activeCustomers', 'adopters', 'satisfaction', 'reputation', 'trust', 'nps', 'pushShare', 'effort', 'pay', 'incentivePay', 'careMotive', 'misconduct', 'movedDeals', 'returns', 'refunds', 'churned', 'quits', 'headcount', 'discount', 'womPositive', 'womNegative', 'clawback', 'managementCost', 'leadsLost', 'closures', 'accountsClosed', 'slipped', 'heldBack', 'walkedAway', 'discountPulledIn'];

/** Kept across visits and language switches. */
const state = { count: '20', measure: 'revenue', compare: false, changes: '', bScenario: '', headline: 'y2Profit' };

/** The measures a headline may use: the defaults every run carries. */
const HEADLINES = Object.keys(DEFAULT_MEASURES);

function series(batch: Batch, measure: string): number[][] {
  return batch.results.map((r) => r.weeks.map((w) => Number(w[measure as keyof WeekRecord])));
}

/** The weeks A runs (its scenario's, or the panel's run.weeks). */
function weeksOf(a: SweepSpec): number {
  const scenario = Array.isArray(a.scenario) ? a.scenario[0] : a.scenario;
  return scenarioParams(scenario, a.set, a.weeks === undefined ? {} : { 'run.weeks': a.weeks })['run.weeks'];
}

/**
 * B's spec on A's seeds: A's with the changes over A's `set`; or, given
 * another scenario, that scenario with the changes as its `set`, over A's
 * weeks (so the paired weeks line up).
 */
export function specB(a: SweepSpec, changes: Record<string, number | string>, scenario = ''): SweepSpec {
  if (!scenario) return { ...a, set: { ...a.set, ...changes } };
  const weeks = weeksOf(a);
  const own = scenarioParams(scenario)['run.weeks'];
  return { scenario, seeds: a.seeds, ...(weeks !== own || a.weeks !== undefined ? { weeks } : {}), ...(Object.keys(changes).length ? { set: changes } : {}) };
}

export interface Difference {
  mean: number;
  half: number;
  median: number;
  above: number;
  /** seeds where both runs have the measure */
  n: number;
  meanA: number;
  meanB: number;
}

/** A measure's paired differences B − A, seed by seed: mean with its 95% interval, median, on how many seeds B is above A, and each side's mean. */
export function measureDifference(a: readonly number[], b: readonly number[]): Difference {
  const diff = b.map((v, i) => v - a[i]).filter(Number.isFinite);
  const ci = meanCi(diff);
  return { mean: ci.mean, half: ci.half, median: median(diff), above: diff.filter((v) => v > 0).length, n: diff.length, meanA: mean(a), meanB: mean(b) };
}

/** The values of one measure over a batch's runs. */
function measureValues(batch: Batch, name: string): number[] {
  return batch.results.map(measureOf(batch, name));
}

/** The headline: B − A in the chosen measure, named with what it computes; or why it cannot be said (a window outside the runs). */
function headline(a: Batch, b: Batch, name: string): HTMLElement {
  const label = measureLabel(name);
  const how = measureHow(a.measures[name]);
  const d = measureDifference(measureValues(a, name), measureValues(b, name));
  const data = { 'data-testid': 'lab-diff-summary', 'data-measure': name, 'data-mean': String(d.mean), 'data-half': String(d.half), 'data-median': String(d.median) };
  if (d.n === 0) return h('p', { class: 'lab-summary lab-summary-none', ...data }, t('lab.compare.undefined', { measure: label, how, weeks: a.results[0]?.weeks.length ?? 0 }));
  return h(
    'p',
    { class: 'lab-summary', ...data },
    h('strong', {}, t('lab.compare.headline', { measure: label, mean: fmt(d.mean) })),
    ' ',
    t('lab.compare.summary', { how, lo: fmt(d.mean - d.half), hi: fmt(d.mean + d.half), median: fmt(d.median), above: d.above, n: d.n, a: fmt(d.meanA), b: fmt(d.meanB) }),
  );
}

function downloadsOfB(b: Batch, done: Finished): HTMLElement {
  const labels = { runs: t('lab.compare.bRuns'), weeks: t('lab.compare.bWeeks'), spec: t('lab.compare.bSpec'), manifest: t('lab.compare.bManifest') };
  return h('div', { class: 'lab-b-downloads' }, h('span', {}, t('lab.compare.bDownloads')), batchDownloads(b, done, '-b', labels, { runs: 'lab-b-runs', weeks: 'lab-b-weeks', spec: 'lab-b-spec', manifest: 'lab-b-manifest' }));
}

/** The fan of A, and with B: the headline, B's fan on the same scale, the difference's fan. */
function figures(a: Batch, b: Batch | null, m: string, done: Finished): HTMLElement[] {
  const name = t(`lab.weekly.${m}`);
  const sa = series(a, m);
  if (!b) return [fanChart(t('lab.seeds.fanTitle', { measure: name, n: sa.length }), fan(sa), 'lab-fan')];
  const sb = series(b, m);
  const fa = fan(sa);
  const fb = fan(sb);
  const all = [...fa.q05, ...fa.q95, ...fb.q05, ...fb.q95, ...fa.median, ...fb.median].filter(Number.isFinite);
  const range = { min: Math.min(...all), max: Math.max(...all) };
  const diff = pairedDiff(sb, sa);
  return [
    headline(a, b, state.headline),
    h('div', { class: 'lab-pair' }, fanChart(t('lab.compare.fanA', { measure: name, n: sa.length }), fa, 'lab-fan', 0, range), fanChart(t('lab.compare.fanB', { measure: name, n: sb.length }), fb, 'lab-fan-b', 1, range)),
    fanChart(t('lab.compare.diffTitle', { measure: name, n: diff.length }), fan(diff), 'lab-diff', 2, undefined, true),
    downloadsOfB(b, done),
  ];
}

export function seedsSection(cfg: LabConfig, work: Work): HTMLElement {
  const out = h('div', { class: 'lab-out', 'data-testid': 'lab-seeds-out' });
  const problem = h('p', { class: 'message lab-problem', role: 'alert', 'data-testid': 'lab-seeds-problem' });
  const count = h('input', { id: 'lab-seeds', type: 'text', inputmode: 'numeric', value: state.count, 'data-testid': 'lab-seeds' });
  const measure = h('select', { id: 'lab-measure', 'data-testid': 'lab-measure' }, WEEK_MEASURES.map((m) => h('option', { value: m }, `${t(`lab.weekly.${m}`)} (${m})`)));
  measure.value = state.measure;
  const compare = h('input', { id: 'lab-compare', type: 'checkbox', 'data-testid': 'lab-compare' });
  compare.checked = state.compare;
  const changes = h('textarea', { id: 'lab-b', rows: '3', spellcheck: 'false', placeholder: 'plan.commissionRate = 0.08', 'data-testid': 'lab-b' });
  changes.value = state.changes;
  const bScenario = h('select', { id: 'lab-b-scenario', 'data-testid': 'lab-b-scenario' }, h('option', { value: '' }, t('lab.compare.sameScenario')), SCENARIO_IDS.map((s) => h('option', { value: s }, `${t(`scenarios.${s}.title`)} (${s})`)));
  bScenario.value = state.bScenario;
  const changesLabel = h('label', { for: 'lab-b' });
  const hint = h('p', { class: 'lab-hint', 'data-testid': 'lab-b-hint' });
  const explain = () => {
    const other = bScenario.value;
    changesLabel.textContent = other ? t('lab.compare.changesOver', { scenario: t(`scenarios.${other}.title`) }) : t('lab.compare.changes');
    hint.textContent = other ? t('lab.compare.otherIs', { scenario: t(`scenarios.${other}.title`) }) : t('lab.seeds.aIs');
  };
  explain();
  const headlinePick = h('select', { id: 'lab-headline', 'data-testid': 'lab-headline' }, HEADLINES.map((m) => h('option', { value: m }, measureLabel(m))));
  headlinePick.value = state.headline;
  const bBox = h(
    'div',
    { class: 'lab-b', hidden: !compare.checked },
    h('div', { class: 'lab-form' }, labelled('lab-field', t('lab.compare.bIs'), bScenario), labelled('lab-field', t('lab.compare.headlinePick'), headlinePick)),
    h('div', { class: 'lab-field' }, changesLabel, changes, hint),
  );
  compare.addEventListener('change', () => {
    state.compare = compare.checked;
    bBox.hidden = !compare.checked;
  });
  changes.addEventListener('input', () => (state.changes = changes.value));
  bScenario.addEventListener('change', () => {
    state.bScenario = bScenario.value;
    explain();
  });
  let last: { a: Batch; b: Batch | null; done: Finished } | null = null;
  const draw = () => {
    clearLabCharts(out);
    replace(out, last ? figures(last.a, last.b, measure.value, last.done) : []);
  };
  measure.addEventListener('change', () => {
    state.measure = measure.value;
    draw();
  });
  headlinePick.addEventListener('change', () => {
    state.headline = headlinePick.value;
    draw();
  });
  const run = async () => {
    replace(problem);
    state.count = count.value;
    const n = Number(count.value.trim());
    if (!/^\d+$/.test(count.value.trim()) || n < 1 || n > 500) {
      problem.textContent = t('lab.seeds.badCount', { value: count.value });
      return;
    }
    if (focusBad(cfg)) {
      problem.textContent = t('lab.work.invalid');
      return;
    }
    const a = configSpec(cfg, n);
    const specs = [a];
    if (compare.checked) {
      const b = parseChanges(changes.value);
      // B as A plus nothing would be A again; another scenario as it is is a comparison
      const why = b.problems[0] ?? (Object.keys(b.set).length === 0 && !bScenario.value ? t('lab.compare.empty') : null);
      if (why) {
        problem.textContent = why;
        changes.focus();
        return;
      }
      specs.push(specB(a, b.set, bScenario.value));
    }
    const ran = await runBatch(work, specs, true);
    if (!ran) return;
    last = { a: ran.batches[0], b: ran.batches[1] ?? null, done: ran.done };
    draw();
  };
  return h(
    'section',
    { class: 'card lab-seeds', 'aria-labelledby': 'lab-seeds-h' },
    h('h2', { id: 'lab-seeds-h' }, t('lab.seeds.heading')),
    h(
      'div',
      { class: 'lab-form' },
      labelled('lab-field', t('lab.seeds.count'), count),
      labelled('lab-field', t('lab.seeds.measure'), measure),
      h('div', { class: 'lab-field lab-check' }, compare, h('label', { for: 'lab-compare' }, t('lab.seeds.compare'))),
    ),
    bBox,
    h('div', { class: 'actions' }, button(t('lab.seeds.run'), () => void run(), { class: 'btn btn-primary', 'data-testid': 'lab-run-seeds' })),
    problem,
    out,
  );
}
