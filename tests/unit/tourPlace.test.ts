/** Where the guided tour's card goes: beside its target, never over it nor over the player's controls. */
import { describe, expect, it } from 'vitest';
import { placeCard, type Box } from '../../src/ui/tour/place';

const view: Box = { left: 0, top: 0, width: 390, height: 844 };
const card = { width: 360, height: 200 };
const overlaps = (a: Box, b: Box) => a.left < b.left + b.width && a.left + a.width > b.left && a.top < b.top + b.height && a.top + a.height > b.top;
const boxAt = (p: { left: number; top: number }): Box => ({ ...p, ...card });

describe('placeCard', () => {
  it('puts the card under a target near the top, inside the view', () => {
    const target = { left: 100, top: 100, width: 40, height: 40 };
    const at = placeCard(card, target, [], view);
    expect(at.top).toBeGreaterThanOrEqual(140);
    expect(at.left).toBeGreaterThanOrEqual(8);
    expect(at.left + card.width).toBeLessThanOrEqual(382);
  });

  it('goes above a target when below would cover a control', () => {
    const target = { left: 150, top: 500, width: 40, height: 40 };
    const bar = { left: 8, top: 600, width: 374, height: 236 };
    const at = placeCard(card, target, [bar], view);
    expect(overlaps(boxAt(at), target)).toBe(false);
    expect(overlaps(boxAt(at), bar)).toBe(false);
    expect(at.top + card.height).toBeLessThanOrEqual(500);
  });

  it('with no free spot, covers as few controls as it can and stays in the view', () => {
    const target = { left: 0, top: 0, width: 390, height: 400 };
    const sheet = { left: 0, top: 400, width: 390, height: 444 };
    const footer = { left: 0, top: 744, width: 390, height: 100 };
    const at = placeCard(card, target, [sheet, footer], view);
    expect(overlaps(boxAt(at), footer)).toBe(false);
    expect(at.top).toBeGreaterThanOrEqual(8);
    expect(at.top + card.height).toBeLessThanOrEqual(836);
  });

  it('without a target, takes a free corner', () => {
    const at = placeCard(card, null, [{ left: 0, top: 0, width: 390, height: 300 }], view);
    expect(at.top).toBeGreaterThanOrEqual(300);
  });
});

describe('placeCard on a phone with a bottom sheet', () => {
  it('leaves the ring on the town visible, covering the sheet rather than the target', () => {
    const target = { left: 120, top: 120, width: 150, height: 150 };
    const sheet = { left: 0, top: 354, width: 390, height: 490 };
    const footer = { left: 0, top: 690, width: 390, height: 154 };
    const at = placeCard(card, target, [sheet, footer], view);
    expect(overlaps(boxAt(at), target)).toBe(false);
    expect(overlaps(boxAt(at), footer)).toBe(false);
  });
});
