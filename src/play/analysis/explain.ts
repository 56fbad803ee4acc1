/**
 * The causes of one quarter of a game, computed from its run: the state at
 * the quarter's start rebuilt from the seed and the log, the quarter played
 * again from there under the previous plan (and under each change taken out
 * alone), what the market's events did (the quarter without each), who quit
 * and why, where the deals came from, what customers said.
 */
import type { Decision, RunState } from '../../sim';
import type { FacilitatorScenario } from '../../codes/facilitatorScenario';
import { changesIn } from './changes';
import { eventEffects, quarterCauses, type QuarterCauses } from './quarterCauses';
import { quarterStats } from './quarters';
import { recipeOf, stateAt } from './replayRun';
import { teamMoves, type TeamMoves } from './teamMoves';
import { quarterWhy, type WhyLine } from './why';

/** What the explanations read of a game (a Session has it all). */
export interface GameRun {
  scenario: string;
  seed: string;
  custom: { def: FacilitatorScenario } | null;
  log: readonly Decision[];
  state: RunState;
  quarterStart(q: number): number;
  quarterEnd(q: number): number;
}

export interface QuarterExplanation {
  lines: WhyLine[];
  causes: QuarterCauses;
  moves: TeamMoves;
}

/** Quarter q (0-based) of a game whose run has played it. */
export function explainQuarter(game: GameRun, q: number): QuarterExplanation {
  const recipe = recipeOf(game);
  const start = game.quarterStart(q);
  const end = Math.min(game.quarterEnd(q), game.state.week);
  const at = stateAt(recipe, start);
  const history = game.state.history;
  const played = history.slice(start, end);
  const causes = quarterCauses(recipe, at, played, changesIn(recipe.log, start, end, at.params));
  const moves = teamMoves(game.state, start, end);
  const prev = q > 0 ? quarterStats(history.slice(game.quarterStart(q - 1), start))[0] : undefined;
  return { lines: quarterWhy(causes, prev, moves.departures, eventEffects(recipe, at, played)), causes, moves };
}
