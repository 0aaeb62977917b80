#!/usr/bin/env node
/**
 * `npm run screenshots`: pictures for a person to look at, from the production build served by
 * Netlify's local emulation, in the machine's Chromium (not a test: it checks nothing):
 * - the key pages at phone and desktop width, full length, in test-results/screenshots/
 *   (ignored by git);
 * - the editor at /admin/ as docs/redactie.md shows it (the login, a news item being written,
 *   the list of news items, an edition with its PDF), in docs/afbeeldingen/redactie-*.jpg.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launchBrowser } from './lib/chromium.ts';
import { fillEdition, fillNewsItem, openEditor, save } from './lib/editor-session.ts';
import { builtSiteDir, serveWithNetlify } from './lib/local-netlify.ts';
import { makePdf } from './lib/make-pdf.ts';
import { keyPages } from './lib/sitemap.ts';

const ROOT = resolve(import.meta.dirname, '..');
const PAGES_DIR = join(ROOT, 'test-results/screenshots');
const DOCS_DIR = join(ROOT, 'docs/afbeeldingen');

const siteDir = builtSiteDir();
const PAGES = keyPages(siteDir);

const server = await serveWithNetlify(siteDir);
const browser = await launchBrowser();
try {
  mkdirSync(PAGES_DIR, { recursive: true });
  for (const width of [375, 1280]) {
    const context = await browser.newContext({ viewport: { width, height: width < 600 ? 812 : 900 } });
    const page = await context.newPage();
    for (const [name, path] of PAGES) {
      const response = await page.goto(server.url + path, { waitUntil: 'networkidle' });
      if (response?.status() !== 200) throw new Error(`${path} answered HTTP ${response?.status()}`);
      await page.screenshot({ path: join(PAGES_DIR, `${name}-${width}.png`), fullPage: true });
    }
    await context.close();
  }
  console.log(`Pages: ${PAGES_DIR}`);

  const shot = (page, name) => page.screenshot({ path: join(DOCS_DIR, `redactie-${name}.jpg`), type: 'jpeg', quality: 80, animations: 'disabled' });

  // The login as an editor first sees it, in an English browser: still Dutch.
  const login = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
  const loginPage = await login.newPage();
  await loginPage.goto(`${server.url}/admin/`);
  await loginPage.getByRole('button', { name: /^Inloggen met\W*GitHub\W*$/ }).waitFor();
  await loginPage.waitForFunction(() => !document.body.innerText.includes('Loading'));
  await shot(loginPage, 'login');
  await login.close();

  const uploads = mkdtempSync(join(tmpdir(), 'westwint-screenshots-'));
  const pdf = join(uploads, 'heilust-9.pdf');
  writeFileSync(pdf, makePdf({ pages: 4, marked: true, language: 'nl-NL' }));
  const editor = await openEditor(browser, server.url);
  try {
    await fillNewsItem(editor.page, server.url);
    await shot(editor.page, 'nieuwsbericht');
    await save(editor.page);
    await editor.page.getByText("2019-05-04 · 't Westhoes viert feest").waitFor();
    await shot(editor.page, 'nieuwsberichten');
    await fillEdition(editor.page, server.url, pdf);
    await shot(editor.page, 'nieuwsbrief-pdf');
  } finally {
    await editor.close();
    rmSync(uploads, { recursive: true, force: true });
  }
  console.log(`Editor: ${DOCS_DIR}/redactie-*.jpg`);
} finally {
  await browser.close();
  await server.close();
}
