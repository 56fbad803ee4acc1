/**
 * The story's goal and the dilemmas' outcomes on the game's screens: the
 * briefing's goal card, the quarter bar's tracker, the debrief's verdict, and
 * "your decisions in the moment" in the review and the debrief
 * (src/play/goals.ts, src/play/dilemmaTrace.ts).
 */
import { t } from '../../i18n';
import { goalFor, goalJudgement, goalStatus, goalText, goalTracker } from '../../play/goals';
import { dilemmaLines, traceDilemmas } from '../../play/dilemmaTrace';
import { recipeOf } from '../../play/analysis/replayRun';
import type { Session } from '../../play/session';
import type { FacilitatorScenario } from '../../codes/facilitatorScenario';
import { scenarioParams } from '../../scenarios';
import { h } from '../kit/dom';
import './story.css';

/** The briefing's goal card. */
export function goalCard(scenario: string, custom: FacilitatorScenario | null = null): HTMLElement {
  const weeks = scenarioParams(custom?.base ?? scenario, custom?.overrides ?? {})['run.weeks'];
  return h('div', { class: 'card goal-card', 'data-testid': 'goal' }, h('h2', {}, t('story.goal.label')), h('p', {}, goalText(goalFor(scenario, custom), weeks)));
}

/** The quarter bar's line: where the game stands against its goal, updated each week. */
export function goalTrackerLine(session: Session): { element: HTMLElement; update(): void } {
  // the whole sentence, and a phone's one line (CSS shows one of them: the quarter's controls keep their height on a phone)
  const long = h('span', { class: 'goal-long' });
  const short = h('span', { class: 'goal-short', 'aria-hidden': 'true' });
  const element = h('p', { class: 'goal-tracker', 'data-testid': 'goal-tracker' }, long, short);
  const goal = goalFor(session.scenario, session.custom?.def);
  const update = () => {
    const s = goalStatus(goal, session.state, session.seed, session.custom?.def ?? null);
    long.textContent = goalTracker(goal, s);
    short.textContent = goalTracker(goal, s, true);
    element.dataset.met = String(s.met);
    element.title = goalText(goal, session.state.params['run.weeks']);
  };
  update();
  return { element, update };
}

/** The debrief's verdict on the goal. */
export function goalVerdict(session: Session): HTMLElement {
  const goal = goalFor(session.scenario, session.custom?.def);
  const s = goalStatus(goal, session.state, session.seed, session.custom?.def ?? null);
  return h(
    'section',
    { class: `card goal-verdict ${s.met ? 'goal-met' : 'goal-missed'}`, 'data-testid': 'goal-verdict', 'data-met': String(s.met) },
    h('h2', {}, t(s.met ? 'story.goal.met' : 'story.goal.missed')),
    h('p', {}, goalJudgement(goal, s)),
    h('p', { class: 'hint' }, goalText(goal, session.state.params['run.weeks'])),
  );
}

/** "Your decisions in the moment": what the answers to the dilemmas did, in one quarter or (null) the whole run; null when none was asked. */
export function dilemmaOutcomes(session: Session, quarter: number | null): HTMLElement | null {
  const until = quarter === null ? session.state.week : Math.min(session.quarterEnd(quarter), session.state.week);
  const lines = dilemmaLines(traceDilemmas(recipeOf(session), until), quarter);
  if (lines.length === 0) return null;
  return h('section', { class: 'card dilemma-outcomes', 'data-testid': 'dilemma-outcomes' }, h('h2', {}, t('story.dilemma.trace.title')), h('ul', {}, lines.map((l) => h('li', {}, l))));
}
