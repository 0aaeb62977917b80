/**
 * What a page tells the <head> about itself besides its title: whether it is an article
 * (a news item or an edition) and when it was published, the newest date of what it
 * shows, and the image to share. Every page passes these to the layout, which writes the
 * head from them and records the date for the sitemap (src/lib/head/page-dates.ts).
 */
import type { ImageMetadata } from 'astro';

export interface PageMeta {
  /** A news item or an edition: an article with a publication date. */
  article?: { published: Date; section: string };
  /**
   * The newest date of what the page shows (og:updated_time, the sitemap's lastmod), or
   * null for a page without one. Required, so a new page cannot silently leave it out.
   */
  lastmod: Date | null;
  image?: { src: ImageMetadata; alt: string };
}

/** A page that shows nothing dated (a general page, a form). */
export const UNDATED: PageMeta = { lastmod: null };

/** The newest of some dates, or null when there are none. */
export function newest(...dates: Array<Date | null | undefined>): Date | null {
  let found: Date | null = null;
  for (const date of dates) if (date && (!found || date > found)) found = date;
  return found;
}

/** A list page: dated by its newest entry (lists are newest first, but need not be). */
export function listMeta(entries: ReadonlyArray<{ data: { date: Date } }>): PageMeta {
  return { lastmod: newest(...entries.map((entry) => entry.data.date)) };
}

/** A news item or an edition. */
export function articleMeta(date: Date, section: string, image?: PageMeta['image']): PageMeta {
  return { article: { published: date, section }, lastmod: date, ...(image && { image }) };
}

/** The image to share, when the item has one with its description. */
export function imageOf(data: { image?: ImageMetadata | undefined; imageAlt?: string | undefined }): PageMeta['image'] {
  return data.image && data.imageAlt ? { src: data.image, alt: data.imageAlt } : undefined;
}
