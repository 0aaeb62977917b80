/**
 * axe-core in the page under test. It is added to every page of a context as an init
 * script, which the browser compiles once and which no Content-Security-Policy governs, so
 * pages are checked under their real headers, and it is not injected again before every run
 * as @axe-core/playwright does.
 */
import axe from 'axe-core';
import type { AxeResults, Result } from 'axe-core';
import type { BrowserContext, Page } from 'playwright-core';

/** WCAG 2.0, 2.1 and 2.2 at levels A and AA, plus axe's best practices. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** Makes axe available on every page the context opens from now on. */
export async function prepareAxe(context: BrowserContext): Promise<void> {
  await context.addInitScript({ content: axe.source });
}

/**
 * The violations of the rules with these tags on the page as it is now; the elements matching
 * `exclude` (CSS selectors) are left out, the rest of the document and its page-wide rules stay in.
 */
export async function axeViolations(
  page: Page,
  tags: readonly string[] = AXE_TAGS,
  exclude: readonly string[] = [],
): Promise<Result[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  const results = await page.evaluate(
    ({ values, excluded }) =>
      (window as unknown as { axe: typeof axe }).axe.run(
        excluded.length > 0
          ? { include: [['html']], exclude: excluded.map((selector) => [selector]) }
          : document,
        {
          runOnly: { type: 'tag', values },
          // Only violations are needed; passes and incomplete results would double the time.
          resultTypes: ['violations'],
        },
      ),
    { values: [...tags], excluded: [...exclude] },
  );
  return (results as AxeResults).violations;
}
