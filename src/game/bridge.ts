/**
 * The narrow, typed channel between the Phaser scenes (src/game) and the app
 * (src/ui). Scenes read state and report clicks; they never step the sim on
 * their own schedule beyond asking for the next week.
 */
import type { RunState, SimEvent, WeekRecord } from '../sim';
import type { WeekMark } from './town/pacing';

export interface WeekFeed {
  record: WeekRecord;
  events: SimEvent[];
  /** what happened that week worth a mark (town/pacing.ts): the town dwells on a marked week */
  marks?: readonly WeekMark[];
}

/** Implemented by the app (src/ui); called by the scenes. */
export interface GameBridge {
  /** the current run, read only; null before a scenario is chosen */
  getState(): RunState | null;
  /** simulates the next week of the current quarter; null once the quarter is over */
  nextWeek(): WeekFeed | null;
  /** a rep or their bar was clicked in the town (the app opens their card; looking records nothing) */
  repClicked(repId: number): void;
  /** the town has shown the last week of the quarter */
  quarterAnimated(): void;
  /** sales of the week's deals the town has not shown yet, per rep (the page's top bar holds them back until they pop) */
  townPending?(pending: ReadonlyMap<number, number>): void;
}

export type Speed = 0 | 1 | 2 | 4;

/** What the guided tour can point at in the town: a rep, a customer's house, the office. */
export type TownTarget = { rep: number } | { customer: number } | 'office';

/** A box on the page, in CSS pixels of the viewport. */
export interface PageBox {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** Implemented by src/game; called by the app. */
export interface GameControls {
  showTitle(): void;
  /** shows the town and starts playing the current quarter at the current speed */
  playQuarter(): void;
  /** shows the town without playing (planning, review) */
  showTown(): void;
  setSpeed(speed: Speed): void;
  /** runs the rest of the quarter at once, then calls bridge.quarterAnimated() */
  skipQuarter(): void;
  /** where a thing of the town is on the page, panned into view first; null when the town is not on screen (optional: the fallback has no town) */
  locate?(target: TownTarget): PageBox | null;
  /** back to the town's default view (after the tour panned it to what it pointed at) */
  reframe?(): void;
  /** redraw every text after a language switch */
  refreshTexts(): void;
  /** stop drawing frames while a page covers the town, and start again (optional: the fallback draws none) */
  sleep?(asleep: boolean): void;
  destroy(): void;
}
