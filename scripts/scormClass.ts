/**
 * `npm run build:scorm -- --scenario CODE [--seed S]`: the class package's
 * options, checked before anything is built. The scenario code must open (a
 * bad one stops the build with the reason and exit code 2, and no zip); the
 * build then gets it, and the seed every trainee plays, in Vite's env
 * (VITE_CLASS_SCENARIO, VITE_CLASS_SEED: src/ui/shell/classPackage.ts).
 */
import { RunCodeError } from '../src/codes/envelope';
import { extractFrom } from '../src/codes/envelope';
import { decodeScenarioCode } from '../src/codes/scenarioCode';
import { t } from '../src/i18n';
import { isValidSeed } from '../src/play/seed';

export class ClassBuildError extends Error {}

export interface ClassBuild {
  /** what the Vite build gets in import.meta.env */
  env: { VITE_CLASS_SCENARIO: string; VITE_CLASS_SEED: string };
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
  return { env: { VITE_CLASS_SCENARIO: code, VITE_CLASS_SEED: classSeed }, title };
}
