/**
 * The levers of a pay plan as the player reads them, without a DOM: which
 * parameters are levers, where each sits in the planning panel and what one
 * arrow key press adds, their labels and explanations from src/i18n (the
 * spec's own description only if a translation is missing), and values as a
 * field or a sentence shows them (shares in percent, money in the locale).
 */
import { PARAM_SPECS } from '../sim';
import type { ParamSpec } from '../sim';
import { hasKey, t } from '../i18n';
import { money, num, pct } from '../i18n/format';

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
  'plan.commissionFrom': { group: 'quota', step: 0.1 },
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

export function leverLabel(key: string): string {
  return hasKey(`params.${key}.label`) ? t(`params.${key}.label`) : key;
}

export function leverHelp(spec: ParamSpec): string {
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

/** A lever's unit as the planning panel words it (ui.units; the command line's terser words are i18n/units.ts). */
export function leverUnit(spec: ParamSpec): string {
  if (spec.kind === 'choice') return '';
  return hasKey(`ui.units.${spec.unit}`) ? t(`ui.units.${spec.unit}`) : spec.unit;
}

/** A lever's value as its field shows it (a percent lever times 100), without float noise. */
export function toInput(v: number, scale: number): string {
  return String(Number((v * scale).toFixed(6)));
}

/** A field's text back to the lever's value: 2.48 % is 0.0248, not 0.024800000000000003, so logs and codes keep what was typed. */
export function fromInput(text: string, scale: number): number {
  return Number((Number(text) / scale).toPrecision(12));
}
