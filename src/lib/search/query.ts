/**
 * Pure helpers of the search page (src/scripts/search.ts): what the address says, what to
 * ask Pagefind, and how to show an excerpt safely. No imports, so the browser bundle stays
 * small, and every rule here is unit-tested (the excerpt's with happy-dom's parser).
 */

/** Filter and sort names in the index (written by index-facts.ts, read here). */
export const FILTER = { type: 'soort', neighbourhood: 'buurt', year: 'jaar' } as const;
export const SORT_DATE = 'datum';

/** Address parameters: /zoeken/?q=huisbezoek&soort=Project is a search one can share. */
export const PARAM = {
  query: 'q',
  type: 'soort',
  neighbourhood: 'buurt',
  year: 'jaar',
  order: 'volgorde',
} as const;

/** The same limit as the search fields' maxlength. */
export const QUERY_MAX = 200;

export type Order = 'relevantie' | 'nieuwste';

export interface SearchState {
  query: string;
  type: string;
  neighbourhood: string;
  year: string;
  order: Order;
}

/** Reads a search from the address; anything missing or odd falls back to "everything". */
export function readSearchState(params: URLSearchParams): SearchState {
  const text = (name: string) => (params.get(name) ?? '').replace(/\s+/g, ' ').trim();
  return {
    query: text(PARAM.query).slice(0, QUERY_MAX),
    type: text(PARAM.type),
    neighbourhood: text(PARAM.neighbourhood),
    year: /^\d{4}$/.test(text(PARAM.year)) ? text(PARAM.year) : '',
    order: text(PARAM.order) === 'nieuwste' ? 'nieuwste' : 'relevantie',
  };
}

/** The address's query string for a search ("" for an empty search), without defaults. */
export function searchQueryString(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query) params.set(PARAM.query, state.query);
  if (state.type) params.set(PARAM.type, state.type);
  if (state.neighbourhood) params.set(PARAM.neighbourhood, state.neighbourhood);
  if (state.year) params.set(PARAM.year, state.year);
  if (state.order !== 'relevantie') params.set(PARAM.order, state.order);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/**
 * The most frequent Dutch words. Pagefind stores each word's pages in index chunks by the
 * word's first letters, and these words are in nearly every page, so each pulls in a large
 * chunk (docs/performance.md) while hardly narrowing the results.
 */
const STOP_WORDS = new Set(
  (
    'de het een en van in op te dat die is met voor zijn er niet aan om ook als bij door over naar ' +
    'wordt worden werd kan zal nog maar dan wel al uit tot onder na meer deze dit wij we u ze hun ons onze uw hij zij ' +
    'men hier daar waar hoe wat wie omdat want of dus'
  ).split(' '),
);

/**
 * The words sent to Pagefind: the query without stop words, as long as another word remains
 * ("de sloop van de Gladiolenstraat" → "sloop Gladiolenstraat"). A query of stop words only
 * ("wat is dat") is sent as typed, so it still finds something.
 */
export function searchTerms(query: string): string {
  const words = query.split(/\s+/).filter(Boolean);
  const kept = words.filter((word) => !STOP_WORDS.has(word.toLowerCase()));
  return kept.length > 0 ? kept.join(' ') : words.join(' ');
}

export interface PagefindSearchOptions {
  filters: Record<string, string>;
  sort?: Record<string, 'asc' | 'desc'>;
}

/** The filters and sort order Pagefind needs for a search. */
export function pagefindOptions(state: SearchState): PagefindSearchOptions {
  const filters: Record<string, string> = {};
  if (state.type) filters[FILTER.type] = state.type;
  if (state.neighbourhood) filters[FILTER.neighbourhood] = state.neighbourhood;
  if (state.year) filters[FILTER.year] = state.year;
  return state.order === 'nieuwste' ? { filters, sort: { [SORT_DATE]: 'desc' } } : { filters };
}

export interface ExcerptPart {
  text: string;
  /** A word that matched the search, shown highlighted. */
  marked: boolean;
}

/** The text of an HTML fragment, read by the browser's own parser (a template's content is inert: nothing loads or runs). */
export function textOfHtml(html: string): string {
  const template = document.createElement('template');
  template.innerHTML = html;
  return template.content.textContent ?? '';
}

/**
 * Splits Pagefind's excerpt ("text with <mark>words</mark>", entities escaped) into plain text
 * parts, so the page builds it from text nodes and never inserts it as HTML. Pagefind escapes
 * the page's own text, so any other tag is markup: only its text is kept.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  const push = (text: string, marked: boolean) => {
    const decoded = textOfHtml(text);
    if (!decoded) return;
    const last = parts.at(-1);
    if (last && last.marked === marked) last.text += decoded;
    else parts.push({ text: decoded, marked });
  };
  let marked = false;
  for (const piece of excerpt.split(/(<\/?mark>)/i)) {
    if (/^<mark>$/i.test(piece)) marked = true;
    else if (/^<\/mark>$/i.test(piece)) marked = false;
    else push(piece, marked);
  }
  return parts;
}

/** Runs `action` once the calls have paused for `wait` ms; only the last call's arguments count. */
export function debounce<A extends unknown[]>(
  action: (...args: A) => void,
  wait: number,
): ((...args: A) => void) & { cancel(): void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const debounced = (...args: A) => {
    clearTimeout(timer);
    timer = setTimeout(() => action(...args), wait);
  };
  debounced.cancel = () => clearTimeout(timer);
  return debounced;
}
