/**
 * The <head> of each kind of page in a fixture build: feed discovery links, canonical
 * address, Open Graph and Twitter card tags, and JSON-LD that parses and names the right type.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { beforeAll, describe, expect, test } from 'vitest';
import type { BuildResult } from '../../scripts/lib/astro-build.ts';
import { FIXTURE_SITE, fixtureSite } from '../helpers/fixture';

const SITE = FIXTURE_SITE;

interface PageCase {
  path: string;
  ogType: 'article' | 'website';
  /** Feeds besides the site feed this page must link. */
  feeds: string[];
  jsonLdType?: 'NewsArticle' | 'GovernmentOrganization' | 'WebPage';
  /** The page shares an image of its own, not the site's. */
  ownImage?: boolean;
}

const PAGES: PageCase[] = [
  { path: '/', ogType: 'website', feeds: [], jsonLdType: 'GovernmentOrganization' },
  { path: '/nieuws/', ogType: 'website', feeds: ['/nieuws/rss.xml'] },
  { path: '/nieuws/2/', ogType: 'website', feeds: ['/nieuws/rss.xml'] },
  {
    path: '/nieuws/uitvoeringsovereenkomst-heilust/',
    ogType: 'article',
    feeds: ['/nieuws/rss.xml'],
    jsonLdType: 'NewsArticle',
  },
  { path: '/nieuwsbrief/', ogType: 'website', feeds: ['/nieuwsbrief/rss.xml'] },
  {
    path: '/nieuwsbrief/heilust-2/',
    ogType: 'article',
    feeds: ['/nieuwsbrief/rss.xml'],
    jsonLdType: 'NewsArticle',
  },
  // With an image of its own, which it shares instead of the site's.
  {
    path: '/projecten/park-west/',
    ogType: 'website',
    feeds: ['/projecten/park-west/rss.xml'],
    ownImage: true,
  },
  { path: '/themas/wonen-en-leven/', ogType: 'website', feeds: [] },
  { path: '/buurten/heilust/', ogType: 'website', feeds: ['/buurten/heilust/rss.xml'] },
  { path: '/over-het-programma/', ogType: 'website', feeds: [], jsonLdType: 'WebPage' },
  {
    path: '/volgen/',
    ogType: 'website',
    feeds: ['/nieuws/rss.xml', '/nieuwsbrief/rss.xml', '/ideeen/rss.xml'],
  },
];

let build: BuildResult;
const load = (file: string) => cheerio.load(readFileSync(join(build.outDir, file), 'utf8'));
const pageFile = (path: string) => `${path.slice(1)}index.html`;

beforeAll(() => {
  build = fixtureSite();
});

function jsonLdOf($: cheerio.CheerioAPI): Array<Record<string, unknown>> {
  return $('script[type="application/ld+json"]')
    .toArray()
    .map((el) => JSON.parse($(el).html() ?? '') as Record<string, unknown>);
}

describe.each(PAGES)('$path', ({ path, ogType, feeds, jsonLdType, ownImage }) => {
  test('links the site feed and the feeds that fit, each a built feed', () => {
    const $ = load(pageFile(path));
    const alternates = $('link[rel="alternate"][type="application/rss+xml"]');
    const hrefs = alternates.map((_, el) => $(el).attr('href')).get();
    expect(hrefs).toEqual(['/rss.xml', ...feeds]);
    alternates.each((_, el) => expect($(el).attr('title'), 'a feed link has a title').toBeTruthy());
    for (const href of hrefs) expect(existsSync(join(build.outDir, href)), href).toBe(true);
  });

  test('has a canonical address and Open Graph and Twitter tags', () => {
    const $ = load(pageFile(path));
    const meta = (property: string) =>
      $(`meta[property="${property}"], meta[name="${property}"]`).attr('content');
    const url = `${SITE}${path}`;
    expect($('link[rel="canonical"]').attr('href')).toBe(url);
    expect(meta('og:url')).toBe(url);
    expect(meta('og:type')).toBe(ogType);
    expect(meta('og:locale')).toBe('nl_NL');
    expect(meta('og:site_name')).toBe('West wint aan ruimte');
    expect(meta('og:title')).toBeTruthy();
    expect(meta('description')).toBeTruthy();
    expect(meta('og:description')).toBe(meta('description'));
    if (ownImage)
      expect(meta('og:image'), meta('og:image')).toMatch(
        new RegExp(`^${SITE}/_astro/[^/]+\\.(jpe?g|webp|png)$`),
      );
    else expect(meta('og:image')).toBe(`${SITE}/og-image.png`);
    expect(meta('og:image:alt')).toBeTruthy();
    expect(meta('twitter:card')).toBe('summary_large_image');
    expect(meta('twitter:image')).toBe(meta('og:image'));
    expect(meta('twitter:site')).toBe('@Westwintaanruim');
    expect($('meta[name="description"]'), 'one description only').toHaveLength(1);
  });

  test('JSON-LD parses and has the right type', () => {
    const data = jsonLdOf(load(pageFile(path)));
    if (!jsonLdType) {
      expect(data).toEqual([]);
      return;
    }
    expect(data).toHaveLength(1);
    expect(data[0]!['@context']).toBe('https://schema.org');
    expect(data[0]!['@type']).toBe(jsonLdType);
  });
});

describe('article details', () => {
  test('a news item states its headline, Amsterdam publication date, description, address, image and publisher', () => {
    const $ = load('nieuws/uitvoeringsovereenkomst-heilust/index.html');
    const [article] = jsonLdOf($);
    expect(article).toMatchObject({
      headline: 'Uitvoeringsovereenkomst Heilust getekend',
      datePublished: '2011-12-08T00:00:00+01:00',
      description: 'De partners tekenden de uitvoeringsovereenkomst.',
      url: `${SITE}/nieuws/uitvoeringsovereenkomst-heilust/`,
      image: [`${SITE}/og-image.png`],
      publisher: { '@type': 'GovernmentOrganization', name: 'West wint aan ruimte', url: `${SITE}/` },
    });
    expect($('meta[property="article:published_time"]').attr('content')).toBe('2011-12-08T00:00:00+01:00');
    expect($('meta[property="og:title"]').attr('content')).toBe('Uitvoeringsovereenkomst Heilust getekend');
  });

  test('an item updated since it was published says so, to residents and in its data; others do not', () => {
    const updated = load('nieuws/bericht-1/index.html');
    const note = updated('main .westwint-updated-note');
    expect(
      note
        .find('p')
        .map((_, p) => updated(p).text())
        .get(),
    ).toEqual(['Bijgewerkt op 20 februari 2013', 'Wat is er gewijzigd:']);
    expect(
      note
        .find('li')
        .map((_, li) => updated(li).text())
        .get(),
    ).toEqual(['De datum van de bijeenkomst verbeterd.']);
    expect(updated('main .westwint-updated-note time').attr('datetime')).toBe('2013-02-20');
    expect(jsonLdOf(updated)[0]).toMatchObject({
      datePublished: '2013-01-15T00:00:00+01:00',
      dateModified: '2013-02-20T00:00:00+01:00',
    });
    expect(updated('meta[property="og:updated_time"]').attr('content')).toBe('2013-02-20T00:00:00+01:00');

    const page = load('over-het-programma/index.html');
    expect(page('main .westwint-updated-note').text()).toContain('Bijgewerkt op 3 maart 2014');
    expect(jsonLdOf(page)[0]).toMatchObject({
      '@type': 'WebPage',
      dateModified: '2014-03-03T00:00:00+01:00',
    });

    const plain = load('nieuws/uitvoeringsovereenkomst-heilust/index.html');
    expect(plain('main .westwint-updated-note')).toHaveLength(0);
    expect(jsonLdOf(plain)[0]).not.toHaveProperty('dateModified');
  });

  test('the home page describes the organisation with its X account', () => {
    const [org] = jsonLdOf(load('index.html'));
    expect(org).toMatchObject({
      name: 'West wint aan ruimte',
      url: `${SITE}/`,
      sameAs: ['https://x.com/Westwintaanruim'],
    });
  });

  test('the default share image exists and is 1200 by 630', () => {
    const png = readFileSync(join(build.outDir, 'og-image.png'));
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(1200);
    expect(png.readUInt32BE(20)).toBe(630);
  });

  test('the 404 page names no canonical address and asks not to be indexed', () => {
    const $ = load('404.html');
    expect($('link[rel="canonical"]')).toHaveLength(0);
    expect($('meta[property="og:url"]')).toHaveLength(0);
    expect($('meta[name="robots"]').attr('content')).toBe('noindex');
  });
});

describe('the Volgen page', () => {
  test('offers every feed as a link and a copy button for the same address, the sign-up and the X account', () => {
    const $ = load('volgen/index.html');
    const links = $('.westwint-feed-address a')
      .map((_, a) => $(a).attr('href'))
      .get();
    expect(links).toEqual(
      expect.arrayContaining([
        `${SITE}/rss.xml`,
        `${SITE}/nieuws/rss.xml`,
        `${SITE}/nieuwsbrief/rss.xml`,
        `${SITE}/projecten/park-west/rss.xml`,
        `${SITE}/projecten/achter-de-voordeur/rss.xml`,
      ]),
    );
    $('.westwint-feed-address').each((_, li) => {
      expect($(li).find('button[data-copy]').attr('data-copy')).toBe($(li).find('a').attr('href'));
      expect(
        $(li).find('button[data-copy]').attr('hidden'),
        'hidden until the script knows it can copy',
      ).toBeDefined();
      expect($(li).find('[role="status"]')).toHaveLength(1);
    });
    expect($('#e-mail form')).toHaveLength(1);
    expect($('a[href="https://x.com/Westwintaanruim"]').length).toBeGreaterThan(0);
    expect(
      $('script:not([type="application/ld+json"])')
        .map((_, s) => $(s).attr('src'))
        .get()
        .every((src) => src?.startsWith('/_astro/')),
      'scripts are external files',
    ).toBe(true);
  });
});
