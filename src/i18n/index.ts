/**
 * Every user-facing string, in English and French. `t('a.b.c', {n: 3})`
 * looks a key up in the current language and fills {placeholders}.
 * Counts take their noun's plural through `{n, plural, one {# deal} other {# deals}}`
 * (Intl.PluralRules; see plural.ts).
 */
import { en, type Strings } from './en';
import { fr } from './fr';
import { resolvePlurals } from './plural';

export type Locale = 'en' | 'fr';
export const LOCALES: readonly Locale[] = ['en', 'fr'];
const TABLES: Record<Locale, Strings> = { en, fr };

let current: Locale = 'en';
const listeners = new Set<(locale: Locale) => void>();

export function setLocale(locale: Locale): void {
  const changed = locale !== current;
  current = locale;
  if (changed) for (const listener of listeners) listener(locale);
}

/** Calls `listener` after each change of language (for texts outside the screens, which redraw themselves); returns its removal. */
export function onLocaleChange(listener: (locale: Locale) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function getLocale(): Locale {
  return current;
}

/** The best locale for a list of preferred languages (navigator.languages). */
export function pickLocale(preferred: readonly string[] | undefined): Locale {
  for (const tag of preferred ?? []) {
    const base = tag.toLowerCase().slice(0, 2);
    if (base === 'fr' || base === 'en') return base;
  }
  return 'en';
}

function lookup(table: unknown, key: string): string | undefined {
  let node: unknown = table;
  for (const part of key.split('.')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' ? node : undefined;
}

export function hasKey(key: string, locale: Locale = current): boolean {
  return lookup(TABLES[locale], key) !== undefined;
}

export function t(key: string, vars?: Record<string, string | number>, locale: Locale = current): string {
  const raw = resolvePlurals(lookup(TABLES[locale], key) ?? lookup(TABLES.en, key) ?? key, vars, locale);
  if (!vars) return raw;
  return raw.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** A text a user wrote in both languages (a facilitator's title, briefing) in the reader's, the other one where that was left empty. */
export function ownText(texts: Readonly<Record<Locale, string>>, locale: Locale = current): string {
  return texts[locale] || texts[locale === 'en' ? 'fr' : 'en'];
}

export function strings(locale: Locale = current): Strings {
  return TABLES[locale];
}
