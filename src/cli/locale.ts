/**
 * The CLI's language: French when the POSIX locale (LC_ALL, then LC_MESSAGES,
 * then LANG) starts with "fr", English otherwise.
 */
import { t, type Locale } from '../i18n';
import { unitText } from '../i18n/units';

/** The values a message's {placeholders} take. */
export type Vars = Record<string, string | number>;

export function localeFromEnv(env: Record<string, string | undefined>): Locale {
  const tag = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return tag.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

/**
 * A translator for the strings under `cli.` in one locale; `any` reads any
 * key (inputErrors.…, params.…), a `unit` placeholder in the locale's words.
 */
export type Tr = ((key: string, vars?: Vars) => string) & { any: (key: string, vars?: Vars) => string; unit: (unit: string) => string; locale: Locale };

export function translator(locale: Locale): Tr {
  const unit = (u: string) => unitText(u, locale);
  const withUnit = (vars?: Vars) => (vars && typeof vars.unit === 'string' ? { ...vars, unit: unit(vars.unit) } : vars);
  const tr = (key: string, vars?: Vars) => t(`cli.${key}`, withUnit(vars), locale);
  return Object.assign(tr, { any: (key: string, vars?: Vars) => t(key, withUnit(vars), locale), unit, locale });
}
