/**
 * The town's map key, a page element over the town's corner (never zoomed
 * with it): what the house colours and marks mean, and every picture the
 * town pops up (the ones src/game/town/eventFx.ts and walkers.ts draw), from
 * the bundled icon set (public/art/emoji), never the system's emoji font.
 * A <details>: open on a large screen, a "Key" button on a phone.
 */
import { t } from '../../i18n';
import { ICON } from '../../game/art';
import { drawHouseShape, type HousePen } from '../../game/town/houseShape';
import { ACTIVE_FIRST, COLORS, LOST, PENDING, PROSPECT, hex } from '../../game/theme';
import { h } from '../kit/dom';
import { emojiIcon, svgIcon } from '../kit/emoji';

type IconName = (typeof ICON)[keyof typeof ICON];

const HOUSES: [number, string][] = [
  [PROSPECT, 'prospect'],
  [PENDING, 'pending'],
  [ACTIVE_FIRST + 4, 'promoter'],
  [ACTIVE_FIRST + 3, 'satisfied'],
  [ACTIVE_FIRST + 2, 'lukewarm'],
  [ACTIVE_FIRST + 1, 'unhappy'],
  [ACTIVE_FIRST, 'veryUnhappy'],
  [LOST, 'lost'],
];

/** Every picture the town shows over its houses and reps, with the key's word for it. */
export const KEY_ICONS: readonly [IconName, string][] = [
  [ICON.relate, 'relating'],
  [ICON.push, 'pushing'],
  [ICON.deal, 'deal'],
  [ICON.discount, 'discount'],
  [ICON.pulledIn, 'pulledIn'],
  [ICON.heldBack, 'heldBack'],
  [ICON.misconduct, 'misconduct'],
  [ICON.returned, 'returned'],
  [ICON.leaves, 'leaves'],
  [ICON.angry, 'angry'],
  [ICON.praise, 'praise'],
  [ICON.complaint, 'complaint'],
  [ICON.hire, 'hire'],
  [ICON.quit, 'quit'],
  [ICON.bonus, 'bonus'],
];

/** The word-of-mouth bubbles the town draws itself (art.ts), as small SVGs. */
const DRAWN: Partial<Record<IconName, string>> = {
  [ICON.praise]:
    `<circle cx="24" cy="21" r="17" fill="${hex(COLORS.positive)}" stroke="#fff" stroke-width="3"/><path d="M13 32 9 44 22 36Z" fill="${hex(COLORS.positive)}"/>` +
    '<path d="M24 30C12 22 15 11 24 16 33 11 36 22 24 30Z" fill="#fff"/>',
  [ICON.complaint]:
    `<path d="M24 2 28 10 37 8 35 17 44 22 36 27 38 36 29 35 24 44 19 35 10 36 12 27 4 22 13 17 11 8 20 10Z" fill="${hex(COLORS.negative)}" stroke="#fff" stroke-width="2"/>` +
    '<rect x="21.5" y="12" width="5" height="14" fill="#fff"/><rect x="21.5" y="29" width="5" height="5" fill="#fff"/>',
};

const NS = 'http://www.w3.org/2000/svg';

/** A house drawn by the town's own shapes (houseShape.ts), as an SVG. */
function houseIcon(state: number, size = 16): SVGSVGElement {
  const svg = document.createElementNS(NS, 'svg');
  svg.setAttribute('viewBox', `0 0 ${size} ${size}`);
  svg.setAttribute('width', String(size));
  svg.setAttribute('height', String(size));
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('class', 'key-house');
  const add = (tag: string, attrs: Record<string, string | number>) => {
    const el = document.createElementNS(NS, tag);
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
    svg.append(el);
  };
  const pen: HousePen = {
    rect: (x, y, w, hh, color) => add('rect', { x, y, width: w, height: hh, fill: hex(color) }),
    polygon: (xy, color) => add('polygon', { points: xy.join(' '), fill: hex(color) }),
    strokeRect: (x, y, w, hh, width, color) => add('rect', { x, y, width: w, height: hh, fill: 'none', stroke: hex(color), 'stroke-width': width }),
    line: (x1, y1, x2, y2, width, color) => add('line', { x1, y1, x2, y2, stroke: hex(color), 'stroke-width': width }),
  };
  drawHouseShape(pen, 0, 0, size, state);
  return svg;
}

function picture(name: IconName): Element {
  const drawn = DRAWN[name];
  return drawn ? svgIcon(drawn, 48) : emojiIcon(name);
}

/** The key, in the page's language (built again on a language switch). */
export function townKey(open: boolean): HTMLDetailsElement {
  const item = (icon: Element, label: string, data: Record<string, string>) => h('li', data, icon, h('span', {}, label));
  const key = h(
    'details',
    { class: 'town-key', 'data-testid': 'town-key', open },
    h('summary', { 'data-testid': 'town-key-toggle' }, t('game.legend.heading')),
    h('ul', { class: 'key-houses' }, HOUSES.map(([state, k]) => item(houseIcon(state), t(`game.legend.${k}`), { 'data-house': k }))),
    h('ul', { class: 'key-icons' }, KEY_ICONS.map(([name, k]) => item(picture(name), t(`game.legend.${k}`), { 'data-icon': name }))),
  );
  return key;
}
