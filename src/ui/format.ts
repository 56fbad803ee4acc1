/** Numbers and money for the current language, through Intl. */
import { numberFormat } from '../i18n/numberFormat';

const nf = numberFormat;

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
