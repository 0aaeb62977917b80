/**
 * Every page (every URL in the sitemap, plus 404, thank-you and search pages) in Chromium, under
 * the production headers and each page's own <meta> policy, at 1280 and at 320 px wide at once:
 * - zero axe-core violations of WCAG 2.0, 2.1 and 2.2 A/AA and best practices, at both widths
 *   (the header and footer in full wherever their markup differs from a page checked before);
 * - the stylesheet applied, no Content-Security-Policy violation, no sideways scrolling at 320 px;
 * - what it loads (at 1280 px): no request to any other host, no failed request, no console
 *   error, and JavaScript only within the page's budget (tests/budgets.ts), counting every script
 *   it loads, also dynamically.
 * tests/browser/sweep-checks.test.ts proves each of these checks catches a bad page.
 * Two pages are checked at once, each in its own pair of browser pages (SLOTS).
 */
import { gzipSync } from 'node:zlib';
import type { Result } from 'axe-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser } from '../../scripts/lib/chromium.ts';
import { builtSiteDir } from '../../scripts/lib/local-netlify.ts';
import { scriptBudgetFor } from '../budgets';
import { AXE_TAGS, axeViolations, prepareAxe } from '../helpers/axe';
import { cspConsoleErrors, cspViolations, horizontalOverflow, overflowingElements, unstyled, watchCsp } from '../helpers/page-checks';
import { pagesToCheck } from '../helpers/sitemap';

const siteDir = builtSiteDir();
const paths = pagesToCheck(siteDir);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** What one page load brought: requests to other hosts, failures, errors, and scripts (gzip bytes). */
interface Load {
  foreign: string[];
  failed: string[];
  errors: string[];
  scripts: Map<string, number>;
}

interface Viewport {
  width: number;
  context: BrowserContext;
  page: Page;
  csp: { take(): string[] };
  load: Load;
  /** The header and footer markup already checked by axe at this width (shared by the slots). */
  checkedParts: Set<string>;
}

/** A page open at each width: one page is checked in a slot at a time. */
type Slot = Viewport[];

/**
 * Two pages are checked at once, each in a slot of its own: a page's check spends much of its
 * time waiting (loading, layout), which the other fills.
 */
const SLOTS = 2;

/**
 * The header and the footer come from one component each and are the same on nearly every page
 * (the menu marks the current section). axe checks each variant of them in full the first time it
 * appears, and on later pages with the same markup only the rest of the page: they are about half
 * of axe's work on a page.
 */
const TEMPLATE_PARTS = ['.site-header', '.site-footer'];

const emptyLoad = (): Load => ({ foreign: [], failed: [], errors: [], scripts: new Map() });

const server = { url: inject('distUrl') };
let browser: Browser;
const free: Slot[] = [];
const waiting: Array<(slot: Slot) => void> = [];

/** Runs `check` in the next free slot. */
async function inSlot<T>(check: (slot: Slot) => Promise<T>): Promise<T> {
  const slot = free.pop() ?? (await new Promise<Slot>((resolve) => waiting.push(resolve)));
  try {
    return await check(slot);
  } finally {
    const next = waiting.shift();
    if (next) next(slot);
    else free.push(slot);
  }
}

async function openViewport(width: number, checkedParts: Set<string>): Promise<Viewport> {
  const origin = new URL(server.url).origin;
  // axe comes in as an init script, which the page's CSP does not govern, so the sweep runs
  // under the real policy (no bypassCSP) and can catch violations.
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  await watchCsp(context);
  await prepareAxe(context);
  const page = await context.newPage();
  const viewport: Viewport = { width, context, page, csp: cspConsoleErrors(page), load: emptyLoad(), checkedParts };
  // Record, and never let through, a request to another host (data: URLs stay inside the page).
  await context.route(
    (url) => url.origin !== origin && url.protocol !== 'data:',
    (route) => {
      viewport.load.foreign.push(route.request().url());
      return route.abort('blockedbyclient');
    },
  );
  page.on('response', async (response) => {
    const load = viewport.load;
    if (response.status() >= 400) load.failed.push(`${response.status()} ${response.url()}`);
    const type = response.request().resourceType();
    if (type === 'script' || /\.m?js(\?|$)/.test(new URL(response.url()).pathname)) {
      const body = await response.body().catch(() => Buffer.alloc(0));
      load.scripts.set(response.url(), gzipSync(body, { level: 9 }).length);
    }
  });
  page.on('console', (message) => {
    if (message.type() === 'error') viewport.load.errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => viewport.load.errors.push(`uncaught: ${error.message}`));
  return viewport;
}

beforeAll(async () => {
  browser = await launchBrowser();
  const checkedParts = new Map([1280, 320].map((width) => [width, new Set<string>()]));
  for (let i = 0; i < SLOTS; i++) free.push(await Promise.all([1280, 320].map((width) => openViewport(width, checkedParts.get(width)!))));
});

afterAll(async () => {
  await browser?.close();
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
    test.concurrent(`${path}: no axe violations at 1280 and 320 px, no CSP violation, styled, no sideways scrolling, only its own host, no errors, JavaScript within budget`, async ({ expect }) => {
      // Both widths at once: each has its own page, and the machine has a core for each.
      const problems = (await inSlot((slot) => Promise.all(slot.map((viewport) => checkAt(viewport, path))))).flat();
      expect(problems, `\n${problems.join('\n')}\n`).toEqual([]);
    });
  }
});

/** Every problem of one page at one width, as lines for the failure message. */
async function checkAt(viewport: Viewport, path: string): Promise<string[]> {
  const { page, width } = viewport;
  viewport.csp.take();
  viewport.load = emptyLoad();
  const response = await page.goto(server.url + path, { waitUntil: 'load' });
  if (response?.status() !== 200) return [`${path} answered HTTP ${response?.status()} (the page is missing)`];
  const budget = scriptBudgetFor(path);
  // A page with a feature script (search results, forms) is checked once the script is done and
  // has loaded what it loads (Pagefind).
  if (budget) await page.waitForLoadState('networkidle');

  const parts = await page.evaluate((selectors) => selectors.map((selector) => document.querySelector(selector)?.outerHTML ?? '').join('\n'), TEMPLATE_PARTS);
  const seen = viewport.checkedParts.has(parts);
  viewport.checkedParts.add(parts);
  const problems = [
    ...describeViolations(path, width, await axeViolations(page, AXE_TAGS, seen ? TEMPLATE_PARTS : [])),
    ...(await unstyled(page)).map((problem) => `${path} at ${width}px: [unstyled] ${problem}`),
    ...[...(await cspViolations(page)), ...viewport.csp.take()].map((violation) => `${path} at ${width}px: [content-security-policy] ${violation}`),
  ];
  if (width === 320) {
    const overflow = await horizontalOverflow(page);
    if (overflow > 0) {
      const culprits = await overflowingElements(page);
      problems.push(`${path} at 320px: [horizontal-scroll] page is ${overflow}px too wide; sticking out: ${culprits.join(', ')}`);
    }
    return problems;
  }

  // What the page loaded; response bodies are read asynchronously, so let the last ones finish.
  await page.waitForTimeout(50);
  const load = viewport.load;
  problems.push(
    ...load.foreign.map((url) => `${path}: [third-party-request] request to another host: ${url}`),
    ...load.failed.filter((line) => !line.endsWith(server.url + path)).map((line) => `${path}: [failed-request] ${line}`),
    ...load.errors.filter((error) => !/Content Security Policy/i.test(error)).map((error) => `${path}: [console-error] ${error}`),
  );
  const scriptBytes = [...load.scripts.values()].reduce((a, b) => a + b, 0);
  const names = [...load.scripts.keys()].map((url) => new URL(url).pathname).join(', ');
  if (!budget && scriptBytes > 0) {
    problems.push(`${path}: [no-javascript] loaded ${kb(scriptBytes)} gzip of JavaScript (${names}) but has no budget in tests/budgets.ts`);
  }
  if (budget && scriptBytes > budget.gzipBytes) {
    problems.push(`${path}: [javascript-budget] loaded ${kb(scriptBytes)} gzip (${names}), over ${kb(budget.gzipBytes)} for ${budget.feature}`);
  }
  return problems;
}
