import { defineConfig } from 'vitest/config';

/**
 * Three kinds of test, as in Starlight: pure helpers (unit), production builds of
 * fixture content (build), and the built site in a real Chromium (browser).
 * Builds and browsers are heavy on a 2-core machine, so those files run one at a time.
 */
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      {
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
