/**
 * The result score's scale (src/play/analysis/score.ts): its marks are the
 * reference plans' profits on the same town, so very different runs score
 * far apart and in order (runs of 213 k€ and 1.59 M€ on the sales director's
 * story both scored 50 when the scale's bottom was the run itself).
 */
import { describe, expect, it } from 'vitest';
import { ghostRun, GHOST_SCENARIOS } from '../../src/play/analysis/ghosts';
import { ledgerTotals, resultScore } from '../../src/play/analysis/score';

const references = (seed: string) => GHOST_SCENARIOS.map((id) => ledgerTotals(ghostRun(id, seed)).profit);

describe('result score', () => {
  it('scores 213 k€ and 1.59 M€ runs of the same story clearly apart, in order', () => {
    for (const seed of ['42', 'class-7']) {
      const refs = references(seed);
      const low = resultScore(213_000, refs);
      const high = resultScore(1_590_000, refs);
      expect(high - low, `seed ${seed}: ${low} and ${high}`).toBeGreaterThanOrEqual(15);
    }
  });

  it('has the reference plans at 100 and 50, no profit at 0, and keeps the order of any two results', () => {
    const refs = references('42');
    const [better, worse] = [Math.max(...refs), Math.min(...refs)];
    expect(resultScore(better, refs)).toBe(100);
    expect(resultScore(worse, refs)).toBe(50);
    expect(resultScore(0, refs)).toBe(0);
    expect(resultScore(-500_000, refs)).toBe(0);
    expect(resultScore(2 * better, refs)).toBe(100);
    expect(resultScore(worse / 2, refs)).toBe(25);
    const profits = Array.from({ length: 60 }, (_, i) => -1e6 + i * 150_000);
    const scores = profits.map((p) => resultScore(p, refs));
    for (let i = 1; i < scores.length; i++) expect(scores[i]).toBeGreaterThanOrEqual(scores[i - 1]);
    // and strictly apart where the scale runs (no profit to the better plan), at this spacing
    const inside = scores.filter((_, i) => profits[i] > 0 && profits[i] < better);
    expect(new Set(inside).size).toBe(inside.length);
  });

  it('still has a bottom when a class scenario\'s reference plans lose money', () => {
    const refs = [-200_000, 100_000];
    expect(resultScore(100_000, refs)).toBe(100);
    expect(resultScore(-200_000, refs)).toBe(50);
    expect(resultScore(-500_000, refs)).toBe(0);
    expect(resultScore(-350_000, refs)).toBe(25);
    expect(resultScore(-50_000, refs)).toBe(75);
  });
});
