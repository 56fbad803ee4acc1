/** Numbers and money for the current language, through Intl. */
import { getLocale } from '../i18n';

const cache = new Map<string, Intl.NumberFormat>();

function nf(options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = getLocale() + JSON.stringify(options);
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(getLocale() === 'fr' ? 'fr-FR' : 'en-GB', options);
    cache.set(key, f);
  }
  return f;
}

export const CURRENCY = 'EUR';

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
