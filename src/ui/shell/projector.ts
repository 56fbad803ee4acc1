/**
 * Projector mode: large type, high contrast and thicker, bigger charts, for a
 * debrief on the wall of a room. A toggle in every screen's header; the choice
 * is remembered, and `?projector=1` (or `0`) in the address sets it.
 */
import { t } from '../../i18n';
import { h } from '../kit/dom';

const KEY = 'salesfloor.projector';
let on: boolean | null = null;
const listeners = new Set<(on: boolean) => void>();

/** `projector=1|0` in the query or in the hash's query, if present. */
function fromAddress(): boolean | null {
  const hashQuery = location.hash.includes('?') ? location.hash.slice(location.hash.indexOf('?') + 1) : '';
  for (const query of [location.search, hashQuery]) {
    const v = new URLSearchParams(query).get('projector');
    if (v === '1' || v === 'true') return true;
    if (v === '0' || v === 'false') return false;
  }
  return null;
}

function remembered(): boolean {
  try {
    return localStorage.getItem(KEY) === '1';
  } catch {
    return false;
  }
}

function remember(value: boolean): void {
  try {
    localStorage.setItem(KEY, value ? '1' : '0');
  } catch {
    // storage blocked: the mode holds until the page is left
  }
}

export function projectorOn(): boolean {
  if (on === null) {
    const asked = fromAddress();
    if (asked !== null) remember(asked);
    on = asked ?? remembered();
    window.addEventListener('hashchange', () => {
      const now = fromAddress();
      if (now !== null && now !== on) setProjector(now);
    });
  }
  return on;
}

/** Called with the new state whenever the mode changes (the charts restyle themselves). */
export function onProjectorChange(fn: (on: boolean) => void): void {
  listeners.add(fn);
}

function setProjector(value: boolean): void {
  on = value;
  remember(value);
  document.body.classList.toggle('projector', value);
  for (const b of document.querySelectorAll('[data-testid="projector-toggle"]')) b.setAttribute('aria-pressed', String(value));
  for (const fn of listeners) fn(value);
}

/** Puts the page in the remembered (or asked for) mode. */
export function syncProjector(): boolean {
  const value = projectorOn();
  document.body.classList.toggle('projector', value);
  return value;
}

/** The header's toggle; also puts the body in the remembered mode. */
export function projectorToggle(): HTMLElement {
  const value = syncProjector();
  return h(
    'button',
    { type: 'button', class: 'chip projector-toggle', 'data-testid': 'projector-toggle', 'aria-pressed': String(value), title: t('share.projectorLabel'), onclick: () => setProjector(!projectorOn()) },
    t('share.projector'),
  );
}
