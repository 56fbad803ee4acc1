/** `salesfloor scenarios`: one line per scenario, its id and title. */
import { t, type Locale } from '../../i18n';
import { SCENARIO_IDS } from '../../scenarios';
import { alignColumns } from '../table';

export function scenariosText(locale: Locale): string {
  return `${alignColumns(SCENARIO_IDS.map((id) => [id, t(`scenarios.${id}.title`, undefined, locale)]))}\n`;
}
