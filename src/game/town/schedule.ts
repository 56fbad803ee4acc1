/**
 * Turns one simulated week (its events) into a timeline over the week's
 * animation window, in week fractions 0..1: each rep's walk out to a few of
 * the customers they visit and back, and the moment each event pops up.
 * Pure (no Phaser): the Town scene plays the plan, tests check it.
 */
import type { SimEvent } from '../../sim';
import type { Point } from './layout';

export interface Cue {
  /** week fraction at which the event shows */
  t: number;
  event: SimEvent;
  /** for visits: the rep walks there (the bubble shows on the rep), else a ping on the house */
  toured: boolean;
}

export interface Tour {
  rep: number;
  /** path corners, home first and last; a stop appears twice (arrive, leave) */
  xs: number[];
  ys: number[];
  times: number[];
  /** per corner: the visit style while the rep stands there (0 walking, 1 relating, 2 pushing) */
  style: number[];
}

export interface WeekPlan {
  cues: Cue[];
  tours: Map<number, Tour>;
  /** net sales booked by each rep this week (deal events) */
  repSales: Map<number, number>;
}

export interface PlanOptions {
  maxStops: number;
  maxWom: number;
  maxPings: number;
}

const DEFAULTS: PlanOptions = { maxStops: 3, maxWom: 48, maxPings: 90 };
const T_START = 0.03;
const T_END = 0.9;
const DWELL = 0.07;

/** A stable pseudo-random fraction for spreading events over the week (a view, not the model). */
export function spread(key: number, salt: number): number {
  const x = Math.sin(key * 12.9898 + salt * 78.233) * 43758.5453;
  return x - Math.floor(x);
}

function pickStops(visits: { customer: number; push: boolean }[], max: number): number[] {
  const m = visits.length;
  if (m <= max) return visits.map((_, i) => i);
  const out: number[] = [];
  for (let i = 0; i < max; i++) out.push(Math.round((i * (m - 1)) / (max - 1 || 1)));
  return out;
}

function buildTour(
  rep: number,
  home: Point,
  stops: { customer: number; push: boolean }[],
  house: (c: number) => Point,
): Tour {
  // nearest neighbour from home
  const left = stops.map((s) => ({ ...s, p: house(s.customer) }));
  const ordered: typeof left = [];
  let cur = home;
  while (left.length) {
    let best = 0;
    let bestD = Infinity;
    for (let i = 0; i < left.length; i++) {
      const d = (left[i].p.x - cur.x) ** 2 + (left[i].p.y - cur.y) ** 2;
      if (d < bestD) {
        bestD = d;
        best = i;
      }
    }
    cur = left[best].p;
    ordered.push(left.splice(best, 1)[0]);
  }
  const pts: Point[] = [home, ...ordered.map((s) => s.p), home];
  let total = 0;
  const legs: number[] = [];
  for (let i = 1; i < pts.length; i++) {
    const d = Math.hypot(pts[i].x - pts[i - 1].x, pts[i].y - pts[i - 1].y);
    legs.push(d);
    total += d;
  }
  const walking = Math.max(0.1, T_END - T_START - DWELL * ordered.length);
  const xs = [home.x];
  const ys = [home.y];
  const times = [T_START];
  const style = [0];
  let t = T_START;
  for (let i = 0; i < ordered.length; i++) {
    t += total > 0 ? (walking * legs[i]) / total : walking / legs.length;
    const s = ordered[i];
    const st = s.push ? 2 : 1;
    xs.push(s.p.x, s.p.x);
    ys.push(s.p.y, s.p.y);
    times.push(t, t + DWELL);
    style.push(st, 0);
    t += DWELL;
  }
  xs.push(home.x);
  ys.push(home.y);
  times.push(T_END);
  style.push(0);
  return { rep, xs, ys, times, style };
}

export function planWeek(
  events: readonly SimEvent[],
  home: (rep: number) => Point,
  house: (customer: number) => Point,
  options: Partial<PlanOptions> = {},
): WeekPlan {
  const opt = { ...DEFAULTS, ...options };
  const visitsByRep = new Map<number, { customer: number; push: boolean }[]>();
  for (const e of events) {
    if (e.type !== 'visit') continue;
    let list = visitsByRep.get(e.rep);
    if (!list) visitsByRep.set(e.rep, (list = []));
    list.push({ customer: e.customer, push: e.push });
  }

  const tours = new Map<number, Tour>();
  /** when a (rep, customer) visit shows: key rep * 2^20 + customer */
  const visitTime = new Map<number, number>();
  const cues: Cue[] = [];
  let pingBudget = opt.maxPings;
  for (const [rep, visits] of visitsByRep) {
    const chosen = new Set(pickStops(visits, opt.maxStops));
    const stops = visits.filter((_, i) => chosen.has(i));
    const tour = buildTour(rep, home(rep), stops, house);
    tours.set(rep, tour);
    for (let i = 1; i < tour.times.length - 1; i += 2) {
      // arrival corners are 1, 3, 5 …; find which stop sits there
      const x = tour.xs[i];
      const y = tour.ys[i];
      const s = stops.find((v) => {
        const p = house(v.customer);
        return p.x === x && p.y === y;
      });
      if (!s) continue;
      const key = rep * 1048576 + s.customer;
      if (visitTime.has(key)) continue;
      visitTime.set(key, tour.times[i]);
      cues.push({ t: tour.times[i], event: { type: 'visit', rep, customer: s.customer, push: s.push }, toured: true });
    }
    const rest = visits.filter((_, i) => !chosen.has(i));
    rest.forEach((v, i) => {
      const t = 0.08 + (0.78 * (i + spread(v.customer, rep))) / rest.length;
      const key = rep * 1048576 + v.customer;
      if (!visitTime.has(key)) visitTime.set(key, t);
      if (pingBudget-- > 0) cues.push({ t, event: { type: 'visit', rep, customer: v.customer, push: v.push }, toured: false });
    });
  }

  const repSales = new Map<number, number>();
  const woms = events.filter((e) => e.type === 'wom');
  const womStep = woms.length > opt.maxWom ? woms.length / opt.maxWom : 1;
  let nextWom = 0;
  let womIndex = 0;
  for (const e of events) {
    switch (e.type) {
      case 'visit':
        break;
      case 'deal': {
        repSales.set(e.rep, (repSales.get(e.rep) ?? 0) + e.value);
        const seen = visitTime.get(e.rep * 1048576 + e.customer);
        const t = seen !== undefined ? Math.min(0.97, seen + DWELL * 0.8) : 0.12 + 0.76 * spread(e.customer, 1);
        cues.push({ t, event: e, toured: false });
        break;
      }
      case 'return':
      case 'churn':
        cues.push({ t: 0.15 + 0.75 * spread(e.customer, 2), event: e, toured: false });
        break;
      case 'hold':
        // decided before the week's visits, as the rep settles their pipeline
        cues.push({ t: 0.05 + 0.1 * spread(e.customer, 4), event: e, toured: false });
        break;
      case 'wom':
        if (womIndex++ >= nextWom) {
          nextWom += womStep;
          cues.push({ t: 0.1 + 0.8 * spread(e.from * 7 + e.to, 3), event: e, toured: false });
        }
        break;
      case 'hire':
        cues.push({ t: visitsByRep.has(e.rep) ? 0 : 0.93, event: e, toured: false });
        break;
      case 'quit':
        cues.push({ t: 0.94, event: e, toured: false });
        break;
      case 'bonus':
        cues.push({ t: 0.95, event: e, toured: false });
        break;
    }
  }
  cues.sort((a, b) => a.t - b.t);
  return { cues, tours, repSales };
}

export interface TourPoint extends Point {
  /** walking between corners */
  moving: boolean;
  /** 0 walking or home, 1 relating, 2 pushing (standing at a customer) */
  style: number;
  /** horizontal direction of the current leg */
  dx: number;
}

/** Where a rep is on their tour at week fraction t (home before and after it). Writes into out. */
export function tourPosition(tour: Tour, t: number, out: TourPoint): TourPoint {
  const { xs, ys, times, style } = tour;
  const last = times.length - 1;
  if (t <= times[0] || t >= times[last]) {
    const i = t <= times[0] ? 0 : last;
    out.x = xs[i];
    out.y = ys[i];
    out.moving = false;
    out.style = 0;
    out.dx = 0;
    return out;
  }
  let i = 0;
  while (i < last - 1 && t >= times[i + 1]) i++;
  const span = times[i + 1] - times[i];
  const f = span > 0 ? (t - times[i]) / span : 1;
  out.x = xs[i] + (xs[i + 1] - xs[i]) * f;
  out.y = ys[i] + (ys[i + 1] - ys[i]) * f;
  out.dx = xs[i + 1] - xs[i];
  out.moving = out.dx !== 0 || ys[i + 1] !== ys[i];
  out.style = style[i];
  return out;
}
