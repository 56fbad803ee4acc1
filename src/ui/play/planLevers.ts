/**
 * One control per lever, generated from PARAM_SPECS: label, unit, range and a
 * one-line explanation (src/play/levers.ts), a field that checks its value
 * and steps by the lever's unit with the arrow keys.
 */
import { checkParam } from '../../sim';
import type { ParamSpec, Params } from '../../sim';
import { t } from '../../i18n';
import { h } from '../kit/dom';
import { isPercent, leverHelp, leverLabel, LEVERS, showValue, toInput, fromInput, leverUnit } from '../../play/levers';
import { numberField } from './planningNumber';

export interface Lever {
  key: string;
  element: HTMLElement;
  /** the checked model value, or null when the input is invalid */
  read(): number | string | null;
  reset(): void;
}

/** A facilitator's bounds on a numeric lever (narrower than the parameter's range). */
export interface LeverBounds {
  min: number;
  max: number;
}

function niceStep(raw: number): number {
  const p = 10 ** Math.floor(Math.log10(raw));
  const m = raw / p;
  return (m >= 5 ? 5 : m >= 2 ? 2 : 1) * p;
}

export function leverControl(spec: ParamSpec, current: Params, onChange: () => void, bounds?: LeverBounds): Lever {
  const key = spec.key;
  const id = `lever-${key.replace('.', '-')}`;
  const start = current[key as keyof Params];
  const help = h('span', { class: 'lever-help', id: `${id}-help` }, leverHelp(spec));
  const label = h('label', { for: id }, leverLabel(key));
  const changedMark = h('span', { class: 'changed', hidden: true }, t('ui.planning.changed'));
  const head = h('div', { class: 'lever-head' }, label, changedMark);

  if (spec.kind === 'choice') {
    const select = h('select', { id, 'data-testid': id, 'aria-describedby': `${id}-help` }, spec.choices.map((c) => h('option', { value: c, selected: c === start }, t(`ui.choices.${c}`))));
    const read = () => select.value;
    const update = () => {
      changedMark.hidden = select.value === start;
      onChange();
    };
    select.addEventListener('change', update);
    return { key, element: h('div', { class: 'lever' }, head, select, h('p', { class: 'hint lever-notes' }, help)), read, reset: () => ((select.value = String(start)), update()) };
  }

  const scale = isPercent(spec) ? 100 : 1;
  const lo = bounds ? Math.max(spec.min, bounds.min) : spec.min;
  const hi = bounds ? Math.min(spec.max, bounds.max) : spec.max;
  const keyStep = LEVERS[key]?.step ?? (spec.kind === 'integer' ? 1 : niceStep((spec.max - spec.min) / 100));
  const step = Number(toInput(keyStep, scale));
  const range = `${showValue(spec, lo)} – ${showValue(spec, hi)}`;
  const inField = (v: number) => Number(toInput(v, scale));
  const slider = h('input', { type: 'range', min: inField(lo), max: inField(hi), step, value: inField(Number(start)), 'aria-label': leverLabel(key), tabindex: '-1' });
  const field = numberField({
    id,
    testid: id,
    min: inField(lo),
    max: inField(hi),
    step,
    whole: spec.kind === 'integer',
    value: inField(Number(start)),
    range,
    describedBy: [`${id}-range`, `${id}-help`],
    onInput: () => {
      const v = field.read();
      if (v !== null) slider.value = String(v);
      update();
    },
  });
  const read = (): number | null => {
    const v = field.read();
    if (v === null) return null;
    try {
      return Number(checkParam(key, fromInput(String(v), scale)));
    } catch {
      return null;
    }
  };
  const update = () => {
    const v = read();
    changedMark.hidden = v === null || Math.abs(v - Number(start)) < 1e-12;
    onChange();
  };
  slider.addEventListener('input', () => {
    field.set(Number(slider.value));
    update();
  });
  const unit = h('span', { class: 'unit' }, isPercent(spec) ? '%' : leverUnit(spec));
  const element = h(
    'div',
    { class: 'lever', 'data-lever': key },
    head,
    h('div', { class: 'lever-input' }, field.input, unit, slider),
    field.error,
    h('p', { class: 'hint lever-notes' }, h('span', { class: 'range', id: `${id}-range` }, t(bounds ? 'facilitator.planning.bounded' : 'ui.planning.range', { range })), ' · ', help),
  );
  return {
    key,
    element,
    read,
    reset: () => {
      field.set(inField(Number(start)));
      slider.value = String(inField(Number(start)));
      update();
    },
  };
}
