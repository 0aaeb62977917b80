/**
 * The order test files start in, for a 2-core machine with no timings cached (CI):
 * - the longest files first, files that run Chromium beside one that runs Astro, so the suite
 *   does not end with one worker waiting for the others;
 * - then every other file, a browser or function file beside a build file where possible: builds
 *   take turns (takeAstroLock), so two build files side by side would leave one worker waiting;
 * - the quick dist and unit files last.
 */
import { existsSync } from 'node:fs';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Named, so the order does not depend on Vitest's cache of durations, which a clean clone lacks.
 * The newsletter's functions wait much of their time (a send that times out, say): started early,
 * their waiting overlaps work elsewhere instead of ending the run.
 */
const LONGEST_FIRST = [
  'tests/browser/pages.test.ts',
  'tests/builds/type-check.test.ts',
  'tests/browser/admin.test.ts',
  'tests/functions/nieuwsbrief-elk-uur.test.ts',
  'tests/functions/nieuwsbrief-editie.test.ts',
  'tests/functions/ideeen.test.ts',
  'tests/builds/content-errors.test.ts',
  'tests/browser/editor-checks.test.ts',
  'tests/browser/keyboard.test.ts',
  'tests/functions/publicatiestatus.test.ts',
  'tests/builds/feeds.test.ts',
  'tests/browser/forms.test.ts',
  'tests/builds/dev-server.test.ts',
  'tests/browser/search.test.ts',
];

export default class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    // A renamed or deleted file must not drop out of the order unnoticed.
    const missing = LONGEST_FIRST.filter((path) => !existsSync(new URL(`../${path}`, import.meta.url)));
    if (missing.length > 0) {
      throw new Error(`tests/sequencer.ts names test files that do not exist: ${missing.join(', ')}`);
    }
    const rank = (spec: TestSpecification) => LONGEST_FIRST.findIndex((path) => spec.moduleId.endsWith(path));
    const first = sorted.filter((spec) => rank(spec) >= 0).sort((a, b) => rank(a) - rank(b));
    const rest = sorted.filter((spec) => rank(spec) < 0);
    const of = (...names: string[]) => rest.filter((spec) => names.includes(spec.project.name));
    const [running, building] = [of('browser', 'functions'), of('builds')];
    const interleaved = Array.from({ length: Math.max(running.length, building.length) }, (_, i) => [
      running[i],
      building[i],
    ]).flat();
    return [
      ...first,
      ...interleaved.filter((spec): spec is TestSpecification => spec !== undefined),
      ...of('dist', 'unit'),
    ];
  }
}
