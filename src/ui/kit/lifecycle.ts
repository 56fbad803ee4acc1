/**
 * A screen's end, as AppContext.signal tells it, and whether the page went
 * elsewhere: a language switch draws the same page again (its signal ends
 * too), which must not cost a page its workers or a load in progress.
 */

/** Calls `left` once the screen of this signal is gone and the page (body[data-screen]) is no longer `screen`. */
export function onLeave(signal: AbortSignal, screen: string, left: () => void): void {
  signal.addEventListener('abort', () => {
    // the next screen is mounted in the same task as the abort: look once it is up
    setTimeout(() => {
      if (document.body.dataset.screen !== screen) left();
    }, 0);
  }, { once: true });
}
