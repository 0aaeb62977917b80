/**
 * Every page (every URL in the sitemap, plus 404, thank-you and search pages) in Chromium,
 * under the real netlify.toml headers and each page's own <meta> policy: the stylesheet
 * applied, zero axe-core violations of WCAG 2.0, 2.1 and 2.2 A/AA and best practices at
 * 1280 px and at 320 px wide, no Content-Security-Policy violation, and no horizontal
 * scrolling at 320 px.
 */
import type { Result } from 'axe-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { scriptBudgetFor } from '../budgets';
import { AXE_TAGS, axeViolations, prepareAxe } from '../helpers/axe';
import { launchBrowser } from '../../scripts/lib/chromium.ts';
import { cspConsoleErrors, cspViolations, horizontalOverflow, overflowingElements, unstyled, watchCsp } from '../helpers/page-checks';
import { builtSiteDir, serveWithNetlify, type LocalNetlify } from '../../scripts/lib/local-netlify.ts';
import { pagesToCheck } from '../helpers/sitemap';

const WIDTHS = [1280, 320] as const;

const siteDir = builtSiteDir();
const paths = pagesToCheck(siteDir);

interface Viewport {
  width: number;
  context: BrowserContext;
  page: Page;
  csp: { take(): string[] };
}

let server: LocalNetlify;
let browser: Browser;
const viewports: Viewport[] = [];

beforeAll(async () => {
  server = await serveWithNetlify(siteDir);
  browser = await launchBrowser();
  for (const width of WIDTHS) {
    // axe comes in as an init script, which the page's CSP does not govern, so the sweep runs
    // under the real policy (no bypassCSP) and can catch violations.
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    await watchCsp(context);
    await prepareAxe(context);
    const page = await context.newPage();
    viewports.push({ width, context, page, csp: cspConsoleErrors(page) });
  }
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** One line per violation: page, width, rule, what it means, and every offending selector. */
function describeViolations(url: string, width: number, violations: Result[]): string[] {
  return violations.map((violation) => {
    const selectors = violation.nodes.map((node) => `      ${node.target.join(' >>> ')}`).join('\n');
    return `${url} at ${width}px: [${violation.id}] (${violation.impact}) ${violation.help}\n    ${violation.helpUrl}\n${selectors}`;
  });
}

describe('every page, in Chromium under the site’s own headers', () => {
  test('the list of pages comes from the sitemap and is not trivially small', () => {
    expect(paths.length).toBeGreaterThan(10);
    expect(paths).toContain('/');
  });

  for (const path of paths) {
    test(`${path}: no axe violations at ${WIDTHS.join(' and ')} px, no CSP violation, no sideways scrolling`, async () => {
      // Both widths at once: each has its own page, and the machine has a core for each.
      const problems = (await Promise.all(viewports.map((viewport) => checkAt(viewport, path)))).flat();
      expect(problems, `\n${problems.join('\n')}\n`).toEqual([]);
    });
  }
});

/** Every problem of one page at one width, as lines for the failure message. */
async function checkAt(viewport: Viewport, path: string): Promise<string[]> {
  const problems: string[] = [];
  const { page, width } = viewport;
  const url = server.url + path;
  viewport.csp.take();
  const response = await page.goto(url, { waitUntil: 'load' });
  expect(response?.status(), `${path} answered HTTP ${response?.status()} (the page is missing)`).toBe(200);
  // A page with a feature script (search results, forms) is checked once the script is done.
  if (scriptBudgetFor(path)) await page.waitForLoadState('networkidle');

  problems.push(...describeViolations(path, width, await axeViolations(page, AXE_TAGS)));

  problems.push(...(await unstyled(page)).map((problem) => `${path} at ${width}px: [unstyled] ${problem}`));

  const csp = [...(await cspViolations(page)), ...viewport.csp.take()];
  problems.push(...csp.map((violation) => `${path} at ${width}px: [content-security-policy] ${violation}`));

  if (width === 320) {
    const overflow = await horizontalOverflow(page);
    if (overflow > 0) {
      const culprits = await overflowingElements(page);
      problems.push(`${path} at 320px: [horizontal-scroll] page is ${overflow}px too wide; sticking out: ${culprits.join(', ')}`);
    }
  }
  return problems;
}
