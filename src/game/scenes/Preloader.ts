/**
 * Loads the pictures (local SVGs, rasterised once), draws the generated
 * shapes, waits briefly for the Inter font, then opens the Title or the Town.
 */
import { Scene, Scenes } from 'phaser';
import { t } from '../../i18n';
import { buildAtlas, loadArt } from '../art';
import type { GameContext } from '../context';
import { COLORS, FONT, HEIGHT, WIDTH } from '../theme';

const FONT_WAIT_MS = 1500;

async function fontsReady(): Promise<void> {
  const fonts = typeof document !== 'undefined' ? document.fonts : undefined;
  if (!fonts) return;
  const wait = Promise.all([fonts.load(`700 24px ${FONT}`), fonts.load(`400 14px ${FONT}`)]).then(() => undefined);
  await Promise.race([wait, new Promise<void>((resolve) => setTimeout(resolve, FONT_WAIT_MS))]).catch(() => undefined);
}

export class Preloader extends Scene {
  constructor(private readonly ctx: GameContext) {
    super('Preloader');
  }

  preload(): void {
    this.cameras.main.setBackgroundColor(COLORS.sky);
    const w = 360;
    const x = (WIDTH - w) / 2;
    const y = HEIGHT / 2;
    const track = this.add.graphics();
    track.fillStyle(0xffffff, 0.7).fillRoundedRect(x, y, w, 10, 5);
    const bar = this.add.graphics();
    this.add.text(WIDTH / 2, y - 24, t('game.loading'), { fontFamily: FONT, fontSize: '16px', color: COLORS.ink }).setOrigin(0.5);
    this.load.on('progress', (p: number) => {
      bar.clear().fillStyle(COLORS.positive, 1).fillRoundedRect(x, y, Math.max(10, w * p), 10, 5);
    });
    this.load.on('loaderror', (file: { key: string }) => console.warn(`Salesfloor: could not load ${file.key}`));
    loadArt(this);
  }

  create(): void {
    buildAtlas(this);
    void fontsReady().then(() => {
      // Ready once the first scene runs, not when its start is queued: the
      // app may open the town at once, and a title started after that kept
      // running and rendering under the town every frame.
      this.scene.get(this.ctx.firstScene).events.once(Scenes.Events.CREATE, () => this.ctx.markReady());
      this.scene.start(this.ctx.firstScene);
    });
  }
}
