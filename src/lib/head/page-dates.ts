/**
 * The date each built page states, kept for the sitemap's lastmod. Pages render inside the
 * build's bundle while the sitemap is written by an integration loaded with the config, so
 * there are two copies of this module; the map lives on globalThis under one key they share.
 */
const KEY = Symbol.for('westwint.page-dates');

type PageDates = Map<string, Date | null>;

function pageDates(): PageDates {
  const holder = globalThis as { [KEY]?: PageDates };
  holder[KEY] ??= new Map();
  return holder[KEY];
}

/** Called by the layout for every page it renders. */
export function recordPageDate(path: string, lastmod: Date | null): void {
  pageDates().set(path, lastmod);
}

/** A page's date; undefined when no page was rendered at that path. */
export function pageDate(path: string): Date | null | undefined {
  return pageDates().get(path);
}
