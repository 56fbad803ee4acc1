/** `salesfloor params`: every parameter of the schema, one aligned row each. */
import { PARAM_SPECS, type ParamSpec } from '../../sim';
import type { Tr } from '../locale';
import { alignColumns } from '../table';

export function rangeOf(spec: ParamSpec): string {
  return spec.kind === 'choice' ? spec.choices.join('|') : `${spec.min}..${spec.max}`;
}

export function paramsText(tr: Tr): string {
  const header = ['key', 'default', 'range', 'unit', 'description'].map((c) => tr(`columns.${c}`));
  const rows = PARAM_SPECS.map((s) => [s.key, String(s.default), rangeOf(s), s.unit, s.description]);
  return `${alignColumns([header, ...rows])}\n`;
}
