/**
 * Gives each sitemap entry a lastmod: the date its page passed to the layout (news and
 * editions: their date; lists, projects and neighbourhoods: their newest item), recorded
 * while the page was built (src/lib/head/page-dates.ts). Undated pages get no lastmod
 * rather than the build time, which would claim every page changed.
 */
import type { SitemapItem } from '@astrojs/sitemap';
import { isoInAmsterdam } from '../lib/dates/amsterdam';
import { pageDate } from '../lib/head/page-dates';

/** A `serialize` for @astrojs/sitemap. A listed page that was not built through the layout stops the build. */
export function withLastmod(item: SitemapItem): SitemapItem {
  const path = decodeURIComponent(new URL(item.url).pathname);
  const lastmod = pageDate(path);
  if (lastmod === undefined) {
    throw new Error(
      `Sitemap: ${path} staat in de sitemap, maar is niet via de layout (Base.astro) gebouwd, dus de datum is onbekend.`,
    );
  }
  return lastmod ? { ...item, lastmod: isoInAmsterdam(lastmod) } : item;
}
