/**
 * Search in real Chromium, under the site's Content-Security-Policy, against a production
 * build of the fixture content (which has a draft and a future item, so we can prove that
 * neither is found). One build and one browser for the whole file.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser } from '../../scripts/lib/chromium.ts';
import { fixtureSite } from '../helpers/fixture';
import { cspConsoleErrors, cspViolations, watchCsp } from '../helpers/page-checks';
import { serveWithNetlify, type LocalNetlify } from '../../scripts/lib/local-netlify.ts';

let server: LocalNetlify;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let csp: { take(): string[] };

beforeAll(async () => {
  server = await serveWithNetlify(fixtureSite().outDir, { functions: false });
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  await watchCsp(context);
  page = await context.newPage();
  csp = cspConsoleErrors(page);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Waits until the live region reports the results of this query, and returns what it says. */
async function statusFor(query: string): Promise<string> {
  await page.waitForFunction(
    (q) => document.getElementById('search-status')?.textContent?.includes(`“${q}”`),
    query,
    { timeout: 10_000 },
  );
  return (await page.locator('#search-status').textContent()) ?? '';
}

interface Shown {
  title: string;
  href: string;
  meta: string;
  excerpt: string;
  marked: string[];
}

async function shownResults(): Promise<Shown[]> {
  return page.locator('#search-results > li').evaluateAll((items) =>
    items.map((item) => ({
      title: item.querySelector('h2 a')?.textContent ?? '',
      href: item.querySelector('h2 a')?.getAttribute('href') ?? '',
      meta: item.querySelector('.westwint-search__result-meta')?.textContent ?? '',
      excerpt: item.querySelector('.westwint-search__result-excerpt')?.textContent ?? '',
      marked: [...item.querySelectorAll('mark')].map((mark) => mark.textContent ?? ''),
    })),
  );
}

/** Opens the search page and types like a resident does, key by key. */
async function typeSearch(query: string, path = '/zoeken/'): Promise<string> {
  await page.goto(server.url + path);
  await page.locator('#search-q').pressSequentially(query, { delay: 20 });
  return statusFor(query);
}

describe('search on the search page', () => {
  test('"voordeur" finds the project Achter de voordeur, as the resident types', async () => {
    const status = await typeSearch('voordeur');
    expect(status).toMatch(/^\d+ resultaten? voor “voordeur”/);
    const results = await shownResults();
    expect(results[0]).toMatchObject({
      title: 'Achter de voordeur',
      href: '/projecten/achter-de-voordeur/',
      meta: 'Project',
    });
    // Pagefind highlights the word with any punctuation that follows it ("voordeur.").
    expect(
      results[0]!.marked.some((word) => /^voordeur\b/i.test(word)),
      JSON.stringify(results[0]),
    ).toBe(true);
    // The search is in the address, so it can be shared; focus stayed in the field.
    expect(new URL(page.url()).search).toBe('?q=voordeur');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-q');
  });

  test('"huisbezoek" finds it too: Dutch stemming matches "huisbezoeken", highlighted in the excerpt', async () => {
    await typeSearch('huisbezoek');
    const results = await shownResults();
    const project = results.find((r) => r.href === '/projecten/achter-de-voordeur/');
    expect(project, JSON.stringify(results)).toBeDefined();
    expect(
      project!.marked.some((word) => /^huisbezoeken\b/i.test(word)),
      JSON.stringify(project),
    ).toBe(true);
    expect(project!.excerpt).toContain('huisbezoeken');
  });

  test('"nieuwsbrief 2012" finds the edition of 2012 first, with its type and Dutch date', async () => {
    await typeSearch('nieuwsbrief 2012');
    const [first] = await shownResults();
    expect(first).toMatchObject({
      title: 'Nieuwsbrief Heilust 2',
      href: '/nieuwsbrief/heilust-2/',
      meta: 'Nieuwsbrief · 15 maart 2012',
    });
  });

  test('a filter narrows the results and is kept in the address', async () => {
    await typeSearch('heilust');
    const all = await shownResults();
    expect(new Set(all.map((r) => r.meta.split(' · ')[0]))).toEqual(
      new Set(['Buurt', 'Project', 'Nieuws', 'Nieuwsbrief']),
    );

    await page.locator('#search-type').selectOption('Nieuwsbrief');
    await page.waitForFunction(() =>
      document.getElementById('search-status')?.textContent?.startsWith('2 resultaten'),
    );
    const editions = await shownResults();
    expect(editions.map((r) => r.href).sort()).toEqual([
      '/nieuwsbrief/heilust-1/',
      '/nieuwsbrief/heilust-2/',
    ]);
    expect(editions.length).toBeLessThan(all.length);
    expect(new URL(page.url()).searchParams.get('soort')).toBe('Nieuwsbrief');

    await page.locator('#search-year').selectOption('2012');
    await page.waitForFunction(() =>
      document.getElementById('search-status')?.textContent?.startsWith('1 resultaat'),
    );
    expect((await shownResults()).map((r) => r.href)).toEqual(['/nieuwsbrief/heilust-2/']);
  });

  test('a meeting is found by the words of its page, shown as "Agenda" with its day, and the type filter keeps only meetings', async () => {
    await typeSearch('tuinkabouterplan');
    const [meeting] = await shownResults();
    expect(meeting).toMatchObject({
      title: 'Bewonersavond Park West',
      href: '/agenda/bewonersavond-park-west/',
      meta: expect.stringMatching(/^Agenda · \d+ [a-z]+ \d{4}$/),
    });

    await page.goto(`${server.url}/zoeken/?q=park&soort=Agenda`);
    await statusFor('park');
    const meetings = await shownResults();
    expect(meetings.length).toBeGreaterThan(0);
    expect(meetings.every((r) => r.href.startsWith('/agenda/'))).toBe(true);
    expect(await page.locator('#search-type option').allInnerTexts()).toContain('Agenda');
  });

  test('the neighbourhood filter keeps only items about that neighbourhood', async () => {
    await page.goto(`${server.url}/zoeken/?q=project&buurt=Kaalheide`);
    await statusFor('project');
    const results = await shownResults();
    expect(results.map((r) => r.href)).toContain('/projecten/park-west/');
    expect(results.map((r) => r.href)).not.toContain('/projecten/achter-de-voordeur/');
  });

  test('"newest first" orders dated results by date', async () => {
    await page.goto(`${server.url}/zoeken/?q=heilust&volgorde=nieuwste`);
    await statusFor('heilust');
    const results = await shownResults();
    // Meetings by their start (the first page shows five).
    expect(results.map((r) => r.href)).toEqual([
      '/agenda/open-dagen-buurtkamer/',
      '/agenda/wandeling-park-west/',
      '/agenda/informatiemarkt-west/',
      '/nieuwsbrief/heilust-2/',
      '/nieuws/uitvoeringsovereenkomst-heilust/',
    ]);
  });

  test('a ?q= link shows results on load, with the words in the field', async () => {
    await page.goto(`${server.url}/zoeken/?q=huisbezoek&soort=Project`);
    const status = await statusFor('huisbezoek');
    expect(status).toMatch(/^1 resultaat voor “huisbezoek”/);
    expect(await page.locator('#search-q').inputValue()).toBe('huisbezoek');
    expect(await page.locator('#search-type').inputValue()).toBe('Project');
    expect((await shownResults()).map((r) => r.href)).toEqual(['/projecten/achter-de-voordeur/']);
    expect(await page.locator('#search-unavailable').isVisible()).toBe(false);
  });

  test('the header form on any page leads to the results', async () => {
    await page.goto(`${server.url}/nieuws/`);
    await page.locator('#site-search-q').fill('voordeur');
    await page.locator('#site-search-q').press('Enter');
    await page.waitForURL(/\/zoeken\/\?q=voordeur$/);
    await statusFor('voordeur');
    expect((await shownResults())[0]?.href).toBe('/projecten/achter-de-voordeur/');
  });

  test('a draft’s and a future item’s words do not find them, and the index does not hold them', async () => {
    // Pagefind also matches a Dutch compound by the indexed words it starts with ("'t" for
    // "toekomstmuziekje"), so other pages may come up; the draft and the future item never do.
    for (const [word, hidden] of [
      ['zwaluwstaartvlinder', '/nieuws/geheim-concept/'],
      ['toekomstmuziekje', '/nieuws/bericht-uit-de-toekomst/'],
    ] as const) {
      await typeSearch(word);
      expect((await shownResults()).map((r) => r.href)).not.toContain(hidden);
    }
    // Not just hidden by the page: the words are in no file of the index.
    const fragments = join(fixtureSite().outDir, 'pagefind', 'fragment');
    const text = readdirSync(fragments)
      .map((file) => gunzipSync(readFileSync(join(fragments, file))).toString('utf8'))
      .join('\n');
    expect(text).toContain('huisbezoeken');
    expect(text).not.toContain('zwaluwstaartvlinder');
    expect(text).not.toContain('toekomstmuziekje');
    expect(text).not.toContain('Geheim concept');
  });

  test('only the main content is indexed, not the header, menu or footer', async () => {
    await typeSearch('samen'); // the header's tagline: "Samen werken aan Kerkrade-West"
    expect(await shownResults()).toEqual([]);
    // The fixture's footer names every general page; a news item's text does not name "Over het programma".
    await typeSearch('programma');
    expect((await shownResults()).map((r) => r.href)).toEqual(['/over-het-programma/']);
  });

  test('keyboard: more results move focus to the first new one, and focus is never lost', async () => {
    await typeSearch('bericht');
    const first = await shownResults();
    // Five at first (docs/performance.md: each result is a file to fetch), ten more per press.
    expect(first).toHaveLength(5);
    expect(await page.locator('.westwint-search__more-shown').textContent()).toMatch(
      /^U ziet 5 van de 2\d resultaten\.$/,
    );
    await page.keyboard.press('Tab'); // the search button
    await page.keyboard.press('Tab'); // the type filter
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-type');
    await page.locator('#search-more').focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelectorAll('#search-results > li').length > 5);
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    const all = await shownResults();
    expect(all).toHaveLength(15);
    expect(focused).toBe(all[5]!.href);
  });

  test('results are announced through a polite live region', async () => {
    await page.goto(`${server.url}/zoeken/`);
    const region = page.locator('#search-status');
    expect(await region.getAttribute('role')).toBe('status');
    // Present and empty before the search, so screen readers announce the change.
    expect(await region.textContent()).toBe('');
    await page.locator('#search-q').pressSequentially('park', { delay: 20 });
    expect(await statusFor('park')).toMatch(/resulta/);
  });

  test('no Content-Security-Policy violation while searching', async () => {
    csp.take();
    await typeSearch('voordeur');
    expect([...(await cspViolations(page)), ...csp.take()]).toEqual([]);
  });
});

describe('search code only where it is needed', () => {
  test('other pages load no search code', async () => {
    const requested: string[] = [];
    const listener = (request: { url(): string }) => requested.push(new URL(request.url()).pathname);
    page.on('request', listener);
    await page.goto(`${server.url}/projecten/achter-de-voordeur/`, { waitUntil: 'networkidle' });
    page.off('request', listener);
    expect(requested.filter((path) => path.startsWith('/pagefind/'))).toEqual([]);
    const scripts = await page
      .locator('script[src]')
      .evaluateAll((els) => els.map((el) => el.getAttribute('src')));
    expect(scripts.filter((src) => src?.includes('zoeken'))).toEqual([]);
  });
});

describe('without JavaScript', () => {
  test('the page says search needs JavaScript and links to the archives; the header form still gets there', async () => {
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    try {
      const plain = await noJs.newPage();
      await plain.goto(`${server.url}/`);
      await plain.locator('#site-search-q').fill('huisbezoek');
      await plain.locator('#site-search-q').press('Enter');
      await plain.waitForURL(/\/zoeken\/\?q=huisbezoek$/);
      const panel = plain.locator('#search-unavailable');
      expect(await panel.isVisible()).toBe(true);
      expect(await panel.locator('h2').textContent()).toBe('Zoeken werkt alleen met JavaScript');
      const links = await panel.locator('a').evaluateAll((els) => els.map((el) => el.getAttribute('href')));
      expect(links).toEqual(['/nieuws/archief/', '/nieuwsbrief/', '/projecten/']);
      for (const href of links) {
        const response = await plain.goto(server.url + href!);
        expect(response?.status(), href!).toBe(200);
      }
    } finally {
      await noJs.close();
    }
  });
});
