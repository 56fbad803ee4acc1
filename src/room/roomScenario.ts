/**
 * The game a room plays: one facilitator's scenario (sfs1 code) and one seed
 * for every player, so the class compares decisions on the same market. A
 * story id becomes a facilitator's scenario of that story with nothing
 * changed (its title and briefing in both languages), so that the
 * instructor's pushed events always go into `scenario.events`.
 */
import { t } from '../i18n';
import { SCENARIO_IDS } from '../scenarios';
import { decodeScenarioCode, encodeScenarioCode } from '../codes/scenarioCode';
import { checkScenario, scenarioRunParams, type EventDecision, type FacilitatorScenario } from '../codes/facilitatorScenario';
import { WEEKS_PER_QUARTER, type Params } from '../sim';

/** A story id as a facilitator's scenario with no override, no event, no lock. */
export function storyScenario(id: string): FacilitatorScenario {
  const texts = (key: string) => ({ en: t(`scenarios.${id}.${key}`, {}, 'en'), fr: t(`scenarios.${id}.${key}`, {}, 'fr') });
  return checkScenario({ base: id, overrides: {}, events: [], locked: [], bounds: {}, title: texts('title'), briefing: texts('briefing') });
}

/** `--scenario`: a story id or a scenario code (throws UnknownScenarioError / RunCodeError). */
export function roomScenario(text: string): FacilitatorScenario {
  const trimmed = text.trim();
  return SCENARIO_IDS.includes(trimmed) ? storyScenario(trimmed) : decodeScenarioCode(trimmed);
}

/** The scenario with one more of the instructor's events (checkScenario judges it: throws ParamError). */
export function withEvent(sc: FacilitatorScenario, event: EventDecision): FacilitatorScenario {
  return checkScenario({ ...sc, events: [...sc.events, event] });
}

export const scenarioCode = (sc: FacilitatorScenario): string => encodeScenarioCode(sc);

export interface Calendar {
  params: Params;
  weeks: number;
  quarters: number;
}

export function calendarOf(sc: FacilitatorScenario): Calendar {
  const params = scenarioRunParams(sc);
  const weeks = params['run.weeks'];
  return { params, weeks, quarters: Math.ceil(weeks / WEEKS_PER_QUARTER) };
}

/** The week a quarter (0-based) ends at, within the run. */
export const quarterEndWeek = (quarter: number, weeks: number): number => Math.min((quarter + 1) * WEEKS_PER_QUARTER, weeks);
