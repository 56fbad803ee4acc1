/** Hors ligne et plateforme de formation (LMS) : ce que disent le service worker et le pont SCORM. */
import type { offlineEn } from './offline.en';

export const offlineFr: typeof offlineEn = {
  update: {
    ready: 'Une nouvelle version de Salesfloor est prête. Votre partie est enregistrée : rechargez la page pour l\u2019utiliser.',
    reload: 'Recharger',
    later: 'Plus tard',
  },
  ready: 'Salesfloor est prêt à fonctionner hors ligne.',
};
