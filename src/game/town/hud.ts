/**
 * The town's top bar: the week, the firm's reputation and cash, this week's
 * word of mouth, and each rep's progress to quota (click a bar to open the
 * rep's card). Painted on the canvas over the game's (see backdrop.ts), at
 * most once a frame and only when something in it changed; the bars' click
 * areas are zones of the scene.
 */
import type { GameObjects, Scene } from 'phaser';
import { t } from '../../i18n';
import { int, money } from '../../i18n/format';
import { COLORS, WIDTH } from '../theme';
import type { PaintTextStyle, Painter } from './backdrop';

export const HUD_HEIGHT = 62;

export interface RepBar {
  id: number;
  /** sales counted toward the bar */
  value: number;
  /** the quota, or a reference level when there is no quota */
  target: number;
  quota: boolean;
}

export interface HudStats {
  /** last simulated week (0-based), -1 before the first */
  week: number;
  weeksPerQuarter: number;
  totalWeeks: number;
  reputation: number;
  reputationTrend: number;
  cash: number;
  womPositive: number;
  womNegative: number;
}

const SHADOW = 3;
/** the lowest line the bar and its shadow paint */
export const HUD_BOTTOM = HUD_HEIGHT + SHADOW;

const BARS_X = 660;
const BARS_W = WIDTH - BARS_X - 16;
const MAX_ROWS = 2;

const style = (size: number, color: string, bold = false): PaintTextStyle => ({ size, color, bold });
const TITLE = style(22, COLORS.hudText, true);
const SMALL = style(12, COLORS.hudMuted);
const VALUE = style(20, COLORS.hudText, true);
const NAME = style(11, COLORS.hudText, true);
const UP = '#8fd3ff';
const DOWN = '#ffb37a';

/** How the rep bars share the bar area. */
interface Grid {
  perRow: number;
  rows: number;
  /** bars drawn; the rest are counted in a "+n" */
  shown: number;
  cellW: number;
  rowH: number;
}

function grid(n: number): Grid {
  const perRow = Math.max(1, Math.min(n, Math.floor(BARS_W / 58)));
  const rows = Math.min(MAX_ROWS, Math.ceil(n / perRow));
  const capacity = perRow * rows;
  return { perRow, rows, shown: n > capacity ? capacity - 1 : n, cellW: BARS_W / perRow, rowH: (HUD_HEIGHT - 8) / Math.max(1, rows) };
}

export class Hud {
  private readonly zones: GameObjects.Zone[] = [];
  private stats: HudStats | null = null;
  private repBars: RepBar[] = [];
  private shownIds: number[] = [];
  private dirty = true;

  constructor(
    private readonly scene: Scene,
    private readonly painter: Painter,
    private readonly depth: number,
    private readonly onRep: (id: number) => void,
  ) {}

  setStats(stats: HudStats): void {
    this.stats = stats;
    this.dirty = true;
  }

  setReps(bars: RepBar[]): void {
    this.repBars = bars;
    const g = grid(bars.length);
    const ids: number[] = [];
    for (let i = 0; i < g.shown; i++) {
      ids.push(bars[i].id);
      const x = BARS_X + (i % g.perRow) * g.cellW;
      const y = 4 + Math.floor(i / g.perRow) * g.rowH;
      const zone = this.zone(i);
      zone.setPosition(x, y).setSize(g.cellW - 4, g.rowH).setVisible(true);
      zone.input?.hitArea.setTo(0, 0, g.cellW - 4, g.rowH);
    }
    for (let i = g.shown; i < this.zones.length; i++) this.zones[i].setVisible(false).setPosition(-100, -100);
    this.shownIds = ids;
    this.dirty = true;
  }

  refreshTexts(): void {
    this.dirty = true;
  }

  /** Repaints the bar if anything in it changed (call once a frame). */
  flush(): void {
    if (!this.dirty) return;
    this.dirty = false;
    const b = this.painter;
    b.clear(0, 0, WIDTH, HUD_BOTTOM);
    b.fill(0, 0, WIDTH, HUD_HEIGHT, COLORS.hud, 0.96);
    b.fill(0, HUD_HEIGHT, WIDTH, SHADOW, 0x000000, 0.12);
    for (const x of [220, 360, 496, 648]) b.fill(x, 10, 1, HUD_HEIGHT - 20, 0xffffff, 0.08);
    b.text(t('game.reputation'), 232, 10, SMALL);
    b.text(t('game.cash'), 372, 10, SMALL);
    b.text(t('game.wordOfMouth'), 508, 10, SMALL);
    if (this.stats) this.paintStats(this.stats);
    this.paintBars();
  }

  private paintStats(stats: HudStats): void {
    const b = this.painter;
    const q = stats.weeksPerQuarter;
    const w = stats.week;
    const week = w < 0 ? 0 : (w % q) + 1;
    const quarter = w < 0 ? 1 : Math.floor(w / q) + 1;
    b.text(t('game.week', { week, quarter }), 20, 8, TITLE);
    b.text(t('game.weekOf', { week: Math.max(0, w + 1), total: stats.totalWeeks }), 20, 38, SMALL);
    const arrow = stats.reputationTrend > 0.0005 ? ' ▲' : stats.reputationTrend < -0.0005 ? ' ▼' : '';
    const trend = arrow === ' ▼' ? DOWN : arrow === ' ▲' ? UP : COLORS.hudText;
    b.text(`${int(stats.reputation * 100)}${arrow}`, 232, 27, { ...VALUE, color: trend });
    b.text(money(stats.cash, true), 372, 27, VALUE);
    const pos = b.text(`+${int(stats.womPositive)}`, 508, 27, { ...VALUE, color: UP });
    b.text(`−${int(stats.womNegative)}`, 508 + pos + 10, 27, { ...VALUE, color: DOWN });
  }

  private paintBars(): void {
    const b = this.painter;
    const bars = this.repBars;
    const g = grid(bars.length);
    for (let i = 0; i < g.shown; i++) {
      const bar = bars[i];
      const x = BARS_X + (i % g.perRow) * g.cellW;
      const y = 4 + Math.floor(i / g.perRow) * g.rowH;
      b.text(t('game.repShort', { n: bar.id + 1 }), x + 2, y + (g.rows === 1 ? 8 : 1), NAME);
      const bw = g.cellW - 12;
      const bh = g.rows === 1 ? 8 : 6;
      const by = y + (g.rows === 1 ? 30 : g.rowH - bh - 3);
      const scale = bar.quota ? 0.8 : 1;
      const ratio = bar.target > 0 ? bar.value / bar.target : 0;
      const fill = Math.max(0, Math.min(1, ratio * scale));
      b.fill(x + 2, by, bw, bh, COLORS.barTrack);
      const color = !bar.quota ? 0x9fb3c8 : ratio >= 1 ? COLORS.barOver : COLORS.barFill;
      if (fill > 0) b.fill(x + 2, by, Math.max(2, bw * fill), bh, color);
      if (bar.quota) b.fill(x + 2 + bw * scale - 1, by - 3, 2, bh + 6, 0xffffff, 0.9);
    }
    if (g.shown < bars.length) {
      const i = g.shown;
      const x = BARS_X + (i % g.perRow) * g.cellW + 4;
      const y = 4 + Math.floor(i / g.perRow) * g.rowH + g.rowH / 2 - 8;
      b.text(`+${bars.length - g.shown}`, x, y, SMALL);
    }
  }

  private zone(i: number): GameObjects.Zone {
    while (this.zones.length <= i) {
      const k = this.zones.length;
      const z = this.scene.add.zone(0, 0, 10, 10).setOrigin(0, 0).setDepth(this.depth);
      z.setInteractive({ useHandCursor: true });
      // on release, as the reps in the town: a drag that starts on a bar pans the view without opening a card
      z.on('pointerup', () => {
        const id = this.shownIds[k];
        if (id !== undefined) this.onRep(id);
      });
      this.zones.push(z);
    }
    return this.zones[i];
  }
}
