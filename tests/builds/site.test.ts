/**
 * One production build of the fixture content set, checked page by page: every page
 * a resident reads exists, lists are complete and in order, and drafts and future
 * items appear nowhere.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as cheerio from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BuildResult } from '../../scripts/lib/astro-build.ts';
import { wordsOf } from '../../src/lib/readability/sentences';
import { fixtureSite, LONG_SENTENCE } from '../helpers/fixture';

let built: BuildResult;

beforeAll(() => {
  built = fixtureSite();
});

const fileOf = (url: string) => join(built.outDir, url === '/404' ? '404.html' : `${url}index.html`);
const page = (url: string) => cheerio.load(readFileSync(fileOf(url), 'utf8'));
const texts = ($: cheerio.CheerioAPI, selector: string) =>
  $(selector)
    .map((_, el) => $(el).text().trim())
    .get();
const datetimes = ($: cheerio.CheerioAPI, selector: string) =>
  $(`${selector} time`)
    .map((_, el) => $(el).attr('datetime'))
    .get();
const isNewestFirst = (days: string[]) => days.every((day, i) => i === 0 || days[i - 1]! >= day);

const publishedNews = [
  'uitvoeringsovereenkomst-heilust',
  ...Array.from({ length: 21 }, (_, i) => `bericht-${i + 1}`),
];

/** The pages of the foundation; search and form pages belong to other features. */
const foundationPages = [
  '/',
  '/projecten/',
  '/projecten/achter-de-voordeur/',
  '/projecten/park-west/',
  '/themas/',
  '/themas/wonen-en-leven/',
  '/themas/natuur-en-duurzaamheid/',
  '/buurten/',
  '/buurten/heilust/',
  '/buurten/kaalheide/',
  '/nieuws/',
  '/nieuws/2/',
  '/nieuws/archief/',
  '/nieuws/archief/2011/',
  '/nieuws/archief/2013/',
  '/nieuws/archief/2014/',
  ...publishedNews.map((slug) => `/nieuws/${slug}/`),
  '/nieuwsbrief/',
  '/nieuwsbrief/heilust-1/',
  '/nieuwsbrief/heilust-2/',
  '/over-het-programma/',
  '/404',
];

/** Pages that carry a form or search and so may load a bundled script. */
const pagesWithScripts = new Set(['/nieuwsbrief/']);

function textFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.(html|xml|txt|json|webmanifest)$|(^|\/)_redirects$|(^|\/)_headers$/.test(name))
    .map((name) => join(dir, name));
}

describe('the pages', () => {
  it('exist for every published item, list and archive year', () => {
    const missing = foundationPages.filter((url) => !existsSync(fileOf(url)));
    expect(missing).toEqual([]);
  });

  it('are Dutch, with one h1, a working skip link and landmarks', () => {
    for (const url of foundationPages) {
      const $ = page(url);
      expect($('html').attr('lang'), url).toBe('nl');
      expect($('h1').length, url).toBe(1);
      const skip = $('a.nl-skip-link').first();
      expect(skip.length, url).toBe(1);
      expect($('body').children().first().is(skip), `${url}: skip link comes first`).toBe(true);
      expect($(skip.attr('href')!).is('main'), url).toBe(true);
      expect($('main').length, url).toBe(1);
      expect($('header').length, url).toBeGreaterThan(0);
      expect($('footer').length, url).toBeGreaterThan(0);
      expect($('title').text(), url).toMatch(/West wint aan ruimte/);
    }
  });

  it('ship no JavaScript, except where a feature needs it', () => {
    for (const url of foundationPages.filter((u) => !pagesWithScripts.has(u))) {
      const $ = page(url);
      // JSON-LD is data for search engines, not a script that runs.
      expect($('script:not([type="application/ld+json"])').length, url).toBe(0);
      expect($.html(), url).not.toMatch(/\son[a-z]+="/i);
    }
  });
});

describe('plain language', () => {
  it('a sentence of 40 words is a warning naming the file, and the page is still built', () => {
    expect(wordsOf(LONG_SENTENCE)).toHaveLength(40);
    // With the summary's 6 words, two sentences of 23 words on average.
    expect(built.ok).toBe(true);
    const warning = built.output.split('\n').find((line) => line.includes('paginas/over-het-programma.md: '));
    expect(warning, built.output).toMatch(
      /^  - \S*westwint-content-\w+\/paginas\/over-het-programma\.md: zinnen van gemiddeld 23 woorden \(hoogstens 15\); 1 zin van meer dan 25 woorden/,
    );
    expect(built.output).toContain('Dit houdt niets tegen; de site wordt gewoon gebouwd.');
    expect(built.output, 'the shipped list of hard words loads').not.toContain('moeilijke-woorden.yaml');
    // News of 2013 is the archive: npm run leesbaarheid measures it, the build does not.
    expect(built.output).not.toMatch(/nieuws\/bericht-\d+\.md: /);
  });
});

describe('ideas', () => {
  /** Every file of the build as text, the search index's gzipped files unpacked. */
  const everyFile = () =>
    readdirSync(built.outDir, { recursive: true, encoding: 'utf8' })
      .map((name) => join(built.outDir, name))
      .filter((file) => statSync(file).isFile() && !/\.(avif|webp|jpe?g|png|pdf|wasm)$/i.test(file))
      .map((file) => {
        const bytes = readFileSync(file);
        return {
          file,
          text: (bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes).toString('utf8'),
        };
      });

  it('one not public or not answered shows its words in no file of the build, search index and editor files included', () => {
    const files = everyFile();
    expect(files.some((f) => f.file.includes('pagefind'))).toBe(true);
    for (const word of ['kwartelkoning', 'sneeuwklokje', 'bosanemoon', '2027-002', '2027-003'])
      expect(
        files.filter((f) => f.text.includes(word)).map((f) => f.file),
        word,
      ).toEqual([]);
    // The shown one is there: its page, its words and its answer, also in the search index.
    const shownIn = files.filter(
      (f) => f.text.includes('fluitketeltje') && f.text.includes('pannenkoekenpan'),
    );
    expect(shownIn.some((f) => f.file.endsWith(join('ideeen', '2027-001', 'index.html')))).toBe(true);
    expect(shownIn.some((f) => f.file.includes('pagefind'))).toBe(true);
  });

  it('all count on /ideeen/, shown or not', () => {
    const $ = cheerio.load(readFileSync(fileOf('/ideeen/'), 'utf8'));
    const fact = (label: string) =>
      $('.utrecht-data-list__item')
        .filter((_, item) => $(item).find('dt').text().trim() === label)
        .find('dd')
        .text()
        .trim();
    expect(fact('Binnengekomen in totaal')).toBe('3');
    expect(fact('Beantwoord')).toBe('2');
    expect(fact('Wacht nog op antwoord')).toBe('1');
    expect(fact('Niet uitgevoerd')).toBe('1');
    expect(fact('Uitgevoerd')).toBe('1');
  });
});

describe('drafts and future items', () => {
  const hidden = [
    'geheim-concept',
    'Geheim concept',
    'zwaluwstaartvlinder',
    '/oud/concept',
    'heilust-3',
    'Nieuwsbrief Heilust 3',
    'bericht-uit-de-toekomst',
    'Bericht uit de toekomst',
    'toekomstmuziekje',
  ];

  it('get no page', () => {
    for (const url of [
      '/nieuws/geheim-concept/',
      '/nieuws/bericht-uit-de-toekomst/',
      '/nieuwsbrief/heilust-3/',
      '/nieuws/archief/2099/',
    ]) {
      expect(existsSync(fileOf(url)), url).toBe(false);
    }
  });

  it('appear in no page, list, feed, sitemap or redirect', () => {
    const files = textFiles(built.outDir);
    expect(files.length).toBeGreaterThan(foundationPages.length);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      for (const word of hidden) expect(text.includes(word), `${word} in ${file}`).toBe(false);
    }
  });

  it('do not count in the archive by year', () => {
    const $ = page('/nieuws/archief/');
    const links = $('main a')
      .map((_, a) => $(a).attr('href'))
      .get();
    expect(links.filter((href) => href.startsWith('/nieuws/archief/'))).toEqual([
      '/nieuws/archief/2014/',
      '/nieuws/archief/2013/',
      '/nieuws/archief/2011/',
    ]);
  });
});

describe('news', () => {
  it('lists 20 items a page, newest first, across two pages', () => {
    const first = page('/nieuws/');
    const second = page('/nieuws/2/');
    const days = [...datetimes(first, 'main .utrecht-card'), ...datetimes(second, 'main .utrecht-card')];
    expect(first('main .utrecht-card').length).toBe(20);
    expect(second('main .utrecht-card').length).toBe(2);
    expect(days).toHaveLength(22);
    expect(isNewestFirst(days)).toBe(true);
    expect(days[0]).toBe('2014-09-15');
    expect(texts(second, 'main .utrecht-card__heading')).toEqual([
      'Bericht 1',
      'Uitvoeringsovereenkomst Heilust getekend',
    ]);
    expect(first('main a[href="/nieuws/2/"]').length).toBeGreaterThan(0);
    expect(second('main a[href="/nieuws/"]').length).toBeGreaterThan(0);
  });

  it('has an archive page per year with that year’s items', () => {
    const $ = page('/nieuws/archief/2013/');
    expect($('h1').text()).toContain('2013');
    const days = datetimes($, 'main .utrecht-card');
    expect(days).toHaveLength(12);
    expect(days.every((day) => day.startsWith('2013-'))).toBe(true);
    expect(isNewestFirst(days)).toBe(true);
    expect(datetimes(page('/nieuws/archief/2011/'), 'main .utrecht-card')).toEqual(['2011-12-08']);
  });

  it('shows an item’s date in Dutch, its projects and neighbourhoods', () => {
    const $ = page('/nieuws/uitvoeringsovereenkomst-heilust/');
    expect($('h1').text()).toBe('Uitvoeringsovereenkomst Heilust getekend');
    const time = $('main time[datetime="2011-12-08"]');
    expect(time.length).toBe(1);
    expect(time.text()).toBe('8 december 2011');
    expect($('main a[href="/projecten/park-west/"]').text()).toContain('Park West');
    expect($('main a[href="/buurten/heilust/"]').text()).toBe('Heilust');
  });

  it('links each item to the older and the newer one', () => {
    const $ = page('/nieuws/bericht-1/');
    expect($('a[rel="prev"]').attr('href')).toBe('/nieuws/uitvoeringsovereenkomst-heilust/');
    expect($('a[rel="next"]').attr('href')).toBe('/nieuws/bericht-2/');
    const oldest = page('/nieuws/uitvoeringsovereenkomst-heilust/');
    expect(oldest('a[rel="prev"]').length).toBe(0);
    expect(oldest('a[rel="next"]').attr('href')).toBe('/nieuws/bericht-1/');
    const newest = page('/nieuws/bericht-21/');
    expect(newest('a[rel="next"]').length).toBe(0);
    expect(newest('a[rel="prev"]').attr('href')).toBe('/nieuws/bericht-20/');
  });
});

describe('projects, themes and neighbourhoods', () => {
  it('lists the projects grouped by theme', () => {
    const $ = page('/projecten/');
    const html = $('main').html()!;
    expect(html.indexOf('Wonen en leven')).toBeLessThan(html.indexOf('Achter de voordeur'));
    expect(html.indexOf('Natuur en duurzaamheid')).toBeLessThan(html.indexOf('Park West'));
    expect($('main a[href="/projecten/achter-de-voordeur/"]').length).toBeGreaterThan(0);
    expect($('main a[href="/projecten/park-west/"]').length).toBeGreaterThan(0);
  });

  it('shows a project’s status, theme, neighbourhoods, partners and its news, newest first', () => {
    const $ = page('/projecten/achter-de-voordeur/');
    const facts = $('main .westwint-facts').text();
    expect(facts).toContain('Afgerond');
    expect(facts).toContain('Wonen en leven');
    expect(facts).toContain('Heilust');
    expect(facts).toContain('Gemeente Kerkrade, Hestia groep');
    const days = datetimes($, 'section[aria-labelledby="project-news"] .utrecht-card');
    expect(days).toHaveLength(21);
    expect(isNewestFirst(days)).toBe(true);
    expect(days[0]).toBe('2014-09-15');
  });

  it('lists a theme’s projects and a neighbourhood’s projects and news', () => {
    expect(page('/themas/natuur-en-duurzaamheid/')('main a[href="/projecten/park-west/"]').length).toBe(1);
    expect(
      page('/themas/natuur-en-duurzaamheid/')('main a[href="/projecten/achter-de-voordeur/"]').length,
    ).toBe(0);
    const heilust = page('/buurten/heilust/');
    expect(heilust('main a[href="/projecten/achter-de-voordeur/"]').length).toBeGreaterThan(0);
    expect(heilust('main a[href="/projecten/park-west/"]').length).toBeGreaterThan(0);
    expect(heilust('main a[href="/nieuws/uitvoeringsovereenkomst-heilust/"]').length).toBe(1);
    const kaalheide = page('/buurten/kaalheide/');
    expect(kaalheide('main a[href="/projecten/achter-de-voordeur/"]').length).toBe(0);
    expect(kaalheide('main a[href="/projecten/park-west/"]').length).toBeGreaterThan(0);
  });

  it('serves a project image through astro:assets in modern formats with its size set', () => {
    const $ = page('/projecten/park-west/');
    const picture = $('main picture');
    expect(picture.length).toBe(1);
    expect(picture.find('source[type="image/avif"]').attr('srcset')).toMatch(/^\/_astro\/.+\.avif 360w/);
    expect(picture.find('source[type="image/webp"]').attr('srcset')).toMatch(/^\/_astro\/.+\.webp 360w/);
    const img = picture.find('img');
    expect(img.attr('alt')).toBe('Een grasveld met jonge bomen.');
    expect(img.attr('width')).toBe('480');
    expect(img.attr('height')).toBe('320');
    expect(img.attr('src')).toMatch(/^\/_astro\//);
    expect(existsSync(join(built.outDir, img.attr('src')!))).toBe(true);
  });
});

describe('the newsletter archive', () => {
  it('lists the editions newest first, grouped by year, with number, date, summary and PDF', () => {
    const $ = page('/nieuwsbrief/');
    expect(texts($, 'main section[aria-labelledby^="year-"] > h2')).toEqual(['2012', '2011']);
    expect(texts($, 'main .utrecht-card__heading')).toEqual([
      'Nieuwsbrief Heilust 2',
      'Nieuwsbrief Heilust 1',
    ]);
    const newest = $('main .utrecht-card').first();
    expect(newest.find('.westwint-card-meta').text()).toContain('Editie 2');
    expect(newest.find('time').attr('datetime')).toBe('2012-03-15');
    expect(newest.find('time').text()).toBe('15 maart 2012');
    expect(newest.text()).toContain('De tweede editie.');
    expect(newest.find('a[href="/nieuwsbrief/pdf/heilust-2.pdf"]').length).toBe(1);
    expect($('main .utrecht-card').last().find('a[href$=".pdf"]').length).toBe(0);
  });

  it('gives each edition its own page', () => {
    const $ = page('/nieuwsbrief/heilust-1/');
    expect($('h1').text()).toBe('Nieuwsbrief Heilust 1');
    expect($('main time[datetime="2011-06-01"]').text()).toBe('1 juni 2011');
  });
});

describe('the home page', () => {
  it('shows the latest news, the latest edition, projects by theme and how to follow', () => {
    const $ = page('/');
    expect(texts($, 'section[aria-labelledby="latest-news"] .utrecht-card__heading').slice(0, 4)).toEqual([
      'Bericht 21',
      'Bericht 20',
      'Bericht 19',
      'Bericht 18',
    ]);
    expect(texts($, 'section[aria-labelledby="latest-edition"] .utrecht-card__heading')).toEqual([
      'Nieuwsbrief Heilust 2',
    ]);
    expect($('main a[href="/themas/wonen-en-leven/"]').length).toBeGreaterThan(0);
    expect($('main a[href="/projecten/park-west/"]').length).toBeGreaterThan(0);
    expect($('main a[href="/ideeen/"]').length).toBeGreaterThan(0);
    expect($('main').text()).toContain('@Westwintaanruim');
  });
});

describe('Markdown', () => {
  it('renders GitHub tables and footnotes, and cleans raw HTML', () => {
    const $ = page('/projecten/achter-de-voordeur/');
    const prose = $('main .westwint-prose');
    expect(texts($, 'main .westwint-prose table th')).toEqual(['kolom', 'waarde']);
    const ref = prose.find('sup a[data-footnote-ref]');
    expect(ref.length).toBe(1);
    expect(prose.find(ref.attr('href')!).text()).toContain('De uitleg.');
    expect(prose.text()).toContain('Klik');
    expect(prose.find('script').length).toBe(0);
    expect(prose.html()).not.toContain('onclick');
    expect(prose.html()).not.toContain('alert(');
  });

  it('keeps the text of raw HTML and removes scripts, event handlers, styles, frames and javascript: links', () => {
    const html = readFileSync(fileOf('/html/'), 'utf8');
    const prose = html.slice(html.indexOf('Gewone tekst'), html.indexOf('Uitleg.') + 10);
    expect(prose).toContain('<strong>nadruk</strong>');
    expect(prose).toContain('Klik hier');
    expect(prose).toContain('Gevaarlijke link');
    expect(prose).toContain('<summary>Meer weten</summary>');
    expect(prose).toContain('alt="Logo"');
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)(?![^>]*application\/ld\+json)/i);
    expect(html).not.toMatch(/\son[a-z]+=/i);
    expect(html).not.toContain('javascript:');
    expect(prose).not.toContain('<iframe');
    expect(prose).not.toContain('color:red');
    expect(prose).not.toContain('alert(');
  });

  it('renders a general page from content/paginas/', () => {
    const $ = page('/over-het-programma/');
    expect($('h1').text()).toBe('Over het programma');
    expect($('main').text()).toContain(LONG_SENTENCE);
  });
});

describe('the 404 page', () => {
  it('is in Dutch and helps a lost visitor on', () => {
    const $ = page('/404');
    expect($('html').attr('lang')).toBe('nl');
    expect($('h1').text()).toMatch(/bestaat niet/);
    expect($('main a[href="/"]').length).toBeGreaterThan(0);
    expect($('main form[role="search"]').attr('action')).toBe('/zoeken/');
  });
});
