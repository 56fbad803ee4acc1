/**
 * The lab's sweeps: one or two parameters over lists of values, replications
 * (seeds) per point, as a sweep spec checked by checkSpec and expanded by
 * expandSpec. Before it runs, the sweep's size and an estimated time; above
 * CONFIRM_RUNS runs, a confirmation. One parameter draws a line with its 95%
 * band, two a heatmap of the means beside one of the intervals' half-widths;
 * a spec over several scenarios draws one per scenario. The measure is an
 * outcome measure (src/research/measures.ts: the defaults and the spec's) or
 * a whole-run total. An uploaded spec fills the panel and this form (a bad
 * one: one sentence, nothing changed; one the form cannot show runs as it is).
 */
import { t } from '../../i18n';
import { duration, int } from '../../i18n/format';
import { PARAM_SPECS, type Totals } from '../../sim';
import { DEFAULT_MEASURES } from '../../research/measures';
import { meanCi } from '../../shared/stats';
import type { LabResult } from '../../lab/job';
import type { SweepSpec } from '../../lab/sweepSpec';
import { h, labelled, replace } from '../kit/dom';
import { button } from '../shell/header';
import { checkedSpec, readSpecFile } from './checks';
import { clearLabCharts, heatmap, sweepLine } from './charts';
import { measureLabel } from './measureText';
import { configSpec, fillConfig, focusBad, type LabConfig } from './params';
import { CONFIRM_RUNS, estimateSeconds, keepsWeeks, sizeOf } from './size';
import { labWorkers, measureOf, runBatch, type Batch, type Work } from './work';

const TOTALS = ['revenue', 'profit', 'deals', 'pay', 'misconduct', 'quits', 'finalReputation', 'finalTrust', 'finalSatisfaction', 'finalNps', 'activeCustomers', 'returns', 'churned'] as const;

/** The event the lab sends the sweep section when the panel changed: its size line follows. */
export const CONFIG_CHANGED = 'lab-config-changed';

/** A measure's option value: `m:` an outcome measure by name, `t:` a whole-run total. */
const state = { x: 'plan.commissionRate', xValues: '0, 0.04, 0.08', y: '', yValues: '', seeds: '2', measure: 'm:y2Profit' };

/** Five values from a parameter's minimum to its maximum, or its choices (a starting point the researcher edits). */
function suggest(key: string): string {
  const s = PARAM_SPECS.find((p) => p.key === key);
  if (!s) return '';
  if (s.kind === 'choice') return s.choices.join(', ');
  const step = (s.max - s.min) / 4;
  return [0, 1, 2, 3, 4].map((i) => (s.kind === 'integer' ? Math.round(s.min + i * step) : Number((s.min + i * step).toPrecision(3)))).join(', ');
}

/** Typed values: numbers where they read as numbers, the text otherwise (a choice, or a mistake checkSpec names). */
function parseValues(text: string): Array<number | string> {
  return text.split(/[,;\s]+/).filter(Boolean).map((v) => (Number.isFinite(Number(v)) ? Number(v) : v));
}

/** Seeds typed: a count ("20") or a list ("a, b, 7"), as a spec's `seeds`; anything else as typed, for the check to name. */
function parseSeeds(text: string): SweepSpec['seeds'] | string {
  const trimmed = text.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const list = trimmed.split(',').map((v) => v.trim());
  return list.length > 1 && list.every(Boolean) ? list : trimmed;
}

function showSeeds(seeds: SweepSpec['seeds']): string {
  return typeof seeds === 'number' ? String(seeds) : seeds.join(', ');
}

/** A spec's size and estimated time, in one line. */
export function sizeLine(spec: SweepSpec): string {
  const s = sizeOf(spec);
  const workers = labWorkers();
  return t('lab.size.line', { runs: int(s.runs), scenarios: s.scenarios, points: int(s.points), seeds: int(s.seeds), time: duration(estimateSeconds(s, workers), (key, n) => t(`lab.size.${key}`, { n })), workers });
}

/** One value per run for the chosen measure: an outcome measure by name (`m:`) or a total (`t:`). */
function picker(batch: Batch, measure: string): (r: LabResult) => number {
  const [kind, name] = [measure.slice(0, 2), measure.slice(2)];
  if (kind === 't:') return (r) => r.totals[name as keyof Totals];
  return measureOf(batch, name);
}

interface Cell {
  values: Record<string, number | string>;
  mean: number;
  half: number;
}

/** Mean and 95% half-width of the measure at every design point, scenario by scenario (runs in the spec's order: scenario, point, seed). */
function byScenario(batch: Batch, measure: string): Array<{ scenario: string; cells: Cell[]; n: number }> {
  const value = picker(batch, measure);
  const out: Array<{ scenario: string; cells: Cell[]; n: number }> = [];
  let i = 0;
  while (i < batch.runs.length) {
    const run = batch.runs[i];
    let j = i;
    while (j < batch.runs.length && batch.runs[j].point === run.point) j++;
    const ci = meanCi(batch.results.slice(i, j).map(value));
    if (out.at(-1)?.scenario !== run.scenario) out.push({ scenario: run.scenario, cells: [], n: j - i });
    out[out.length - 1].cells.push({ values: run.values, mean: ci.mean, half: ci.half });
    i = j;
  }
  return out;
}

/** The options of the measure select: the batch's measures (the defaults before a batch), then the totals. */
function measureOptions(batch: Batch | null): HTMLElement[] {
  const names = Object.keys(batch?.measures ?? DEFAULT_MEASURES);
  return [
    h('optgroup', { label: t('lab.sweep.measures') }, names.map((m) => h('option', { value: `m:${m}` }, measureLabel(m)))),
    h('optgroup', { label: t('lab.sweep.totals') }, TOTALS.map((m) => h('option', { value: `t:${m}` }, t(`lab.totals.${m}`)))),
  ];
}

/** The charts of a batch for a measure: per scenario, a line (one varied parameter) or a heatmap and its intervals (two). */
function charts(batch: Batch, measure: string, label: string): HTMLElement[] {
  const keys = Object.keys(batch.spec.vary ?? {});
  // a sampled design or more than two varied keys: the numbers are in the CSV
  if (batch.spec.sample !== undefined || keys.length === 0 || keys.length > 2) return [];
  const groups = byScenario(batch, measure);
  const many = groups.length > 1;
  // one scale for every scenario, so their charts compare at a glance
  const all = groups.flatMap((g) => g.cells);
  const span = (xs: number[]) => ({ min: Math.min(...xs.filter(Number.isFinite)), max: Math.max(...xs.filter(Number.isFinite)) });
  const band = span(all.flatMap((c) => [c.mean - c.half, c.mean + c.half]));
  const means = span(all.map((c) => c.mean));
  const halves = span(all.map((c) => c.half));
  return groups.map(({ scenario, cells, n }) => {
    const scenarioName = many ? t('lab.sweep.inScenario', { scenario: t(`scenarios.${scenario}.title`) }) : '';
    if (cells.every((c) => !Number.isFinite(c.mean))) return h('p', { class: 'lab-note', 'data-testid': 'lab-sweep-undefined' }, t('lab.sweep.undefined', { measure: label }), scenarioName);
    const show = (v: number | string) => String(v);
    let figures: HTMLElement[];
    if (keys.length === 1) {
      figures = [sweepLine(t('lab.sweep.lineTitle', { measure: label, x: keys[0], n }) + scenarioName, cells.map((c) => show(c.values[keys[0]])), cells.map((c) => c.mean), cells.map((c) => c.half), 'lab-sweep-line', many ? band : undefined)];
    } else {
      const [kx, ky] = keys;
      const at = (c: Cell) => ({ x: show(c.values[kx]), y: show(c.values[ky]) });
      figures = [
        h(
          'div',
          { class: 'lab-pair' },
          heatmap(t('lab.sweep.heatTitle', { measure: label, x: kx, y: ky, n }) + scenarioName, kx, ky, cells.map((c) => ({ ...at(c), v: c.mean, half: c.half })), 'lab-sweep-heat', 'value', many ? means : undefined),
          heatmap(t('lab.sweep.heatCiTitle', { measure: label, x: kx, y: ky, n }) + scenarioName, kx, ky, cells.map((c) => ({ ...at(c), v: c.half })), 'lab-sweep-heat-ci', 'width', many ? halves : undefined),
        ),
      ];
    }
    return h('div', { class: 'lab-sweep-scenario', 'data-scenario': scenario }, figures);
  });
}

/** The sweep form and its chart; `filled` redraws the parameter panel after an uploaded spec filled the config. */
export function sweepSection(cfg: LabConfig, work: Work, filled: () => void): HTMLElement {
  const out = h('div', { class: 'lab-out', 'data-testid': 'lab-sweep-out' });
  const problem = h('p', { class: 'message lab-problem', role: 'alert', 'data-testid': 'lab-sweep-problem' });
  const note = h('div', { class: 'lab-note', role: 'status', 'data-testid': 'lab-sweep-note' });
  const size = h('p', { class: 'lab-size', 'aria-live': 'polite', 'data-testid': 'lab-sweep-size' });
  const pick = (id: string, value: string, optional: boolean) => {
    const sel = h('select', { id, 'data-testid': id }, optional ? h('option', { value: '' }, t('lab.sweep.none')) : null, PARAM_SPECS.map((s) => h('option', { value: s.key }, s.key)));
    sel.value = value;
    return sel;
  };
  const x = pick('lab-sweep-x', state.x, false);
  const y = pick('lab-sweep-y', state.y, true);
  const xValues = h('input', { id: 'lab-sweep-xv', type: 'text', value: state.xValues, 'data-testid': 'lab-sweep-xv' });
  const yValues = h('input', { id: 'lab-sweep-yv', type: 'text', value: state.yValues, 'data-testid': 'lab-sweep-yv' });
  const seeds = h('input', { id: 'lab-sweep-seeds', type: 'text', inputmode: 'numeric', value: state.seeds, 'data-testid': 'lab-sweep-seeds' });
  const measure = h('select', { id: 'lab-sweep-measure', 'data-testid': 'lab-sweep-measure' }, measureOptions(null));
  measure.value = state.measure;
  let last: Batch | null = null;

  /**
   * The spec the form says: the panel's changes, but not those of the varied
   * keys (a key goes in one place). Unchecked: seeds or values that do not
   * read go to the check as typed, so its sentence names them.
   */
  const formJson = () => {
    const vary: Record<string, Array<number | string>> = { [x.value]: parseValues(xValues.value) };
    if (y.value && y.value !== x.value) vary[y.value] = parseValues(yValues.value);
    const { set, weeks, ...base } = configSpec(cfg, 1);
    const kept = Object.entries(set ?? {}).filter(([key]) => !(key in vary));
    return { ...base, ...(weeks !== undefined && !('run.weeks' in vary) ? { weeks } : {}), ...(kept.length ? { set: Object.fromEntries(kept) } : {}), seeds: parseSeeds(seeds.value), vary };
  };
  const resize = () => {
    const checked = checkedSpec(formJson());
    size.textContent = 'spec' in checked ? sizeLine(checked.spec) : '';
  };
  x.addEventListener('change', () => (xValues.value = suggest(x.value)));
  y.addEventListener('change', () => (yValues.value = y.value ? suggest(y.value) : ''));

  const draw = () => {
    clearLabCharts(out);
    if (!last) return replace(out);
    const label = measure.selectedOptions[0]?.textContent ?? '';
    const ran = h('details', { class: 'lab-ran' }, h('summary', {}, t('lab.sweep.ran')), h('pre', { tabindex: '0', 'data-testid': 'lab-sweep-spec' }, JSON.stringify(last.spec, null, 2)));
    replace(out, ran, charts(last, measure.value, label));
  };
  measure.addEventListener('change', () => {
    state.measure = measure.value;
    draw();
  });

  const runSpec = async (json: unknown, confirmed = false) => {
    replace(problem);
    replace(note);
    const checked = checkedSpec(json);
    if ('problem' in checked) {
      problem.textContent = t('lab.sweep.badSpec', { message: checked.problem });
      return;
    }
    const spec = checked.spec;
    const runs = sizeOf(spec).runs;
    if (runs > CONFIRM_RUNS && !confirmed) {
      const go = button(t('lab.size.confirm', { runs: int(runs) }), () => void runSpec(spec, true), { class: 'btn btn-small btn-primary', 'data-testid': 'lab-confirm-run' });
      const no = button(t('lab.size.dontRun'), () => replace(note, h('p', {}, t('lab.size.notRun'))), { class: 'btn btn-small', 'data-testid': 'lab-confirm-cancel' });
      replace(note, h('p', {}, t('lab.size.ask', { line: sizeLine(spec), max: int(CONFIRM_RUNS) })), h('div', { class: 'lab-confirm' }, go, no));
      go.focus();
      return;
    }
    const ran = await runBatch(work, [spec], keepsWeeks(spec));
    if (!ran) return;
    last = ran.batches[0];
    const chosen = measure.value;
    replace(measure, measureOptions(last));
    measure.value = chosen;
    if (measure.selectedIndex < 0) measure.value = 'm:y2Profit';
    draw();
  };

  const fromForm = () => {
    replace(problem);
    if (focusBad(cfg)) {
      problem.textContent = t('lab.work.invalid');
      return;
    }
    Object.assign(state, { x: x.value, xValues: xValues.value, y: y.value, yValues: yValues.value, seeds: seeds.value });
    void runSpec(formJson());
  };

  /** An uploaded spec into the panel and the form; nothing changes when the form cannot show it (then it can run as it is). */
  const load = (spec: SweepSpec, name: string) => {
    const axes = Object.entries(spec.vary ?? {});
    const many = Array.isArray(spec.scenario) && spec.scenario.length > 1;
    const what = many
      ? t('lab.upload.scenarios', { n: spec.scenario.length })
      : axes.length > 2
        ? t('lab.upload.axes', { n: axes.length })
        : spec.sample
          ? t('lab.upload.sample', { method: spec.sample.method, n: spec.sample.n })
          : spec.measures
            ? t('lab.upload.measures', { n: Object.keys(spec.measures).length })
            : null;
    if (what) {
      const then = many && axes.length > 0 && axes.length <= 2 && !spec.sample ? t('lab.upload.chartPerScenario') : t('lab.upload.inCsv');
      replace(note, h('p', {}, t('lab.upload.tooMuch', { name, what, then })), h('p', { class: 'lab-size' }, sizeLine(spec)), button(t('lab.upload.runAsIs'), () => void runSpec(spec), { class: 'btn btn-small', 'data-testid': 'lab-run-as-is' }));
      return;
    }
    fillConfig(cfg, spec);
    filled();
    const [ax, ay] = axes;
    if (ax) {
      x.value = ax[0];
      xValues.value = ax[1].join(', ');
    }
    y.value = ay ? ay[0] : '';
    yValues.value = ay ? ay[1].join(', ') : '';
    seeds.value = showSeeds(spec.seeds);
    Object.assign(state, { x: x.value, xValues: xValues.value, y: y.value, yValues: yValues.value, seeds: seeds.value });
    const seedText = typeof spec.seeds === 'number' ? t('lab.upload.seedCount', { n: spec.seeds }) : t('lab.upload.seedList', { n: spec.seeds.length });
    replace(note, h('p', {}, t('lab.upload.loaded', { name, scenario: cfg.scenario, set: cfg.typed.size, axes: axes.map(([k]) => k).join(', ') || '0', seeds: seedText })));
    resize();
  };

  const upload = h('input', { id: 'lab-sweep-upload', type: 'file', accept: '.json,application/json', class: 'sr-only', 'data-testid': 'lab-sweep-upload' });
  upload.addEventListener('change', () => {
    const file = upload.files?.[0];
    if (!file) return;
    void file.text().then((text) => {
      upload.value = '';
      replace(problem);
      replace(note);
      const read = readSpecFile(text, file.name);
      if ('problem' in read) problem.textContent = read.problem;
      else load(read.spec, file.name);
    });
  });

  const form = h(
    'div',
    { class: 'lab-form' },
    labelled('lab-field', t('lab.sweep.x'), x),
    labelled('lab-field lab-wide', t('lab.sweep.values'), xValues),
    labelled('lab-field', t('lab.sweep.y'), y),
    labelled('lab-field lab-wide', t('lab.sweep.values'), yValues),
    labelled('lab-field', t('lab.sweep.seeds'), seeds),
    labelled('lab-field', t('lab.sweep.measure'), measure),
  );
  // the size follows what is typed (after a select's suggestion has filled its values)
  form.addEventListener('input', resize);
  form.addEventListener('change', () => queueMicrotask(resize));
  resize();
  const section = h(
    'section',
    { class: 'card lab-sweep', 'aria-labelledby': 'lab-sweep-h' },
    h('h2', { id: 'lab-sweep-h' }, t('lab.sweep.heading')),
    form,
    size,
    h('div', { class: 'actions' }, button(t('lab.sweep.run'), fromForm, { class: 'btn btn-primary', 'data-testid': 'lab-run-sweep' }), h('label', { class: 'btn', for: 'lab-sweep-upload' }, t('lab.sweep.upload')), upload),
    problem,
    note,
    out,
  );
  section.addEventListener(CONFIG_CHANGED, () => queueMicrotask(resize));
  return section;
}
