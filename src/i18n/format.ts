/**
 * The one number formatter: numbers and money for the current language,
 * through Intl, for the DOM screens, the scenes and the charts alike. Each
 * Intl.NumberFormat is built once per language and options.
 */
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

const nf = numberFormat;

export const CURRENCY = 'EUR';

/** €1,234 — or, compact, €1.2M / 4,5 k€ */
export function money(value: number, compact = false): string {
  return nf({ style: 'currency', currency: CURRENCY, maximumFractionDigits: 0, ...(compact ? { notation: 'compact', maximumFractionDigits: 1 } : {}) }).format(value);
}

export function int(value: number): string {
  return nf({ maximumFractionDigits: 0 }).format(value);
}

export function num(value: number, digits = 2): string {
  return nf({ maximumFractionDigits: digits }).format(value);
}

/** 0.42 → "42 %" (fr) / "42%" (en) */
export function pct(value: number, digits = 0): string {
  return nf({ style: 'percent', maximumFractionDigits: digits }).format(value);
}

export function signed(value: number, digits = 0): string {
  return nf({ maximumFractionDigits: digits, signDisplay: 'exceptZero' }).format(value);
}

/** Plurals go through the strings: `{n, plural, one {# deal} other {# deals}}` in a table, picked by t() (see plural.ts). */
export { pluralCategory } from './plural';

/** A duration's words, from a translator: under a second, or n whole seconds, minutes or hours. */
export type DurationWords = (key: 'underSecond' | 'seconds' | 'minutes' | 'hours', n: number) => string;

/**
 * About how long `seconds` is, for an estimate: under a second, whole seconds
 * below 90 s, whole minutes below 90 minutes, then whole hours (no decimal
 * point to write in each language), in the words `say` gives (the lab's
 * lab.size.*, the command line's cli.*).
 */
export function duration(seconds: number, say: DurationWords): string {
  if (seconds < 1) return say('underSecond', 1);
  if (seconds < 90) return say('seconds', Math.round(seconds));
  if (seconds < 90 * 60) return say('minutes', Math.round(seconds / 60));
  return say('hours', Math.round(seconds / 3600));
}
