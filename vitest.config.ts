import { defineConfig } from 'vitest/config';
import LongestFirst from './tests/sequencer.ts';

/**
 * Four kinds of test, as in Starlight:
 * - unit: pure helpers and the content model, no build;
 * - builds: runs Astro itself: production builds of fixture content sets (tests/helpers/fixture.ts)
 *   checked page by page or for their error message, and the dev server;
 * - dist: checks of the production build in dist/ that `npm test` makes first (files, headers,
 *   HTML validity, links, budgets);
 * - functions: the Netlify functions, run by Netlify's local emulation against stand-ins;
 * - browser: dist/ served by Netlify's local emulation, in a real Chromium.
 * The dist and browser projects each serve dist/ once for all their files (tests/serve-dist.ts).
 * Three test files run at once, whatever their project, on a 2-core machine: a browser test
 * spends much of its time waiting for the page, and with two at once the cores were idle 40 % of
 * the time (README, Tests, has the figures). Astro itself runs one at a time (takeAstroLock in
 * scripts/lib/astro-build.ts): two builds at once overwrite each other's files in .astro/.
 */
export default defineConfig({
  test: {
    maxWorkers: 3,
    globalSetup: ['tests/global-setup.ts'],
    sequence: { sequencer: LongestFirst },
    projects: [
      // Pure functions: one module graph for all files halves the project's CPU (24 → 13 s).
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], isolate: false } },
      {
        test: {
          name: 'builds',
          include: ['tests/builds/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
      {
        test: {
          name: 'dist',
          include: ['tests/dist/**/*.test.ts'],
          globalSetup: ['tests/serve-dist.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
      {
        test: {
          name: 'functions',
          include: ['tests/functions/**/*.test.ts'],
          globalSetup: ['tests/functions-scratch.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // One module graph for the function files of a worker, as for the unit files: loading
          // the modules once saves about 8 CPU seconds, and the files share the worker's emulation
          // (tests/helpers/site-functions.ts), which saves as much again.
          isolate: false,
        },
      },
      // A page in Chromium waits on the local functions (each call a fresh worker thread): with three
      // files at once on 2 cores, an answer can take more than expect.poll's default second.
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/serve-dist.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          expect: { poll: { timeout: 10_000 } },
        },
      },
    ],
  },
});
