/**
 * Feeds, sitemap, robots.txt and old addresses of a fixture build. Feeds are read with
 * rss-parser, a real feed parser, so a feed that readers cannot parse fails here.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import Parser from 'rss-parser';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { amsterdamDay } from '../../src/lib/dates/amsterdam';
import { ROOT, type BuildResult } from '../../scripts/lib/astro-build.ts';
import { baseFixture, FIXTURE_SITE, fixtureSite, LARGE_SITE_NEWS, largeSite } from '../helpers/fixture';
import { serveWithNetlify, type LocalNetlify } from '../../scripts/lib/local-netlify.ts';
import { readRedirects } from '../helpers/redirects';
import { fileOfPath, PAGES_OUTSIDE_SITEMAP } from '../helpers/sitemap';

/** A site address other than the default, to show that every absolute URL follows the setting. */
const SITE = FIXTURE_SITE;
const UNPUBLISHED = ['geheim-concept', 'heilust-3', 'bericht-uit-de-toekomst'];
const UNPUBLISHED_WORDS = ['zwaluwstaartvlinder', 'toekomstmuziekje'];

type Item = Parser.Item & { 'content:encoded'?: string; pubDateRaw?: string };
type Feed = Parser.Output<Item> & { language?: string };
const parser = new Parser<{ language?: string }, Item>({
  customFields: { feed: ['language'], item: [['pubDate', 'pubDateRaw']] },
});

const fixture = baseFixture();
/** The day each fixture item is dated, by its URL path. */
const dayOf = new Map<string, string>();
for (const [file, text] of Object.entries(fixture)) {
  const match = /^(nieuws|nieuwsbrief|ideeen)\/(.+)\.md$/.exec(file);
  // An answer to an idea is dated by the answer.
  const date = /^(?:date|answered): (\S+)$/m.exec(String(text))?.[1];
  if (match && date) dayOf.set(`/${match[1]}/${match[2]}/`, date);
}

let build: BuildResult;
const feeds = new Map<string, Feed>();
const feedXml = new Map<string, string>();
const FEEDS = [
  '/rss.xml',
  '/nieuws/rss.xml',
  '/nieuwsbrief/rss.xml',
  '/projecten/achter-de-voordeur/rss.xml',
  '/projecten/park-west/rss.xml',
  '/buurten/heilust/rss.xml',
  '/buurten/kaalheide/rss.xml',
];

const read = (path: string) => readFileSync(join(build.outDir, path), 'utf8');
const pathOf = (url: string) => new URL(url).pathname;
/** News and editions: a meeting has no day it was published (tests/builds/agenda.test.ts). */
const dated = (feed: Feed) => feed.items.filter((item) => !pathOf(item.link!).startsWith('/agenda/'));

beforeAll(async () => {
  build = fixtureSite();
  for (const path of FEEDS) {
    feedXml.set(path, read(path));
    feeds.set(path, (await parser.parseString(read(path))) as Feed);
  }
});

describe('feeds', () => {
  test('each feed holds the published items it should, newest first', () => {
    // 22 published news items (uitvoeringsovereenkomst + bericht-1..21), 2 published editions,
    // and in the site feed the 3 coming meetings (tests/builds/agenda.test.ts) and the one answer
    // to an idea that is shown.
    const counts: Record<string, number> = {
      '/rss.xml': 28,
      '/nieuws/rss.xml': 22,
      '/nieuwsbrief/rss.xml': 2,
      '/projecten/achter-de-voordeur/rss.xml': 21,
      '/projecten/park-west/rss.xml': 1,
      // Heilust: the news tagged with it, and the news about Achter de voordeur (in Heilust).
      '/buurten/heilust/rss.xml': 22,
      // Kaalheide: no news is tagged with it, but Park West lies partly in Kaalheide.
      '/buurten/kaalheide/rss.xml': 1,
    };
    for (const [path, feed] of feeds) {
      expect(feed.items, path).toHaveLength(counts[path]!);
      const times = dated(feed).map((item) => new Date(item.isoDate!).getTime());
      expect(times, `${path} newest first`).toEqual([...times].sort((a, b) => b - a));
    }
    expect(feeds.get('/nieuwsbrief/rss.xml')!.items.map((i) => pathOf(i.link!))).toEqual([
      '/nieuwsbrief/heilust-2/',
      '/nieuwsbrief/heilust-1/',
    ]);
    expect(feeds.get('/projecten/park-west/rss.xml')!.items.map((i) => pathOf(i.link!))).toEqual([
      '/nieuws/uitvoeringsovereenkomst-heilust/',
    ]);
    expect(feeds.get('/buurten/kaalheide/rss.xml')!.items.map((i) => pathOf(i.link!))).toEqual([
      '/nieuws/uitvoeringsovereenkomst-heilust/',
    ]);
  });

  test('a neighbourhood’s page links to its feed in the head, and /volgen/ lists every neighbourhood feed', () => {
    const $ = cheerio.load(read('buurten/kaalheide/index.html'));
    expect(
      $('link[rel="alternate"][type="application/rss+xml"]')
        .map((_, l) => $(l).attr('href'))
        .get(),
    ).toContain('/buurten/kaalheide/rss.xml');
    expect(feeds.get('/buurten/kaalheide/rss.xml')!.link).toBe(`${SITE}/buurten/kaalheide/`);
    const follow = read('volgen/index.html');
    for (const slug of ['heilust', 'kaalheide']) expect(follow).toContain(`${SITE}/buurten/${slug}/rss.xml`);
  });

  test('the channel is Dutch, has a title and description, and links to itself', () => {
    for (const [path, feed] of feeds) {
      expect(feed.language, path).toBe('nl-nl');
      expect(feed.title, path).toBeTruthy();
      expect(feed.description, path).toBeTruthy();
      expect(feed.feedUrl, path).toBe(`${SITE}${path}`);
      expect(feed.link, path).toMatch(new RegExp(`^${SITE}/`));
    }
    expect(feeds.get('/projecten/park-west/rss.xml')!.link).toBe(`${SITE}/projecten/park-west/`);
  });

  test('every item has an absolute link, and that link as a permalink guid (an answer: its status too)', () => {
    for (const [path, feed] of feeds) {
      for (const item of feed.items) {
        expect(item.link, path).toMatch(
          new RegExp(`^${SITE}/(nieuws|nieuwsbrief|agenda|ideeen)/[a-z0-9-]+/$`),
        );
        const isAnswer = pathOf(item.link!).startsWith('/ideeen/');
        // A new status with a new answer is a new item for a reader: its guid names both.
        expect(item.guid, path).toBe(isAnswer ? `${item.link}#uitgevoerd-2027-01-20` : item.link);
        expect(
          existsSync(join(build.outDir, pathOf(item.link!), 'index.html')),
          `${item.link} is a built page`,
        ).toBe(true);
      }
      // rss-parser drops the guid's attributes; read them from the XML.
      const $ = cheerio.load(feedXml.get(path)!, { xml: true });
      const answers = feed.items.filter((item) => pathOf(item.link!).startsWith('/ideeen/')).length;
      expect($('item > guid[isPermaLink="true"]').length, path).toBe(feed.items.length - answers);
      expect($('item > guid[isPermaLink="false"]').length, path).toBe(answers);
    }
  });

  test('pubDate is the item’s own day in Amsterdam, written with the Amsterdam offset', () => {
    for (const [path, feed] of feeds) {
      for (const item of dated(feed)) {
        expect(amsterdamDay(new Date(item.pubDateRaw!)), `${path} ${item.link}`).toBe(
          dayOf.get(pathOf(item.link!)),
        );
      }
    }
    const signed = feeds
      .get('/nieuws/rss.xml')!
      .items.find((i) => i.link === `${SITE}/nieuws/uitvoeringsovereenkomst-heilust/`)!;
    expect(signed.pubDateRaw).toBe('Thu, 08 Dec 2011 00:00:00 +0100');
    const summer = feeds
      .get('/nieuwsbrief/rss.xml')!
      .items.find((i) => i.link === `${SITE}/nieuwsbrief/heilust-1/`)!;
    expect(summer.pubDateRaw).toBe('Wed, 01 Jun 2011 00:00:00 +0200');
  });

  test('the summary is the description and the full text is content:encoded, with absolute addresses only', () => {
    const signed = feeds
      .get('/rss.xml')!
      .items.find((i) => i.link === `${SITE}/nieuws/uitvoeringsovereenkomst-heilust/`)!;
    expect(signed.contentSnippet ?? signed.content).toContain(
      'De partners tekenden de uitvoeringsovereenkomst.',
    );
    const $ = cheerio.load(signed['content:encoded']!);
    expect(
      $('a')
        .map((_, a) => $(a).attr('href'))
        .get(),
    ).toEqual([`${SITE}/projecten/park-west/`, `${SITE}/nieuws/uitvoeringsovereenkomst-heilust/#slot`]);
    for (const [path, feed] of feeds) {
      for (const item of feed.items) {
        const html = cheerio.load(item['content:encoded'] ?? '');
        expect(item['content:encoded'], `${path} ${item.link} has full content`).toBeTruthy();
        html('[href], [src]').each((_, el) => {
          const url = html(el).attr('href') ?? html(el).attr('src') ?? '';
          expect(url, `${path} ${item.link}`).toMatch(/^(https?:|mailto:|tel:)/);
        });
      }
    }
  });

  test('categories name the projects, their themes and the neighbourhoods', () => {
    const items = feeds.get('/nieuws/rss.xml')!.items;
    const signed = items.find((i) => i.link === `${SITE}/nieuws/uitvoeringsovereenkomst-heilust/`)!;
    expect(signed.categories).toEqual(['Park West', 'Natuur en duurzaamheid', 'Heilust']);
    const other = items.find((i) => i.link === `${SITE}/nieuws/bericht-1/`)!;
    expect(other.categories).toEqual(['Achter de voordeur', 'Wonen en leven']);
  });

  test('an edition with a PDF has it as enclosure with its real length; one without has none', () => {
    const items = feeds.get('/nieuwsbrief/rss.xml')!.items;
    const withPdf = items.find((i) => i.link === `${SITE}/nieuwsbrief/heilust-2/`)!;
    expect(withPdf.enclosure).toEqual({
      url: `${SITE}/nieuwsbrief/pdf/heilust-2.pdf`,
      length: String(statSync(join(ROOT, 'public/nieuwsbrief/pdf/heilust-2.pdf')).size),
      type: 'application/pdf',
    });
    expect(existsSync(join(build.outDir, 'nieuwsbrief/pdf/heilust-2.pdf'))).toBe(true);
    expect(items.find((i) => i.link === `${SITE}/nieuwsbrief/heilust-1/`)!.enclosure).toBeUndefined();
  });

  test('drafts and future items appear in no feed', () => {
    for (const [path, xml] of feedXml) {
      for (const slug of UNPUBLISHED) expect(xml, `${path} mentions ${slug}`).not.toContain(slug);
      for (const word of UNPUBLISHED_WORDS) expect(xml, `${path} contains ${word}`).not.toContain(word);
    }
  });
});

describe('sitemap and robots.txt', () => {
  const sitemap = () => {
    const index = cheerio.load(read('sitemap-index.xml'), { xml: true });
    const entries = new Map<string, string | undefined>();
    for (const loc of index('sitemap > loc')
      .map((_, el) => index(el).text())
      .get()) {
      const $ = cheerio.load(read(pathOf(loc)), { xml: true });
      $('url').each((_, url) => {
        entries.set(pathOf($(url).find('loc').text()), $(url).find('lastmod').text() || undefined);
      });
    }
    return entries;
  };

  test('lists the pages with the site address, and no draft or future item', () => {
    const entries = sitemap();
    for (const path of [
      '/',
      '/volgen/',
      '/nieuws/uitvoeringsovereenkomst-heilust/',
      '/nieuwsbrief/heilust-2/',
      '/projecten/park-west/',
      '/over-het-programma/',
      '/nieuws/2/',
    ]) {
      expect(entries.has(path), path).toBe(true);
    }
    expect(read('sitemap-index.xml')).toContain(`<loc>${SITE}/sitemap-0.xml</loc>`);
    for (const path of entries.keys()) {
      for (const slug of UNPUBLISHED) expect(path).not.toContain(slug);
      expect(path, 'only pages, no feeds or deploy files').toMatch(/\/$/);
    }
  });

  test('lastmod is the item’s date, or the newest item a page shows, and absent where no date is known', () => {
    const entries = sitemap();
    const day = (path: string) => {
      const lastmod = entries.get(path);
      return lastmod ? amsterdamDay(new Date(lastmod)) : undefined;
    };
    expect(day('/nieuws/uitvoeringsovereenkomst-heilust/')).toBe('2011-12-08');
    expect(day('/nieuwsbrief/heilust-1/')).toBe('2011-06-01');
    // bericht-21 (2014-09-15) is the newest news about this project and on the site.
    expect(day('/projecten/achter-de-voordeur/')).toBe('2014-09-15');
    // Park West's newest is the answer to an idea about it (2027-01-20), after its news of 2011.
    expect(day('/projecten/park-west/')).toBe('2027-01-20');
    expect(day('/')).toBe('2014-09-15');
    expect(day('/nieuwsbrief/')).toBe('2012-03-15');
    expect(day('/nieuws/archief/2013/')).toBe('2013-12-15');
    // A general page is dated by its own update, and undated without one.
    expect(day('/over-het-programma/')).toBe('2014-03-03');
    expect(day('/nieuws/bericht-1/')).toBe('2013-02-20');
    expect(entries.get('/volgen/')).toBeUndefined();
  });

  test('leaves out the pages that ask search engines not to index them, and only those', () => {
    const entries = sitemap();
    expect(PAGES_OUTSIDE_SITEMAP).toEqual(
      expect.arrayContaining(['/zoeken/', '/ideeen/bedankt/', '/nieuwsbrief/aangemeld/', '/404.html']),
    );
    for (const path of PAGES_OUTSIDE_SITEMAP) {
      expect(entries.has(path), `${path} is in the sitemap`).toBe(false);
      expect(read(fileOfPath(path)), `${path} says noindex`).toMatch(/<meta name="robots" content="noindex/);
    }
    for (const path of entries.keys()) {
      expect(read(`${path.slice(1)}index.html`), `${path} is listed but says noindex`).not.toContain(
        'name="robots" content="noindex',
      );
    }
  });

  test('robots.txt points at the sitemap index at the site address', () => {
    const robots = read('robots.txt');
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(robots).not.toMatch(/^Disallow: \/\s*$/m);
    expect(robots).toMatch(new RegExp(`^Sitemap: ${SITE}/sitemap-index\\.xml$`, 'm'));
    expect(existsSync(join(build.outDir, 'sitemap-index.xml'))).toBe(true);
  });
});

describe('old addresses', () => {
  let server: LocalNetlify;
  beforeAll(async () => {
    server = await serveWithNetlify(build.outDir, { functions: false });
  });
  afterAll(() => server?.close());

  const ALIASES: Record<string, string> = {
    '/Deelprojecten/Wonen_en_leven/Achter_de_voordeur': '/projecten/achter-de-voordeur/',
    '/kerkrade-west/over': '/over-het-programma/',
    '/kerkrade-west/nieuws/nieuwsarchief/uitvoeringsovereenkomst': '/nieuws/uitvoeringsovereenkomst-heilust/',
    '/bewonersavond': '/agenda/bewonersavond-park-west/',
  };

  test('_redirects holds exactly the aliases of published items, as 301s', async () => {
    const rules = (await readRedirects(build.outDir)).map(({ from, to, status }) => [from, to, status]);
    expect(rules.sort()).toEqual(
      Object.entries(ALIASES)
        .map(([from, to]) => [from, to, 301])
        .sort(),
    );
    expect(read('_redirects')).not.toContain('/oud/concept');
  });

  test('each alias answers 301 with the address of its page, and that page exists', async () => {
    for (const [from, to] of Object.entries(ALIASES)) {
      const response = await fetch(server.url + from, { redirect: 'manual' });
      expect(response.status, from).toBe(301);
      expect(new URL(response.headers.get('location') ?? '', server.url).pathname, from).toBe(to);
      expect((await fetch(server.url + to)).status, to).toBe(200);
    }
  });

  test('the alias of a draft is not redirected', async () => {
    const response = await fetch(`${server.url}/oud/concept`, { redirect: 'manual' });
    expect(response.status).toBe(404);
  });
});

describe('the news feed is capped, the edition feed is not', () => {
  test(`a site of ${LARGE_SITE_NEWS} news items and 12 editions: 50 news items, every edition, and the site feed both`, async () => {
    const large = largeSite();
    const feed = async (path: string) => parser.parseString(readFileSync(join(large.outDir, path), 'utf8'));
    expect((await feed('/nieuws/rss.xml')).items).toHaveLength(50);
    expect((await feed('/nieuwsbrief/rss.xml')).items).toHaveLength(12);
    const site = await feed('/rss.xml');
    expect(site.items).toHaveLength(62);
    // The default site address when SITE_URL is not set.
    expect(site.items[0]!.link).toMatch(/^https:\/\/www\.westwint\.nl\//);
  });
});
