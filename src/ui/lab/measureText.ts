/**
 * Outcome measures (src/research/measures.ts) in the page's words: a default
 * measure by its name ("Year-2 profit"), any measure by what it computes
 * ("sum of Profit over weeks 53–104"), so a headline never shows a bare key.
 */
import { hasKey, t } from '../../i18n';
import type { MeasureDef } from '../../research/measures';

/** A column of the weeks table by its name in the lab (its key where the lab has none). */
function column(key: string): string {
  return hasKey(`lab.weekly.${key}`) ? t(`lab.weekly.${key}`) : key;
}

/** A measure's name: the page's for a default measure, the spec's own otherwise. */
export function measureLabel(name: string): string {
  return hasKey(`lab.measures.names.${name}`) ? t(`lab.measures.names.${name}`) : name;
}

/** What a measure computes, in the page's language. */
export function measureHow(def: MeasureDef): string {
  if ('ratio' in def) return t('lab.measures.ratio', { a: measureLabel(def.ratio[0]), b: measureLabel(def.ratio[1]) });
  if ('diff' in def) return t('lab.measures.diff', { a: measureLabel(def.diff[0]), b: measureLabel(def.diff[1]) });
  const kind = 'sum' in def ? 'sum' : 'mean' in def ? 'mean' : 'end';
  const key = 'sum' in def ? def.sum : 'mean' in def ? def.mean : def.end;
  const window = def.weeks === undefined ? t('lab.measures.wholeRun') : t('lab.measures.window', { weeks: def.weeks.replace('-', '–') });
  return t(`lab.measures.${kind}`, { column: column(key), window });
}
