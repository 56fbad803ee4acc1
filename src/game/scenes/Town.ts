/**
 * The quarter: the town of customers, the office and the reps. A week clock
 * asks the bridge for the next week at each window boundary and plays that
 * week's events over the following window; the sim never waits on a frame.
 * What stands still is painted on 2D canvases under and over the game
 * canvas (town/backdrop.ts); the scene itself draws only what moves.
 */
import { Scene } from 'phaser';
import type { RunState } from '../../sim';
import type { TownTarget } from '../bridge';
import type { GameContext } from '../context';
import { TownBackdrop } from '../town/backdrop';
import { Effects } from '../town/effects';
import { departureLabel, showEvent } from '../town/eventFx';
import { housePoint, layoutTown, type Point, type TownLayout } from '../town/layout';
import { HouseLayer } from '../town/houses';
import { TOWN_MAP } from '../town/map';
import { Office } from '../town/office';
import { weekLength } from '../town/pacing';
import { planWeek, type Cue, type WeekPlan } from '../town/schedule';
import { Walkers } from '../town/walkers';
import { WeekClock } from '../town/weekClock';
import type { StageView } from '../viewport';

/** A thing's box in world coordinates. */
export interface WorldBox {
  x: number;
  y: number;
  w: number;
  h: number;
}

const MAP = TOWN_MAP;
const DEFAULT_MARKET = 3000;
/** CSS pixels a house's cell reaches at the deepest zoom */
const HOUSE_TAP_PX = 48;
/** the ground, houses and office are painted on a canvas under all of these (the top bar and the key are page elements, src/ui/town/) */
const DEPTH = { reps: 10, fx: 20 };

export class Town extends Scene {
  private layout!: TownLayout;
  private houses: HouseLayer | null = null;
  private office: Office | null = null;
  private backdrop: TownBackdrop | null = null;
  private walkers!: Walkers;
  private effects!: Effects;
  private readonly clock = new WeekClock();
  private plan: WeekPlan | null = null;
  private cueIndex = 0;
  /** the run whose houses are on screen */
  private shown: RunState | null = null;
  /** sales of this week's deals that have not popped yet, per rep (the page's top bar holds them back) */
  private readonly unpopped = new Map<number, number>();
  /** the unpopped sales changed since the page was last told */
  private pendingDirty = true;
  /** the run's reps are drawn since the last showTown / playQuarter (a test's ready signal is due) */
  private drawnDirty = true;
  /** quarterAnimated() was called for the quarter on screen */
  private announced = true;
  /** a quarter ended (played or skipped) since the last showTown / playQuarter */
  private doneSinceReset = false;
  private ready = false;

  constructor(
    private readonly ctx: GameContext,
    private readonly view: StageView,
  ) {
    super('Town');
  }

  create(): void {
    // the ground, streets and houses show through from the backdrop under the game canvas
    this.cameras.main.setBackgroundColor('rgba(0,0,0,0)');
    this.ready = false;
    this.houses = null;
    this.office = null;
    this.backdrop = new TownBackdrop(this);
    this.shown = null;
    this.plan = null;
    this.clock.stop();
    // the default town until ensureTown lays out the run's market (the tour may point at the office before)
    const start = (this.layout = layoutTown(DEFAULT_MARKET, MAP));
    const o = start.office;
    this.view.frame({ focusX: o.x + o.w / 2, focusY: o.y + (o.h + start.plaza.h) / 2, pannable: true });
    this.walkers = new Walkers(this, start, DEPTH.reps, (id) => {
      if (!this.view.dragged) this.ctx.bridge.repClicked(id);
    });
    this.effects = new Effects(this, DEPTH.fx);
    this.effects.onArrive = (customer) => this.houses?.touch(this.customers(), customer);
    // destroy: the game can be torn down with the town on screen, and the backdrop lives in the page
    this.events.once('shutdown', this.shutdown, this);
    this.events.once('destroy', this.shutdown, this);
    this.ready = true;
    const mode = this.ctx.townMode;
    if (mode === 'play') this.play();
    else if (mode === 'skip') this.skip();
    else this.showIdle();
  }

  private shutdown(): void {
    this.events.off('shutdown', this.shutdown, this);
    this.events.off('destroy', this.shutdown, this);
    this.ready = false;
    delete this.view.world.dataset.town;
    this.clock.stop();
    this.plan = null;
    this.walkers.destroy();
    this.backdrop?.destroy();
    this.houses = null;
    this.office = null;
    this.backdrop = null;
  }

  get isReady(): boolean {
    return this.ready;
  }

  /** Where a rep, a customer's house or the office is (world coordinates), for the guided tour. */
  locate(target: TownTarget): WorldBox | null {
    if (!this.ready) return null;
    if (target === 'office') {
      const { office: o, plaza: p } = this.layout;
      return { x: o.x, y: o.y, w: o.w, h: o.h + p.h };
    }
    if ('rep' in target) {
      const b = this.walkers.bounds(target.rep);
      return b ? { x: b.x - b.size / 2, y: b.y - b.size / 2, w: b.size, h: b.size } : null;
    }
    if (target.customer < 0 || target.customer >= this.layout.customers) return null;
    const c = housePoint(this.layout, target.customer);
    const s = Math.max(this.layout.house, 8);
    return { x: c.x - s / 2, y: c.y - s / 2, w: s, h: s };
  }

  private state(): RunState | null {
    return this.ctx.bridge.getState();
  }

  private customers(): RunState['customers'] | null {
    return this.state()?.customers ?? null;
  }

  /** Builds the town for the current run (again when the market size or the run changes). */
  private ensureTown(state: RunState | null): void {
    const n = state ? state.customers.status.length : DEFAULT_MARKET;
    const backdrop = this.backdrop;
    if (!backdrop) return;
    if (!this.houses || this.layout.customers !== n) {
      this.layout = layoutTown(n, MAP);
      // zoomed all the way in, a house's cell is a 44 px target
      this.view.setMaxZoom(HOUSE_TAP_PX / this.layout.pitch);
      backdrop.under.clear(MAP.x, MAP.y, MAP.w, MAP.h);
      backdrop.paintStreets(this.layout.map, this.layout.streets);
      this.houses = new HouseLayer(backdrop.under, this.layout);
      this.office = new Office(backdrop.under, this.layout);
      this.walkers.setLayout(this.layout);
      this.shown = null;
    }
    if (this.shown !== state) {
      this.houses.invalidate();
      this.walkers.destroy();
      this.shown = state;
    }
    this.houses.syncAll(state?.customers ?? null);
  }

  /** The town at rest: the current state, reps at the office, no clock. */
  showIdle(): void {
    if (!this.ready) return;
    this.clock.stop();
    this.plan = null;
    this.effects.clear();
    this.unpopped.clear();
    this.announced = true;
    this.doneSinceReset = false;
    const state = this.state();
    this.ensureTown(state);
    this.walkers.sync(state);
    this.walkers.setTours(null);
    this.pendingDirty = true;
    this.drawnDirty = true;
  }

  /** Starts playing the current quarter at the current speed. */
  play(): void {
    if (!this.ready) return;
    this.showIdle();
    this.announced = false;
    this.clock.start();
  }

  /** Runs the rest of the quarter at once, then tells the app. */
  skip(): void {
    if (!this.ready) return;
    this.ctx.townMode = 'idle';
    if (this.doneSinceReset) return;
    this.clock.stop();
    this.plan = null;
    this.effects.clear();
    this.unpopped.clear();
    let state = this.state();
    this.ensureTown(state);
    while (this.ctx.bridge.nextWeek()) {
      // the rest of the quarter, at once
    }
    state = this.state();
    this.ensureTown(state);
    this.walkers.sync(state);
    this.walkers.setTours(null);
    this.pendingDirty = true;
    this.announced = true;
    this.doneSinceReset = true;
    this.ctx.bridge.quarterAnimated();
  }

  refreshTexts(): void {
    if (!this.ready) return;
    this.office?.refreshTexts();
    this.walkers.refreshTexts();
  }

  private effectMs(): number {
    return 1300 / Math.sqrt(Math.max(1, this.ctx.speed));
  }

  override update(_time: number, delta: number): void {
    if (!this.ready) return;
    const speed = this.ctx.speed;
    const visible = speed > 0 ? delta : 0;
    if (this.clock.tick(delta, speed)) this.boundary();
    const f = this.clock.fraction;
    if (this.plan) this.fireCues(f);
    this.walkers.place(this.plan ? f : 0, visible);
    this.effects.update(visible);
    this.houses?.flush();
    if (this.pendingDirty) {
      this.pendingDirty = false;
      this.ctx.bridge.townPending?.(this.unpopped);
    }
    if (this.drawnDirty) {
      this.drawnDirty = false;
      // the run's houses and reps are on screen: what a test waits for instead of a delay (written once, not every week)
      if (this.view.world.dataset.town !== 'ready') this.view.world.dataset.town = 'ready';
    }
  }

  /** End of a week window: settle it, then fetch and plan the next week. */
  private boundary(): void {
    if (this.plan) this.fireCues(Infinity);
    this.plan = null;
    this.houses?.syncAll(this.customers());
    const feed = this.ctx.bridge.nextWeek();
    if (!feed) {
      this.finish();
      return;
    }
    // the town dwells on a week where something happens, and speeds through a quiet one
    this.clock.nextWindow(weekLength(feed.marks ?? []));
    const state = this.state();
    this.ensureTown(state);
    const leaving = new Set<number>();
    for (const e of feed.events) if (e.type === 'quit') leaving.add(e.rep);
    this.walkers.sync(state, leaving);
    const office = this.officeDoor();
    const plan = planWeek(
      feed.events,
      (id) => this.walkers.home(id) ?? office,
      (c) => housePoint(this.layout, c),
    );
    this.plan = plan;
    this.cueIndex = 0;
    this.unpopped.clear();
    for (const [rep, v] of plan.repSales) this.unpopped.set(rep, v);
    this.walkers.setTours(plan.tours);
    this.pendingDirty = true;
  }

  private finish(): void {
    this.clock.stop();
    this.plan = null;
    this.walkers.setTours(null);
    this.unpopped.clear();
    this.pendingDirty = true;
    this.houses?.syncAll(this.customers());
    this.doneSinceReset = true;
    if (!this.announced) {
      this.announced = true;
      this.ctx.bridge.quarterAnimated();
    }
  }

  private officeDoor(): Point {
    const o = this.layout.office;
    return { x: o.x + o.w / 2, y: o.y + o.h + 20 };
  }

  private fireCues(f: number): void {
    const plan = this.plan;
    if (!plan) return;
    while (this.cueIndex < plan.cues.length && plan.cues[this.cueIndex].t <= f) this.fire(plan.cues[this.cueIndex++]);
  }

  private fire(cue: Cue): void {
    const houses = this.houses;
    if (!houses) return;
    const e = cue.event;
    showEvent({ layout: this.layout, houses, effects: this.effects, walkers: this.walkers, customers: this.customers() }, cue, this.effectMs());
    if (e.type === 'deal') {
      this.unpopped.set(e.rep, (this.unpopped.get(e.rep) ?? 0) - e.value);
      this.pendingDirty = true;
    } else if (e.type === 'quit') {
      // the last departure the town drew, in its words, on the world box (a few times a run): what a test can read of the canvas
      this.view.world.dataset.departure = departureLabel(e);
    }
  }
}
