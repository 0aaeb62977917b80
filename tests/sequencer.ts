/**
 * The order test files start in. Vitest would run the projects one after the other, so both
 * workers would run Astro builds at the same time, and builds take turns (takeAstroLock): one
 * worker would mostly wait. Here a file that builds is started beside a browser file, each
 * project's own order kept (heaviest first), and the quick dist and unit files come last.
 */
import { BaseSequencer, type TestSpecification } from 'vitest/node';

export default class BuildsBesideBrowsers extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const of = (name: string) => sorted.filter((spec) => spec.project.name === name);
    const [browser, builds] = [of('browser'), of('builds')];
    const interleaved = Array.from({ length: Math.max(browser.length, builds.length) }, (_, i) => [browser[i], builds[i]]).flat();
    const rest = sorted.filter((spec) => !['browser', 'builds'].includes(spec.project.name));
    return [...interleaved.filter((spec): spec is TestSpecification => spec !== undefined), ...rest];
  }
}
