/**
 * The lab's many seeds: configuration A (the scenario with the panel's
 * changes) on seeds "1" … "n" as a fan chart of any weekly measure; and, when
 * asked, configuration B (A plus the changes typed here) on the same seeds,
 * with the per-seed difference B − A week by week (median and 50%/90% bands
 * of the paired differences) and a one-line summary of the last week's
 * difference (mean with its 95% interval). Every run is a real run on the
 * workers, from the two specs the command line would read.
 */
import { t } from '../../i18n';
import type { WeekRecord } from '../../sim';
import { recordsToCsv } from '../../shared/csv';
import { runRow, weekRows } from '../../lab/rows';
import { fan, meanCi, pairedDiff } from '../../shared/stats';
import type { SweepSpec } from '../../lab/sweepSpec';
import { h, labelled, replace } from '../kit/dom';
import { downloadText } from '../kit/download';
import { button } from '../shell/header';
import { parseChanges } from './checks';
import { clearLabCharts, fanChart, fmt } from './charts';
import { configSpec, focusBad, type LabConfig } from './params';
import { runBatch, type Batch, type Work } from './work';

/** The numeric fields of a week's record, for the measure select. */
export const WEEK_MEASURES: readonly string[] = ['revenue', 'profit', 'deals', 'visits', 'leads', 'activeCustomers', 'adopters', 'satisfaction', 'reputation', 'trust', 'nps', 'pushShare', 'effort', 'pay', 'incentivePay', 'careMotive', 'misconduct', 'movedDeals', 'returns', 'refunds', 'churned', 'quits', 'headcount', 'discount', 'womPositive', 'womNegative', 'clawback', 'managementCost', 'leadsLost', 'closures', 'accountsClosed', 'slipped', 'heldBack', 'walkedAway', 'discountPulledIn'];

/** Kept across visits and language switches. */
const state = { count: '20', measure: 'revenue', compare: false, changes: '' };

function series(batch: Batch, measure: string): number[][] {
  return batch.results.map((r) => r.weeks.map((w) => Number(w[measure as keyof WeekRecord])));
}

/** B's spec: A's, with the changes over A's `set`. */
export function specB(a: SweepSpec, changes: Record<string, number | string>): SweepSpec {
  return { ...a, set: { ...a.set, ...changes } };
}

/** The last week's paired differences: mean with its 95% interval, median, and on how many seeds B is above A. */
export function finalDifference(diff: readonly (readonly number[])[]): { week: number; mean: number; half: number; median: number; above: number; n: number } {
  const week = Math.max(0, ...diff.map((d) => d.length));
  const last = diff.map((d) => d[week - 1]);
  const ci = meanCi(last);
  return { week, mean: ci.mean, half: ci.half, median: fan(last.map((v) => [v])).median[0] ?? NaN, above: last.filter((v) => v > 0).length, n: last.length };
}

function downloadsOfB(b: Batch): HTMLElement {
  return h(
    'div',
    { class: 'lab-b-downloads' },
    h('span', {}, t('lab.compare.bDownloads')),
    button(t('lab.compare.bRuns'), () => downloadText('runs-b.csv', recordsToCsv(b.runs.map((r, i) => runRow(r, b.results[i]))), 'text/csv'), { class: 'btn btn-small', 'data-testid': 'lab-b-runs' }),
    button(t('lab.compare.bWeeks'), () => downloadText('weeks-b.csv', recordsToCsv(b.runs.flatMap((r, i) => weekRows(r, b.results[i].weeks))), 'text/csv'), { class: 'btn btn-small', 'data-testid': 'lab-b-weeks' }),
    button(t('lab.compare.bSpec'), () => downloadText('sweep-b.json', `${JSON.stringify(b.spec, null, 2)}\n`, 'application/json'), { class: 'btn btn-small', 'data-testid': 'lab-b-spec' }),
  );
}

/** The fan of A, and with B: B's fan on the same scale, the difference's fan, and the summary line. */
function figures(a: Batch, b: Batch | null, m: string): HTMLElement[] {
  const name = t(`lab.weekly.${m}`);
  const sa = series(a, m);
  if (!b) return [fanChart(t('lab.seeds.fanTitle', { measure: name, n: sa.length }), fan(sa), 'lab-fan')];
  const sb = series(b, m);
  const fa = fan(sa);
  const fb = fan(sb);
  const all = [...fa.q05, ...fa.q95, ...fb.q05, ...fb.q95, ...fa.median, ...fb.median].filter(Number.isFinite);
  const range = { min: Math.min(...all), max: Math.max(...all) };
  const diff = pairedDiff(sb, sa);
  const d = finalDifference(diff);
  const summary = h(
    'p',
    { class: 'lab-summary', 'data-testid': 'lab-diff-summary', 'data-mean': String(d.mean), 'data-half': String(d.half), 'data-median': String(d.median), 'data-week': String(d.week) },
    t('lab.compare.summary', { week: d.week, measure: name, mean: fmt(d.mean), lo: fmt(d.mean - d.half), hi: fmt(d.mean + d.half), median: fmt(d.median), above: d.above, n: d.n }),
  );
  return [
    summary,
    h('div', { class: 'lab-pair' }, fanChart(t('lab.compare.fanA', { measure: name, n: sa.length }), fa, 'lab-fan', 0, range), fanChart(t('lab.compare.fanB', { measure: name, n: sb.length }), fb, 'lab-fan-b', 1, range)),
    fanChart(t('lab.compare.diffTitle', { measure: name, n: diff.length }), fan(diff), 'lab-diff', 2, undefined, true),
    downloadsOfB(b),
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
  const bBox = h('div', { class: 'lab-field lab-b', hidden: !compare.checked }, h('label', { for: 'lab-b' }, t('lab.compare.changes')), changes, h('p', { class: 'lab-hint' }, t('lab.seeds.aIs')));
  compare.addEventListener('change', () => {
    state.compare = compare.checked;
    bBox.hidden = !compare.checked;
  });
  changes.addEventListener('input', () => (state.changes = changes.value));
  let last: { a: Batch; b: Batch | null } | null = null;
  const draw = () => {
    clearLabCharts(out);
    replace(out, last ? figures(last.a, last.b, measure.value) : []);
  };
  measure.addEventListener('change', () => {
    state.measure = measure.value;
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
      const why = b.problems[0] ?? (Object.keys(b.set).length === 0 ? t('lab.compare.empty') : null);
      if (why) {
        problem.textContent = why;
        changes.focus();
        return;
      }
      specs.push(specB(a, b.set));
    }
    const batches = await runBatch(work, specs, true);
    if (!batches) return;
    last = { a: batches[0], b: batches[1] ?? null };
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
