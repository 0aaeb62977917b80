/**
 * What the <head> of a page says about it besides its title: whether it is an
 * article (a news item or an edition), when it was published, and the newest date
 * of what it shows (for the sitemap's lastmod). Found from the page's address, so
 * no page has to pass these along.
 */
import type { ImageMetadata } from 'astro';
import { NEWS_PER_PAGE } from '../../consts';
import type { Site } from '../content/site';
import { amsterdamYear } from '../dates/amsterdam';
import { urls } from '../urls/routes';

export interface PageFacts {
  /** A news item or an edition: an article with a publication date. */
  article?: { published: Date; section: string };
  /** The newest date of what the page shows; unknown pages leave it out. */
  lastmod?: Date;
  image?: { src: ImageMetadata; alt: string };
}

type SiteLists = Pick<Site, 'news' | 'editions' | 'projects' | 'neighbourhoods' | 'newsAbout' | 'newsIn'>;

const newest = (...dates: Array<Date | undefined>): Date | undefined =>
  dates.filter((d): d is Date => d !== undefined).sort((a, b) => b.getTime() - a.getTime())[0];

/** Facts of every item page, by address: built once per site, not searched per page. */
const itemFactsCache = new WeakMap<SiteLists, Map<string, PageFacts>>();

function itemFacts(site: SiteLists): Map<string, PageFacts> {
  const cached = itemFactsCache.get(site);
  if (cached) return cached;
  const facts = new Map<string, PageFacts>();
  const imageOf = (data: { image?: ImageMetadata | undefined; imageAlt?: string | undefined }) =>
    data.image && data.imageAlt ? { image: { src: data.image, alt: data.imageAlt } } : {};
  for (const item of site.news) {
    facts.set(urls.newsItem(item.id), { article: { published: item.data.date, section: 'Nieuws' }, lastmod: item.data.date, ...imageOf(item.data) });
  }
  for (const edition of site.editions) {
    facts.set(urls.edition(edition.id), { article: { published: edition.data.date, section: 'Nieuwsbrief Heilust' }, lastmod: edition.data.date });
  }
  for (const project of site.projects) {
    const lastmod = site.newsAbout(project.id)[0]?.data.date;
    facts.set(urls.project(project.id), { ...(lastmod && { lastmod }), ...imageOf(project.data) });
  }
  for (const neighbourhood of site.neighbourhoods) {
    facts.set(urls.neighbourhood(neighbourhood.id), optional(site.newsIn(neighbourhood.id)[0]?.data.date));
  }
  itemFactsCache.set(site, facts);
  return facts;
}

export function pageFacts(pathname: string, site: SiteLists): PageFacts {
  const path = pathname.endsWith('/') ? pathname : `${pathname}/`;
  const item = itemFacts(site).get(path);
  if (item) return item;

  if (path === urls.home()) return optional(newest(site.news[0]?.data.date, site.editions[0]?.data.date));
  if (path === urls.editions()) return optional(site.editions[0]?.data.date);
  if (path === urls.newsArchive()) return optional(site.news[0]?.data.date);
  const newsPage = /^\/nieuws\/(\d+)\/$/.exec(path);
  if (path === urls.news() || newsPage) {
    const page = newsPage ? Number(newsPage[1]) : 1;
    return optional(site.news[(page - 1) * NEWS_PER_PAGE]?.data.date);
  }
  const year = /^\/nieuws\/archief\/(\d{4})\/$/.exec(path);
  if (year) return optional(site.news.find((n) => amsterdamYear(n.data.date) === Number(year[1]))?.data.date);
  return {};
}

function optional(lastmod: Date | undefined): PageFacts {
  return lastmod ? { lastmod } : {};
}
