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
