/** Offline use and the training platform (LMS): what the service worker and the SCORM bridge say. */
export const offlineEn = {
  update: {
    ready: 'A new version of Salesfloor is ready. Your game is saved: reload to use it.',
    reload: 'Reload now',
    later: 'Later',
  },
  ready: 'Salesfloor is ready to work offline.',
};
