/** A run's name in lists: its story's title, or the facilitator's scenario's own title. */
import { t } from '../../i18n';
import { customTitle } from '../screens/customBriefing';

export function runTitle(save: { scenario: string; sc?: string }): string {
  return (save.sc && customTitle(save.sc)) || t(`scenarios.${save.scenario}.title`);
}
