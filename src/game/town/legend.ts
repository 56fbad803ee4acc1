/**
 * The key under the town: what the house colours and marks mean, and what
 * each pop-up icon stands for. It keeps to the left of the bottom strip; the
 * app's DOM controls sit to its right. Painted on the backdrop under the
 * game canvas (see backdrop.ts) once, and again when the language changes.
 */
import { t } from '../../i18n';
import { ICON, iconFrame } from '../art';
import { ACTIVE_FIRST, COLORS, HEIGHT, LOST, PENDING, PROSPECT } from '../theme';
import type { PaintTextStyle, Painter } from './backdrop';
import { canvasPen, drawHouseShape } from './houseShape';

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

const LABEL: PaintTextStyle = { size: 12, color: COLORS.ink };
const HOUSE_ROW = LEGEND_TOP + 12;
const ICON_ROW = LEGEND_TOP + 38;

export class Legend {
  /** right edge of the legend's box (the app's controls may sit to its right) */
  width = 0;

  constructor(private readonly painter: Painter) {
    this.refreshTexts();
  }

  /** Paints the key, laying each row out from the left and spacing items by their text. */
  refreshTexts(): void {
    const b = this.painter;
    const houses = HOUSES.map(([state, key]) => ({ state, label: t(`game.legend.${key}`) }));
    const icons = ICONS.map(([frame, key]) => ({ frame, label: t(`game.legend.${key}`) }));
    const rowWidth = (labels: { label: string }[]) => labels.reduce((x, item) => x + 19 + b.measure(item.label, LABEL) + 11, 18);
    this.width = Math.min(LEGEND_WIDTH, Math.max(rowWidth(houses), rowWidth(icons)));
    b.clear(0, LEGEND_TOP - 6, LEGEND_WIDTH + 16, HEIGHT - LEGEND_TOP + 6);
    b.fill(8, LEGEND_TOP - 4, this.width, 58, 0xffffff, 0.6, 8);
    const pen = canvasPen(b.ctx);
    let x = 18;
    for (const item of houses) {
      drawHouseShape(pen, x + 8 - 7, HOUSE_ROW - 7, 14, item.state);
      x += 19 + b.text(item.label, x + 19, HOUSE_ROW, LABEL, 0, 0.5, 2) + 11;
    }
    x = 18;
    for (const item of icons) {
      b.picture(item.frame, x + 8, ICON_ROW, 18, 18);
      x += 19 + b.text(item.label, x + 19, ICON_ROW, LABEL, 0, 0.5, 2) + 11;
    }
  }
}
