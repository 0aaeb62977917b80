/** The pages a built site lists in its sitemap, read with cheerio in XML mode. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';

/** The <loc> addresses of one sitemap file (a sitemap index or a sitemap). */
function locs(file: string): string[] {
  const $ = load(readFileSync(file, 'utf8'), { xml: true });
  return $('loc')
    .map((_, loc) => $(loc).text().trim())
    .get();
}

/** The absolute page URLs listed by sitemap-index.xml and the sitemaps it points to. */
export function sitemapUrls(siteDir: string): string[] {
  const index = join(siteDir, 'sitemap-index.xml');
  if (!existsSync(index))
    throw new Error(`No sitemap-index.xml in ${siteDir}: the sitemap integration did not run.`);
  const pages: string[] = [];
  for (const sitemapUrl of locs(index)) {
    const file = join(siteDir, new URL(sitemapUrl).pathname);
    if (!existsSync(file))
      throw new Error(`sitemap-index.xml lists ${sitemapUrl}, but ${file} was not built.`);
    pages.push(...locs(file));
  }
  if (pages.length === 0) throw new Error(`The sitemap of ${siteDir} lists no pages.`);
  return pages;
}

/** The site's own origin as the build wrote it into the sitemap (e.g. https://www.westwint.nl). */
export function siteOrigin(siteDir: string): string {
  return new URL(sitemapUrls(siteDir)[0]!).origin;
}

/** The path of the first page in the sitemap that matches, so a script's pick follows the content. */
export function firstPageMatching(siteDir: string, pattern: RegExp): string {
  const found = sitemapUrls(siteDir)
    .map((url) => new URL(url).pathname)
    .find((path) => pattern.test(path));
  if (!found) throw new Error(`No page in the sitemap matches ${pattern}`);
  return found;
}

/** A key page: a name for files, what docs/lighthouse.md calls it, and its address in this build. */
export interface KeyPage {
  name: string;
  label: string;
  path: string;
}

/** The key pages of each kind, for the screenshots and Lighthouse: the one list. */
export function keyPages(siteDir: string): KeyPage[] {
  const page = (name: string, label: string, path: string) => ({ name, label, path });
  return [
    page('home', 'Home', '/'),
    page('project', 'Project', '/projecten/achter-de-voordeur/'),
    page(
      'news-item',
      'Nieuwsbericht',
      firstPageMatching(siteDir, /^\/nieuws\/(?!archief\/)(?!\d+\/)[^/]+\/$/),
    ),
    page(
      'edition',
      'Nieuwsbrief-editie',
      firstPageMatching(siteDir, /^\/nieuwsbrief\/(?!aangemeld\/)[^/]+\/$/),
    ),
    page('agenda', 'Agenda', '/agenda/'),
    page('meeting', 'Bijeenkomst', firstPageMatching(siteDir, /^\/agenda\/(?!archief\/)[^/]+\/$/)),
    page('search', 'Zoeken', '/zoeken/?q=park'),
    page('idea-form', 'Ideeënformulier', '/ideeen/'),
  ];
}

/**
 * Every kind of page the site has, by its address: the keyboard tests visit one of each, and
 * npm run bench:first-load weighs the heaviest of each.
 */
export const PAGE_KINDS: ReadonlyArray<readonly [kind: string, pattern: RegExp]> = [
  ['home', /^\/$/],
  ['project list', /^\/projecten\/$/],
  ['project', /^\/projecten\/[^/]+\/$/],
  ['project idea form', /^\/projecten\/[^/]+\/idee\/$/],
  ['theme list', /^\/themas\/$/],
  ['theme', /^\/themas\/[^/]+\/$/],
  ['neighbourhood list', /^\/buurten\/$/],
  ['neighbourhood', /^\/buurten\/[^/]+\/$/],
  ['news list', /^\/nieuws\/$/],
  ['news item', /^\/nieuws\/(?!archief\/)(?!\d+\/)[^/]+\/$/],
  ['news archive', /^\/nieuws\/archief\/$/],
  ['news year', /^\/nieuws\/archief\/\d{4}\/$/],
  ['edition list', /^\/nieuwsbrief\/$/],
  ['edition', /^\/nieuwsbrief\/(?!aangemeld\/)[^/]+\/$/],
  ['agenda', /^\/agenda\/$/],
  ['meeting', /^\/agenda\/(?!archief\/)[^/]+\/$/],
  ['agenda year', /^\/agenda\/archief\/\d{4}\/$/],
  ['works list', /^\/werkzaamheden\/$/],
  ['works', /^\/werkzaamheden\/(?!archief\/|straat\/)[^/]+\/$/],
  ['works street', /^\/werkzaamheden\/straat\/[^/]+\/$/],
  ['works year', /^\/werkzaamheden\/archief\/\d{4}\/$/],
  ['follow', /^\/volgen\/$/],
  ['search', /^\/zoeken\/$/],
  ['idea form', /^\/ideeen\/$/],
  ['idea thank-you', /^\/ideeen\/bedankt\/$/],
  ['idea answer', /^\/ideeen\/\d{4}-\d{3,}\/$/],
  ['idea answers year', /^\/ideeen\/antwoorden\/\d{4}\/$/],
  ['newsletter thank-you', /^\/nieuwsbrief\/aangemeld\/$/],
  ['general page', /^\/(contact|over-het-programma|privacy|toegankelijkheid)\/$/],
  ['404', /^\/404\.html$/],
];
