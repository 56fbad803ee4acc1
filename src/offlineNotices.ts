/**
 * What the service worker tells the player (src/pwa.ts): the "new version"
 * bar and the "ready offline" notice. They live outside the screens, which
 * redraw themselves on a language switch, so they follow a switch themselves.
 */
import { announce } from './ui/kit/dom';
import { updateBanner } from './ui/shell/updateBanner';
import { onLocaleChange, t } from './i18n';

const BANNER = '[data-testid="update-ready"]';

/**
 * The bar saying a new version is ready, kept in the page's language: it lives
 * outside the screens (which redraw themselves on a language switch), so a
 * switch draws it again. Its live region then says it in the new language.
 */
export function showUpdateBanner(reload: () => void): void {
  updateBanner(reload);
  const stop = onLocaleChange(() => {
    const bar = document.querySelector(BANNER);
    if (!bar) return void stop();
    bar.remove();
    updateBanner(reload);
  });
}

/** "Ready to work offline", said in the live region; said again in the new language if the language changes before anything else is said. */
export function announceOfflineReady(): void {
  const said = t('offline.ready');
  announce(said);
  const stop = onLocaleChange(() => {
    stop();
    const live = document.getElementById('live');
    if (live?.textContent === said) announce(t('offline.ready'));
  });
}
