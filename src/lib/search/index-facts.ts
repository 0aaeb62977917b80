/**
 * What the search index knows about a page besides its text: its type, neighbourhoods
 * and year (filters), its date (shown with the result, and the key for "newest first").
 * Pagefind reads these from data-pagefind-* attributes; components/SearchFacts.astro
 * writes them. The search page builds its filter menus from the same values.
 */
import { amsterdamDay, amsterdamYear, formatDate } from '../dates/amsterdam';
import { t } from '../../strings';
import { FILTER, SORT_DATE } from './query';

/** The result types a resident can filter on, in the order the menu lists them. */
export const SEARCH_TYPES = Object.values(t.searchTypes);
export type SearchType = (typeof t.searchTypes)[keyof typeof t.searchTypes];

export interface SearchFacts {
  type: SearchType;
  date?: Date | undefined;
  /** Neighbourhood titles, as residents know them. */
  neighbourhoods?: readonly string[] | undefined;
}

export interface SearchTag {
  /** The Pagefind attribute, e.g. data-pagefind-filter. */
  attribute: 'data-pagefind-filter' | 'data-pagefind-meta' | 'data-pagefind-sort';
  /** Written as `key[content]`: Pagefind takes the value from the content attribute. */
  key: string;
  value: string;
}

/**
 * The tags for one page. Values go into a content attribute, never into the
 * attribute's own `key:value` syntax, so a comma or colon in a title cannot break them.
 */
export function searchTags(facts: SearchFacts): SearchTag[] {
  const tags: SearchTag[] = [
    { attribute: 'data-pagefind-filter', key: FILTER.type, value: facts.type },
    { attribute: 'data-pagefind-meta', key: 'type', value: facts.type },
  ];
  for (const name of [...new Set(facts.neighbourhoods ?? [])].sort((a, b) => a.localeCompare(b, 'nl'))) {
    tags.push({ attribute: 'data-pagefind-filter', key: FILTER.neighbourhood, value: name });
  }
  if (facts.date) {
    tags.push(
      { attribute: 'data-pagefind-filter', key: FILTER.year, value: String(amsterdamYear(facts.date)) },
      { attribute: 'data-pagefind-meta', key: 'date', value: formatDate(facts.date) },
      { attribute: 'data-pagefind-sort', key: SORT_DATE, value: amsterdamDay(facts.date) },
    );
  }
  return tags;
}

export interface SearchMenus {
  types: SearchType[];
  neighbourhoods: string[];
  years: number[];
}

/**
 * The choices of the search page's filter menus: only types the site has, every
 * neighbourhood, and the years of published news, editions and meetings, newest first.
 */
export function searchMenus(site: {
  news: ReadonlyArray<{ data: { date: Date } }>;
  editions: ReadonlyArray<{ data: { date: Date } }>;
  meetings: ReadonlyArray<{ data: { start: { instant: Date } } }>;
  projects: readonly unknown[];
  themes: readonly unknown[];
  neighbourhoods: ReadonlyArray<{ data: { title: string } }>;
  pages: readonly unknown[];
}): SearchMenus {
  const counts: Record<SearchType, number> = {
    Nieuws: site.news.length,
    Nieuwsbrief: site.editions.length,
    Agenda: site.meetings.length,
    Project: site.projects.length,
    Thema: site.themes.length,
    Buurt: site.neighbourhoods.length,
    Pagina: site.pages.length,
  };
  const dates = [
    ...site.news.map((item) => item.data.date),
    ...site.editions.map((item) => item.data.date),
    ...site.meetings.map((m) => m.data.start.instant),
  ];
  return {
    types: SEARCH_TYPES.filter((type) => counts[type] > 0),
    neighbourhoods: site.neighbourhoods.map((n) => n.data.title).sort((a, b) => a.localeCompare(b, 'nl')),
    years: [...new Set(dates.map(amsterdamYear))].sort((a, b) => b - a),
  };
}
