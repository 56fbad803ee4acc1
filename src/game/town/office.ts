/**
 * The team's office in the middle of the town, with its plaza where the reps
 * wait, painted on the backdrop under the game canvas (see backdrop.ts); its
 * sign again when the language changes.
 */
import { t } from '../../i18n';
import { ICON, iconFrame } from '../art';
import { COLORS } from '../theme';
import type { Painter } from './backdrop';
import type { TownLayout } from './layout';

const SIGN = { size: 12, bold: true, color: '#ffffff' };

export class Office {
  constructor(
    private readonly painter: Painter,
    private readonly layout: TownLayout,
  ) {
    const { office: o, plaza: p } = layout;
    const b = painter;
    // plaza
    b.fill(p.x - 8, o.y + 10, p.w + 16, p.y + p.h - o.y - 4, 0xc9cdbf, 1, 10);
    b.fill(p.x - 2, p.y + 2, p.w + 4, p.h - 6, 0xd9dccf, 1, 8);
    // building: three storeys and a flat roof
    const { bx, by, bw, bh } = this.building();
    b.fill(bx + 4, by + 6, bw, bh, 0x000000, 0.12);
    b.fill(bx, by, bw, bh, COLORS.office);
    b.fill(bx - 4, by - 4, bw + 8, 8, COLORS.officeRoof);
    const cols = 6;
    const rows = 3;
    const ww = 12;
    const wh = 12;
    const gx = (bw - cols * ww) / (cols + 1);
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < cols; c++) {
        const lit = (r * 7 + c * 3) % 5 !== 0;
        b.fill(bx + gx + c * (ww + gx), by + 28 + r * 20, ww, wh, lit ? COLORS.officeWindow : 0x5b6e86);
      }
    }
    // door
    b.fill(bx + bw / 2 - 10, by + bh - 22, 20, 22, 0x22303f);
    b.fill(bx + bw / 2 - 7, by + bh - 19, 14, 8, COLORS.officeWindow, 0.6);
    b.picture(iconFrame(ICON.tree), o.x + 8, o.y + o.h - 6, 34, 34, 0.5, 1);
    b.picture(iconFrame(ICON.pine), o.x + o.w - 8, o.y + o.h - 6, 34, 34, 0.5, 1);
    this.refreshTexts();
  }

  private building(): { bx: number; by: number; bw: number; bh: number } {
    const o = this.layout.office;
    return { bx: o.x + 22, by: o.y + 4, bw: o.w - 44, bh: o.h - 4 };
  }

  refreshTexts(): void {
    const { bx, by, bw } = this.building();
    // the wall under the sign, then the sign (the windows start 28 px down)
    this.painter.fill(bx, by + 4, bw, 20, COLORS.office);
    this.painter.text(t('game.office').toUpperCase(), bx + bw / 2, by + 10, SIGN, 0.5, 0.5);
  }
}
