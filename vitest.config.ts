import { defineConfig } from 'vitest/config';

/**
 * Three kinds of test, as in Starlight: pure helpers (unit), production builds of
 * fixture content (build), and the built site in a real Chromium (browser).
 * Two test files run at once, whatever their project: on a 2-core machine a build test and a
 * browser test side by side finish about a fifth sooner than one after the other (measured:
 * Vitest about 200 s against 257 s), and more at once would only make them wait for each other.
 * Astro itself runs one at a time (takeAstroLock in tests/helpers/build.ts): two builds at once
 * overwrite each other's files in .astro/.
 */
export default defineConfig({
  test: {
    maxWorkers: 2,
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      {
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
