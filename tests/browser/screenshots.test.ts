/**
 * Full-page screenshots of the key pages at phone and desktop width, for a person to look at:
 * written to test-results/screenshots/ (kept by CI, ignored by git).
 */
import { mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser } from '../../scripts/lib/chromium.ts';
import { ROOT } from '../../scripts/lib/astro-build.ts';
import { builtSiteDir, serveWithNetlify, type LocalNetlify } from '../../scripts/lib/local-netlify.ts';
import { pagesToCheck } from '../helpers/sitemap';

const OUT_DIR = join(ROOT, 'test-results/screenshots');
const WIDTHS = [375, 1280] as const;

const siteDir = builtSiteDir();
const paths = pagesToCheck(siteDir);
const firstMatching = (pattern: RegExp) => paths.find((path) => pattern.test(path));

const SHOTS: Array<[name: string, path: string | undefined]> = [
  ['home', '/'],
  ['project', '/projecten/achter-de-voordeur/'],
  ['news-item', firstMatching(/^\/nieuws\/(?!archief\/)(?!\d+\/)[^/]+\/$/)],
  ['edition', firstMatching(/^\/nieuwsbrief\/(?!aangemeld\/)[^/]+\/$/)],
  ['search', '/zoeken/?q=park'],
  ['idea-form', '/ideeen/'],
];

let server: LocalNetlify;
let browser: Browser;

beforeAll(async () => {
  mkdirSync(OUT_DIR, { recursive: true });
  server = await serveWithNetlify(siteDir);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('screenshots in test-results/screenshots/', () => {
  for (const width of WIDTHS) {
    test(`${width} px wide`, async () => {
      const context = await browser.newContext({ viewport: { width, height: width < 600 ? 812 : 900 } });
      const page = await context.newPage();
      try {
        for (const [name, path] of SHOTS) {
          expect(path, `no page for the ${name} screenshot`).toBeDefined();
          const response = await page.goto(server.url + path!, { waitUntil: 'networkidle' });
          expect(response?.status(), `${path} answered HTTP ${response?.status()}`).toBe(200);
          const file = join(OUT_DIR, `${name}-${width}.png`);
          await page.screenshot({ path: file, fullPage: true });
          expect(statSync(file).size, `${file} looks empty`).toBeGreaterThan(5_000);
        }
      } finally {
        await context.close();
      }
    });
  }
});
