/** The team's office in the middle of the town, with its plaza where the reps wait. */
import type { GameObjects, Scene } from 'phaser';
import { t } from '../../i18n';
import { ART, ICON, iconFrame } from '../art';
import { COLORS, FONT } from '../theme';
import type { TownLayout } from './layout';

export class Office {
  private readonly gfx: GameObjects.Graphics;
  private readonly sign: GameObjects.Text;
  private readonly trees: GameObjects.Image[] = [];

  constructor(scene: Scene, layout: TownLayout, depth: number) {
    const { office: o, plaza: p } = layout;
    const g = (this.gfx = scene.add.graphics().setDepth(depth));
    // plaza
    g.fillStyle(0xc9cdbf, 1).fillRoundedRect(p.x - 8, o.y + 10, p.w + 16, p.y + p.h - o.y - 4, 10);
    g.fillStyle(0xd9dccf, 1).fillRoundedRect(p.x - 2, p.y + 2, p.w + 4, p.h - 6, 8);
    // building: three storeys and a flat roof
    const bx = o.x + 22;
    const bw = o.w - 44;
    const by = o.y + 4;
    const bh = o.h - 4;
    g.fillStyle(0x000000, 0.12).fillRect(bx + 4, by + 6, bw, bh);
    g.fillStyle(COLORS.office, 1).fillRect(bx, by, bw, bh);
    g.fillStyle(COLORS.officeRoof, 1).fillRect(bx - 4, by - 4, bw + 8, 8);
    const cols = 6;
    const rows = 3;
    const ww = 12;
    const wh = 12;
    const gx = (bw - cols * ww) / (cols + 1);
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < cols; c++) {
        const lit = (r * 7 + c * 3) % 5 !== 0;
        g.fillStyle(lit ? COLORS.officeWindow : 0x5b6e86, 1).fillRect(bx + gx + c * (ww + gx), by + 28 + r * 20, ww, wh);
      }
    }
    // door
    g.fillStyle(0x22303f, 1).fillRect(bx + bw / 2 - 10, by + bh - 22, 20, 22);
    g.fillStyle(COLORS.officeWindow, 0.6).fillRect(bx + bw / 2 - 7, by + bh - 19, 14, 8);
    this.sign = scene.add
      .text(o.x + o.w / 2, by + 10, '', { fontFamily: FONT, fontSize: '12px', fontStyle: 'bold', color: '#ffffff' })
      .setOrigin(0.5, 0.5)
      .setDepth(depth + 1);
    for (const [x, y, key] of [
      [o.x + 8, o.y + o.h - 6, ICON.tree],
      [o.x + o.w - 8, o.y + o.h - 6, ICON.pine],
    ] as const) {
      this.trees.push(scene.add.image(x, y, ART, iconFrame(key)).setDisplaySize(34, 34).setOrigin(0.5, 1).setDepth(depth + 1));
    }
    this.refreshTexts();
  }

  refreshTexts(): void {
    this.sign.setText(t('game.office').toUpperCase());
  }

  destroy(): void {
    this.gfx.destroy();
    this.sign.destroy();
    for (const tree of this.trees) tree.destroy();
  }
}
