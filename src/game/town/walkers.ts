/**
 * The sales reps as characters: each waits on the office plaza, walks out to
 * a few of the customers they visit this week and back, and shows how they
 * sell while standing at a door (🤝 relating, 📢 pushing). Clicking a rep
 * asks the app to open their card.
 */
import { Geom, type GameObjects, type Scene } from 'phaser';
import type { RunState } from '../../sim';
import { ART, ICON, iconFrame, repFrame } from '../art';
import { t } from '../../i18n';
import { FONT } from '../theme';
import { slotPoint, type Point, type TownLayout } from './layout';
import { tourPosition, type Tour, type TourPoint } from './schedule';

interface Walker {
  id: number;
  body: GameObjects.Image;
  shadow: GameObjects.Image;
  bubble: GameObjects.Image;
  icon: GameObjects.Image;
  badge: GameObjects.Text;
  home: Point;
  tour: Tour | null;
  /** 1 → 0 while leaving the company */
  leaving: number;
  phase: number;
}

export class Walkers {
  private readonly walkers = new Map<number, Walker>();
  private readonly tmp: TourPoint = { x: 0, y: 0, moving: false, style: 0, dx: 0 };
  private size = 36;

  constructor(
    private readonly scene: Scene,
    private layout: TownLayout,
    private readonly depth: number,
    private readonly onClick: (id: number) => void,
  ) {}

  setLayout(layout: TownLayout): void {
    this.layout = layout;
  }

  private make(id: number): Walker {
    const s = this.scene;
    const shadow = s.add.image(0, 0, ART, 'shadow').setDepth(this.depth);
    const body = s.add.image(0, 0, ART, repFrame(id)).setOrigin(0.5, 0.92).setDepth(this.depth + 1);
    // a tap area half as big again as the picture (54 px for a 36 px rep: 44 CSS px at the phone's zoom);
    // on release, so that a drag of the town that starts on a rep does not open the card
    const f = body.frame;
    const pad = 0.25;
    const area = new Geom.Rectangle(-f.width * pad, -f.height * pad, f.width * (1 + 2 * pad), f.height * (1 + 2 * pad));
    body.setInteractive({ hitArea: area, hitAreaCallback: Geom.Rectangle.Contains, useHandCursor: true });
    body.on('pointerup', () => this.onClick(id));
    body.on('pointerover', () => body.setData('hover', true));
    body.on('pointerout', () => body.setData('hover', false));
    const bubble = s.add.image(0, 0, ART, 'bubble').setDepth(this.depth + 2).setVisible(false);
    const icon = s.add.image(0, 0, ART, iconFrame(ICON.relate)).setDepth(this.depth + 3).setVisible(false);
    const badge = s.add
      .text(0, 0, String(id + 1), {
        fontFamily: FONT,
        fontSize: '11px',
        fontStyle: 'bold',
        color: '#ffffff',
        backgroundColor: '#1d2a3a',
        padding: { x: 3, y: 0 },
      })
      .setOrigin(0.5, 0)
      .setDepth(this.depth + 2);
    return { id, body, shadow, bubble, icon, badge, home: { x: 0, y: 0 }, tour: null, leaving: 0, phase: id * 0.37 };
  }

  /**
   * Matches the walkers to the active reps of the state (and to `keep`: reps
   * who quit this week and still have to walk off) and gives each a spot.
   */
  sync(state: RunState | null, keep?: ReadonlySet<number>): void {
    const reps = state ? state.reps.filter((r) => r.active || keep?.has(r.id)) : [];
    const alive = new Set(reps.map((r) => r.id));
    for (const [id, w] of this.walkers) {
      if (!alive.has(id) && w.leaving === 0) this.remove(id);
    }
    const count = reps.length;
    this.size = count <= 16 ? 36 : count <= 30 ? 28 : 22;
    reps.forEach((r, i) => {
      let w = this.walkers.get(r.id);
      if (!w) {
        w = this.make(r.id);
        this.walkers.set(r.id, w);
      }
      w.leaving = 0;
      slotPoint(this.layout, i, count, w.home);
      w.body.setDisplaySize(this.size, this.size).setAlpha(1);
      w.shadow.setDisplaySize(this.size * 0.8, this.size * 0.28);
      w.badge.setVisible(this.size >= 28);
    });
    this.place(0, 0);
  }

  private remove(id: number): void {
    const w = this.walkers.get(id);
    if (!w) return;
    w.body.destroy();
    w.shadow.destroy();
    w.bubble.destroy();
    w.icon.destroy();
    w.badge.destroy();
    this.walkers.delete(id);
  }

  home(id: number): Point | null {
    return this.walkers.get(id)?.home ?? null;
  }

  /** The rep's picture on screen (world coordinates): its centre and size; null for no such rep. */
  bounds(id: number): { x: number; y: number; size: number } | null {
    const w = this.walkers.get(id);
    return w ? { x: w.body.x, y: w.body.y - this.size * 0.42, size: this.size } : null;
  }

  /** Current position of a rep (for pop-ups over their head). */
  position(id: number): Point | null {
    const w = this.walkers.get(id);
    return w ? { x: w.body.x, y: w.body.y - this.size } : null;
  }

  setTours(tours: Map<number, Tour> | null): void {
    for (const w of this.walkers.values()) w.tour = tours?.get(w.id) ?? null;
  }

  /** A rep who quit fades out over the next moments. */
  leave(id: number): void {
    const w = this.walkers.get(id);
    if (w) w.leaving = 1;
  }

  /** Places every rep for week fraction f; dt (ms of visible time) drives walking bobs and fades. */
  place(f: number, dt: number): void {
    const p = this.tmp;
    for (const w of this.walkers.values()) {
      if (w.tour) tourPosition(w.tour, f, p);
      else {
        p.x = w.home.x;
        p.y = w.home.y;
        p.moving = false;
        p.style = 0;
        p.dx = 0;
      }
      if (p.moving) w.phase += dt * 0.018;
      const bob = p.moving ? -Math.abs(Math.sin(w.phase)) * 3 : 0;
      if (p.dx !== 0) w.body.setFlipX(p.dx < 0);
      const hover = w.body.getData('hover') === true;
      const s = this.size * (hover ? 1.18 : 1);
      w.body.setDisplaySize(s, s).setPosition(p.x, p.y + bob);
      w.shadow.setPosition(p.x, p.y + 1);
      w.badge.setPosition(p.x, p.y + 2);
      const standing = p.style > 0;
      w.bubble.setVisible(standing);
      w.icon.setVisible(standing);
      if (standing) {
        const bx = p.x + this.size * 0.55;
        const by = p.y - this.size * 1.25;
        w.bubble.setPosition(bx, by).setDisplaySize(30, 30);
        w.icon.setFrame(iconFrame(p.style === 2 ? ICON.push : ICON.relate)).setPosition(bx, by - 2).setDisplaySize(20, 20);
      }
      // nearer the bottom of the screen draws on top
      const d = this.depth + 1 + p.y / 1000;
      w.body.setDepth(d);
      if (w.leaving > 0) {
        w.leaving = Math.max(0, w.leaving - dt / 900);
        const a = w.leaving;
        w.body.setAlpha(a);
        w.shadow.setAlpha(a);
        w.badge.setAlpha(a);
        if (a === 0) this.remove(w.id);
      }
    }
  }

  refreshTexts(): void {
    for (const w of this.walkers.values()) w.body.setName(t('game.rep', { n: w.id + 1 }));
  }

  destroy(): void {
    for (const id of [...this.walkers.keys()]) this.remove(id);
  }
}
