/**
 * The town's pure parts (no Phaser): the layout of houses, the week plan that
 * turns a week's events into a timeline, and the week clock that paces the sim.
 */
import { describe, expect, it } from 'vitest';
import { cellOf, housePoint, layoutTown, slotPoint } from '../../src/game/town/layout';
import { planWeek, tourPosition, type TourPoint } from '../../src/game/town/schedule';
import { WEEK_MS, WeekClock } from '../../src/game/town/weekClock';
import type { SimEvent } from '../../src/sim';

const MAP = { x: 16, y: 72, w: 1248, h: 580 };

function inside(p: { x: number; y: number }, r: { x: number; y: number; w: number; h: number }): boolean {
  return p.x >= r.x && p.x <= r.x + r.w && p.y >= r.y && p.y <= r.y + r.h;
}

describe('town layout', () => {
  it('gives each of 3000 customers its own house on the map, clear of the office', () => {
    const l = layoutTown(3000, MAP);
    expect(l.group).toBe(1);
    expect(l.cells).toBe(3000);
    expect(l.house).toBeGreaterThanOrEqual(9);
    const seen = new Set<string>();
    const office = { x: l.office.x, y: l.office.y, w: l.office.w, h: l.office.h + l.plaza.h };
    for (let c = 0; c < 3000; c++) {
      const p = housePoint(l, c);
      expect(inside(p, MAP)).toBe(true);
      expect(inside(p, office)).toBe(false);
      seen.add(`${p.x},${p.y}`);
    }
    expect(seen.size).toBe(3000);
  });

  it('keeps index neighbours near each other (word of mouth travels between neighbours)', () => {
    const l = layoutTown(3000, MAP);
    const a = housePoint(l, 1000);
    const b = housePoint(l, 1001);
    expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeLessThan(l.pitch * 3);
  });

  it('groups customers per house when the market is very large', () => {
    const l = layoutTown(50000, MAP);
    expect(l.group).toBeGreaterThan(1);
    expect(l.cells * l.group).toBeGreaterThanOrEqual(50000);
    expect(cellOf(l, 49999)).toBe(l.cells - 1);
  });

  it('puts every rep on the plaza', () => {
    const l = layoutTown(3000, MAP);
    for (const count of [1, 10, 40]) {
      for (let i = 0; i < count; i++) {
        const p = slotPoint(l, i, count);
        expect(inside(p, { x: l.plaza.x, y: l.plaza.y, w: l.plaza.w, h: l.plaza.h })).toBe(true);
      }
    }
  });
});

describe('week plan', () => {
  const home = () => ({ x: 600, y: 400 });
  const house = (c: number) => ({ x: 20 + (c % 100) * 12, y: 80 + Math.floor(c / 100) * 12 });

  it('walks each rep through at most three visits and back home, and times every event inside the week', () => {
    const events: SimEvent[] = [];
    for (let i = 0; i < 8; i++) events.push({ type: 'visit', rep: 2, customer: 100 + i * 37, push: i % 2 === 0 });
    events.push({ type: 'deal', rep: 2, customer: 100, value: 5000, discount: 0.1, moved: false, misconduct: false, source: 'cold', repeat: false });
    events.push({ type: 'deal', rep: -1, customer: 9, value: 5000, discount: 0, moved: false, misconduct: false, source: 'cold', repeat: false });
    events.push({ type: 'wom', from: 5, to: 9, positive: true });
    events.push({ type: 'churn', rep: 2, customer: 40 });
    events.push({ type: 'bonus', rep: 2, amount: 9000 });
    const plan = planWeek(events, home, house);
    const tour = plan.tours.get(2)!;
    expect(tour.xs.length).toBe(2 + 2 * 3);
    expect(tour.xs[0]).toBe(600);
    expect(tour.xs[tour.xs.length - 1]).toBe(600);
    for (let i = 1; i < tour.times.length; i++) expect(tour.times[i]).toBeGreaterThanOrEqual(tour.times[i - 1]);
    expect(plan.cues.filter((c) => c.event.type === 'visit')).toHaveLength(8);
    expect(plan.cues.filter((c) => c.toured)).toHaveLength(3);
    for (const c of plan.cues) {
      expect(c.t).toBeGreaterThanOrEqual(0);
      expect(c.t).toBeLessThanOrEqual(1);
    }
    for (let i = 1; i < plan.cues.length; i++) expect(plan.cues[i].t).toBeGreaterThanOrEqual(plan.cues[i - 1].t);
    expect(plan.repSales.get(2)).toBe(5000);
    // the deal after a visit shows after that visit
    const visit = plan.cues.find((c) => c.event.type === 'visit' && c.event.customer === 100)!;
    const deal = plan.cues.find((c) => c.event.type === 'deal' && c.event.customer === 100)!;
    expect(deal.t).toBeGreaterThan(visit.t);
  });

  it('thins out word of mouth when there is too much to show', () => {
    const events: SimEvent[] = [];
    for (let i = 0; i < 500; i++) events.push({ type: 'wom', from: i, to: i + 1, positive: i % 3 !== 0 });
    const plan = planWeek(events, home, house, { maxWom: 40 });
    const shown = plan.cues.filter((c) => c.event.type === 'wom').length;
    expect(shown).toBeLessThanOrEqual(41);
    expect(shown).toBeGreaterThanOrEqual(39);
  });

  it('places a rep on their tour without allocating', () => {
    const plan = planWeek([{ type: 'visit', rep: 0, customer: 250, push: true }], home, house);
    const tour = plan.tours.get(0)!;
    const p: TourPoint = { x: 0, y: 0, moving: false, style: 0, dx: 0 };
    expect(tourPosition(tour, 0, p)).toBe(p);
    expect(p).toMatchObject({ x: 600, y: 400, moving: false });
    tourPosition(tour, (tour.times[1] + tour.times[2]) / 2, p);
    expect(p).toMatchObject({ x: house(250).x, y: house(250).y, style: 2, moving: false });
    tourPosition(tour, (tour.times[0] + tour.times[1]) / 2, p);
    expect(p.moving).toBe(true);
    tourPosition(tour, 1, p);
    expect(p).toMatchObject({ x: 600, y: 400 });
  });
});

describe('week clock', () => {
  it('asks for a week at once, then one per window at the chosen speed', () => {
    const c = new WeekClock();
    c.start();
    expect(c.tick(16, 1)).toBe(true);
    c.nextWindow();
    let boundaries = 0;
    for (let t = 0; t < WEEK_MS * 3 + 32; t += 16) {
      if (c.tick(16, 1)) {
        boundaries++;
        c.nextWindow();
      }
    }
    expect(boundaries).toBe(3);
    const fast = new WeekClock();
    fast.start();
    fast.tick(16, 4);
    fast.nextWindow();
    let n = 0;
    for (let t = 0; t < WEEK_MS + 32; t += 16) {
      if (fast.tick(16, 4)) {
        n++;
        fast.nextWindow();
      }
    }
    expect(n).toBe(4);
  });

  it('stands still when paused and never skips a week on a long frame', () => {
    const c = new WeekClock();
    c.start();
    c.tick(16, 1);
    c.nextWindow();
    expect(c.tick(10_000, 0)).toBe(false);
    expect(c.fraction).toBe(0);
    // a 10 s frame at 4× moves at most 100 ms of clock
    expect(c.tick(10_000, 4)).toBe(false);
    expect(c.fraction).toBeCloseTo((100 * 4) / WEEK_MS);
    for (let i = 0; i < 10; i++) c.tick(10_000, 4);
    expect(c.fraction).toBe(1);
    expect(c.window).toBe(0);
  });
});
