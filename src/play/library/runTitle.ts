/** A run's name in lists and headers: its story's title, or the facilitator's scenario's own title, in the reader's language. */
import { ownText, t } from '../../i18n';
import { decodeScenarioCode } from '../../codes/scenarioCode';
import type { FacilitatorScenario } from '../../codes/facilitatorScenario';

/** The title of a game's scenario: the class scenario's own when it has one (the debrief, replay, compare), else the story's. */
export function scenarioTitleOf(scenario: string, custom?: Pick<FacilitatorScenario, 'title'> | null): string {
  return custom ? ownText(custom.title) : t(`scenarios.${scenario}.title`);
}

export function runTitle(save: { scenario: string; sc?: string }): string {
  return (save.sc && customTitle(save.sc)) || scenarioTitleOf(save.scenario);
}

/** A scenario code's title in the reader's language, or null when the code cannot be read. */
function customTitle(code: string): string | null {
  try {
    return ownText(decodeScenarioCode(code).title);
  } catch {
    return null;
  }
}
