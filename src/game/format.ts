/** Numbers and money for the current language (same conventions as src/ui/format.ts). */
import { numberFormat } from '../i18n/numberFormat';

const CURRENCY = 'EUR';
const nf = numberFormat;

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
