/**
 * What the scenes share: the bridge to the app, the speed the player chose
 * and what the app last asked the town to do. One object per game.
 */
import type { GameBridge, Speed } from './bridge';

export type TownMode = 'idle' | 'play' | 'skip';

export class GameContext {
  speed: Speed = 1;
  /** what the Town scene should do when it (re)starts */
  townMode: TownMode = 'idle';
  /** the scene the Preloader hands over to */
  firstScene: 'Title' | 'Town' = 'Title';
  private resolveReady!: () => void;
  readonly ready: Promise<void>;

  constructor(readonly bridge: GameBridge) {
    this.ready = new Promise((resolve) => {
      this.resolveReady = resolve;
    });
  }

  markReady(): void {
    this.resolveReady();
  }
}
