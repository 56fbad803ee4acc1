import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // two files at a time even on 2 cores (Vitest's default there is one): the browser tests wait on their
    // browsers much of the time, and the whole run took 7 min 43 s one at a time, 6 min 25 s two at a time
    maxWorkers: 2,
  },
});
