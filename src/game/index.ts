/**
 * The Phaser side of Salesfloor: `createGame` mounts the scenes
 * (Boot → Preloader → Title → Town) in `parent` and returns the controls the
 * app drives them with. Load it lazily: `const { createGame } = await import('../game')`.
 */
import { AUTO, Game, Scale } from 'phaser';
import { t } from '../i18n';
import type { GameBridge, GameControls, PageBox, Speed, TownTarget } from './bridge';
import { GameContext } from './context';
import { Boot } from './scenes/Boot';
import { Preloader } from './scenes/Preloader';
import { Title } from './scenes/Title';
import { Town } from './scenes/Town';
import { HEIGHT, WIDTH } from './theme';
import { StageView } from './viewport';

export type { GameBridge, GameControls, PageBox, Speed, TownTarget } from './bridge';

export async function createGame(parent: HTMLElement, bridge: GameBridge): Promise<GameControls> {
  const ctx = new GameContext(bridge);
  // the canvases live in a world box the view scales and pans (viewport.ts)
  const view = new StageView(parent);
  const title = new Title(ctx, view);
  const town = new Town(ctx, view);
  const game = new Game({
    type: AUTO,
    parent: view.world,
    width: WIDTH,
    height: HEIGHT,
    // transparent: the town's ground and houses are a 2D canvas under this one
    // (town/backdrop.ts); every scene paints its own background
    transparent: true,
    banner: false,
    audio: { noAudio: true },
    // NONE: the view sizes and places the world box; it tells the scale manager where the canvas went
    scale: { mode: Scale.NONE, autoCenter: Scale.NO_CENTER },
    // no MSAA: it halves the frame rate under software GL, and the town is mostly textures and straight edges
    render: { antialias: true, antialiasGL: false },
    scene: [new Boot(), new Preloader(ctx), title, town],
  });
  view.onChange = () => game.scale.refresh();
  await ctx.ready;
  game.scale.refresh();

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
    locate(target: TownTarget): PageBox | null {
      if (destroyed || !townActive()) return null;
      const box = town.locate(target);
      if (!box) return null;
      view.reveal(box.x + box.w / 2, box.y + box.h / 2);
      const a = view.toPage(box.x, box.y);
      const b = view.toPage(box.x + box.w, box.y + box.h);
      return { left: a.x, top: a.y, width: b.x - a.x, height: b.y - a.y };
    },
    reframe() {
      if (!destroyed) view.reframe();
    },
    refreshTexts() {
      if (destroyed) return;
      label();
      if (game.scene.isActive('Title')) title.refreshTexts();
      if (townActive()) town.refreshTexts();
    },
    sleep(asleep: boolean) {
      if (destroyed) return;
      // no frame, no draw call: under software GL an unseen town still cost half a core
      if (asleep) game.loop.sleep();
      else game.loop.wake();
      // what a test waits on to count the frames of a sleeping town
      view.world.dataset.asleep = String(asleep);
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      game.destroy(true);
      view.destroy();
    },
  };
}
