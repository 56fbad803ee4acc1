/** Numbers and money for the current language (same conventions as src/ui/format.ts). */
import { getLocale } from '../i18n';

const CURRENCY = 'EUR';
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

/** €1.2M, 4,5 k€ … */
export function moneyShort(value: number): string {
  return nf({ style: 'currency', currency: CURRENCY, notation: 'compact', maximumFractionDigits: 1 }).format(value);
}

export function int(value: number): string {
  return nf({ maximumFractionDigits: 0 }).format(value);
}

/** 0.1 → "10%" / "10 %" */
export function pct(value: number): string {
  return nf({ style: 'percent', maximumFractionDigits: 0 }).format(value);
}
