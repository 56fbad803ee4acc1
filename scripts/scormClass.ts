/**
 * `npm run build:scorm -- --scenario CODE [--seed S]`: the class package's
 * options, checked before anything is built. The scenario code must open (a
 * bad one stops the build with the reason and exit code 2, and no zip); the
 * package's index.html then carries it, and the seed every trainee plays, in
 * a meta element the page reads (src/ui/shell/classPackage.ts).
 */
import { RunCodeError } from '../src/codes/envelope';
import { extractFrom } from '../src/codes/envelope';
import { decodeScenarioCode } from '../src/codes/scenarioCode';
import { t } from '../src/i18n';
import { isValidSeed } from '../src/play/seed';
import { CLASS_META, type ClassPackage } from '../src/ui/shell/classPackage';

export class ClassBuildError extends Error {}

export interface ClassBuild {
  /** what the package's index.html pins */
  pin: ClassPackage;
  /** the scenario's title, for the package's manifest */
  title: string;
}

/** The class package a build's options ask for, or null without --scenario; ClassBuildError with one sentence when they are wrong. */
export function classBuild(scenario: string | undefined, seed: string | undefined): ClassBuild | null {
  if (scenario === undefined) {
    if (seed !== undefined) throw new ClassBuildError('--seed goes with --scenario (the seed every trainee of the class scenario plays)');
    return null;
  }
  if (scenario === '' || scenario.startsWith('--')) throw new ClassBuildError('--scenario needs a class scenario code (sfs1.…, from the facilitator\'s page)');
  const code = extractFrom(scenario, 'sc');
  let title: string;
  try {
    title = decodeScenarioCode(code).title.en;
  } catch (error) {
    if (error instanceof RunCodeError) throw new ClassBuildError(`--scenario: ${t(error.key, error.vars, 'en')}`);
    throw error;
  }
  const classSeed = seed ?? '1';
  if (!isValidSeed(classSeed)) throw new ClassBuildError(`--seed: ${t('ui.errors.badSeed', { seed: classSeed }, 'en')}`);
  return { pin: { sc: code, seed: classSeed }, title };
}

const attribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A built index.html with the class scenario pinned in its head (a meta element, data the page reads: no script). */
export function pinClass(html: string, pin: ClassPackage): string {
  if (!html.includes('</head>')) throw new ClassBuildError('the built index.html has no </head> to pin the class scenario in');
  return html.replace('</head>', `<meta name="${CLASS_META}" content="${attribute(JSON.stringify(pin))}"></head>`);
}
