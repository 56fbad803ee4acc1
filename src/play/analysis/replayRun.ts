/**
 * A game's run rebuilt from what it is made of (start parameters, seed, the
 * facilitator's events and the player's log) and played on from any week
 * under another log: the counterfactuals of the quarter review and the
 * debrief. Each week takes the events, then the player's decisions, as the
 * game's session does, so replaying the whole log gives the game's run.
 */
import { createRun, decisionsAt, isDone, openRun, stepRun, WEEKS_PER_QUARTER } from '../../sim';
import type { Decision, Params, RunState, WeekRecord } from '../../sim';
import { scenarioParams } from '../../scenarios';
import { scenarioRunLog, scenarioRunParams, type FacilitatorScenario } from '../../codes/facilitatorScenario';

export interface RunRecipe {
  params: Params;
  seed: string;
  /** the facilitator's events (none on a story) */
  events: readonly Decision[];
  /** the player's decisions */
  log: readonly Decision[];
}

/** The recipe of a game: its story (or a facilitator's scenario), seed and log. */
export function recipeOf(game: { scenario: string; seed: string; custom: { def: FacilitatorScenario } | null; log: readonly Decision[] }): RunRecipe {
  const def = game.custom?.def;
  return { params: def ? scenarioRunParams(def) : scenarioParams(game.scenario), seed: game.seed, events: scenarioRunLog(def, []), log: game.log };
}

function weekDecisions(events: readonly Decision[], log: readonly Decision[], week: number): Decision[] {
  const mine = decisionsAt(log, week);
  return events.length > 0 ? [...decisionsAt(events, week), ...mine] : mine;
}

/** Steps `state` in place up to week `end` (or the run's end) under `log`; returns the weeks' records. */
export function playOn(state: RunState, events: readonly Decision[], log: readonly Decision[], end: number): WeekRecord[] {
  const run = openRun(state);
  const out: WeekRecord[] = [];
  while (state.week < end && !isDone(state)) out.push(stepRun(run, weekDecisions(events, log, state.week)));
  return out;
}

/**
 * One pass over the run up to `end`: the state at the start of each quarter
 * (a snapshot, index = quarter) and the final state.
 */
export function quarterStarts(recipe: RunRecipe, end: number): { starts: RunState[]; state: RunState } {
  const state = createRun(recipe.params, recipe.seed);
  const starts: RunState[] = [];
  while (state.week < end && !isDone(state)) {
    starts.push(structuredClone(state));
    playOn(state, recipe.events, recipe.log, Math.min(end, state.week + WEEKS_PER_QUARTER));
  }
  return { starts, state };
}

/** The state at week `week` under the recipe's log. */
export function stateAt(recipe: RunRecipe, week: number): RunState {
  const state = createRun(recipe.params, recipe.seed);
  playOn(state, recipe.events, recipe.log, week);
  return state;
}

/** The weeks from a snapshot up to `end` under another log (the snapshot itself is left as it is). */
export function ghostFrom(start: RunState, events: readonly Decision[], log: readonly Decision[], end: number): { weeks: WeekRecord[]; state: RunState } {
  const state = structuredClone(start);
  return { weeks: playOn(state, events, log, end), state };
}
