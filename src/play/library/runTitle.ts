/** A run's name in lists: its story's title, or the facilitator's scenario's own title, in the reader's language. */
import { ownText, t } from '../../i18n';
import { decodeScenarioCode } from '../../codes/scenarioCode';

export function runTitle(save: { scenario: string; sc?: string }): string {
  return (save.sc && customTitle(save.sc)) || t(`scenarios.${save.scenario}.title`);
}

/** A scenario code's title in the reader's language, or null when the code cannot be read. */
function customTitle(code: string): string | null {
  try {
    return ownText(decodeScenarioCode(code).title);
  } catch {
    return null;
  }
}
