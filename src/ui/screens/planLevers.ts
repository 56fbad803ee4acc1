/**
 * One control per lever, generated from PARAM_SPECS: label, unit, range and a
 * one-line explanation from src/i18n (the spec's own description only if a
 * translation is missing). Shares are shown in percent. LEVERS says where
 * each lever sits in the planning panel and what one arrow key press adds.
 */
import { checkParam, PARAM_SPECS } from '../../sim';
import type { ParamSpec, Params } from '../../sim';
import { hasKey, t } from '../../i18n';
import { h } from '../dom';
import { money, num, pct } from '../format';
import { numberField } from './planningNumber';

export const LEVER_KEYS: readonly string[] = PARAM_SPECS.filter((s) => s.key.startsWith('plan.') || s.key.startsWith('management.')).map((s) => s.key);

/** The planning panel's sections of levers, in the order it shows them (hiring and the team come after). */
export const LEVER_GROUPS = ['pay', 'quota', 'guards', 'management'] as const;
export type LeverGroup = (typeof LEVER_GROUPS)[number];

export interface LeverPlace {
  group: LeverGroup;
  /** one arrow key press, in the model's unit (0.01 of a share is one point of percent); Page Up/Down is ten */
  step?: number;
}

/** Each lever's section and keyboard step: a point of commission, €1,000 or €5,000 of money, a week of weeks. */
export const LEVERS: Readonly<Record<string, LeverPlace>> = {
  'plan.baseSalary': { group: 'pay', step: 100 },
  'plan.commissionRate': { group: 'pay', step: 0.01 },
  'plan.acceleratorRate': { group: 'pay', step: 0.1 },
  'plan.teamShare': { group: 'pay', step: 0.05 },
  'plan.quotaPeriod': { group: 'quota' },
  'plan.quota': { group: 'quota', step: 5000 },
  'plan.quotaBonus': { group: 'quota', step: 1000 },
  'plan.quotaForecast': { group: 'quota', step: 0.05 },
  'plan.quotaByPotential': { group: 'quota', step: 0.05 },
  'plan.ratchet': { group: 'quota', step: 0.05 },
  'plan.cap': { group: 'guards', step: 0.1 },
  'plan.clawbackWeeks': { group: 'guards', step: 1 },
  'plan.satisfactionWeight': { group: 'guards', step: 0.05 },
  'plan.discountAuthority': { group: 'guards', step: 0.01 },
  'management.coaching': { group: 'management', step: 0.05 },
  'management.recognition': { group: 'management', step: 0.05 },
  'management.quotaPressure': { group: 'management', step: 5000 },
  'management.escalation': { group: 'management', step: 0.5 },
  'management.hourCost': { group: 'management', step: 500 },
};

/** A lever's section: its place in LEVERS, else by its prefix. */
export function leverGroup(key: string): LeverGroup {
  return LEVERS[key]?.group ?? (key.startsWith('management.') ? 'management' : 'pay');
}

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
  const unit = h('span', { class: 'unit' }, isPercent(spec) ? '%' : unitText(spec));
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
