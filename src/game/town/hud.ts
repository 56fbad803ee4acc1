/**
 * The town's top bar: the week, the firm's reputation and cash, this week's
 * word of mouth, and each rep's progress to quota (click a bar to open the
 * rep's card). Texts change only when their value does.
 */
import type { GameObjects, Scene } from 'phaser';
import { t } from '../../i18n';
import { int, moneyShort } from '../format';
import { COLORS, FONT, WIDTH } from '../theme';

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

const BARS_X = 660;
const BARS_W = WIDTH - BARS_X - 16;
const MAX_ROWS = 2;

function text(scene: Scene, x: number, y: number, size: number, color: string, bold = false): GameObjects.Text {
  return scene.add.text(x, y, '', { fontFamily: FONT, fontSize: `${size}px`, fontStyle: bold ? 'bold' : 'normal', color });
}

export class Hud {
  private readonly bg: GameObjects.Graphics;
  private readonly bars: GameObjects.Graphics;
  private readonly week: GameObjects.Text;
  private readonly weekSub: GameObjects.Text;
  private readonly repLabel: GameObjects.Text;
  private readonly repValue: GameObjects.Text;
  private readonly cashLabel: GameObjects.Text;
  private readonly cashValue: GameObjects.Text;
  private readonly womLabel: GameObjects.Text;
  private readonly womPos: GameObjects.Text;
  private readonly womNeg: GameObjects.Text;
  private readonly more: GameObjects.Text;
  private readonly names: GameObjects.Text[] = [];
  private readonly zones: GameObjects.Zone[] = [];
  private stats: HudStats | null = null;
  private repBars: RepBar[] = [];
  private shownIds: number[] = [];

  constructor(
    private readonly scene: Scene,
    depth: number,
    private readonly onRep: (id: number) => void,
  ) {
    this.bg = scene.add.graphics().setDepth(depth);
    this.bg.fillStyle(COLORS.hud, 0.96).fillRect(0, 0, WIDTH, HUD_HEIGHT);
    this.bg.fillStyle(0x000000, 0.12).fillRect(0, HUD_HEIGHT, WIDTH, 3);
    this.bars = scene.add.graphics().setDepth(depth + 1);
    this.week = text(scene, 20, 8, 22, COLORS.hudText, true).setDepth(depth + 1);
    this.weekSub = text(scene, 20, 38, 12, COLORS.hudMuted).setDepth(depth + 1);
    this.repLabel = text(scene, 232, 10, 12, COLORS.hudMuted).setDepth(depth + 1);
    this.repValue = text(scene, 232, 27, 20, COLORS.hudText, true).setDepth(depth + 1);
    this.cashLabel = text(scene, 372, 10, 12, COLORS.hudMuted).setDepth(depth + 1);
    this.cashValue = text(scene, 372, 27, 20, COLORS.hudText, true).setDepth(depth + 1);
    this.womLabel = text(scene, 508, 10, 12, COLORS.hudMuted).setDepth(depth + 1);
    this.womPos = text(scene, 508, 27, 20, '#8fd3ff', true).setDepth(depth + 1);
    this.womNeg = text(scene, 570, 27, 20, '#ffb37a', true).setDepth(depth + 1);
    this.more = text(scene, 0, 0, 12, COLORS.hudMuted).setDepth(depth + 1).setVisible(false);
    for (const x of [220, 360, 496, 648]) this.bg.fillStyle(0xffffff, 0.08).fillRect(x, 10, 1, HUD_HEIGHT - 20);
    this.refreshTexts();
  }

  setStats(stats: HudStats): void {
    this.stats = stats;
    const q = stats.weeksPerQuarter;
    const w = stats.week;
    const week = w < 0 ? 0 : (w % q) + 1;
    const quarter = w < 0 ? 1 : Math.floor(w / q) + 1;
    setText(this.week, t('game.week', { week, quarter }));
    setText(this.weekSub, t('game.weekOf', { week: Math.max(0, w + 1), total: stats.totalWeeks }));
    const arrow = stats.reputationTrend > 0.0005 ? ' ▲' : stats.reputationTrend < -0.0005 ? ' ▼' : '';
    setText(this.repValue, `${int(stats.reputation * 100)}${arrow}`);
    this.repValue.setColor(arrow === ' ▼' ? '#ffb37a' : arrow === ' ▲' ? '#8fd3ff' : COLORS.hudText);
    setText(this.cashValue, moneyShort(stats.cash));
    setText(this.womPos, `+${int(stats.womPositive)}`);
    setText(this.womNeg, `−${int(stats.womNegative)}`);
    this.womNeg.setX(this.womPos.x + this.womPos.width + 10);
  }

  setReps(bars: RepBar[]): void {
    this.repBars = bars;
    const n = bars.length;
    const perRow = Math.max(1, Math.min(n, Math.floor(BARS_W / 58)));
    const rows = Math.min(MAX_ROWS, Math.ceil(n / perRow));
    const capacity = perRow * rows;
    const shown = n > capacity ? capacity - 1 : n;
    const cellW = BARS_W / perRow;
    const rowH = (HUD_HEIGHT - 8) / rows;
    const g = this.bars;
    g.clear();
    const ids: number[] = [];
    for (let i = 0; i < shown; i++) {
      const b = bars[i];
      ids.push(b.id);
      const col = i % perRow;
      const row = Math.floor(i / perRow);
      const x = BARS_X + col * cellW;
      const y = 4 + row * rowH;
      const name = this.name(i);
      name.setVisible(true).setPosition(x + 2, y + (rows === 1 ? 8 : 1));
      setText(name, t('game.repShort', { n: b.id + 1 }));
      const zone = this.zone(i);
      zone.setPosition(x, y).setSize(cellW - 4, rowH).setVisible(true);
      zone.input?.hitArea.setTo(0, 0, cellW - 4, rowH);
      const bw = cellW - 12;
      const bh = rows === 1 ? 8 : 6;
      const by = y + (rows === 1 ? 30 : rowH - bh - 3);
      const scale = b.quota ? 0.8 : 1;
      const ratio = b.target > 0 ? b.value / b.target : 0;
      const fill = Math.max(0, Math.min(1, ratio * scale));
      g.fillStyle(COLORS.barTrack, 1).fillRect(x + 2, by, bw, bh);
      const color = !b.quota ? 0x9fb3c8 : ratio >= 1 ? COLORS.barOver : COLORS.barFill;
      if (fill > 0) g.fillStyle(color, 1).fillRect(x + 2, by, Math.max(2, bw * fill), bh);
      if (b.quota) g.fillStyle(0xffffff, 0.9).fillRect(x + 2 + bw * scale - 1, by - 3, 2, bh + 6);
    }
    for (let i = shown; i < this.names.length; i++) {
      this.names[i].setVisible(false);
      this.zones[i].setVisible(false);
      this.zones[i].setPosition(-100, -100);
    }
    this.shownIds = ids;
    if (shown < n) {
      const i = shown;
      const col = i % perRow;
      const row = Math.floor(i / perRow);
      this.more.setVisible(true).setPosition(BARS_X + col * cellW + 4, 4 + row * rowH + rowH / 2 - 8);
      setText(this.more, `+${n - shown}`);
    } else this.more.setVisible(false);
  }

  private name(i: number): GameObjects.Text {
    while (this.names.length <= i) {
      this.names.push(text(this.scene, 0, 0, 11, COLORS.hudText, true).setDepth(this.bars.depth));
    }
    return this.names[i];
  }

  private zone(i: number): GameObjects.Zone {
    while (this.zones.length <= i) {
      const k = this.zones.length;
      const z = this.scene.add.zone(0, 0, 10, 10).setOrigin(0, 0).setDepth(this.bars.depth + 1);
      z.setInteractive({ useHandCursor: true });
      z.on('pointerdown', () => {
        const id = this.shownIds[k];
        if (id !== undefined) this.onRep(id);
      });
      this.zones.push(z);
    }
    return this.zones[i];
  }

  refreshTexts(): void {
    setText(this.repLabel, t('game.reputation'));
    setText(this.cashLabel, t('game.cash'));
    setText(this.womLabel, t('game.wordOfMouth'));
    for (const n of this.names) n.setText('');
    if (this.stats) this.setStats(this.stats);
    this.setReps(this.repBars);
  }
}

function setText(obj: GameObjects.Text, value: string): void {
  if (obj.text !== value) obj.setText(value);
}
