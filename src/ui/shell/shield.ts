/** The DOM panels sit over the Phaser canvas: their pointer events must not reach the scenes. */
const POINTER_EVENTS = ['pointerdown', 'pointerup', 'mousedown', 'mouseup', 'touchstart', 'touchend', 'wheel'];

/** Keeps pointer events on DOM panels from reaching the scenes' window listeners. */
export function shieldFromScenes(el: HTMLElement): void {
  for (const type of POINTER_EVENTS) el.addEventListener(type, (e) => e.stopPropagation(), { passive: true });
}
