/**
 * The causes of one quarter of a game, computed from its run: the state at
 * each quarter's start rebuilt from the seed and the log, the quarter played
 * again from there under the previous plan (and with each change on its
 * own), what the market's events did (the quarter without each), who quit
 * and why (and the player's cut behind it), what a loss cost, where the
 * deals came from, what customers said.
 */
import type { Decision, RunState } from '../../sim';
import type { FacilitatorScenario } from '../../codes/facilitatorScenario';
import { changesIn } from './changes';
import { departureCauses } from './departureCauses';
import { eventEffects, quarterCauses, type QuarterCauses } from './quarterCauses';
import { quarterStats } from './quarters';
import { quarterStarts, recipeOf } from './replayRun';
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
  // one pass to the quarter's start keeps every quarter's start: the replays of earlier cuts start there
  const { starts, state: at } = quarterStarts(recipe, start);
  starts.push(at);
  const history = game.state.history;
  const played = history.slice(start, end);
  const causes = quarterCauses(recipe, at, played, changesIn(recipe.log, start, end, at.params));
  const moves = teamMoves(game.state, start, end);
  const prev = q > 0 ? quarterStats(history.slice(game.quarterStart(q - 1), start))[0] : undefined;
  const ctx = { events: eventEffects(recipe, at, played), cuts: departureCauses(recipe, starts, moves.departures, end), grossMargin: at.params['market.grossMargin'] };
  return { lines: quarterWhy(causes, prev, moves.departures, ctx), causes, moves };
}
