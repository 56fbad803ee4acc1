/** A run's name in lists: its story's title, or the facilitator's scenario's own title, in the reader's language. */
import { getLocale, t, type Locale } from '../../i18n';
import { decodeScenarioCode } from '../../codes/scenarioCode';

export function runTitle(save: { scenario: string; sc?: string }): string {
  return (save.sc && customTitle(save.sc)) || t(`scenarios.${save.scenario}.title`);
}

/** A scenario's own text in the reader's language, the other one if the facilitator left it empty. */
export function own(texts: { en: string; fr: string }, locale: Locale): string {
  return texts[locale] || texts[locale === 'en' ? 'fr' : 'en'];
}

/** A scenario code's title in the reader's language, or null when the code cannot be read. */
function customTitle(code: string): string | null {
  try {
    return own(decodeScenarioCode(code).title, getLocale());
  } catch {
    return null;
  }
}
