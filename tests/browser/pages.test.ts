/**
 * Every page (every URL in the sitemap, plus 404, thank-you and search pages) in Chromium, under
 * the production headers and each page's own <meta> policy, loaded at 1280 px wide and then
 * narrowed to 320 px, as a phone's layout (the site's layout is CSS alone: no script reads the
 * window's size, tests/dist/budgets.test.ts makes sure, so narrowing gives the layout a load at
 * 320 px gives, without a second load):
 * - zero axe-core violations of WCAG 2.0, 2.1 and 2.2 A/AA and best practices, at both widths
 *   (the header and footer in full wherever their markup differs from a page checked before);
 * - the stylesheet applied, no Content-Security-Policy violation, no sideways scrolling at 320 px;
 * - what it loads (at 1280 px): no request to any other host, no failed request, no console
 *   error, and JavaScript only within the page's budget (tests/budgets.ts), counting every script
 *   it loads, also dynamically.
 * tests/browser/sweep-checks.test.ts proves each of these checks catches a bad page.
 * Two pages are checked at once, each in a browser page of its own (SLOTS).
 */
import { gzipSync } from 'node:zlib';
import type { Result } from 'axe-core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser } from '../../scripts/lib/chromium.ts';
import { builtSiteDir } from '../../scripts/lib/local-netlify.ts';
import { scriptBudgetFor } from '../budgets';
import { AXE_TAGS, axeViolations, prepareAxe } from '../helpers/axe';
import {
  cspConsoleErrors,
  cspViolations,
  horizontalOverflow,
  overflowingElements,
  unstyled,
  watchCsp,
} from '../helpers/page-checks';
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

/** A browser page of its own: one page of the site is checked in a slot at a time. */
interface Slot {
  page: Page;
  csp: { take(): string[] };
  load: Load;
}

/** The widths a page is checked at: a desktop window, then a small phone. */
const DESKTOP = 1280;
const PHONE = 320;
const HEIGHT = 900;

/**
 * Two pages are checked at once, each in a slot of its own: a page's check spends much of its
 * time waiting (loading, layout), which the other fills.
 */
const SLOTS = 2;

/**
 * The header and the footer come from one component each and are the same on nearly every page
 * (the menu marks the current section). axe checks each variant of them in full the first time it
 * appears at a width, and on later pages with the same markup only the rest of the page: they are
 * about half of axe's work on a page.
 */
const TEMPLATE_PARTS = ['.utrecht-page-header', '.utrecht-page-footer'];
/** The header and footer markup already checked by axe, per width (shared by the slots). */
const checkedParts = new Map([DESKTOP, PHONE].map((width) => [width, new Set<string>()]));

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

async function openSlot(): Promise<Slot> {
  const origin = new URL(server.url).origin;
  // axe comes in as an init script, which the page's CSP does not govern, so the sweep runs
  // under the real policy (no bypassCSP) and can catch violations.
  const context = await browser.newContext({ viewport: { width: DESKTOP, height: HEIGHT } });
  await watchCsp(context);
  await prepareAxe(context);
  const page = await context.newPage();
  const slot: Slot = { page, csp: cspConsoleErrors(page), load: emptyLoad() };
  // Record, and never let through, a request to another host (data: URLs stay inside the page).
  await context.route(
    (url) => url.origin !== origin && url.protocol !== 'data:',
    (route) => {
      slot.load.foreign.push(route.request().url());
      return route.abort('blockedbyclient');
    },
  );
  page.on('response', async (response) => {
    const load = slot.load;
    if (response.status() >= 400) load.failed.push(`${response.status()} ${response.url()}`);
    const type = response.request().resourceType();
    if (type === 'script' || /\.m?js(\?|$)/.test(new URL(response.url()).pathname)) {
      const body = await response.body().catch(() => Buffer.alloc(0));
      load.scripts.set(response.url(), gzipSync(body, { level: 9 }).length);
    }
  });
  page.on('console', (message) => {
    if (message.type() === 'error') slot.load.errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => slot.load.errors.push(`uncaught: ${error.message}`));
  return slot;
}

beforeAll(async () => {
  browser = await launchBrowser();
  for (let i = 0; i < SLOTS; i++) free.push(await openSlot());
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
    test.concurrent(
      `${path}: no axe violations at 1280 and 320 px, no CSP violation, styled, no sideways scrolling, only its own host, no errors, JavaScript within budget`,
      async ({ expect }) => {
        const problems = await inSlot((slot) => checkPage(slot, path));
        expect(problems, `\n${problems.join('\n')}\n`).toEqual([]);
      },
    );
  }
});

/** Every problem of one page at both widths, as lines for the failure message. */
async function checkPage(slot: Slot, path: string): Promise<string[]> {
  const { page } = slot;
  await page.setViewportSize({ width: DESKTOP, height: HEIGHT });
  slot.csp.take();
  slot.load = emptyLoad();
  const response = await page.goto(server.url + path, { waitUntil: 'load' });
  if (response?.status() !== 200)
    return [`${path} answered HTTP ${response?.status()} (the page is missing)`];
  const budget = scriptBudgetFor(path);
  // A page with a feature script (search results, forms) is checked once the script is done and
  // has loaded what it loads (Pagefind).
  if (budget) await page.waitForLoadState('networkidle');

  const problems = await checkAtWidth(slot, path, DESKTOP);
  // What the page loaded; response bodies are read asynchronously, so let the last ones finish.
  await page.waitForTimeout(50);
  const load = slot.load;
  problems.push(
    ...load.foreign.map((url) => `${path}: [third-party-request] request to another host: ${url}`),
    ...load.failed
      .filter((line) => !line.endsWith(server.url + path))
      .map((line) => `${path}: [failed-request] ${line}`),
    ...load.errors
      .filter((error) => !/Content Security Policy/i.test(error))
      .map((error) => `${path}: [console-error] ${error}`),
  );
  const scriptBytes = [...load.scripts.values()].reduce((a, b) => a + b, 0);
  const names = [...load.scripts.keys()].map((url) => new URL(url).pathname).join(', ');
  if (!budget && scriptBytes > 0) {
    problems.push(
      `${path}: [no-javascript] loaded ${kb(scriptBytes)} gzip of JavaScript (${names}) but has no budget in tests/budgets.ts`,
    );
  }
  if (budget && scriptBytes > budget.gzipBytes) {
    problems.push(
      `${path}: [javascript-budget] loaded ${kb(scriptBytes)} gzip (${names}), over ${kb(budget.gzipBytes)} for ${budget.feature}`,
    );
  }

  await page.setViewportSize({ width: PHONE, height: HEIGHT });
  problems.push(...(await checkAtWidth(slot, path, PHONE)));
  const overflow = await horizontalOverflow(page);
  if (overflow > 0) {
    const culprits = await overflowingElements(page);
    problems.push(
      `${path} at ${PHONE}px: [horizontal-scroll] page is ${overflow}px too wide; sticking out: ${culprits.join(', ')}`,
    );
  }
  return problems;
}

/** What depends on the layout at this width: axe, the stylesheet, the policy. */
async function checkAtWidth(slot: Slot, path: string, width: number): Promise<string[]> {
  const { page } = slot;
  const parts = await page.evaluate(
    (selectors) => selectors.map((selector) => document.querySelector(selector)?.outerHTML ?? '').join('\n'),
    TEMPLATE_PARTS,
  );
  const checked = checkedParts.get(width)!;
  const seen = checked.has(parts);
  checked.add(parts);
  return [
    ...describeViolations(path, width, await axeViolations(page, AXE_TAGS, seen ? TEMPLATE_PARTS : [])),
    ...(await unstyled(page)).map((problem) => `${path} at ${width}px: [unstyled] ${problem}`),
    ...[...(await cspViolations(page)), ...slot.csp.take()].map(
      (violation) => `${path} at ${width}px: [content-security-policy] ${violation}`,
    ),
  ];
}
