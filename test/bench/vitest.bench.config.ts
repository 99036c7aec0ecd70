// The scale benchmark runs in node against a build served by test/scripts/bench.mjs; it prints
// figures and asserts nothing about time, so it stays out of `npm test`.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    environment: 'node',
    include: ['test/bench/**/*.run.ts'],
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 3_600_000,
    hookTimeout: 120_000,
    disableConsoleIntercept: true,
    retry: 0,
  },
});
