import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { gitState, modelSourcesHash } from './bin/modelSources.mjs';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * Three layers (docs/TESTING.md): logic in Node; screens as components under
 * happy-dom (the app shell runs there with the town's timer fallback, since
 * happy-dom has no WebGL); and real browsers for what only they show, against
 * one build, one server and one Chromium started once by the global setup.
 */
export default defineConfig({
  // as vite.config.ts: the model's provenance the site's downloads carry (src/research/provenance.ts)
  define: { __SALESFLOOR_MODEL_BUILD__: JSON.stringify({ sourcesHash: modelSourcesHash(root), ...gitState(root) }) },
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // two files at a time even on 2 cores (Vitest's default there is one): the browser tests wait on their browsers much of the time
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        // the Node tests share their workers' modules (./tests/unit/setup.ts resets what they change): re-importing the core for every file was half the project's time
        test: { name: 'node', include: ['tests/unit/**/*.test.ts', 'tests/validation/**/*.test.ts'], isolate: false, setupFiles: ['tests/unit/setup.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'components',
          include: ['tests/components/**/*.test.ts'],
          environment: 'happy-dom',
          environmentOptions: { happyDOM: { url: 'http://127.0.0.1:4173/', width: 1280, height: 720 } },
          setupFiles: ['tests/components/setup.ts'],
        },
      },
      { extends: true, test: { name: 'browser', include: ['tests/browser/**/*.test.ts'], globalSetup: ['tests/browser/helpers/globalSetup.ts'] } },
    ],
  },
});
