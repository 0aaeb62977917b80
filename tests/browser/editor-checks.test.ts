/**
 * What the editor at /admin/ adds to Sveltia CMS (src/admin/), in Chromium against the built site
 * with Sveltia's test back end (scripts/lib/editor-session.ts):
 * - the build's rules before saving: each mistake is refused with the line the build would stop
 *   with (worked out by the build's own checks, tests/helpers/build-rules.ts), next to its field;
 *   nothing is written; corrected, the entry saves;
 * - PDFs read in the browser: an untagged PDF for an edition from 23 September 2018 on is refused
 *   before it is accepted, a tagged one accepted, and moving the date past that day later is caught;
 * - the publication banner after saving, following Netlify's deploy events through the functions;
 * - the newsletter panel beside it: what became of each recent edition's mail;
 * - previews in the design system's components, as the site's pages, and links to the live site;
 * - the plain-language check above the preview, as the build measures it.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser } from '../../scripts/lib/chromium.ts';
import { failBuild, postDeployEvent, type DeployEvent } from '../../scripts/lib/deploy-events.ts';
import {
  choosePdf,
  openEditor,
  openScreen,
  readRepository,
  save,
  type EditorSession,
} from '../../scripts/lib/editor-session.ts';
import { builtSiteDir, serveWithNetlify, type LocalNetlify } from '../../scripts/lib/local-netlify.ts';
import { makePdf } from '../../scripts/lib/make-pdf.ts';
import { md } from '../../scripts/lib/content-folder.ts';
import { ANSWER_WITHIN_MS, POLL_EVERY_MS } from '../../src/admin/fetch-status-json';
import { untaggedPdfIssue } from '../../src/lib/content/pdf';
import { readPdf } from '../../src/lib/content/pdf-file';
import { problemIn } from '../../src/lib/content/rules/problem';
import { expectation, problemLine } from '../../src/lib/content/rules/wording';
import {
  amsterdamDay,
  amsterdamInstant,
  formatDate,
  startOfAmsterdamDay,
} from '../../src/lib/dates/amsterdam';
import { openSiteStore } from '../../src/lib/functions/blob-store';
import { markerOf, PROBLEM_KEY, TOKEN_KEY } from '../../src/lib/ideas/records';
import { editionRecords } from '../../src/lib/newsletter/records';
import { keepSignUp } from '../../src/lib/newsletter/sign-up';
import { measure, THRESHOLDS } from '../../src/lib/readability/measures';
import { textBlocks } from '../../src/lib/readability/text-blocks';
import { parseWordList } from '../../src/lib/readability/word-list';
import { urls } from '../../src/lib/urls/routes';
import { editorText } from '../../src/strings/editor';
import { ideasPanelText } from '../../src/strings/ideas-panel';
import { newsletterText } from '../../src/strings/newsletter';
import { AXE_TAGS, axeViolations, prepareAxe } from '../helpers/axe';
import { buildMessage } from '../helpers/build-rules';
import { cspConsoleErrors, recordCsp } from '../helpers/page-checks';

const shared = { url: inject('distUrl') };
let browser: Browser;
let uploads: string;
const UNTAGGED = () => join(uploads, 'heilust-10.pdf');
const TAGGED = () => join(uploads, 'heilust-11.pdf');

beforeAll(async () => {
  browser = await launchBrowser();
  uploads = mkdtempSync(join(tmpdir(), 'westwint-uploads-'));
  writeFileSync(UNTAGGED(), makePdf({ pages: 2 }));
  writeFileSync(TAGGED(), makePdf({ pages: 2, marked: true, language: 'nl-NL' }));
});

afterAll(async () => {
  await browser?.close();
  if (uploads) rmSync(uploads, { recursive: true, force: true });
});

/** WCAG 2.x A and AA, as for the rest of the editor (tests/browser/admin.test.ts). */
const WCAG_TAGS = AXE_TAGS.filter((tag) => tag !== 'best-practice');

/** An editor; with `movableClock`, its pages' clock runs as usual until the test moves it on. */
async function editor(
  siteUrl = shared.url,
  { movableClock = false } = {},
): Promise<EditorSession & { problems(): Promise<string[]> }> {
  let violations: string[] = [];
  const session = await openEditor(browser, siteUrl, async (context: BrowserContext) => {
    violations = await recordCsp(context);
    await prepareAxe(context);
    if (movableClock) await context.clock.install();
  });
  const cspErrors = cspConsoleErrors(session.page);
  const errors: string[] = [];
  session.page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  return {
    ...session,
    problems: async () => [
      ...session.offOrigin.map((url) => `left our origin: ${url}`),
      ...violations,
      ...cspErrors.take(),
      ...errors,
    ],
  };
}

/** Tries to save; returns the lines of Sveltia's error dialog, and closes it. */
async function refusedSave(page: Page): Promise<string[]> {
  await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Fout' });
  await dialog.waitFor();
  const text = await dialog.locator('.error').innerText();
  await dialog.getByRole('button', { name: 'OK' }).click();
  await dialog.waitFor({ state: 'hidden' });
  return text
    .split('\n')
    .slice(1)
    .map((line) => line.replace(/^• /, ''));
}

/** The message shown next to a field, by the field's key path. */
const messageAt = (page: Page, field: string) =>
  page.locator(`[data-key-path="${field}"] .westwint-field-message`).innerText();

describe('in one editor: the build’s rules before saving, PDFs, plain language, previews', () => {
  // One editor for the tests below: each works in new entries of its own.
  let session: Awaited<ReturnType<typeof editor>>;
  beforeAll(async () => {
    session = await editor();
  });
  afterAll(() => session?.close());

  test('each mistake is refused with the build’s own line, next to its field, and nothing is written; corrected, it saves', async () => {
    const { page } = session;
    // An image description without an image.
    await openScreen(page, shared.url, '/collections/nieuws/new');
    await page.getByRole('textbox', { name: 'Titel' }).fill('Open dag in de buurtkamer');
    await page.getByRole('textbox', { name: 'Datum', exact: true }).fill('2019-05-04');
    await page.getByRole('textbox', { name: 'Samenvatting' }).fill('Kom kijken in de buurtkamer.');
    await page
      .getByRole('textbox', { name: 'Beschrijving van de afbeelding' })
      .fill('Mensen aan een lange tafel.');
    await page.getByRole('textbox', { name: 'Tekst' }).fill('Iedereen is welkom.');
    const imageLine = await buildMessage({
      'content/nieuws/open-dag-in-de-buurtkamer.md': md(
        'title: Open dag in de buurtkamer\ndate: 2019-05-04\nsummary: Kom kijken in de buurtkamer.\nimageAlt: Mensen aan een lange tafel.\ndraft: false',
      ),
    });
    expect(imageLine).toBe(
      'content/nieuws/open-dag-in-de-buurtkamer.md: veld "image": imageAlt staat er, maar image ontbreekt',
    );
    expect(await refusedSave(page)).toEqual([imageLine]);
    expect(await messageAt(page, 'image')).toBe('imageAlt staat er, maar image ontbreekt');
    // Emptying the description puts it right: the message goes with the change, and it saves.
    await page.getByRole('textbox', { name: 'Beschrijving van de afbeelding' }).fill('');
    await save(page);

    // An edition number that is already taken.
    await openScreen(page, shared.url, '/collections/nieuwsbrief/new');
    await page.getByRole('textbox', { name: 'Titel' }).fill('Nieuwsbrief Heilust, editie 9');
    await page.getByRole('spinbutton', { name: 'Editienummer' }).fill('2');
    await page.getByRole('textbox', { name: 'Datum van verschijnen' }).fill('2019-06-01');
    await page.getByRole('textbox', { name: 'Samenvatting' }).fill('Over het feest.');
    await page.getByRole('textbox', { name: 'Tekst' }).fill('Over het feest in ’t Westhoes.');
    // Sveltia names the new file after the number, and heilust-2.md exists: heilust-2-1.md.
    const editionLine = await buildMessage({
      'content/nieuwsbrief/heilust-2-1.md': md(
        'title: Nieuwsbrief Heilust, editie 9\nedition: 2\ndate: 2019-06-01\nsummary: Over het feest.\ndraft: false',
      ),
    });
    expect(editionLine).toContain('veld "edition": nummer 2 komt meer dan eens voor');
    expect(await refusedSave(page)).toEqual([editionLine]);
    expect(await messageAt(page, 'edition')).toBe(
      'nummer 2 komt meer dan eens voor; elke editie heeft een eigen nummer',
    );
    await page.getByRole('spinbutton', { name: 'Editienummer' }).fill('9');
    await save(page);

    // An old address that another page already leads from.
    const taken = '/Deelprojecten/Wonen_en_leven/Achter_de_voordeur';
    await openScreen(page, shared.url, '/collections/paginas/new');
    await page.getByRole('textbox', { name: 'Titel' }).fill('Huisbezoeken');
    await page.getByRole('textbox', { name: 'Samenvatting' }).fill('Over de huisbezoeken in Heilust.');
    await page.getByRole('button', { name: /oud adres.*toevoegen/ }).click();
    await page.getByRole('textbox', { name: 'Oud adres' }).fill(taken);
    await page.getByRole('textbox', { name: 'Tekst' }).fill('Wij komen bij u langs.');
    const aliasLine = await buildMessage({
      'content/paginas/huisbezoeken.md': md(
        `title: Huisbezoeken\nsummary: Over de huisbezoeken in Heilust.\naliases: ["${taken}"]`,
      ),
    });
    expect(aliasLine).toContain(
      `veld "aliases": "${taken}" is al in gebruik door content/projecten/achter-de-voordeur.md`,
    );
    expect(await refusedSave(page)).toEqual([aliasLine!.split('\n  - ')[1]]);
    expect(await messageAt(page, 'aliases')).toBe(
      `"${taken}" is al in gebruik door content/projecten/achter-de-voordeur.md`,
    );

    const written = [...(await readRepository(page)).keys()];
    expect(written).toContain('content/nieuws/open-dag-in-de-buurtkamer.md');
    expect(written).toContain('content/nieuwsbrief/heilust-9.md');
    expect(
      written.filter((path) => /heilust-2-1|huisbezoeken/.test(path)),
      'nothing refused was written',
    ).toEqual([]);
    expect(await session.problems()).toEqual([]);
  });

  test('a meeting whose end comes before its start is refused with the build’s line on the end field; corrected, it saves', async () => {
    const { page } = session;
    await openScreen(page, shared.url, '/collections/agenda/new');
    await page.getByRole('textbox', { name: 'Titel' }).fill('Spreekuur woonconsulent');
    await page.getByRole('textbox', { name: 'Samenvatting' }).fill('Stel uw vragen over wonen.');
    await page.getByRole('textbox', { name: 'Begin' }).fill('2027-02-04 14:00');
    await page.getByRole('textbox', { name: 'Einde' }).fill('2027-02-04 13:00');
    await page.getByRole('textbox', { name: 'Plaats' }).fill('Buurtkamer Geraniumstraat');
    await page.getByRole('textbox', { name: 'Tekst' }).fill('U hoeft geen afspraak te maken.');
    const line = await buildMessage({
      'content/agenda/spreekuur-woonconsulent.md': md(
        'title: Spreekuur woonconsulent\nsummary: Stel uw vragen over wonen.\nstart: 2027-02-04 14:00\nend: 2027-02-04 13:00\nlocation: Buurtkamer Geraniumstraat',
      ),
    });
    expect(line).toBe(
      'content/agenda/spreekuur-woonconsulent.md: veld "end": het einde (2027-02-04 13:00) ligt vóór het begin (2027-02-04 14:00)',
    );
    expect(await refusedSave(page)).toEqual([line]);
    expect(await messageAt(page, 'end')).toBe(
      'het einde (2027-02-04 13:00) ligt vóór het begin (2027-02-04 14:00)',
    );
    // The preview says when, as the site will.
    await page.getByRole('textbox', { name: 'Einde' }).fill('2027-02-04 15:00');
    await expect
      .poll(() => page.frameLocator('iframe').locator('.westwint-facts').innerText())
      .toContain('donderdag 4 februari 2027, 14.00 tot 15.00 uur');
    await save(page);
    expect(await session.problems()).toEqual([]);
  });

  test('an untagged PDF for an edition of 2019 is refused before it is accepted, a tagged one accepted; an old edition moved past 23 September 2018 is caught', async () => {
    const { page } = session;
    await openScreen(page, shared.url, '/collections/nieuwsbrief/new');
    await page.getByRole('textbox', { name: 'Titel' }).fill('Nieuwsbrief Heilust, editie 10');
    await page.getByRole('spinbutton', { name: 'Editienummer' }).fill('10');
    await page.getByRole('textbox', { name: 'Datum van verschijnen' }).fill('2019-06-01');
    await page.getByRole('textbox', { name: 'Samenvatting' }).fill('De tiende editie.');
    await page.getByRole('textbox', { name: 'Tekst' }).fill('Over de tiende editie.');

    const untaggedMessage = expectation(
      untaggedPdfIssue(
        await readPdf(UNTAGGED()),
        startOfAmsterdamDay('2019-06-01'),
        '/nieuwsbrief/pdf/heilust-10.pdf',
      )!,
    );
    expect(untaggedMessage).toContain('is niet toegankelijk');
    await choosePdf(page, UNTAGGED());
    await expect(page.locator('.westwint-pdf__refusal').innerText()).resolves.toBe(untaggedMessage);
    await expect(page.getByText('Gekozen:').count(), 'the refused PDF is not in the field').resolves.toBe(0);

    await choosePdf(page, TAGGED());
    await page.getByText('Gekozen: heilust-11.pdf').waitFor();
    await expect(page.getByText(editorText.pdf.tagged('nl-NL')).count()).resolves.toBe(1);
    await expect(page.locator('.westwint-pdf__refusal').count()).resolves.toBe(0);
    const accessibility = (await axeViolations(page, WCAG_TAGS)).map(
      (v) => `[${v.id}] ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
    );
    expect(accessibility).toEqual([]);
    await save(page);
    const repository = await readRepository(page);
    expect(repository.get('public/nieuwsbrief/pdf/heilust-11.pdf')).toEqual(readFileSync(TAGGED()));
    expect(repository.has('public/nieuwsbrief/pdf/heilust-10.pdf'), 'the refused PDF is not written').toBe(
      false,
    );

    // An old edition may keep an untagged PDF; moved past the day, the field says why it may not.
    await openScreen(page, shared.url, '/collections/nieuwsbrief/new');
    await page.getByRole('textbox', { name: 'Titel' }).fill('Nieuwsbrief Heilust, editie 12');
    await page.getByRole('spinbutton', { name: 'Editienummer' }).fill('12');
    await page.getByRole('textbox', { name: 'Datum van verschijnen' }).fill('2017-06-01');
    await page.getByRole('textbox', { name: 'Samenvatting' }).fill('Een oude editie.');
    await page.getByRole('textbox', { name: 'Tekst' }).fill('Uit het archief.');
    await choosePdf(page, UNTAGGED());
    await page.getByText('Gekozen: heilust-10.pdf').waitFor();
    await page.getByRole('textbox', { name: 'Datum van verschijnen' }).fill('2019-06-01');
    const laterMessage = expectation(
      untaggedPdfIssue(
        await readPdf(UNTAGGED()),
        startOfAmsterdamDay('2019-06-01'),
        '/nieuwsbrief/pdf/heilust-10.pdf',
      )!,
    );
    expect(await refusedSave(page)).toEqual([
      `content/nieuwsbrief/heilust-12.md: veld "pdf": ${laterMessage}`,
    ]);
    expect(await messageAt(page, 'pdf')).toBe(laterMessage);
    expect((await readRepository(page)).has('content/nieuwsbrief/heilust-12.md')).toBe(false);
    expect(await session.problems()).toEqual([]);
  });

  test('the build’s measures for the entry being written, updated as the editor types, with long sentences and officialese marked', async () => {
    const { page } = session;
    await openScreen(page, shared.url, '/collections/nieuws/new');
    const panel = page.frameLocator('iframe').locator('aside.westwint-readability');
    await expect(panel.innerText()).resolves.toContain(editorText.readability.empty);

    const summary = 'De gemeente plant nieuwe bomen.';
    const long =
      'Middels een brief van de gemeente en van HEEMwonen worden alle bewoners van de Heilust en van Kaalheide uitgenodigd om op zaterdag samen met de vrijwilligers van de buurtkamer nieuwe bomen te planten in het park.';
    await page.getByRole('textbox', { name: 'Samenvatting' }).fill(summary);
    await page.getByRole('textbox', { name: 'Tekst' }).fill(`## Bomen\n\n${long}\n\nKom ook!`);
    // The same numbers the build prints, from the same text.
    const wordList = parseWordList(
      readFileSync('content/moeilijke-woorden.yaml', 'utf8'),
      'moeilijke-woorden.yaml',
    ).entries;
    const expected = measure(textBlocks(`## Bomen\n\n${long}\n\nKom ook!`, summary), wordList);
    expect(expected.longSentences).toEqual([long]);
    await expect
      .poll(() => panel.innerText())
      .toContain(editorText.readability.longSentences(THRESHOLDS.sentenceLength));
    const shown = await panel.innerText();
    expect(shown).toContain(editorText.readability.toImprove);
    expect(shown).toContain(`${String(expected.averageSentenceLength).replace('.', ',')} (hoogstens 15)`);
    expect(shown).toContain(`${String(expected.fleschDouma).replace('.', ',')} (minstens 60)`);
    expect(await panel.locator('q mark').allInnerTexts(), 'officialese marked in the long sentence').toEqual([
      'Middels',
    ]);
    expect(await panel.locator('li').filter({ hasText: '→' }).allInnerTexts()).toEqual(['Middels → met']);
    const accessibility = (await axeViolations(page, WCAG_TAGS)).map(
      (v) => `[${v.id}] ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
    );
    expect(accessibility).toEqual([]);

    // Rewritten in short sentences, plain words: the verdict changes as the editor types.
    await page
      .getByRole('textbox', { name: 'Tekst' })
      .fill(
        'Op zaterdag planten we samen bomen in het park. Doet u mee? Kom dan om tien uur naar de buurtkamer.',
      );
    await expect.poll(() => panel.innerText()).toContain(editorText.readability.good);
    expect(await panel.locator('mark').count()).toBe(0);
    expect(await session.problems()).toEqual([]);
  });

  test('the preview is styled by the design system’s components, and each entry links to its page on the live site', async () => {
    const { page } = session;
    await openScreen(page, shared.url, '/collections/nieuws/entries/sloop-gladiolenstraat-begonnen');
    const preview = page.frameLocator('iframe');
    await preview.locator('h1').waitFor();
    expect(await preview.locator('h1').innerText()).toBe('Sloop rond de Gladiolenstraat begonnen');
    expect(await preview.locator('html').getAttribute('lang'), 'the preview is in Dutch, as the page').toBe(
      'nl',
    );
    const stylesheets = await preview
      .locator('link[rel="stylesheet"]')
      .evaluateAll((links) => links.map((link) => new URL((link as HTMLLinkElement).href).pathname));
    expect(stylesheets.some((path) => /^\/admin\/assets\/preview-page-[\w-]+\.css$/.test(path))).toBe(true);
    expect(stylesheets, 'one stylesheet for the page and the plain-language panel').toHaveLength(1);
    // The site's colours and NL Design System's classes: the preview looks like the page.
    expect(await preview.locator('h1').evaluate((h1) => getComputedStyle(h1).color)).toBe('rgb(11, 58, 31)');
    expect(await preview.locator('main article .nl-paragraph--lead').innerText()).toContain(
      'Gladiolenstraat',
    );
    // The text's own paragraphs get the classes the site's Markdown gets (src/admin/content-classes.ts).
    const paragraph = preview.locator('.westwint-prose p', { hasText: 'Twaalf woningen blijven staan' });
    await expect.poll(() => paragraph.getAttribute('class')).toContain('nl-paragraph');

    // Sveltia's button opens the entry's page on the live site (the editor's own origin).
    const [opened] = await Promise.all([
      page.context().waitForEvent('page'),
      page.getByRole('button', { name: 'Bekijken op de live site' }).click(),
    ]);
    expect(opened.url()).toBe(`${shared.url}${urls.newsItem('sloop-gladiolenstraat-begonnen')}`);
    await opened.close();
    expect(await session.problems()).toEqual([]);
  });
});

describe('after saving, the editor sees what happened to the site', () => {
  let server: LocalNetlify;
  let site: string;
  beforeAll(async () => {
    // A server of this test's own, so its deploy events and Blobs are its own.
    server = await serveWithNetlify(builtSiteDir());
    site = server.url;
  });
  afterAll(() => server?.close());

  let deploys = 0;
  /** A new deploy of the site, reported to the function event by event as Netlify reports it. */
  function newDeploy() {
    const deploy = { id: `deploy-${++deploys}`, createdAt: new Date().toISOString() };
    const send = async (kind: DeployEvent) =>
      expect((await postDeployEvent(site, kind, deploy)).status).toBe(200);
    return { id: deploy.id, send };
  }

  const banner = (page: Page) => page.locator('.westwint-status');
  /**
   * For expect.poll: `read`, after moving the page's clock on to the banner's next request for the
   * status, once no request is under way: moved on faster than the local functions answer, the
   * editor would give each request up.
   */
  function afterEachPoll(page: Page) {
    const isStatus = (request: Request) => new URL(request.url()).pathname === urls.publishStatus();
    let underWay = 0;
    const ended = (request: Request) => (underWay -= isStatus(request) ? 1 : 0);
    page.on('request', (request) => (underWay += isStatus(request) ? 1 : 0));
    page.on('requestfinished', ended);
    page.on('requestfailed', ended);
    return <T>(read: () => Promise<T>) =>
      async (): Promise<T> => {
        if (underWay === 0) await page.clock.fastForward(POLL_EVERY_MS);
        return read();
      };
  }

  async function saveNews(page: Page, title: string): Promise<void> {
    await openScreen(page, site, '/collections/nieuws/new');
    await page.getByRole('textbox', { name: 'Titel' }).fill(title);
    await page.getByRole('textbox', { name: 'Samenvatting' }).fill('Een bericht.');
    await page.getByRole('textbox', { name: 'Tekst' }).fill('Tekst van het bericht.');
    await save(page);
  }

  // Deploy previews and events out of order: tests/functions/publish-status.test.ts.
  test('nothing recorded yet: no banner; after saving, publishing, then online with a link to the page; failed, with the build’s lines', async () => {
    const session = await editor(site, { movableClock: true });
    const { page } = session;
    try {
      await expect(banner(page).isHidden()).resolves.toBe(true);
      const afterAPoll = afterEachPoll(page);

      await saveNews(page, 'Bomen geplant aan de Akerstraat');
      await expect(banner(page).innerText()).resolves.toContain(editorText.status.publishing);
      const first = newDeploy();
      await first.send('deploy_building');
      await first.send('deploy_succeeded');
      await expect.poll(afterAPoll(() => banner(page).innerText())).toMatch(/^Staat online sinds \d\d:\d\d/);
      const link = banner(page).getByRole('link', { name: editorText.status.viewPage });
      expect(await link.getAttribute('href')).toBe(urls.newsItem('bomen-geplant-aan-de-akerstraat'));

      await saveNews(page, 'Nieuwe banken op het Heilustplein');
      await expect(banner(page).innerText()).resolves.toContain(editorText.status.publishing);
      const second = newDeploy();
      await second.send('deploy_building');
      const problem = problemIn('content/nieuws/nieuwe-banken-op-het-heilustplein.md', 'image', {
        kind: 'field',
        expected: 'imageAlt staat er, maar image ontbreekt',
      });
      const line = problemLine(problem);
      await failBuild(second.id, [problem], join(uploads, 'build-problems.json'));
      await second.send('deploy_failed');
      await expect.poll(afterAPoll(() => banner(page).innerText())).toContain(editorText.status.failed);
      expect(await banner(page).getByRole('alert').locator('li').allInnerTexts()).toEqual([line]);
      await expect(banner(page).innerText()).resolves.toContain(editorText.status.failedHelp);
      const accessibility = (await axeViolations(page, WCAG_TAGS, [])).map(
        (v) => `[${v.id}] ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
      );
      expect(accessibility).toEqual([]);

      // Whoever opens the editor next sees it too, even when the first request for the status
      // hangs (the editor gives it up and asks again), and can close it. The banner and the panel
      // share that request. The page's clock is moved past the editor's patience, not waited for.
      let held = 0;
      await page.route('**/admin/status.json', (route) => (held++ === 0 ? undefined : route.continue()));
      await page.reload();
      await page.getByText('Sloop rond de Gladiolenstraat begonnen').waitFor();
      await expect.poll(() => held).toBe(1);
      await page.clock.fastForward(ANSWER_WITHIN_MS - 1_000);
      expect(held).toBe(1);
      expect(await banner(page).isHidden()).toBe(true);
      await expect
        .poll(async () => {
          await page.clock.fastForward(1_000);
          return held;
        })
        .toBe(2);
      await expect.poll(() => banner(page).innerText()).toContain(line);
      await page.unroute('**/admin/status.json');
      await banner(page).getByRole('button', { name: editorText.status.close }).click();
      await expect(banner(page).isHidden()).resolves.toBe(true);
      expect(await session.problems()).toEqual([]);
    } finally {
      await session.close();
    }
  });

  test('the newsletter panel: one edition sent at 08:00 to its subscribers, one being retried with the next try and the reason', async () => {
    // What the functions recorded (tests/functions/publicatiestatus-lezen.test.ts makes each state through them).
    const store = openSiteStore('newsletter');
    const records = editionRecords(store);
    const day = (offset: number) => amsterdamDay(new Date(Date.now() + offset * 86_400_000));
    const [yesterday, tomorrow] = [day(-1), day(1)];
    const sentAt = amsterdamInstant(yesterday, '08:00')!.toISOString();
    await records.write(20, {
      state: 'sent',
      at: sentAt,
      campaign: 'c20',
      subscribers: 812,
      firstSeen: sentAt,
      title: 'Nieuwsbrief Heilust, editie 20',
      date: yesterday,
    });
    await records.write(21, {
      state: 'failed',
      run: 'r',
      at: new Date().toISOString(),
      reason: newsletterText.reasons.noAnswer,
      attempts: 2,
      nextAttempt: amsterdamInstant(tomorrow, '10:00')!.toISOString(),
      firstSeen: new Date().toISOString(),
      title: 'Nieuwsbrief Heilust, editie 21',
      date: day(0),
    });
    await keepSignUp(
      store,
      { email: 'bewoner@voorbeeld.example', ip: '192.0.2.7', sourceUrl: '/nieuwsbrief/' },
      new Date(),
      new Error('x'),
    );

    const session = await editor(site);
    const { page } = session;
    try {
      const panel = page.locator('.westwint-newsletter');
      const summary = panel.locator('summary');
      await expect
        .poll(() => summary.innerText(), { timeout: 10_000 })
        .toBe(newsletterText.panel.summaryRetrying);
      await summary.focus();
      await page.keyboard.press('Enter');
      const editions = panel.locator('.westwint-newsletter__edition');
      await expect.poll(() => editions.allInnerTexts()).toHaveLength(2);
      const [retried, sent] = await editions.allInnerTexts();
      expect(sent).toContain(
        `Nieuwsbrief Heilust, editie 20 (${formatDate(startOfAmsterdamDay(yesterday))})`,
      );
      expect(sent).toContain(
        `Verstuurd op ${formatDate(startOfAmsterdamDay(yesterday))} om 08:00 aan 812 abonnees.`,
      );
      expect(retried).toContain(
        `Wordt opnieuw geprobeerd (volgende poging op ${formatDate(startOfAmsterdamDay(tomorrow))} om 10:00). Reden: ${newsletterText.reasons.noAnswer}.`,
      );
      expect(await panel.innerText()).toMatch(/1 aanmelding wacht op Laposta, de oudste sinds \d\d:\d\d\./);
      expect(await panel.innerText()).not.toMatch(/@|192\.0\.2/);
      const accessibility = (await axeViolations(page, WCAG_TAGS, [])).map(
        (v) => `[${v.id}] ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
      );
      expect(accessibility).toEqual([]);
      expect(await session.problems()).toEqual([]);
    } finally {
      await session.close();
    }
  });
  test('the ideas panel: the ideas waiting for an answer since when, one kept for 8 days, a setting to fix and the key expiring', async () => {
    // What the functions recorded (tests/functions/ideeen.test.ts makes each state through them).
    const store = openSiteStore('ideas');
    const eightDaysAgo = new Date(Date.now() - 8 * 86_400_000);
    await store.setJSON(markerOf(eightDaysAgo, 'f00dfeed0000000000000001'), {
      at: eightDaysAgo.toISOString(),
    });
    await store.setJSON(PROBLEM_KEY, {
      reason: 'GitHub weigerde de sleutel (401)',
      at: new Date().toISOString(),
    });
    const expires = new Date(Date.now() + 10 * 86_400_000);
    await store.setJSON(TOKEN_KEY, { expiresAt: expires.toISOString() });
    // What the build counted: the ideas in content/ideeen/ with the stand "ontvangen".
    const waiting = JSON.parse(readFileSync(join(builtSiteDir(), 'admin/ideeen.json'), 'utf8')) as {
      waiting: number;
      oldestReceived: string;
    };
    expect(waiting.waiting).toBeGreaterThan(0);

    const session = await editor(site);
    const { page } = session;
    try {
      const panel = page.locator('.westwint-ideas');
      const summary = panel.locator('summary');
      await expect.poll(() => summary.innerText(), { timeout: 10_000 }).toBe(ideasPanelText.summaryAttention);
      await summary.focus();
      await page.keyboard.press('Enter');
      const text = () => panel.innerText();
      await expect
        .poll(text)
        .toContain(
          ideasPanelText.waiting(waiting.waiting, formatDate(startOfAmsterdamDay(waiting.oldestReceived))),
        );
      expect(await text()).toContain('1 idee wacht al meer dan 7 dagen.');
      expect(await text()).toContain(
        'Een instelling klopt niet. De site meldt: GitHub weigerde de sleutel (401).',
      );
      expect(await text()).toContain(
        ideasPanelText.tokenExpires(formatDate(startOfAmsterdamDay(amsterdamDay(expires)))),
      );
      const accessibility = (await axeViolations(page, WCAG_TAGS, [])).map(
        (v) => `[${v.id}] ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
      );
      expect(accessibility).toEqual([]);
    } finally {
      await session.close();
    }
  });
});
