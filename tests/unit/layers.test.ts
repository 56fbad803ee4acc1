/**
 * The lint rules that keep the layers of src/ (eslint.config.js LAYERS) and
 * forbid import cycles catch what they promise: planted violations fail
 * `npm run lint`, the imports the layers allow pass.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { ROOT, probeRules as rules } from '../fixtures/lintProbe';

describe('layers', () => {
  it.each([
    ['ui imports cli', 'src/ui/lab/__probe__.ts', "import { main } from '../../cli/main';\nexport const x = main;"],
    ['cli imports classroom', 'src/cli/__probe__.ts', "import { openCandidate } from '../classroom/runs';\nexport const x = openCandidate;"],
    ['cli imports the game layer', 'src/cli/__probe__.ts', "import { Session } from '../play/session';\nexport const x = Session;"],
    ['play imports a view', 'src/play/__probe__.ts', "import { h } from '../ui/kit/dom';\nexport const x = h;"],
    ['shared imports a feature', 'src/shared/__probe__.ts', "import { SCENARIO_IDS } from '../scenarios';\nexport const x = SCENARIO_IDS;"],
    ['the game imports ui', 'src/game/__probe__.ts', "import { App } from '../ui/shell/app';\nexport const x = App;"],
    ['sim imports anything of src', 'src/sim/__probe__.ts', "import { toCsv } from '../shared/csv';\nexport const x = toCsv;"],
    ['research imports i18n beyond the English input errors', 'src/research/__probe__.ts', "import { cliEn } from '../i18n/cli.en';\nexport const x = cliEn;"],
  ])('refuses %s', async (_name, file, code) => {
    expect(await rules(file, code)).toContain('import-x/no-restricted-paths');
  });

  it.each([
    ['ui imports play', 'src/ui/play/__probe__.ts', "import { Session } from '../../play/session';\nexport const x = Session;"],
    ['cli imports lab', 'src/cli/__probe__.ts', "import { checkSpec } from '../lab/sweepSpec';\nexport const x = checkSpec;"],
    ['play imports shared', 'src/play/__probe__.ts', "import { recordsToCsv } from '../shared/csv';\nexport const x = recordsToCsv;"],
    ['research imports the English input errors', 'src/research/__probe__.ts', "import { inputErrorsEn } from '../i18n/inputErrors.en';\nexport const x = inputErrorsEn;"],
  ])('allows %s', async (_name, file, code) => {
    expect(await rules(file, code)).toEqual([]);
  });
});

describe('cycles', () => {
  it('refuses an import cycle', async () => {
    const lint = new ESLint({ cwd: ROOT, ignore: false });
    const results = await lint.lintFiles(['tests/fixtures/lint/cycle/a.ts']);
    expect(results[0].messages.map((m) => m.ruleId)).toContain('import-x/no-cycle');
  });
});
