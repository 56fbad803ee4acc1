/**
 * Where the tour's card goes: next to what it points at, never over it, and
 * never over the controls the player needs (the quarter's bar, the plan's
 * confirm button, the review's next button). Pure geometry, unit tested.
 */

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

const GAP = 12;
const EDGE = 8;

function overlaps(a: Box, b: Box): boolean {
  return a.left < b.left + b.width && a.left + a.width > b.left && a.top < b.top + b.height && a.top + a.height > b.top;
}

function clampX(left: number, width: number, view: Box): number {
  return Math.max(view.left + EDGE, Math.min(view.left + view.width - width - EDGE, left));
}

/**
 * The card's top-left corner: below the target, above it, to its right, to
 * its left, then the corners of the view; the first that fits in the view and
 * covers neither the target nor anything in `avoid`. With none free, the one
 * that covers the least (the target counting as two).
 */
export function placeCard(card: { width: number; height: number }, target: Box | null, avoid: readonly Box[], view: Box): { left: number; top: number } {
  const { width, height } = card;
  const spots: { left: number; top: number }[] = [];
  if (target) {
    const cx = clampX(target.left + target.width / 2 - width / 2, width, view);
    spots.push({ left: cx, top: target.top + target.height + GAP });
    spots.push({ left: cx, top: target.top - height - GAP });
    const cy = Math.max(view.top + EDGE, Math.min(view.top + view.height - height - EDGE, target.top + target.height / 2 - height / 2));
    spots.push({ left: target.left + target.width + GAP, top: cy });
    spots.push({ left: target.left - width - GAP, top: cy });
  }
  const right = view.left + view.width - width - EDGE;
  const bottom = view.top + view.height - height - EDGE;
  spots.push({ left: view.left + EDGE, top: view.top + EDGE }, { left: right, top: view.top + EDGE }, { left: view.left + EDGE, top: bottom }, { left: right, top: bottom });
  const inside = (s: { left: number; top: number }) =>
    s.left >= view.left + EDGE - 0.5 && s.top >= view.top + EDGE - 0.5 && s.left + width <= view.left + view.width - EDGE + 0.5 && s.top + height <= view.top + view.height - EDGE + 0.5;
  const box = (s: { left: number; top: number }): Box => ({ left: s.left, top: s.top, width, height });
  const free = spots.find((s) => inside(s) && !(target && overlaps(box(s), target)) && !avoid.some((a) => overlaps(box(s), a)));
  if (free) return free;
  // covering the target costs as much as covering two controls: the ring must show
  const cost = (s: { left: number; top: number }) => avoid.reduce((sum, a) => sum + (overlaps(box(s), a) ? 1 : 0), target && overlaps(box(s), target) ? 2 : 0);
  const fitting = spots.filter(inside);
  const pool = fitting.length ? fitting : [{ left: view.left + EDGE, top: view.top + EDGE }];
  return pool.reduce((best, s) => (cost(s) < cost(best) ? s : best), pool[0]);
}
