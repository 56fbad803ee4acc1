/// <reference types="vite-plugin-pwa/vanillajs" />
/**
 * Offline use: registers the service worker that vite.config.ts has Workbox
 * generate (every built file precached), so that after one visit the game,
 * the replay and the class view open without a network. Built sites on
 * http(s) only: not from `file:`, nor in a SCORM package (the LMS serves it:
 * scripts/build-scorm.ts leaves the worker's files out and marks its page);
 * under `vite dev` vite-plugin-pwa's `registerSW` is a no-op. (Not
 * `import.meta.env.PROD`: a build under vitest has NODE_ENV=test and would
 * drop the worker the browser tests check.)
 *
 * The worker registers after the page's load event (workbox-window's
 * default), so precaching about 2 MB does not hold up the first screen. A new
 * version installs in the background and waits: the player is asked to
 * reload (the game is saved after every decision), never reloaded mid-quarter.
 */
import { announceOfflineReady, showUpdateBanner } from './offlineNotices';
import { inScormPackage } from './ui/shell/classPackage';

export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  if (location.protocol !== 'http:' && location.protocol !== 'https:') return;
  if (inScormPackage()) return;
  void import('virtual:pwa-register').then(({ registerSW }) => {
    const update = registerSW({
      onNeedRefresh: () => showUpdateBanner(() => reloadInto(update)),
      onOfflineReady: () => announceOfflineReady(),
      onRegisterError: () => {
        // no service worker (private mode, blocked by policy): the site works online as before
      },
    });
  });
}

/**
 * Lets the waiting worker take over, then reloads into it. workbox-window
 * reloads by itself only when the page was already controlled when it
 * registered, not after a first visit that the worker claimed.
 */
function reloadInto(update: (reload?: boolean) => Promise<void>): void {
  navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
  void update(true);
}
