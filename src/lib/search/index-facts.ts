/**
 * What the search index knows about a page besides its text: its type, neighbourhoods
 * and year (filters), its date (shown with the result, and the key for "newest first").
 * Pagefind reads these from data-pagefind-* attributes; components/SearchFacts.astro
 * writes them. The search page builds its filter menus from the same values.
 */
import { CONTENT_TYPES, TYPE_NAMES, type TypeName } from '../content/model';
import { amsterdamDay, amsterdamYear, formatDate } from '../dates/amsterdam';
import { FILTER, SORT_DATE } from './query';

export interface SearchFacts {
  /** The page's content type: residents see its kind (model.ts, `search`). */
  type: TypeName;
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
  const kind = CONTENT_TYPES[facts.type].search;
  const tags: SearchTag[] = [
    { attribute: 'data-pagefind-filter', key: FILTER.type, value: kind },
    { attribute: 'data-pagefind-meta', key: 'type', value: kind },
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
  types: string[];
  neighbourhoods: string[];
  years: number[];
}

/** Every type's items online, as getContent() gives them. */
type ItemsOnline = { [K in TypeName]: ReadonlyArray<{ data: unknown }> };

/**
 * The choices of the search page's filter menus: only the kinds of page the site has, in the
 * model's order, every neighbourhood, and the years of the dated items online, newest first.
 */
export function searchMenus(items: ItemsOnline): SearchMenus {
  const years = TYPE_NAMES.flatMap((name) => {
    const dateOf = CONTENT_TYPES[name].dateOf as ((data: unknown) => Date) | undefined;
    return dateOf ? items[name].map((item) => amsterdamYear(dateOf(item.data))) : [];
  });
  return {
    types: TYPE_NAMES.filter((name) => items[name].length > 0).map((name) => CONTENT_TYPES[name].search),
    neighbourhoods: items.neighbourhoods
      .map((n) => (n.data as { title: string }).title)
      .sort((a, b) => a.localeCompare(b, 'nl')),
    years: [...new Set(years)].sort((a, b) => b - a),
  };
}
