/** The interface language: the browser's by default, then the player's choice, remembered. */
import { LOCALES, pickLocale, setLocale, type Locale } from '../../i18n';

const KEY = 'salesfloor.locale';

export function initLocale(): Locale {
  let stored: string | null = null;
  try {
    stored = localStorage.getItem(KEY);
  } catch {
    stored = null;
  }
  const locale = LOCALES.includes(stored as Locale) ? (stored as Locale) : pickLocale(navigator.languages ?? [navigator.language]);
  applyLocale(locale);
  return locale;
}

export function chooseLocale(locale: Locale): void {
  try {
    localStorage.setItem(KEY, locale);
  } catch {
    // private mode: the choice lasts for this page only
  }
  applyLocale(locale);
}

function applyLocale(locale: Locale): void {
  setLocale(locale);
  document.documentElement.lang = locale;
}
