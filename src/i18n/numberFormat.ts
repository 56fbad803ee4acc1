/** Intl number formats for the current language, built once per language and options. */
import { getLocale } from './index';

const cache = new Map<string, Intl.NumberFormat>();

export function numberFormat(options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = getLocale() + JSON.stringify(options);
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(getLocale() === 'fr' ? 'fr-FR' : 'en-GB', options);
    cache.set(key, f);
  }
  return f;
}
