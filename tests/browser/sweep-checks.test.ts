/**
 * Proof that each check of the page sweep (tests/browser/pages.test.ts) catches a bad page: the
 * policy watcher, the stylesheet check and axe, brought in the way the sweep brings them, under
 * the site's header policy.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser } from '../../scripts/lib/chromium.ts';
import { serveWithNetlify, type LocalNetlify } from '../../scripts/lib/local-netlify.ts';
import { headersFile } from '../../src/lib/security/headers';
import { axeViolations, prepareAxe } from '../helpers/axe';
import { cspConsoleErrors, cspViolations, unstyled, watchCsp } from '../helpers/page-checks';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('the checks of the accessibility sweep', () => {
  let dir: string;
  let badServer: LocalNetlify;

  beforeAll(async () => {
    // A page that breaks the policy twice (an inline script, a script from another host) and
    // has an image without a text alternative.
    dir = mkdtempSync(join(tmpdir(), 'westwint-csp-'));
    // Its stylesheet is not allowed by its own <meta> policy, so the page stays unstyled.
    const html =
      '<!doctype html><html lang="nl"><head><title>CSP</title>' +
      '<meta http-equiv="content-security-policy" content="style-src \'self\'">' +
      '<style>:root { --utrecht-root-color: #1b1b1b; } body { margin: 0; }</style></head><body><main><h1>CSP</h1>' +
      '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="1" height="1">' +
      '<script>document.title = "ran";</script><script src="https://cdn.example.com/x.js"></script></main></body></html>';
    writeFileSync(join(dir, 'index.html'), html);
    writeFileSync(join(dir, '404.html'), html);
    writeFileSync(join(dir, '_headers'), headersFile());
    badServer = await serveWithNetlify(dir, { functions: false });
  });

  afterAll(async () => {
    await badServer?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('catches an inline script and a third-party script under the site’s header policy', async () => {
    const guarded = await browser.newContext();
    await watchCsp(guarded);
    // Keep the test offline: the third-party request is answered locally if the policy let it through.
    await guarded.route('https://cdn.example.com/**', (route) =>
      route.fulfill({ body: 'document.title = "third";', contentType: 'text/javascript' }),
    );
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
    await tab.route('https://cdn.example.com/**', (route) =>
      route.fulfill({ body: '', contentType: 'text/javascript' }),
    );
    await tab.goto(badServer.url + '/', { waitUntil: 'load' });
    expect(await unstyled(tab)).toEqual(
      expect.arrayContaining([
        expect.stringContaining('--utrecht-root-color'),
        expect.stringContaining('margin'),
      ]),
    );
    await tab.close();
  });

  test('axe, brought in the way the sweep brings it, finds a violation under the same policy', async () => {
    const guarded = await browser.newContext();
    await prepareAxe(guarded);
    await guarded.route('https://cdn.example.com/**', (route) =>
      route.fulfill({ body: '', contentType: 'text/javascript' }),
    );
    const tab = await guarded.newPage();
    await tab.goto(badServer.url + '/', { waitUntil: 'load' });
    expect((await axeViolations(tab)).map((violation) => violation.id)).toContain('image-alt');
    await guarded.close();
  });
});
