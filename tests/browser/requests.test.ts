/**
 * What every page really loads in Chromium, under the real headers: no request to any host
 * but the site's own, no failed request, no console error, and JavaScript only within the
 * page's budget (tests/budgets.ts), counting every script the page loads, also dynamically.
 * Also proves that the CSP watcher and axe, as the accessibility sweep uses them, catch violations.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { headersFile } from '../../src/lib/security/headers';
import { scriptBudgetFor } from '../budgets';
import { axeViolations, prepareAxe } from '../helpers/axe';
import { launchBrowser } from '../../scripts/lib/chromium.ts';
import { cspConsoleErrors, cspViolations, unstyled, watchCsp } from '../helpers/page-checks';
import { builtSiteDir, serveWithNetlify, type LocalNetlify } from '../../scripts/lib/local-netlify.ts';
import { pagesToCheck } from '../helpers/sitemap';

const siteDir = builtSiteDir();
const paths = pagesToCheck(siteDir);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

let server: LocalNetlify;
let browser: Browser;
let context: BrowserContext;
let page: Page;

interface Load {
  foreign: string[];
  failed: string[];
  errors: string[];
  scripts: Map<string, number>;
}
let current: Load;

beforeAll(async () => {
  server = await serveWithNetlify(siteDir);
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const origin = new URL(server.url).origin;
  // Record, and never let through, a request to another host (data: URLs stay inside the page).
  await context.route(
    (url) => url.origin !== origin && url.protocol !== 'data:',
    (route) => {
      current.foreign.push(route.request().url());
      return route.abort('blockedbyclient');
    },
  );
  page = await context.newPage();
  page.on('response', async (response) => {
    const load = current;
    if (response.status() >= 400) load.failed.push(`${response.status()} ${response.url()}`);
    const type = response.request().resourceType();
    if (type === 'script' || /\.m?js(\?|$)/.test(new URL(response.url()).pathname)) {
      const body = await response.body().catch(() => Buffer.alloc(0));
      load.scripts.set(response.url(), gzipSync(body, { level: 9 }).length);
    }
  });
  page.on('console', (message) => {
    if (message.type() === 'error') current.errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => current.errors.push(`uncaught: ${error.message}`));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('what each page loads', () => {
  for (const path of paths) {
    test(`${path}: only its own host, nothing broken, no console error, JavaScript within budget`, async () => {
      current = { foreign: [], failed: [], errors: [], scripts: new Map() };
      const response = await page.goto(server.url + path, { waitUntil: 'load' });
      expect(response?.status(), `${path} answered HTTP ${response?.status()} (the page is missing)`).toBe(200);
      const budget = scriptBudgetFor(path);
      // Pages with a feature script may load more (Pagefind) once that script runs.
      if (budget) await page.waitForLoadState('networkidle');
      const load = current;
      // Response bodies are read asynchronously; let the last ones finish.
      await page.waitForTimeout(50);

      const problems = [
        ...load.foreign.map((url) => `${path}: [third-party-request] request to another host: ${url}`),
        ...load.failed.filter((line) => !line.endsWith(server.url + path)).map((line) => `${path}: [failed-request] ${line}`),
        ...load.errors.map((error) => `${path}: [console-error] ${error}`),
      ];
      const scriptBytes = [...load.scripts.values()].reduce((a, b) => a + b, 0);
      const names = [...load.scripts.keys()].map((url) => new URL(url).pathname).join(', ');
      if (!budget && scriptBytes > 0) {
        problems.push(`${path}: [no-javascript] loaded ${kb(scriptBytes)} gzip of JavaScript (${names}) but has no budget in tests/budgets.ts`);
      }
      if (budget && scriptBytes > budget.gzipBytes) {
        problems.push(`${path}: [javascript-budget] loaded ${kb(scriptBytes)} gzip (${names}), over ${kb(budget.gzipBytes)} for ${budget.feature}`);
      }
      expect(problems, `\n${problems.join('\n')}\n`).toEqual([]);
    });
  }
});

describe('the checks of the accessibility sweep', () => {
  let dir: string;
  let badServer: LocalNetlify;

  beforeAll(async () => {
    // A page that breaks the policy twice (an inline script, a script from another host) and
    // has an image without a text alternative.
    dir = mkdtempSync(join(tmpdir(), 'westwint-csp-'));
    // Its stylesheet is not allowed by its own <meta> policy, so the page stays unstyled.
    const html = '<!doctype html><html lang="nl"><head><title>CSP</title>' +
      '<meta http-equiv="content-security-policy" content="style-src \'self\'">' +
      '<style>:root { --ink: #1b1b1b; } body { margin: 0; }</style></head><body><main><h1>CSP</h1>' +
      '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="1" height="1">' +
      '<script>document.title = "ran";</script><script src="https://cdn.example.com/x.js"></script></main></body></html>';
    writeFileSync(join(dir, 'index.html'), html);
    writeFileSync(join(dir, '404.html'), html);
    writeFileSync(join(dir, '_headers'), headersFile());
    badServer = await serveWithNetlify(dir);
  });

  afterAll(async () => {
    await badServer?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('catches an inline script and a third-party script under the site’s header policy', async () => {
    const guarded = await browser.newContext();
    await watchCsp(guarded);
    // Keep the test offline: the third-party request is answered locally if the policy let it through.
    await guarded.route('https://cdn.example.com/**', (route) => route.fulfill({ body: 'document.title = "third";', contentType: 'text/javascript' }));
    const tab = await guarded.newPage();
    const consoleErrors = cspConsoleErrors(tab);
    await tab.goto(badServer.url + '/', { waitUntil: 'load' });
    const violations = await cspViolations(tab);
    expect(await tab.title(), 'the policy must stop both scripts').toBe('CSP');
    expect(violations.some((v) => v.startsWith('script-src-elem blocked inline'))).toBe(true);
    expect(violations.some((v) => v.includes('https://cdn.example.com/x.js'))).toBe(true);
    expect(consoleErrors.take().length).toBeGreaterThan(0);
    await guarded.close();
  });

  test('the stylesheet check notices a page whose inlined stylesheet the policy blocked', async () => {
    const tab = await browser.newPage();
    await tab.route('https://cdn.example.com/**', (route) => route.fulfill({ body: '', contentType: 'text/javascript' }));
    await tab.goto(badServer.url + '/', { waitUntil: 'load' });
    expect(await unstyled(tab)).toEqual(expect.arrayContaining([expect.stringContaining('--ink'), expect.stringContaining('margin')]));
    await tab.close();
  });

  test('axe, brought in the way the sweep brings it, finds a violation under the same policy', async () => {
    const guarded = await browser.newContext();
    await prepareAxe(guarded);
    await guarded.route('https://cdn.example.com/**', (route) => route.fulfill({ body: '', contentType: 'text/javascript' }));
    const tab = await guarded.newPage();
    await tab.goto(badServer.url + '/', { waitUntil: 'load' });
    expect((await axeViolations(tab)).map((violation) => violation.id)).toContain('image-alt');
    await guarded.close();
  });
});
