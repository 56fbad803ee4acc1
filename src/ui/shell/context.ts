/** What screens may ask of the app. Screens build DOM; the app owns the session, the scenes and the route. */
import type { GameControls, Speed } from '../../game/bridge';
import type { Decision, RunState } from '../../sim';
import type { Locale } from '../../i18n';
import type { Route } from './router';
import type { SaveData } from '../../play/save';
import type { Session } from '../../play/session';

export interface AppContext {
  readonly session: Session | null;
  readonly saved: SaveData | null;
  readonly speed: Speed;
  /** aborted when the current screen goes (a language switch draws the page again): a screen ties its document listeners and timers to it */
  readonly signal: AbortSignal;
  /** aborted when the visitor leaves the page (another route, or the game): what a page keeps across its screens (workers) goes with it */
  readonly pageSignal: AbortSignal;
  navigate(route: Route, replace?: boolean): void;
  switchLocale(locale: Locale): void;
  /** from the briefing: a fresh run of that scenario and seed (on a facilitator's scenario: its code, sc) */
  newGame(scenario: string, seed: string, sc?: string): void;
  startQuarter(decisions: Decision[]): void;
  setSpeed(speed: Speed): void;
  skipQuarter(): void;
  nextQuarter(): void;
  openRepCard(rep: number): void;
  playAgain(): void;
  /** makes a run from the library the current game and opens it (where it was, or its debrief); a live room's game names its room */
  reopenRun(save: SaveData, room?: string): void;
  /** the current game was deleted from the library: forget it (the title no longer offers to continue it) */
  dropCurrent(): void;
  game(command: (c: GameControls) => void): void;
  /** a recorded run's state for the town to draw when no game is in progress (a replay); null gives the title back */
  showState(state: RunState | null): void;
}
