/**
 * The CLI's language: French when the POSIX locale (LC_ALL, then LC_MESSAGES,
 * then LANG) starts with "fr", English otherwise.
 */
import { t, type Locale } from '../i18n';
import type { Vars } from './errors';

export function localeFromEnv(env: Record<string, string | undefined>): Locale {
  const tag = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return tag.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

/** A translator for the strings under `cli.` in one locale. */
export type Tr = (key: string, vars?: Vars) => string;

export function translator(locale: Locale): Tr {
  return (key, vars) => t(`cli.${key}`, vars, locale);
}
