/** A parameter's unit (src/sim/paramSpecs.ts) in a language's words, as `salesfloor params`, its errors and the lab show it. */
import { getLocale, hasKey, t, type Locale } from './index';

export function unitText(unit: string, locale: Locale = getLocale()): string {
  return hasKey(`cli.units.${unit}`, locale) ? t(`cli.units.${unit}`, undefined, locale) : unit;
}
