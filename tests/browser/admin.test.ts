/**
 * The editor at /admin/ in Chromium, offline, against the built site under its production
 * headers, with Sveltia's own test back end seeded with this repository's content/
 * (scripts/lib/editor-session.ts). In one editor (each test compares only the files it changed),
 * an editor creates one item of every collection by filling the forms, with an image and a PDF
 * upload, and changes the settings; the files it wrote are built in a fixture and each new page
 * is checked. Changing only a title must leave the rest of the file as it was. In every test no
 * request may leave our origin and the policy may not block anything; the screens an editor uses
 * must pass axe's WCAG 2.2 A and AA rules.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import * as cheerio from 'cheerio';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { repositoryFrom } from '../../src/lib/admin/cms-config';
import { PROGRAMME_ICON } from '../../src/lib/head/page-meta';
import { buildSite, ROOT } from '../../scripts/lib/astro-build.ts';
import { launchBrowser } from '../../scripts/lib/chromium.ts';
import {
  changedFiles,
  fillEdition,
  fillNewsItem,
  leavesOrigin,
  openEditor,
  openScreen,
  readRepository,
  save,
  splitMarkdown,
  type EditorSession,
} from '../../scripts/lib/editor-session.ts';
import { AXE_TAGS, axeViolations, prepareAxe } from '../helpers/axe';
import { cspConsoleErrors, cspViolations, recordCsp, watchCsp } from '../helpers/page-checks';
import { makePdf } from '../../scripts/lib/make-pdf.ts';
import { baseFixture } from '../helpers/fixture';
import { readRedirects } from '../helpers/redirects';
import { writeFixture } from '../../scripts/lib/content-folder.ts';

const server = { url: inject('distUrl') };
let browser: Browser;
let uploads: string;

beforeAll(async () => {
  browser = await launchBrowser();
  uploads = mkdtempSync(join(tmpdir(), 'westwint-uploads-'));
  writeFileSync(join(uploads, 'heilust-9.pdf'), makePdf({ pages: 4, marked: true, language: 'nl-NL' }));
});

afterAll(async () => {
  await browser?.close();
  if (uploads) rmSync(uploads, { recursive: true, force: true });
});

/**
 * WCAG 2.x A and AA, as on the public pages. Axe's best practices (one <main>, an <h1>, content in
 * landmarks) are left out here: they concern Sveltia's page structure, which we do not change.
 */
const WCAG_TAGS = AXE_TAGS.filter((tag) => tag !== 'best-practice');

/** An editor of its own for one test, watched for policy violations and requests to other hosts. */
async function editor(): Promise<EditorSession & { problems(): Promise<string[]> }> {
  let violations: string[] = [];
  const session = await openEditor(browser, server.url, async (context: BrowserContext) => {
    violations = await recordCsp(context);
    await prepareAxe(context);
  });
  const cspErrors = cspConsoleErrors(session.page);
  return {
    ...session,
    /** Every request to another host and every policy violation so far, on every screen. */
    problems: async () => [
      ...session.offOrigin.map((url) => `left our origin: ${url}`),
      ...violations,
      ...cspErrors.take(),
    ],
  };
}

async function accessibilityProblems(session: EditorSession, screen: string): Promise<string[]> {
  return (await axeViolations(session.page, WCAG_TAGS)).map(
    (v) => `${screen}: [${v.id}] ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
}

describe('the editor at /admin/', () => {
  // One editor for the two tests that save: each compares only the files it changes itself.
  let session: Awaited<ReturnType<typeof editor>>;
  beforeAll(async () => {
    session = await editor();
  });
  afterAll(() => session?.close());

  test('is served with the production back end (GitHub), in Dutch, and noindex; changing only a news item’s title keeps its text byte for byte and every other field', async () => {
    const { page, seed } = session;
    expect(session.productionBackend()).toEqual({ name: 'github', ...repositoryFrom(process.env) });
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('nl');
    await expect(page.getByText('Collecties', { exact: true }).isVisible()).resolves.toBe(true);
    // Ours, and Sveltia adds its own; all say noindex.
    const robots = await page
      .locator('meta[name="robots"]')
      .evaluateAll((metas) => metas.map((meta) => meta.getAttribute('content')));
    expect(robots).toContain('noindex, nofollow');
    for (const content of robots) expect(content).toContain('noindex');
    const viewports = await page
      .locator('meta[name="viewport"]')
      .evaluateAll((metas) => metas.map((meta) => meta.getAttribute('content')));
    for (const viewport of viewports)
      expect(viewport, 'editors may zoom in on a phone').not.toMatch(/maximum-scale|user-scalable=no/);

    const path = 'content/nieuws/sloop-gladiolenstraat-begonnen.md';
    await openScreen(page, server.url, '/collections/nieuws/entries/sloop-gladiolenstraat-begonnen');
    await page.getByRole('textbox', { name: 'Titel' }).fill('Sloop rond de Gladiolenstraat is begonnen');
    await save(page);

    const before = splitMarkdown(seed.get(path)!.toString('utf8'));
    const after = splitMarkdown((await readRepository(page)).get(path)!.toString('utf8'));
    expect(after.body).toBe(before.body);
    expect(after.data).toEqual({
      ...before.data,
      title: 'Sloop rond de Gladiolenstraat is begonnen',
      draft: false,
    });
    expect(await session.problems()).toEqual([]);
  });

  test('the production login offers GitHub, in Dutch even in an English browser, shows the programme’s logo instead of Sveltia’s, and contacts no other host before an editor logs in', async () => {
    const login = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
    const requested: string[] = [];
    login.on('request', (request) => requested.push(request.url()));
    const loginPage = await login.newPage();
    await loginPage.goto(`${server.url}/admin/`);
    await loginPage.getByRole('button', { name: /^Inloggen met\W*GitHub\W*$/ }).waitFor();
    const logos = await loginPage
      .locator('img')
      .evaluateAll((images) => images.map((image) => new URL((image as HTMLImageElement).src).pathname));
    expect(logos).toContain(PROGRAMME_ICON);
    await login.close();
    // What the login itself needs (the editor's policy names them): GitHub's API and status page.
    const foreign = requested.filter((url) => leavesOrigin(url, server.url));
    expect(
      foreign.filter((url) => !/^https:\/\/(api\.github\.com|www\.githubstatus\.com)\//.test(url)),
    ).toEqual([]);
  });

  // Long: it fills in seven forms and then waits its turn for an Astro build.
  test(
    'an editor fills in one item of every collection, with an image and a PDF, on screens that meet WCAG 2.2 AA, and what it saves builds on the first try into correct pages',
    { timeout: 180_000 },
    async () => {
      const { page, seed } = session;
      const start = await readRepository(page);
      const problems: string[] = [];
      await fillNewsItem(page, server.url);
      problems.push(...(await accessibilityProblems(session, 'a new news item')));
      await save(page);
      await page.getByText("2019-05-04 · 't Westhoes viert feest").waitFor();
      problems.push(...(await accessibilityProblems(session, 'the list of news items')));

      await fillEdition(page, server.url, join(uploads, 'heilust-9.pdf'));
      problems.push(...(await accessibilityProblems(session, 'a new edition with its PDF')));
      await save(page);

      // A project's form is long, and Sveltia renders a field only once it is scrolled near: a tall
      // window shows the whole form at once, as scrolling would.
      await page.setViewportSize({ width: 1280, height: 3200 });
      await openScreen(page, server.url, '/collections/projecten/new');
      await page.getByRole('textbox', { name: 'Titel' }).fill('Groene Gladiolenstraat');
      await page
        .getByRole('textbox', { name: 'Samenvatting' })
        .fill('Nieuwe bomen en tuinen in de Gladiolenstraat.');
      await page.getByRole('radio', { name: 'Natuur en duurzaamheid' }).check();
      await page.getByRole('checkbox', { name: 'Heilust' }).check();
      await page.getByRole('radio', { name: 'Gepland' }).check();
      await page.getByRole('button', { name: /partner.*toevoegen/ }).click();
      await page.getByRole('textbox', { name: 'Partner' }).fill('HEEMwonen');
      await page
        .getByRole('textbox', { name: 'Tekst' })
        .fill('In de Gladiolenstraat komen **nieuwe bomen**.');
      await save(page);

      // Works: the streets are chosen from the street list in the settings.
      await openScreen(page, server.url, '/collections/werkzaamheden/new');
      await page.getByRole('textbox', { name: 'Titel' }).fill('Nieuwe stoep in de Geraniumstraat');
      await page
        .getByRole('textbox', { name: 'Samenvatting' })
        .fill('De stoep wordt vernieuwd. U kunt niet voor uw deur parkeren.');
      await page.getByRole('textbox', { name: 'Eerste dag' }).fill('2027-05-03');
      await page.getByRole('textbox', { name: 'Laatste dag' }).fill('2027-05-14');
      await page.getByRole('combobox', { name: 'Straten' }).click();
      await page.getByRole('option', { name: 'Geraniumstraat' }).click();
      await page.getByRole('combobox', { name: 'Wat merkt u' }).click();
      await page.getByRole('option', { name: /parkeren/i }).click();
      await page
        .getByRole('textbox', { name: 'Tekst' })
        .fill('Zet uw auto in de Kampstraat. De vuilnisbak wordt gewoon geleegd.');
      problems.push(...(await accessibilityProblems(session, 'new works')));
      await save(page);
      await page.setViewportSize({ width: 1280, height: 900 });

      await openScreen(page, server.url, '/collections/agenda/new');
      await page.getByRole('textbox', { name: 'Titel' }).fill('Bewonersavond over de Gladiolenstraat');
      await page.getByRole('textbox', { name: 'Samenvatting' }).fill('Kom horen welke bomen er komen.');
      await page.getByRole('textbox', { name: 'Begin' }).fill('2027-04-15 19:30');
      await page.getByRole('textbox', { name: 'Einde' }).fill('2027-04-15 21:00');
      await page.getByRole('textbox', { name: 'Plaats' }).fill("Buurthuis 't Westhoes");
      await page.getByRole('combobox', { name: 'Projecten' }).click();
      await page.getByRole('option', { name: 'Park West' }).click();
      await page.getByRole('textbox', { name: 'Tekst' }).fill('U hoeft zich niet aan te melden.');
      problems.push(...(await accessibilityProblems(session, 'a new meeting')));
      await save(page);

      await openScreen(page, server.url, '/collections/themas/new');
      await page.getByRole('textbox', { name: 'Titel' }).fill('Zorg en welzijn');
      await page.getByRole('textbox', { name: 'Samenvatting' }).fill('Hulp en zorg dichtbij huis.');
      await page.getByRole('spinbutton', { name: 'Volgorde' }).fill('5');
      await page.getByRole('textbox', { name: 'Tekst' }).fill('Over zorg en welzijn in Kerkrade-West.');
      await save(page);

      await openScreen(page, server.url, '/collections/buurten/new');
      await page.getByRole('textbox', { name: 'Titel' }).fill('Holz');
      await page.getByRole('textbox', { name: 'Samenvatting' }).fill('Een buurt in Kerkrade-West.');
      await page.getByRole('textbox', { name: 'Tekst' }).fill('Over de buurt Holz.');
      await save(page);

      await openScreen(page, server.url, '/collections/paginas/new');
      await page.getByRole('textbox', { name: 'Titel' }).fill('Veelgestelde vragen');
      await page
        .getByRole('textbox', { name: 'Samenvatting' })
        .fill('Antwoorden op vragen die bewoners vaak stellen.');
      await page.getByRole('button', { name: /oud adres.*toevoegen/ }).click();
      await page.getByRole('textbox', { name: 'Oud adres' }).fill('/vragen');
      await page
        .getByRole('textbox', { name: 'Tekst' })
        .fill('## Wanneer wordt er gesloopt?\n\nDat leest u bij de projecten.');
      await save(page);

      await openScreen(page, server.url, '/collections/instellingen/entries/site');
      await page
        .getByRole('textbox', { name: 'Ondertitel' })
        .fill('Samen werken aan een groen en veilig Kerkrade-West');
      await save(page);

      expect(problems).toEqual([]);
      expect(await session.problems()).toEqual([]);

      const written = changedFiles(start, await readRepository(page));
      expect([...written.keys()].sort()).toEqual([
        'content/agenda/bewonersavond-over-de-gladiolenstraat.md',
        'content/buurten/holz.md',
        'content/nieuws/afbeeldingen/park-west.jpg',
        'content/nieuws/t-westhoes-viert-feest.md',
        'content/nieuwsbrief/heilust-9.md',
        'content/paginas/veelgestelde-vragen.md',
        'content/projecten/groene-gladiolenstraat.md',
        'content/site.yaml',
        'content/themas/zorg-en-welzijn.md',
        'content/werkzaamheden/nieuwe-stoep-in-de-geraniumstraat.md',
        'public/nieuwsbrief/pdf/heilust-9.pdf',
      ]);
      expect(
        splitMarkdown(
          written.get('content/werkzaamheden/nieuwe-stoep-in-de-geraniumstraat.md')!.toString('utf8'),
        ).data,
      ).toMatchObject({
        title: 'Nieuwe stoep in de Geraniumstraat',
        start: new Date('2027-05-03T00:00:00Z'),
        end: new Date('2027-05-14T00:00:00Z'),
        streets: ['Geraniumstraat'],
        effects: ['niet-parkeren'],
      });
      expect(written.get('public/nieuwsbrief/pdf/heilust-9.pdf')).toEqual(
        readFileSync(join(uploads, 'heilust-9.pdf')),
      );
      expect(written.get('content/nieuws/afbeeldingen/park-west.jpg')).toEqual(
        seed.get('content/projecten/afbeeldingen/park-west.jpg'),
      );

      const news = splitMarkdown(written.get('content/nieuws/t-westhoes-viert-feest.md')!.toString('utf8'));
      // Empty optional fields are left out of the file; lists hold slugs; the image sits next to the item.
      expect(news.data).toEqual({
        title: "'t Westhoes viert feest",
        date: new Date('2019-05-04T00:00:00Z'),
        summary: 'Op 4 mei viert de buurt feest in ’t Westhoes. Iedereen is welkom.',
        projects: ['park-west'],
        neighbourhoods: ['heilust'],
        image: './afbeeldingen/park-west.jpg',
        imageAlt: 'Tekening van Park West met bomen en een speeltoestel.',
        draft: false,
      });
      expect(
        splitMarkdown(written.get('content/nieuwsbrief/heilust-9.md')!.toString('utf8')).data,
      ).toMatchObject({ edition: 9, pdf: '/nieuwsbrief/pdf/heilust-9.pdf' });
      expect(
        splitMarkdown(
          written.get('content/agenda/bewonersavond-over-de-gladiolenstraat.md')!.toString('utf8'),
        ).data,
      ).toEqual({
        title: 'Bewonersavond over de Gladiolenstraat',
        summary: 'Kom horen welke bomen er komen.',
        start: '2027-04-15 19:30',
        end: '2027-04-15 21:00',
        location: "Buurthuis 't Westhoes",
        projects: ['park-west'],
        draft: false,
      });
      // The small good fixture (a quicker build than the real content) with what the editor wrote:
      // the settings it saved name the real security page, so that page comes along.
      const fixture = mkdtempSync(join(tmpdir(), 'westwint-editor-'));
      const content = writeFixture({
        ...baseFixture(),
        'paginas/kwetsbaarheid-melden.md': readFileSync(
          join(ROOT, 'content/paginas/kwetsbaarheid-melden.md'),
          'utf8',
        ),
        // The street list the editor chose from.
        'straten.yaml': readFileSync(join(ROOT, 'content/straten.yaml'), 'utf8'),
      });
      let outDir: string | undefined;
      try {
        cpSync(join(ROOT, 'public'), join(fixture, 'public'), { recursive: true });
        for (const [path, bytes] of written) {
          const target = path.startsWith('content/')
            ? join(content, path.slice('content/'.length))
            : join(fixture, path);
          mkdirSync(dirname(target), { recursive: true });
          writeFileSync(target, bytes);
        }
        const build = buildSite(content, { WESTWINT_PUBLIC_DIR: join(fixture, 'public') });
        outDir = build.outDir;
        expect(build.ok, build.output).toBe(true);
        const pageAt = (path: string) =>
          cheerio.load(readFileSync(join(build.outDir, path, 'index.html'), 'utf8'));

        const news = pageAt('nieuws/t-westhoes-viert-feest');
        expect(news('h1').text()).toBe("'t Westhoes viert feest");
        expect(news('main time[datetime="2019-05-04"]').first().text()).toBe('4 mei 2019');
        expect(news('main a[href="/projecten/park-west/"]').length).toBeGreaterThan(0);
        expect(news('main a[href="/buurten/heilust/"]').length).toBeGreaterThan(0);
        const image = news('main img[alt="Tekening van Park West met bomen en een speeltoestel."]');
        expect(image.attr('src')).toMatch(/^\/_astro\//);
        expect(existsSync(join(build.outDir, image.attr('src')!))).toBe(true);

        const edition = pageAt('nieuwsbrief/heilust-9');
        expect(edition('h1').text()).toContain('Nieuwsbrief Heilust, editie 9');
        expect(edition('main time[datetime="2019-06-01"]').first().text()).toBe('1 juni 2019');
        const pdfLink = edition('main a[href="/nieuwsbrief/pdf/heilust-9.pdf"]');
        expect(pdfLink.text()).toContain('4 pagina’s');
        expect(existsSync(join(build.outDir, 'nieuwsbrief/pdf/heilust-9.pdf'))).toBe(true);

        const project = pageAt('projecten/groene-gladiolenstraat');
        expect(project('h1').text()).toBe('Groene Gladiolenstraat');
        expect(project('main a[href="/themas/natuur-en-duurzaamheid/"]').length).toBeGreaterThan(0);
        expect(project('main a[href="/buurten/heilust/"]').length).toBeGreaterThan(0);
        expect(project('main').text()).toContain('HEEMwonen');
        expect(project('main strong').text()).toContain('nieuwe bomen');

        const meeting = pageAt('agenda/bewonersavond-over-de-gladiolenstraat');
        expect(meeting('h1').text()).toBe('Bewonersavond over de Gladiolenstraat');
        expect(meeting('.westwint-facts time').text()).toBe('donderdag 15 april 2027, 19.30 tot 21.00 uur');
        expect(meeting('main a[href="/projecten/park-west/"]').length).toBeGreaterThan(0);
        expect(
          readFileSync(join(build.outDir, 'agenda/bewonersavond-over-de-gladiolenstraat.ics'), 'utf8'),
        ).toContain('DTSTART;TZID=Europe/Amsterdam:20270415T193000');

        expect(pageAt('themas/zorg-en-welzijn')('h1').text()).toBe('Zorg en welzijn');
        expect(pageAt('buurten/holz')('h1').text()).toBe('Holz');
        expect(pageAt('werkzaamheden/nieuwe-stoep-in-de-geraniumstraat')('h1').text()).toBe(
          'Nieuwe stoep in de Geraniumstraat',
        );
        const questions = pageAt('veelgestelde-vragen');
        expect(questions('h1').text()).toBe('Veelgestelde vragen');
        expect(questions('main h2').text()).toContain('Wanneer wordt er gesloopt?');
        expect(await readRedirects(build.outDir)).toContainEqual({
          from: '/vragen',
          to: '/veelgestelde-vragen/',
          status: 301,
        });

        expect(pageAt('')('body').text()).toContain('Samen werken aan een groen en veilig Kerkrade-West');
      } finally {
        rmSync(fixture, { recursive: true, force: true });
        rmSync(content, { recursive: true, force: true });
        if (outDir) rmSync(outDir, { recursive: true, force: true });
      }
    },
  );

  test('the policy check notices a policy stricter than the editor needs', async () => {
    // Proof that the checks above can fail: the same page with img-src lacking blob: and data: reports violations.
    const strict = await browser.newContext({ locale: 'nl-NL' });
    await watchCsp(strict);
    await strict.route(`${server.url}/admin/`, async (route) => {
      const response = await route.fetch();
      const policy = response.headers()['content-security-policy']!;
      expect(policy).toContain("img-src 'self' blob: data:");
      const headers = {
        ...response.headers(),
        'content-security-policy': policy.replace(/img-src [^;]*/, "img-src 'self'"),
      };
      await route.fulfill({ response, headers });
    });
    const strictPage = await strict.newPage();
    await strictPage.goto(`${server.url}/admin/`);
    await strictPage.getByRole('button', { name: /^Inloggen met\W*GitHub\W*$/ }).waitFor();
    await expect
      .poll(() => cspViolations(strictPage))
      .toContainEqual(expect.stringMatching(/^img-src blocked (blob|data)/));
    await strict.close();
  });
});
