/**
 * `salesfloor params`: every parameter of the schema, one aligned row each.
 * The description is the schema's (English); in French, the lever's French
 * explanation where the game has one (src/i18n/params.fr.ts), else the French
 * description of src/i18n/paramDescriptions.fr.ts.
 */
import { hasKey } from '../../i18n';
import { PARAM_DESCRIPTIONS_FR } from '../../i18n/paramDescriptions.fr';
import { PARAM_SPECS, type ParamSpec } from '../../sim';
import type { Tr } from '../locale';
import { alignColumns } from '../table';

export function rangeOf(spec: ParamSpec): string {
  return spec.kind === 'choice' ? spec.choices.join('|') : `${spec.min}..${spec.max}`;
}

/** A parameter's description in the CLI's language. */
export function describe(spec: ParamSpec, tr: Tr): string {
  if (tr.locale === 'en') return spec.description;
  const help = `params.${spec.key}.help`;
  return hasKey(help, 'fr') ? tr.any(help) : (PARAM_DESCRIPTIONS_FR[spec.key] ?? spec.description);
}

export function paramsText(tr: Tr): string {
  const header = ['key', 'default', 'range', 'unit', 'description'].map((c) => tr(`columns.${c}`));
  const rows = PARAM_SPECS.map((s) => [s.key, String(s.default), rangeOf(s), tr.unit(s.unit), describe(s, tr)]);
  return `${alignColumns([header, ...rows])}\n`;
}
