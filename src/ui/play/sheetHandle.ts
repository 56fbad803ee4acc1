/**
 * The planning sheet's handle on a portrait phone: drag it (finger or mouse)
 * to make the sheet taller or shorter, tap it to switch between the default
 * and the tallest height, or focus it and use the arrow keys, Home and End
 * (a window splitter, role="separator"). The height is a share of the
 * screen's height, kept in the root's --sheet variable so that the sheet and
 * the town above it (src/ui/shell/phone.css) follow it, and so that it
 * survives the next quarter's panel. At its tallest it stops under the
 * town's top bar with a strip of town in sight. Elsewhere the CSS hides the
 * handle.
 */
import { t } from '../../i18n';
import { h } from '../kit/dom';
import { pct } from '../../i18n/format';

/** shares of the screen's height: the sheet as it opens, its lowest and its tallest */
export const SHEET_DEFAULT = 0.6;
export const SHEET_MIN = 0.4;
export const SHEET_MAX = 0.9;
/** an arrow key moves it by this share */
const SHEET_STEP = 0.1;
/** a pointer that moves less than this (CSS px) taps, it does not drag */
const DRAG_SLOP = 6;
const VAR = '--sheet';

/** what the sheet leaves of the town under the top bar, at its tallest (CSS px) */
const TOWN_LEFT = 48;

/** The tallest the sheet may be: below the town's top bar (src/ui/town/town.css sets its height), a strip of town in sight. */
function tallest(): number {
  const bar = Number.parseFloat(getComputedStyle(document.documentElement).getPropertyValue('--town-hud-h')) || 0;
  const room = innerHeight > 0 ? 1 - (bar + TOWN_LEFT) / innerHeight : SHEET_MAX;
  return Math.max(SHEET_MIN, Math.min(SHEET_MAX, room));
}

const clamp = (f: number) => Math.min(tallest(), Math.max(SHEET_MIN, f));

/** The sheet's height now, as a share of the screen's. */
export function sheetShare(): number {
  const v = Number.parseFloat(document.documentElement.style.getPropertyValue(VAR));
  return Number.isFinite(v) ? clamp(v) : SHEET_DEFAULT;
}

export function sheetHandle(): HTMLElement {
  const handle = h('div', {
    class: 'sheet-handle',
    role: 'separator',
    tabindex: 0,
    'aria-orientation': 'horizontal',
    'aria-valuemin': Math.round(SHEET_MIN * 100),
    'aria-valuemax': Math.round(tallest() * 100),
    'aria-label': t('ui.planning.sheetHandle'),
    title: t('ui.planning.sheetHandleHelp'),
    'data-testid': 'sheet-handle',
  });
  const set = (f: number) => {
    const share = clamp(f);
    document.documentElement.style.setProperty(VAR, share.toFixed(3));
    handle.setAttribute('aria-valuenow', String(Math.round(share * 100)));
    handle.setAttribute('aria-valuetext', t('ui.planning.sheetHeight', { share: pct(share) }));
  };
  set(sheetShare());
  const toggle = () => set(sheetShare() < (SHEET_DEFAULT + tallest()) / 2 ? tallest() : SHEET_DEFAULT);

  let drag: { id: number; y: number; moved: boolean } | null = null;
  handle.addEventListener('pointerdown', (e) => {
    if (e.button !== 0) return;
    drag = { id: e.pointerId, y: e.clientY, moved: false };
    handle.setPointerCapture?.(e.pointerId);
    e.preventDefault();
  });
  handle.addEventListener('pointermove', (e) => {
    if (!drag || e.pointerId !== drag.id) return;
    if (!drag.moved && Math.abs(e.clientY - drag.y) < DRAG_SLOP) return;
    drag.moved = true;
    // the sheet's top follows the finger: what is below it is the sheet
    set((window.innerHeight - e.clientY) / window.innerHeight);
  });
  const end = (e: PointerEvent) => {
    if (!drag || e.pointerId !== drag.id) return;
    const tapped = !drag.moved && e.type === 'pointerup';
    drag = null;
    if (handle.hasPointerCapture?.(e.pointerId)) handle.releasePointerCapture(e.pointerId);
    if (tapped) toggle();
  };
  handle.addEventListener('pointerup', end);
  handle.addEventListener('pointercancel', end);
  handle.addEventListener('keydown', (e) => {
    const to: Record<string, () => number> = {
      ArrowUp: () => sheetShare() + SHEET_STEP,
      ArrowDown: () => sheetShare() - SHEET_STEP,
      PageUp: () => sheetShare() + SHEET_STEP,
      PageDown: () => sheetShare() - SHEET_STEP,
      Home: () => SHEET_MIN,
      End: () => tallest(),
    };
    if (e.key === 'Enter' || e.key === ' ') toggle();
    else if (to[e.key]) set(to[e.key]());
    else return;
    e.preventDefault();
  });
  return handle;
}
