import { describe, expect, it } from 'vitest';
import { probeRules } from '../fixtures/lintProbe';

/** The lint rule that keeps the core pure must actually catch what it promises to. */
describe('src/sim purity rule', () => {
  const lint = (code: string) => probeRules('src/sim/__probe__.ts', code);

  it.each([
    ['Math.random', 'export const x = Math.random();', 'no-restricted-properties'],
    ['Date.now', 'export const x = Date.now();', 'no-restricted-properties'],
    ['Math.exp', 'export const x = Math.exp(1);', 'no-restricted-properties'],
    ['Math.pow', 'export const x = Math.pow(2, 3);', 'no-restricted-properties'],
    ['phaser', "import { Scene } from 'phaser';\nexport const x = Scene;", 'no-restricted-imports'],
    ['chart.js', "import { Chart } from 'chart.js';\nexport const x = Chart;", 'no-restricted-imports'],
    ['node:fs', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;", 'no-restricted-imports'],
    ['the views', "import { t } from '../i18n/index';\nexport const x = t;", 'no-restricted-imports'],
    ['the DOM', 'export const x = document.title;', 'no-restricted-globals'],
  ])('rejects %s', async (_name, code, rule) => {
    expect(await lint(code)).toContain(rule);
  });

  it('accepts plain arithmetic and Math.sqrt', async () => {
    expect(await lint('export const x = Math.sqrt(2) * Math.floor(3.5);\n')).toEqual([]);
  });
});
