/**
 * The lab's sweeps: one or two numeric parameters over lists of values,
 * replications (seeds) per point, as a sweep spec checked by checkSpec and
 * expanded by expandSpec. One parameter draws a line with its 95% band, two
 * a heatmap of the means. A spec can be uploaded (a bad one: checkSpec's
 * sentence) and the last one downloaded.
 */
import { t } from '../../i18n';
import { PARAM_SPECS, type NumberSpec, type Totals } from '../../sim';
import { meanCi } from '../../lab/stats';
import { checkSpec, gridPoints, SweepSpecError, type SweepSpec } from '../../lab/sweepSpec';
import { h, replace } from '../dom';
import { button } from './common';
import { clearLabCharts, heatmap, sweepLine } from './labCharts';
import { configSpec, focusBad, type LabConfig } from './labParams';
import { runBatch, type Batch, type Work } from './labWork';

const NUMERIC = PARAM_SPECS.filter((s): s is NumberSpec => s.kind !== 'choice');
const TOTALS = ['revenue', 'profit', 'deals', 'pay', 'misconduct', 'quits', 'finalReputation', 'finalTrust', 'finalSatisfaction', 'finalNps', 'activeCustomers', 'returns', 'churned'] as const;

const state = { x: 'plan.commissionRate', xValues: '0, 0.04, 0.08', y: '', yValues: '', seeds: '2', measure: 'profit' };

/** Five values from a parameter's minimum to its maximum (a starting point the researcher edits). */
function suggest(key: string): string {
  const s = NUMERIC.find((p) => p.key === key);
  if (!s) return '';
  const step = (s.max - s.min) / 4;
  return [0, 1, 2, 3, 4].map((i) => (s.kind === 'integer' ? Math.round(s.min + i * step) : Number((s.min + i * step).toPrecision(3)))).join(', ');
}

function parseValues(text: string): number[] {
  return text.split(/[,;\s]+/).filter(Boolean).map((v) => (Number.isFinite(Number(v)) ? Number(v) : NaN));
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

export function sweepSection(cfg: LabConfig, work: Work): HTMLElement {
  const out = h('div', { class: 'lab-out', 'data-testid': 'lab-sweep-out' });
  const problem = h('p', { class: 'message lab-problem', role: 'alert', 'data-testid': 'lab-sweep-problem' });
  const pick = (id: string, value: string, optional: boolean) => {
    const sel = h('select', { id, 'data-testid': id }, optional ? h('option', { value: '' }, t('lab.sweep.none')) : null, NUMERIC.map((s) => h('option', { value: s.key }, s.key)));
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
    let spec: SweepSpec;
    try {
      spec = checkSpec(json);
    } catch (error) {
      problem.textContent = t('lab.sweep.badSpec', { message: error instanceof SweepSpecError ? error.message : String(error) });
      return;
    }
    const batches = await runBatch(work, [spec], false);
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
    const vary: Record<string, number[]> = { [x.value]: parseValues(xValues.value) };
    if (y.value && y.value !== x.value) vary[y.value] = parseValues(yValues.value);
    const n = Number(seeds.value.trim());
    const spec = { ...configSpec(cfg, /^\d+$/.test(seeds.value.trim()) ? n : 0), vary };
    // a value that is not a number goes to checkSpec as the text typed, so its sentence names it
    for (const [key, values] of Object.entries(vary)) {
      const typed = (key === x.value ? xValues.value : yValues.value).split(/[,;\s]+/).filter(Boolean);
      (spec.vary as Record<string, Array<number | string>>)[key] = values.map((v, i) => (Number.isNaN(v) ? typed[i] : v));
    }
    if (!/^\d+$/.test(seeds.value.trim())) (spec as Record<string, unknown>).seeds = seeds.value;
    void runSpec(spec);
  };

  const upload = h('input', { id: 'lab-sweep-upload', type: 'file', accept: '.json,application/json', class: 'sr-only', 'data-testid': 'lab-sweep-upload' });
  upload.addEventListener('change', () => {
    const file = upload.files?.[0];
    if (!file) return;
    void file.text().then((text) => {
      upload.value = '';
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch (error) {
        replace(problem, t('lab.sweep.badJson', { message: error instanceof Error ? error.message : String(error) }));
        return;
      }
      void runSpec(json);
    });
  });

  return h(
    'section',
    { class: 'card lab-sweep', 'aria-labelledby': 'lab-sweep-h' },
    h('h2', { id: 'lab-sweep-h' }, t('lab.sweep.heading')),
    h(
      'div',
      { class: 'lab-form' },
      h('div', { class: 'lab-field' }, h('label', { for: 'lab-sweep-x' }, t('lab.sweep.x')), x),
      h('div', { class: 'lab-field lab-wide' }, h('label', { for: 'lab-sweep-xv' }, t('lab.sweep.values')), xValues),
      h('div', { class: 'lab-field' }, h('label', { for: 'lab-sweep-y' }, t('lab.sweep.y')), y),
      h('div', { class: 'lab-field lab-wide' }, h('label', { for: 'lab-sweep-yv' }, t('lab.sweep.values')), yValues),
      h('div', { class: 'lab-field' }, h('label', { for: 'lab-sweep-seeds' }, t('lab.sweep.seeds')), seeds),
      h('div', { class: 'lab-field' }, h('label', { for: 'lab-sweep-measure' }, t('lab.sweep.measure')), measure),
    ),
    h('div', { class: 'actions' }, button(t('lab.sweep.run'), fromForm, { class: 'btn btn-primary', 'data-testid': 'lab-run-sweep' }), h('label', { class: 'btn', for: 'lab-sweep-upload' }, t('lab.sweep.upload')), upload),
    problem,
    out,
  );
}
