/**
 * The lab's sweeps: one or two parameters over lists of values, replications
 * (seeds) per point, as a sweep spec checked by checkSpec and expanded by
 * expandSpec. One parameter draws a line with its 95% band, two a heatmap of
 * the means. An uploaded spec fills the panel and this form (a bad one: one
 * sentence, nothing changed); the last one ran can be downloaded.
 */
import { t } from '../../i18n';
import { PARAM_SPECS, type Totals } from '../../sim';
import { meanCi } from '../../shared/stats';
import { gridPoints, type SweepSpec } from '../../lab/sweepSpec';
import { h, labelled, replace } from '../kit/dom';
import { button } from '../shell/header';
import { checkedSpec, readSpecFile } from './checks';
import { clearLabCharts, heatmap, sweepLine } from './charts';
import { configSpec, fillConfig, focusBad, type LabConfig } from './params';
import { runBatch, type Batch, type Work } from './work';

const TOTALS = ['revenue', 'profit', 'deals', 'pay', 'misconduct', 'quits', 'finalReputation', 'finalTrust', 'finalSatisfaction', 'finalNps', 'activeCustomers', 'returns', 'churned'] as const;

const state = { x: 'plan.commissionRate', xValues: '0, 0.04, 0.08', y: '', yValues: '', seeds: '2', measure: 'profit' };

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

function label(v: number | string): string {
  return String(v);
}

/** Mean and 95% half-width of a total at every grid point (runs in the spec's order: point, then seed). */
function byPoint(batch: Batch, measure: keyof Totals): Array<{ point: Record<string, number | string>; mean: number; half: number }> {
  const points = gridPoints(batch.spec);
  const per = batch.runs.length / points.length;
  return points.map((point, i) => {
    const values = batch.results.slice(i * per, (i + 1) * per).map((r) => r.totals[measure]);
    const ci = meanCi(values);
    return { point, mean: ci.mean, half: ci.half };
  });
}

/** The sweep form and its chart; `filled` redraws the parameter panel after an uploaded spec filled the config. */
export function sweepSection(cfg: LabConfig, work: Work, filled: () => void): HTMLElement {
  const out = h('div', { class: 'lab-out', 'data-testid': 'lab-sweep-out' });
  const problem = h('p', { class: 'message lab-problem', role: 'alert', 'data-testid': 'lab-sweep-problem' });
  const note = h('div', { class: 'lab-note', role: 'status', 'data-testid': 'lab-sweep-note' });
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
  const measure = h('select', { id: 'lab-sweep-measure', 'data-testid': 'lab-sweep-measure' }, TOTALS.map((m) => h('option', { value: m }, t(`lab.totals.${m}`))));
  measure.value = state.measure;
  x.addEventListener('change', () => (xValues.value = suggest(x.value)));
  y.addEventListener('change', () => (yValues.value = y.value ? suggest(y.value) : ''));
  let last: Batch | null = null;

  const draw = () => {
    clearLabCharts(out);
    if (!last) return replace(out);
    const m = measure.value as keyof Totals;
    const keys = Object.keys(last.spec.vary ?? {});
    const ran = h('details', { class: 'lab-ran' }, h('summary', {}, t('lab.sweep.ran')), h('pre', { tabindex: '0', 'data-testid': 'lab-sweep-spec' }, JSON.stringify(last.spec, null, 2)));
    // one scenario and at most two varied keys draw; anything else is in the CSV
    if (Array.isArray(last.spec.scenario) && last.spec.scenario.length > 1) return replace(out, ran);
    const cells = byPoint(last, m);
    const n = last.runs.length / cells.length;
    const name = t(`lab.totals.${m}`);
    if (keys.length === 1) {
      replace(out, ran, sweepLine(t('lab.sweep.lineTitle', { measure: name, x: keys[0], n }), cells.map((c) => label(c.point[keys[0]])), cells.map((c) => c.mean), cells.map((c) => c.half), 'lab-sweep-line'));
    } else if (keys.length === 2) {
      const [kx, ky] = keys;
      replace(out, ran, heatmap(t('lab.sweep.heatTitle', { measure: name, x: kx, y: ky, n }), kx, ky, cells.map((c) => ({ x: label(c.point[kx]), y: label(c.point[ky]), v: c.mean })), 'lab-sweep-heat'));
    } else replace(out, ran);
  };
  measure.addEventListener('change', () => {
    state.measure = measure.value;
    draw();
  });

  const runSpec = async (json: unknown) => {
    replace(problem);
    replace(note);
    const checked = checkedSpec(json);
    if ('problem' in checked) {
      problem.textContent = t('lab.sweep.badSpec', { message: checked.problem });
      return;
    }
    const batches = await runBatch(work, [checked.spec], false);
    if (!batches) return;
    last = batches[0];
    draw();
  };

  const fromForm = () => {
    replace(problem);
    if (focusBad(cfg)) {
      problem.textContent = t('lab.work.invalid');
      return;
    }
    Object.assign(state, { x: x.value, xValues: xValues.value, y: y.value, yValues: yValues.value, seeds: seeds.value });
    const vary: Record<string, Array<number | string>> = { [x.value]: parseValues(xValues.value) };
    if (y.value && y.value !== x.value) vary[y.value] = parseValues(yValues.value);
    // seeds that do not read as a count or a list go to the check as typed, so its sentence names them
    void runSpec({ ...configSpec(cfg, 1), seeds: parseSeeds(seeds.value), vary });
  };

  /** An uploaded spec into the panel and the form; nothing changes when the form cannot show it. */
  const load = (spec: SweepSpec, name: string) => {
    const axes = Object.entries(spec.vary ?? {});
    const many = Array.isArray(spec.scenario) && spec.scenario.length > 1;
    if (many || axes.length > 2) {
      const what = many ? t('lab.upload.scenarios', { n: spec.scenario.length }) : t('lab.upload.axes', { n: axes.length });
      replace(note, h('p', {}, t('lab.upload.tooMuch', { name, what })), button(t('lab.upload.runAsIs'), () => void runSpec(spec), { class: 'btn btn-small', 'data-testid': 'lab-run-as-is' }));
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

  return h(
    'section',
    { class: 'card lab-sweep', 'aria-labelledby': 'lab-sweep-h' },
    h('h2', { id: 'lab-sweep-h' }, t('lab.sweep.heading')),
    h(
      'div',
      { class: 'lab-form' },
      labelled('lab-field', t('lab.sweep.x'), x),
      labelled('lab-field lab-wide', t('lab.sweep.values'), xValues),
      labelled('lab-field', t('lab.sweep.y'), y),
      labelled('lab-field lab-wide', t('lab.sweep.values'), yValues),
      labelled('lab-field', t('lab.sweep.seeds'), seeds),
      labelled('lab-field', t('lab.sweep.measure'), measure),
    ),
    h('div', { class: 'actions' }, button(t('lab.sweep.run'), fromForm, { class: 'btn btn-primary', 'data-testid': 'lab-run-sweep' }), h('label', { class: 'btn', for: 'lab-sweep-upload' }, t('lab.sweep.upload')), upload),
    problem,
    note,
    out,
  );
}
