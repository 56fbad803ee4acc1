/**
 * The title: the game's name, its tagline and a small living street — reps
 * walking from door to door, relating or pushing, deals popping, neighbours
 * talking, houses taking the colour of how their people feel. The app's DOM
 * buttons sit on the right and at the bottom, so the picture keeps to the left.
 */
import { Scene, type GameObjects } from 'phaser';
import { t } from '../../i18n';
import { ART, ICON, iconFrame, repFrame } from '../art';
import type { GameContext } from '../context';
import { ACTIVE_FIRST, COLORS, FONT, HEIGHT, PROSPECT, WIDTH } from '../theme';
import { Effects } from '../town/effects';
import { drawHouseShape, graphicsPen } from '../town/houseShape';
import type { StageView } from '../viewport';

interface House {
  img: GameObjects.Graphics;
  x: number;
  y: number;
  size: number;
  state: number;
}

interface Walker {
  body: GameObjects.Image;
  bubble: GameObjects.Image;
  icon: GameObjects.Image;
  x: number;
  y: number;
  target: number;
  wait: number;
  push: boolean;
  phase: number;
}

/** where the title menu shows the game's name itself (phone.css): the painted one then stays out */
const MENU_NAME = '(max-width: 700px), (max-height: 500px)';
const GROUND_Y = 470;
const ROAD_Y = 612;
const SIZES = [46, 58];

export class Title extends Scene {
  private name!: GameObjects.Text;
  private tagline!: GameObjects.Text;
  private houses: House[] = [];
  private walkers: Walker[] = [];
  private effects!: Effects;
  private talkIn = 1200;
  private menuName: MediaQueryList | null = null;

  constructor(
    private readonly ctx: GameContext,
    private readonly view: StageView,
  ) {
    super('Title');
  }

  create(): void {
    // a small screen sees the street around the office; the name is then the DOM menu's (phone.css)
    this.view.frame({ focusX: 545, focusY: 440, pannable: false });
    this.menuName = matchMedia(MENU_NAME);
    this.houses = [];
    this.walkers = [];
    this.talkIn = 1200;
    this.drawBackdrop();
    this.name = this.add
      .text(84, 92, '', { fontFamily: FONT, fontSize: '112px', fontStyle: 'bold', color: COLORS.ink })
      .setShadow(0, 4, 'rgba(29,42,58,0.15)', 0, false, true);
    this.tagline = this.add.text(90, 234, '', {
      fontFamily: FONT,
      fontSize: '25px',
      color: COLORS.inkMuted,
      lineSpacing: 6,
      wordWrap: { width: 640 },
    });
    this.buildStreet();
    this.effects = new Effects(this, 50);
    this.refreshTexts();
  }

  refreshTexts(): void {
    if (!this.name?.active) return;
    this.name.setText(t('app.name'));
    this.tagline.setText(t('app.tagline'));
  }

  private drawBackdrop(): void {
    const g = this.add.graphics().setDepth(-10);
    g.fillGradientStyle(0xcfe4f3, 0xcfe4f3, 0xf3f1e6, 0xf3f1e6, 1);
    g.fillRect(0, 0, WIDTH, GROUND_Y + 20);
    // far hills
    g.fillStyle(0xcfdcc4, 1);
    g.fillEllipse(180, GROUND_Y + 30, 700, 150);
    g.fillEllipse(760, GROUND_Y + 40, 900, 130);
    g.fillEllipse(1250, GROUND_Y + 20, 600, 170);
    // ground, road and pavement
    g.fillStyle(COLORS.ground, 1).fillRect(0, GROUND_Y, WIDTH, HEIGHT - GROUND_Y);
    g.fillStyle(COLORS.block, 1).fillRect(0, GROUND_Y + 8, WIDTH, ROAD_Y - GROUND_Y - 20);
    g.fillStyle(0xc9cdbf, 1).fillRect(0, ROAD_Y - 12, WIDTH, 40);
    g.fillStyle(0xffffff, 0.7);
    for (let x = 20; x < WIDTH; x += 64) g.fillRect(x, ROAD_Y + 7, 30, 3);
    this.add.image(1060, 120, ART, iconFrame(ICON.sun)).setDisplaySize(120, 120).setAlpha(0.95);
    this.add.image(860, 70, ART, iconFrame(ICON.cloud)).setDisplaySize(96, 96).setAlpha(0.85);
    this.add.image(1200, 250, ART, iconFrame(ICON.cloud)).setDisplaySize(72, 72).setAlpha(0.7);
  }

  private buildStreet(): void {
    // the office
    const g = this.add.graphics().setDepth(2);
    const ox = 470;
    const ow = 150;
    const oy = GROUND_Y - 92;
    const oh = ROAD_Y - 14 - oy;
    g.fillStyle(0x000000, 0.12).fillRect(ox + 6, oy + 8, ow, oh);
    g.fillStyle(COLORS.office, 1).fillRect(ox, oy, ow, oh);
    g.fillStyle(COLORS.officeRoof, 1).fillRect(ox - 6, oy - 6, ow + 12, 10);
    for (let r = 0; r < 5; r++) {
      for (let c = 0; c < 4; c++) {
        const lit = (r * 5 + c * 3) % 4 !== 0;
        g.fillStyle(lit ? COLORS.officeWindow : 0x5b6e86, 1).fillRect(ox + 16 + c * 33, oy + 18 + r * 30, 18, 18);
      }
    }
    g.fillStyle(0x22303f, 1).fillRect(ox + ow / 2 - 14, oy + oh - 34, 28, 34);
    // two rows of houses, with trees between
    const back = [70, 150, 230, 310, 690, 770, 850];
    const front = [40, 140, 240, 340, 680, 790, 900];
    const states = [ACTIVE_FIRST + 4, PROSPECT, ACTIVE_FIRST + 3, ACTIVE_FIRST + 1, PROSPECT, ACTIVE_FIRST + 2, PROSPECT];
    back.forEach((x, i) => this.addHouse(x, GROUND_Y + 44, 0, states[(i + 3) % states.length]));
    front.forEach((x, i) => this.addHouse(x, ROAD_Y - 16, 1, states[i % states.length]));
    for (const [x, y, key, s] of [
      [108, GROUND_Y + 44, ICON.tree, 54],
      [395, GROUND_Y + 60, ICON.pine, 64],
      [650, GROUND_Y + 52, ICON.tree, 50],
      [960, GROUND_Y + 58, ICON.pine, 60],
      [1010, ROAD_Y - 14, ICON.tree, 70],
    ] as const) {
      this.add.image(x, y, ART, iconFrame(key)).setOrigin(0.5, 1).setDisplaySize(s, s).setDepth(y / 100);
    }
    for (let i = 0; i < 4; i++) {
      const body = this.add.image(0, 0, ART, repFrame(i * 2 + 1)).setOrigin(0.5, 0.92).setDisplaySize(52, 52);
      const bubble = this.add.image(0, 0, ART, 'bubble').setDisplaySize(40, 40).setVisible(false).setDepth(40);
      const icon = this.add.image(0, 0, ART, iconFrame(ICON.relate)).setDisplaySize(26, 26).setVisible(false).setDepth(41);
      const start = ox + ow / 2 + (i - 1.5) * 40;
      this.walkers.push({ body, bubble, icon, x: start, y: ROAD_Y + 22, target: -1, wait: 400 + i * 700, push: i % 2 === 1, phase: i });
    }
  }

  private addHouse(x: number, y: number, row: number, state: number): void {
    const size = SIZES[row];
    const img = this.add.graphics().setPosition(x, y).setDepth(y / 100);
    const h = { img, x, y, size, state };
    this.houses.push(h);
    this.setHouse(h, state);
  }

  private setHouse(h: House, state: number): void {
    h.state = state;
    h.img.clear();
    h.img.fillStyle(0x000000, 0.1).fillEllipse(4, -2, h.size * 1.1, 8);
    drawHouseShape(graphicsPen(h.img), -h.size / 2, -h.size, h.size, state);
  }

  override update(_time: number, delta: number): void {
    const dt = Math.min(delta, 100);
    // a name cut or shrunk by a small screen is not drawn (the DOM menu shows it there)
    const v = this.view.visibleWorld();
    const whole = v.x <= 70 && v.x + v.w >= 740 && v.y <= 80 && this.view.zoom >= 0.5 && !this.menuName?.matches;
    this.name.setVisible(whole);
    this.tagline.setVisible(whole);
    for (const w of this.walkers) this.walk(w, dt);
    this.talkIn -= dt;
    if (this.talkIn <= 0) {
      this.talkIn = 900 + Math.random() * 1400;
      const happy = this.houses.filter((h) => h.state >= ACTIVE_FIRST + 3 || h.state <= ACTIVE_FIRST + 1);
      const from = happy[Math.floor(Math.random() * happy.length)];
      if (from) {
        const near = this.houses.filter((h) => h !== from && Math.abs(h.x - from.x) < 240);
        const to = near[Math.floor(Math.random() * near.length)];
        const positive = from.state >= ACTIVE_FIRST + 3;
        if (to) {
          this.effects.travel(
            iconFrame(positive ? ICON.praise : ICON.complaint), positive ? 'ring-pos' : 'ring-neg',
            from.x, from.y - from.size, to.x, to.y - to.size, 28, 900, 0,
          );
        }
      }
    }
    this.effects.update(dt);
  }

  private walk(w: Walker, dt: number): void {
    if (w.wait > 0) {
      w.wait -= dt;
      if (w.wait <= 0 && w.target >= 0) this.leaveDoor(w);
      else if (w.wait <= 0) this.pickHouse(w);
    } else if (w.target >= 0) {
      const h = this.houses[w.target];
      const tx = h.x;
      const ty = ROAD_Y + 22;
      const dx = tx - w.x;
      const dy = ty - w.y;
      const d = Math.hypot(dx, dy);
      const step = 0.09 * dt;
      if (d <= step) {
        w.x = tx;
        w.y = ty;
        w.wait = 1300;
        w.icon.setFrame(iconFrame(w.push ? ICON.push : ICON.relate));
      } else {
        w.x += (dx / d) * step;
        w.y += (dy / d) * step;
        w.body.setFlipX(dx < 0);
        w.phase += dt * 0.016;
      }
    }
    const standing = w.wait > 0 && w.target >= 0;
    const bob = !standing && w.wait <= 0 ? -Math.abs(Math.sin(w.phase)) * 4 : 0;
    w.body.setPosition(w.x, w.y + bob).setDepth(w.y / 100 + 1);
    w.bubble.setVisible(standing).setPosition(w.x + 28, w.y - 70);
    w.icon.setVisible(standing).setPosition(w.x + 28, w.y - 72);
  }

  private pickHouse(w: Walker): void {
    let k = Math.floor(Math.random() * this.houses.length);
    if (this.walkers.some((o) => o !== w && o.target === k)) k = (k + 3) % this.houses.length;
    w.target = k;
    w.push = Math.random() < 0.45;
  }

  private leaveDoor(w: Walker): void {
    const h = this.houses[w.target];
    const buys = Math.random() < (w.push ? 0.65 : 0.5);
    if (buys) {
      this.effects.pop(iconFrame(ICON.deal), h.x, h.y - h.size - 10, 36, 1500);
      // relating leaves people happy; pushing sells now and sours later
      this.setHouse(h, w.push ? ACTIVE_FIRST + (Math.random() < 0.5 ? 0 : 1) : ACTIVE_FIRST + (Math.random() < 0.6 ? 4 : 3));
    } else if (w.push) {
      this.effects.pop(iconFrame(ICON.angry), h.x, h.y - h.size - 10, 30, 1200);
    }
    w.target = -1;
    this.pickHouse(w);
    w.wait = 0;
  }
}
