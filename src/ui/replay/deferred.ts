/**
 * A page that takes a moment to build (a run to record): a short "replaying"
 * message is drawn first, then the page replaces it and takes the focus.
 */
import { h } from '../kit/dom';

export function deferred(message: string, build: () => HTMLElement): HTMLElement {
  const wait = h('section', { class: 'screen screen-narrow replay-wait', 'aria-busy': 'true', 'data-testid': 'replay-wait' }, h('h1', { tabindex: '-1' }, message));
  // two frames: the message is on screen before the run starts
  requestAnimationFrame(() =>
    setTimeout(() => {
      if (!wait.isConnected) return;
      const page = build();
      wait.replaceWith(page);
      page.querySelector<HTMLElement>('h1')?.focus({ preventScroll: true });
    }, 0),
  );
  return wait;
}
