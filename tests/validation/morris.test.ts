/**
 * The Morris screening: a valid design (one factor moves per step, on the
 * grid, inside the unit cube) and effects that recover known functions.
 */
import { describe, expect, it } from 'vitest';
import { DELTA, design, effects, LEVELS, toValue, type Factor } from '../../src/research/morris';

const factors: Factor[] = ['a', 'b', 'c', 'd', 'e'].map((key) => ({ key, min: 0, max: 10, integer: false }));

describe('Morris design', () => {
  const trajectories = design(factors.length, 12, 'test');

  it('moves one factor by delta per step, on the grid, inside [0, 1]', () => {
    for (const tr of trajectories) {
      expect(tr.points).toHaveLength(factors.length + 1);
      expect([...tr.order].sort()).toEqual([0, 1, 2, 3, 4]);
      tr.points.forEach((x, j) => {
        for (const u of x) {
          expect(u).toBeGreaterThanOrEqual(0);
          expect(u).toBeLessThanOrEqual(1 + 1e-12);
          expect(Math.abs(u * (LEVELS - 1) - Math.round(u * (LEVELS - 1)))).toBeLessThan(1e-9);
        }
        if (j === 0) return;
        const moved = x.map((u, i) => u - tr.points[j - 1][i]).filter((d) => Math.abs(d) > 1e-12);
        expect(moved).toHaveLength(1);
        expect(Math.abs(moved[0])).toBeCloseTo(DELTA, 12);
      });
    }
  });

  it('is the same for the same seed and differs for another', () => {
    expect(design(5, 3, 'x')).toEqual(design(5, 3, 'x'));
    expect(design(5, 3, 'x')).not.toEqual(design(5, 3, 'y'));
  });

  it('recovers a linear function and ranks an irrelevant factor last', () => {
    // y = 3a - 2b + 0.5c + a*d (d matters only through its interaction with a), e does nothing
    const y = (x: number[]) => {
      const [a, b, c, d] = x.map((u, i) => toValue(factors[i], u));
      return 3 * a - 2 * b + 0.5 * c + 0.1 * a * d;
    };
    const out = effects(factors, trajectories, trajectories.map((tr) => tr.points.map(y)));
    const by = Object.fromEntries(out.map((e) => [e.key, e]));
    // per whole range (10 units): b moves y by exactly -20 everywhere, c by 5
    expect(by.b.mu).toBeCloseTo(-20, 9);
    expect(by.b.sigma).toBeCloseTo(0, 9);
    expect(by.c.muStar).toBeCloseTo(5, 9);
    expect(by.d.sigma).toBeGreaterThan(0);
    expect(by.e.muStar).toBe(0);
    expect(out[out.length - 1].key).toBe('e');
    expect(out[0].key).toBe('a');
  });
});
