/** The browser entry: fonts and styles, the language, then the app shell. */
import '@fontsource/inter/latin-400.css';
import '@fontsource/inter/latin-600.css';
import '@fontsource/inter/latin-700.css';
import './ui/shell/styles.css';
import { startApp } from './ui/shell/app';
// after the app's own styles: every narrow-screen rule
import './ui/shell/phone.css';
// last: the projector's and the printer's overrides win over every screen's rules, whatever chunk loads first
import './ui/shell/projector.css';
import './ui/shell/print.css';
import { initLocale } from './ui/shell/locale';
import { registerServiceWorker } from './pwa';
import { connectLms } from './play/scorm';

initLocale();
// inside an LMS (the SCORM package): report to it, and resume from its suspend data
connectLms();
const root = document.getElementById('app');
if (root) startApp(root);
registerServiceWorker();
