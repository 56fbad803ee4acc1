/**
 * One control per lever, generated from PARAM_SPECS: label, unit, range and a
 * one-line explanation from src/i18n (the spec's own description only if a
 * translation is missing). Shares are shown in percent.
 */
import { checkParam, PARAM_SPECS } from '../../sim';
import type { ParamSpec, Params } from '../../sim';
import { hasKey, t } from '../../i18n';
import { h } from '../dom';
import { money, num, pct } from '../format';

export const LEVER_KEYS: readonly string[] = PARAM_SPECS.filter((s) => s.key.startsWith('plan.') || s.key.startsWith('management.')).map((s) => s.key);

const PERCENT_UNITS = new Set(['share', '0-1', 'weight']);
const MONEY_UNITS = new Set(['money', 'money/week', 'money/quarter']);

export function isPercent(spec: ParamSpec): boolean {
  return PERCENT_UNITS.has(spec.unit);
}

function niceStep(raw: number): number {
  const p = 10 ** Math.floor(Math.log10(raw));
  const m = raw / p;
  return (m >= 5 ? 5 : m >= 2 ? 2 : 1) * p;
}

export function leverLabel(key: string): string {
  return hasKey(`params.${key}.label`) ? t(`params.${key}.label`) : key;
}

function leverHelp(spec: ParamSpec): string {
  return hasKey(`params.${spec.key}.help`) ? t(`params.${spec.key}.help`) : spec.description;
}

/** A value as the player reads it: 3 % rather than 0.03, money in the locale. */
export function showValue(spec: ParamSpec, value: number | string): string {
  if (spec.kind === 'choice') return t(`ui.choices.${String(value)}`);
  const v = Number(value);
  if (isPercent(spec)) return pct(v, 1);
  if (MONEY_UNITS.has(spec.unit)) return money(v);
  return num(v, 2);
}

function unitText(spec: ParamSpec): string {
  if (spec.kind === 'choice') return '';
  return hasKey(`ui.units.${spec.unit}`) ? t(`ui.units.${spec.unit}`) : spec.unit;
}

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

/** A lever's value as its field shows it (a percent lever times 100), without float noise. */
export function toInput(v: number, scale: number): string {
  return String(Number((v * scale).toFixed(6)));
}

/** A field's text back to the lever's value: 2.48 % is 0.0248, not 0.024800000000000003, so logs and codes keep what was typed. */
export function fromInput(text: string, scale: number): number {
  return Number((Number(text) / scale).toPrecision(12));
}

export function leverControl(spec: ParamSpec, current: Params, onChange: () => void, bounds?: LeverBounds): Lever {
  const key = spec.key;
  const id = `lever-${key.replace('.', '-')}`;
  const start = current[key as keyof Params];
  const help = h('p', { class: 'hint', id: `${id}-help` }, leverHelp(spec));
  const error = h('p', { class: 'field-error', id: `${id}-error`, 'aria-live': 'polite' });
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
    return { key, element: h('div', { class: 'lever' }, head, select, help), read, reset: () => ((select.value = String(start)), update()) };
  }

  const scale = isPercent(spec) ? 100 : 1;
  const lo = bounds ? Math.max(spec.min, bounds.min) : spec.min;
  const hi = bounds ? Math.min(spec.max, bounds.max) : spec.max;
  const step = spec.kind === 'integer' ? 1 : niceStep(((spec.max - spec.min) * scale) / 1000);
  const range = `${showValue(spec, lo)} – ${showValue(spec, hi)}`;
  const field = h('input', { id, type: 'number', inputmode: 'decimal', min: toInput(lo, scale), max: toInput(hi, scale), step, value: toInput(Number(start), scale), 'data-testid': id, 'aria-describedby': `${id}-help ${id}-range ${id}-error` });
  const slider = h('input', { type: 'range', min: toInput(lo, scale), max: toInput(hi, scale), step, value: toInput(Number(start), scale), 'aria-label': leverLabel(key), tabindex: '-1' });
  const read = (): number | null => {
    const v = fromInput(field.value, scale);
    if (field.value.trim() === '' || !Number.isFinite(v)) return null;
    try {
      const value = Number(checkParam(key, spec.kind === 'integer' ? Math.round(v) : v));
      // the facilitator's bounds, with a hair of room for the percent scaling
      return value < lo - 1e-9 || value > hi + 1e-9 ? null : value;
    } catch {
      return null;
    }
  };
  const update = () => {
    const v = read();
    error.textContent = v === null ? t('ui.planning.invalid', { range }) : '';
    field.setAttribute('aria-invalid', String(v === null));
    changedMark.hidden = v === null || Math.abs(v - Number(start)) < 1e-12;
    onChange();
  };
  field.addEventListener('input', () => {
    slider.value = field.value;
    update();
  });
  slider.addEventListener('input', () => {
    field.value = slider.value;
    update();
  });
  const unit = h('span', { class: 'unit' }, isPercent(spec) ? '%' : unitText(spec));
  const element = h(
    'div',
    { class: 'lever' },
    head,
    h('div', { class: 'lever-input' }, field, unit, slider),
    h('p', { class: 'range', id: `${id}-range` }, t(bounds ? 'facilitator.planning.bounded' : 'ui.planning.range', { range })),
    help,
    error,
  );
  return {
    key,
    element,
    read,
    reset: () => {
      field.value = slider.value = toInput(Number(start), scale);
      update();
    },
  };
}
