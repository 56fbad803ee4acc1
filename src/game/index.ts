/**
 * The Phaser side of Salesfloor: `createGame` mounts the scenes
 * (Boot → Preloader → Title → Town) in `parent` and returns the controls the
 * app drives them with. Load it lazily: `const { createGame } = await import('../game')`.
 */
import { AUTO, Game, Scale } from 'phaser';
import { t } from '../i18n';
import type { GameBridge, GameControls, Speed } from './bridge';
import { GameContext } from './context';
import { Boot } from './scenes/Boot';
import { Preloader } from './scenes/Preloader';
import { Title } from './scenes/Title';
import { Town } from './scenes/Town';
import { HEIGHT, WIDTH } from './theme';

export type { GameBridge, GameControls, Speed } from './bridge';

export async function createGame(parent: HTMLElement, bridge: GameBridge): Promise<GameControls> {
  const ctx = new GameContext(bridge);
  const title = new Title(ctx);
  const town = new Town(ctx);
  const game = new Game({
    type: AUTO,
    parent,
    width: WIDTH,
    height: HEIGHT,
    // transparent: the town's ground and houses are a 2D canvas under this one
    // (town/backdrop.ts); every scene paints its own background
    transparent: true,
    banner: false,
    audio: { noAudio: true },
    scale: { mode: Scale.FIT, autoCenter: Scale.CENTER_BOTH },
    // no MSAA: it halves the frame rate under software GL, and the town is mostly textures and straight edges
    render: { antialias: true, antialiasGL: false },
    scene: [new Boot(), new Preloader(ctx), title, town],
  });
  await ctx.ready;

  const label = () => game.canvas?.setAttribute('aria-label', t('game.canvasLabel'));
  game.canvas?.setAttribute('role', 'img');
  label();

  const townActive = () => game.scene.isActive('Town') && town.isReady;
  const openTown = (mode: 'idle' | 'play' | 'skip') => {
    ctx.townMode = mode;
    if (townActive()) {
      if (mode === 'play') town.play();
      else if (mode === 'skip') town.skip();
      else town.showIdle();
      return;
    }
    if (game.scene.isActive('Title')) game.scene.stop('Title');
    game.scene.start('Town');
  };

  let destroyed = false;
  return {
    showTitle() {
      if (destroyed) return;
      if (game.scene.isActive('Town')) game.scene.stop('Town');
      if (!game.scene.isActive('Title')) game.scene.start('Title');
    },
    playQuarter() {
      if (!destroyed) openTown('play');
    },
    showTown() {
      if (!destroyed) openTown('idle');
    },
    setSpeed(speed: Speed) {
      ctx.speed = speed;
    },
    skipQuarter() {
      if (!destroyed) openTown('skip');
    },
    refreshTexts() {
      if (destroyed) return;
      label();
      if (game.scene.isActive('Title')) title.refreshTexts();
      if (townActive()) town.refreshTexts();
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      game.destroy(true);
    },
  };
}
