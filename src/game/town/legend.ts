/**
 * The key under the town: what the house colours and marks mean, and what
 * each pop-up icon stands for. It keeps to the left of the bottom strip; the
 * app's DOM controls sit to its right.
 */
import type { GameObjects, Scene } from 'phaser';
import { t } from '../../i18n';
import { ART, ICON, iconFrame } from '../art';
import { ACTIVE_FIRST, COLORS, FONT, HEIGHT, LOST, PENDING, PROSPECT } from '../theme';
import { drawHouseShape } from './houseShape';

const HOUSES: [number, string][] = [
  [PROSPECT, 'prospect'],
  [PENDING, 'pending'],
  [ACTIVE_FIRST + 4, 'promoter'],
  [ACTIVE_FIRST + 3, 'satisfied'],
  [ACTIVE_FIRST + 2, 'lukewarm'],
  [ACTIVE_FIRST + 1, 'unhappy'],
  [ACTIVE_FIRST, 'veryUnhappy'],
  [LOST, 'lost'],
];

const ICONS: [string, string][] = [
  [iconFrame(ICON.relate), 'relating'],
  [iconFrame(ICON.push), 'pushing'],
  [iconFrame(ICON.deal), 'deal'],
  [iconFrame(ICON.discount), 'discount'],
  [iconFrame(ICON.returned), 'returned'],
  [iconFrame(ICON.leaves), 'leaves'],
  [iconFrame(ICON.praise), 'praise'],
  [iconFrame(ICON.complaint), 'complaint'],
];

export const LEGEND_TOP = HEIGHT - 58;
/** the legend never grows past this; the app's controls can use the rest of the bottom strip */
export const LEGEND_WIDTH = 720;

export class Legend {
  private readonly labels: { img: GameObjects.Image | GameObjects.Graphics; text: GameObjects.Text; key: string; row: number }[] = [];
  private readonly items: GameObjects.GameObject[] = [];
  private readonly bg: GameObjects.Graphics;
  /** right edge of the legend's box (the app's controls may sit to its right) */
  width = 0;

  constructor(scene: Scene, depth: number) {
    this.bg = scene.add.graphics().setDepth(depth);
    this.items.push(this.bg);
    const rows: [number, [string, string][]][] = [
      [LEGEND_TOP + 12, HOUSES.map(([state, key]) => [String(state), key])],
      [LEGEND_TOP + 38, ICONS],
    ];
    for (const [y, entries] of rows) {
      for (const [texture, key] of entries) {
        let img: GameObjects.Image | GameObjects.Graphics;
        if (y === LEGEND_TOP + 12) {
          img = scene.add.graphics().setDepth(depth + 1);
          drawHouseShape(img, -7, -7, 14, Number(texture));
          img.setY(y);
        } else {
          img = scene.add.image(0, y, ART, texture).setDepth(depth + 1).setDisplaySize(18, 18);
        }
        const text = scene.add
          .text(0, y, '', { fontFamily: FONT, fontSize: '12px', color: COLORS.ink, padding: { x: 0, y: 2 } })
          .setOrigin(0, 0.5)
          .setDepth(depth + 1);
        this.items.push(img, text);
        this.labels.push({ img, text, key, row: y });
      }
    }
    this.refreshTexts();
  }

  /** Sets the labels and lays each row out from the left, spacing items by their text. */
  refreshTexts(): void {
    let row = -1;
    let x = 0;
    let right = 0;
    for (const item of this.labels) {
      if (item.row !== row) {
        row = item.row;
        x = 18;
      }
      item.text.setText(t(`game.legend.${item.key}`));
      item.img.setX(x + 8);
      item.text.setX(x + 19);
      x += 19 + item.text.width + 11;
      right = Math.max(right, x);
    }
    this.width = Math.min(LEGEND_WIDTH, right);
    this.bg.clear().fillStyle(0xffffff, 0.6).fillRoundedRect(8, LEGEND_TOP - 4, this.width, 58, 8);
  }

  destroy(): void {
    for (const item of this.items) item.destroy();
  }
}
