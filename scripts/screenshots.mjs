#!/usr/bin/env node
/**
 * `npm run screenshots`: pictures for a person to look at, from the production build served by
 * Netlify's local emulation, in the machine's Chromium (not a test: it checks nothing):
 * - the key pages at phone and desktop width, full length, in test-results/screenshots/
 *   (ignored by git);
 * - the editor at /admin/ as docs/redactie.md shows it (the login, a news item being written,
 *   the list of news items, an edition with its PDF, the plain-language check, a save refused
 *   by the build's rules, an untagged PDF refused, and the publication banner while publishing,
 *   online and failed, after deploy events as Netlify sends them, and the newsletter panel), in
 *   docs/afbeeldingen/redactie-*.jpg.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launchBrowser } from './lib/chromium.ts';
import { failBuild, postDeployEvent } from './lib/deploy-events.ts';
import { problemIn } from '../src/lib/content/rules/problem.ts';
import { amsterdamDay, amsterdamInstant } from '../src/lib/dates/amsterdam.ts';
import { openSiteStore } from '../src/lib/functions/blob-store.ts';
import { editionRecords } from '../src/lib/newsletter/records.ts';
import { keepSignUp } from '../src/lib/newsletter/sign-up.ts';
import { newsletterText } from '../src/strings/newsletter.ts';
import { choosePdf, fillEdition, fillNewsItem, openEditor, openScreen, save } from './lib/editor-session.ts';
import { builtSiteDir, serveWithNetlify } from './lib/local-netlify.ts';
import { makePdf } from './lib/make-pdf.ts';
import { keyPages } from './lib/sitemap.ts';

const ROOT = resolve(import.meta.dirname, '..');
const PAGES_DIR = join(ROOT, 'test-results/screenshots');
const DOCS_DIR = join(ROOT, 'docs/afbeeldingen');

const shot = (page, name) =>
  page.screenshot({
    path: join(DOCS_DIR, `redactie-${name}.jpg`),
    type: 'jpeg',
    quality: 80,
    animations: 'disabled',
  });

const siteDir = builtSiteDir();
const PAGES = keyPages(siteDir);

const server = await serveWithNetlify(siteDir);
const browser = await launchBrowser();
try {
  mkdirSync(PAGES_DIR, { recursive: true });
  for (const width of [375, 1280]) {
    const context = await browser.newContext({ viewport: { width, height: width < 600 ? 812 : 900 } });
    const page = await context.newPage();
    for (const { name, path } of PAGES) {
      const response = await page.goto(server.url + path, { waitUntil: 'networkidle' });
      if (response?.status() !== 200) throw new Error(`${path} answered HTTP ${response?.status()}`);
      await page.screenshot({ path: join(PAGES_DIR, `${name}-${width}.png`), fullPage: true });
    }
    await context.close();
  }
  console.log(`Pages: ${PAGES_DIR}`);

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
    await save(editor.page);
    await readability(editor.page);
    await refusals(editor.page, uploads);
    await banners(editor.page, uploads);
    await newsletterPanel(editor.page);
  } finally {
    await editor.close();
    rmSync(uploads, { recursive: true, force: true });
  }
  console.log(`Editor: ${DOCS_DIR}/redactie-*.jpg`);
} finally {
  await browser.close();
  await server.close();
}

/** The plain-language check above the preview, with a long sentence and an officialese word. */
async function readability(page) {
  await openScreen(page, server.url, '/collections/nieuws/new');
  await page.getByRole('textbox', { name: 'Titel' }).fill('Bomen planten in het park');
  await page
    .getByRole('textbox', { name: 'Samenvatting' })
    .fill('Op zaterdag planten we samen nieuwe bomen.');
  await page
    .getByRole('textbox', { name: 'Tekst' })
    .fill(
      'Middels een brief van de gemeente en van HEEMwonen worden alle bewoners van de Heilust en van Kaalheide uitgenodigd om op zaterdag samen met de vrijwilligers van de buurtkamer nieuwe bomen te planten in het park.\n\nKom ook!',
    );
  await page.frameLocator('iframe').locator('aside.westwint-readability mark').first().waitFor();
  await closeBanner(page);
  await shot(page, 'leesbaarheid');
  await save(page);
}

/** A save the build's rules refuse, and an untagged PDF for an edition of 2019. */
async function refusals(page, dir) {
  await openScreen(page, server.url, '/collections/nieuws/new');
  await page.getByRole('textbox', { name: 'Titel' }).fill('Open dag in de buurtkamer');
  await page.getByRole('textbox', { name: 'Samenvatting' }).fill('Kom kijken in de buurtkamer.');
  await page
    .getByRole('textbox', { name: 'Beschrijving van de afbeelding' })
    .fill('Mensen aan een lange tafel.');
  await page.getByRole('textbox', { name: 'Tekst' }).fill('Iedereen is welkom.');
  await closeBanner(page);
  await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Fout' });
  await dialog.waitFor();
  await shot(page, 'niet-opgeslagen');
  await dialog.getByRole('button', { name: 'OK' }).click();
  await dialog.waitFor({ state: 'hidden' });
  // Corrected, as the editor would: the next screen starts clean.
  await page.getByRole('textbox', { name: 'Beschrijving van de afbeelding' }).fill('');
  await save(page);

  const untagged = join(dir, 'heilust-10.pdf');
  writeFileSync(untagged, makePdf({ pages: 2 }));
  await openScreen(page, server.url, '/collections/nieuwsbrief/new');
  await page.getByRole('textbox', { name: 'Titel' }).fill('Nieuwsbrief Heilust, editie 10');
  await page.getByRole('spinbutton', { name: 'Editienummer' }).fill('10');
  await page.getByRole('textbox', { name: 'Datum van verschijnen' }).fill('2019-09-01');
  await page.getByRole('textbox', { name: 'Samenvatting' }).fill('Over de nieuwe speeltuin.');
  await choosePdf(page, untagged);
  await closeBanner(page);
  await page.locator('.westwint-pdf__refusal').scrollIntoViewIfNeeded();
  await shot(page, 'pdf-geweigerd');
}

/** Closes the publication banner of an earlier save, if it shows, so it covers nothing. */
async function closeBanner(page) {
  const close = page.locator('.westwint-status__close');
  if (await close.isVisible()) await close.click();
}

/** The publication banner after saving: publishing, online, and a build that stopped. */
async function banners(page, dir) {
  const banner = page.locator('.westwint-status');
  const saveNews = async (title) => {
    await openScreen(page, server.url, '/collections/nieuws/new');
    await page.getByRole('textbox', { name: 'Titel' }).fill(title);
    await page.getByRole('textbox', { name: 'Samenvatting' }).fill('Een bericht.');
    await page.getByRole('textbox', { name: 'Tekst' }).fill('Tekst van het bericht.');
    await save(page);
    await banner.getByText('Bezig met publiceren').waitFor();
    // Sveltia's own notice would cover the banner for a few seconds.
    await page.getByText('Item opgeslagen.').waitFor({ state: 'hidden', timeout: 15_000 });
  };
  const deploy = (id) => {
    const createdAt = new Date().toISOString();
    return async (kind) => {
      const response = await postDeployEvent(server.url, kind, { id, createdAt });
      if (!response.ok) throw new Error(`${kind}: HTTP ${response.status}`);
    };
  };

  await saveNews('Bomen geplant aan de Akerstraat');
  await shot(page, 'bezig');
  const first = deploy('schermafbeelding-1');
  await first('deploy_building');
  await first('deploy_succeeded');
  await banner.getByText('Staat online sinds').waitFor({ timeout: 15_000 });
  await shot(page, 'online');

  await saveNews('Nieuwe banken op het Heilustplein');
  const second = deploy('schermafbeelding-2');
  await second('deploy_building');
  await failBuild(
    'schermafbeelding-2',
    [
      problemIn('content/nieuws/nieuwe-banken-op-het-heilustplein.md', 'image', {
        kind: 'field',
        expected: 'imageAlt staat er, maar image ontbreekt',
      }),
    ],
    join(dir, 'build-problems.json'),
  );
  await second('deploy_failed');
  await banner.getByText('Niet gepubliceerd').waitFor({ timeout: 15_000 });
  await shot(page, 'niet-gepubliceerd');
}

/** The newsletter panel, opened: one edition mailed, one being retried, a sign-up waiting (as the functions record them). */
async function newsletterPanel(page) {
  await closeBanner(page);
  const store = openSiteStore('newsletter');
  const records = editionRecords(store);
  const today = amsterdamDay(new Date());
  const yesterday = amsterdamDay(new Date(Date.now() - 86_400_000));
  const sentAt = amsterdamInstant(yesterday, '08:00').toISOString();
  await records.write(9, {
    state: 'sent',
    at: sentAt,
    campaign: 'c9',
    subscribers: 812,
    firstSeen: sentAt,
    title: 'Nieuwsbrief Heilust, editie 9',
    date: yesterday,
  });
  const now = new Date();
  const nextHour = new Date(Math.ceil(now.getTime() / 3_600_000) * 3_600_000);
  await records.write(10, {
    state: 'failed',
    run: 'schermafbeelding',
    at: now.toISOString(),
    reason: newsletterText.reasons.noAnswer,
    attempts: 1,
    nextAttempt: nextHour.toISOString(),
    firstSeen: now.toISOString(),
    title: 'Nieuwsbrief Heilust, editie 10',
    date: today,
  });
  await keepSignUp(
    store,
    { email: 'voorbeeld@voorbeeld.example', ip: '192.0.2.1', sourceUrl: '/nieuwsbrief/' },
    now,
    new Error('geen antwoord'),
  );
  const summary = page.locator('.westwint-newsletter summary');
  await summary.click();
  await page.locator('.westwint-newsletter__edition').nth(1).waitFor();
  await shot(page, 'nieuwsbrief-mails');
}
