/**
 * The texts that live outside the screens (the "new version" bar, the offline
 * notice in the live region) follow a language switch like the screens do.
 */
import { expect, it } from 'vitest';
import { setLocale, t } from '../../src/i18n';
import { announceOfflineReady, showUpdateBanner } from '../../src/offlineNotices';

it('says the new version bar and the offline notice again in the language the player switches to', () => {
  setLocale('en');
  document.body.append(Object.assign(document.createElement('div'), { id: 'live' }));
  showUpdateBanner(() => undefined);
  announceOfflineReady();
  const bar = () => document.querySelector('[data-testid="update-ready"]')?.textContent ?? '';
  expect(bar()).toContain(t('offline.update.ready', {}, 'en'));
  expect(document.getElementById('live')?.textContent).toBe(t('offline.ready', {}, 'en'));
  setLocale('fr');
  expect(document.querySelectorAll('[data-testid="update-ready"]')).toHaveLength(1);
  expect(bar()).toContain(t('offline.update.ready', {}, 'fr'));
  expect(bar()).toContain(t('offline.update.reload', {}, 'fr'));
  expect(document.getElementById('live')?.textContent).toBe(t('offline.ready', {}, 'fr'));
  setLocale('en');
});
