import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

/**
 * The layers of src/ and what each may import: sim at the bottom, imports
 * nothing; the headless layers above it; the views on top. ui never imports
 * cli, cli never imports classroom, play, ui or game. Anything not listed is
 * refused by import-x/no-restricted-paths, and import-x/no-cycle refuses
 * cycles anywhere.
 */
export const LAYERS = {
  sim: [],
  i18n: [],
  shared: ['sim'],
  scenarios: ['sim'],
  replay: ['sim'],
  codes: ['sim', 'scenarios', 'shared'],
  research: ['sim', 'scenarios', 'shared'],
  validation: ['sim', 'scenarios', 'shared', 'research'],
  lab: ['sim', 'scenarios', 'shared', 'codes', 'research'],
  classroom: ['sim', 'scenarios', 'shared', 'codes'],
  room: ['sim', 'scenarios', 'shared', 'codes', 'classroom', 'i18n'],
  play: ['sim', 'scenarios', 'shared', 'codes', 'replay', 'i18n'],
  cli: ['sim', 'scenarios', 'shared', 'codes', 'validation', 'lab', 'i18n', 'room', 'research'],
  game: ['sim', 'scenarios', 'shared', 'i18n'],
  ui: ['sim', 'scenarios', 'shared', 'codes', 'replay', 'validation', 'lab', 'classroom', 'play', 'i18n', 'game', 'room', 'research'],
};

/** Single files a layer may import from a layer it may not: research's measures say their refusals in English from the input errors' English table (a plain object). */
const EXCEPT = { 'research<i18n': ['./inputErrors.en.ts'] };

const layerZones = Object.entries(LAYERS).flatMap(([layer, allowed]) =>
  Object.keys(LAYERS)
    .filter((other) => other !== layer && !allowed.includes(other))
    .map((other) => ({
      target: `./src/${layer}`,
      from: `./src/${other}`,
      ...(EXCEPT[`${layer}<${other}`] ? { except: EXCEPT[`${layer}<${other}`] } : {}),
      message: `src/${layer} may import only ${allowed.length ? allowed.map((a) => `src/${a}`).join(', ') : 'nothing else of src/'} (eslint.config.js LAYERS).`,
    })),
);

const impureGlobals = [
  { object: 'Math', property: 'random', message: 'The core draws randomness only from its seeded streams (src/sim/rng.ts).' },
  { object: 'Date', property: 'now', message: 'The core never reads the clock.' },
  { object: 'performance', property: 'now', message: 'The core never reads the clock.' },
  ...['exp', 'log', 'pow', 'sin', 'cos', 'tan', 'atan', 'atan2', 'log2', 'log10', 'log1p', 'expm1', 'cbrt', 'hypot', 'sinh', 'cosh', 'tanh', 'asin', 'acos'].map((property) => ({
    object: 'Math',
    property,
    message: 'Engines disagree on the last bits of Math transcendentals: use src/sim/math.ts.',
  })),
];

const zodOnce = { name: 'zod', message: "Import z from src/sim/zod.ts: it sets zod's jitless mode, which the site's CSP needs." };
const simPatterns = [
  { group: ['phaser', 'phaser/*'], message: 'src/sim never imports a view.' },
  { group: ['chart.js', 'chart.js/*'], message: 'src/sim never imports a view.' },
  { group: ['node:*', 'fs', 'path', 'os', 'crypto', 'worker_threads', 'child_process', 'url'], message: 'src/sim is pure: no Node built-ins.' },
  { group: ['../game/*', '../ui/*', '../cli/*', '../i18n/*', '../scenarios/*'], message: 'src/sim imports nothing from the rest of src/.' },
];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'reports/**', 'coverage/**', 'test-results/**', 'tests/fixtures/lint/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.ts', 'tests/**/*.ts', 'scripts/**/*.ts', 'bench/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [zodOnce] }] },
  },
  {
    // the planted cycle of tests/fixtures/lint is linted only by tests/unit/layers.test.ts (ignored otherwise)
    files: ['src/**/*.ts', 'tests/fixtures/lint/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
      'import-x/extensions': ['.ts'],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-restricted-paths': ['error', { zones: layerZones }],
    },
  },
  {
    files: ['src/sim/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': ['error', { paths: [zodOnce], patterns: simPatterns }],
      'no-restricted-properties': ['error', ...impureGlobals],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'fetch', 'process', 'setTimeout', 'setInterval', 'requestAnimationFrame'],
    },
  },
  {
    // research results (designs, bootstraps, fits) replay from their seed in Node and in every browser, as runs do
    files: ['src/research/**/*.ts'],
    rules: { 'no-restricted-properties': ['error', ...impureGlobals] },
  },
  {
    files: ['src/sim/zod.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: simPatterns }] },
  },
);
