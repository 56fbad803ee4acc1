/**
 * The simulation core bundled the way the site bundles it (Vite, the site's
 * es2022 target, minified), as one script for a bare page, plus the runs the
 * cross-engine tests compare: every scenario at several seeds, a ten-year run
 * and the 50-rep, 20,000-customer reference market.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { SCENARIO_IDS } from '../../../src/scenarios';
import type { HashCase } from '../fixtures/coreInBrowser';
import { ROOT } from './site';

export const HASH_CASES: readonly HashCase[] = [
  // seed 2026 is the golden seed: those runs are also pinned in tests/golden/hashes.json
  ...SCENARIO_IDS.flatMap((scenario) => ['1', '42', '2026'].map((seed) => ({ scenario, seed }))),
  { scenario: 'ambivalent-ceo', seed: '7', set: { 'run.weeks': 520 } },
  { scenario: 'sales-director', seed: '3', set: { 'reps.count': 50, 'market.size': 20000 } },
];

/** Builds the page (index.html + core.js) into a new temporary folder and returns it; the caller removes it. */
export async function buildCorePage(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'salesfloor-core-page-'));
  await build({
    configFile: false,
    root: ROOT,
    logLevel: 'warn',
    build: {
      target: 'es2022',
      minify: true,
      outDir: dir,
      emptyOutDir: true,
      lib: { entry: join(ROOT, 'tests/browser/fixtures/coreInBrowser.ts'), formats: ['iife'], name: 'SalesfloorCore', fileName: () => 'core.js' },
    },
  });
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html><meta charset="utf-8"><title>core</title><script src="core.js"></script>',
  );
  return dir;
}
