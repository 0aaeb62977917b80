/**
 * What a page tells the <head> about itself besides its title: whether it is an article
 * (a news item or an edition) and when it was published, the newest date of what it
 * shows, and the image to share. Every page passes these to the layout, which writes the
 * head from them and records the date for the sitemap (src/lib/head/page-dates.ts).
 */
import type { ImageMetadata } from 'astro';
import type { EventFacts } from './structured-data';

/** public/og-image.png, made by scripts/og-image.mjs: the image a page without one of its own shares. */
/** The programme's mark: every page's icon, and the logo on the editor's login screen. */
export const PROGRAMME_ICON = '/favicon.svg';

export const SHARE_IMAGE: { path: string; width: number; height: number; type: string } = {
  path: '/og-image.png',
  width: 1200,
  height: 630,
  type: 'image/png',
};

export interface PageMeta {
  /** A news item or an edition: an article with a publication date. */
  article?: { published: Date; section: string };
  /**
   * The newest date of what the page shows (og:updated_time, the sitemap's lastmod), or
   * null for a page without one. Required, so a new page cannot silently leave it out.
   */
  lastmod: Date | null;
  /** When the item itself was last changed in substance (its `updated` field): dateModified. */
  updated?: Date;
  image?: { src: ImageMetadata; alt: string };
  /** A meeting: what its Event data says (src/lib/head/structured-data.ts), less what the head knows itself. */
  event?: Omit<EventFacts, 'name' | 'description' | 'url' | 'image' | 'organiser'>;
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

/** A news item or an edition: last changed on its `updated` day if it has one, else on its date. */
export function articleMeta(
  date: Date,
  section: string,
  extra: Pick<PageMeta, 'image' | 'updated'> = {},
): PageMeta {
  const { image, updated } = extra;
  return {
    article: { published: date, section },
    lastmod: newest(date, updated),
    ...(updated && { updated }),
    ...(image && { image }),
  };
}

/** A page about one item (a project, a general page): dated by its own update and what it lists. */
export function itemMeta(
  updated: Date | undefined,
  listed: ReadonlyArray<{ data: { date: Date } }> = [],
  image?: PageMeta['image'],
): PageMeta {
  return {
    lastmod: newest(updated, listMeta(listed).lastmod),
    ...(updated && { updated }),
    ...(image && { image }),
  };
}

/** The image to share, when the item has one with its description. */
export function imageOf(data: {
  image?: ImageMetadata | undefined;
  imageAlt?: string | undefined;
}): PageMeta['image'] {
  return data.image && data.imageAlt ? { src: data.image, alt: data.imageAlt } : undefined;
}
