/**
 * The search page's script: searches the Pagefind index while the resident types,
 * keeps the address in step (?q=…) so a search can be shared, and shows results with
 * our own markup. Results are built from text nodes; nothing is parsed as HTML.
 */
import {
  debounce,
  excerptParts,
  pagefindOptions,
  readSearchState,
  searchQueryString,
  searchTerms,
  type SearchState,
} from '../lib/search/query';
import { searchText as s } from '../strings/search';

/** Written by the build (src/integrations/pagefind.ts); not part of the bundle. */
const PAGEFIND_URL = '/pagefind/pagefind.js';
/** Long enough to skip most keystrokes of a word, short enough to feel immediate. */
const TYPING_PAUSE_MS = 150;
/**
 * Results shown at first, and added by "Toon meer resultaten". Each result is a fragment
 * file of about 1.5 KB; five fill a phone's screen and keep the first query light.
 */
const FIRST_PAGE_SIZE = 5;
const MORE_PAGE_SIZE = 10;
/**
 * While typing, search from three letters on: a one- or two-letter prefix matches so many
 * words that Pagefind would fetch several index chunks for nothing. Enter searches anything.
 */
const MIN_TYPED = 3;

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}

interface PagefindResult {
  data(): Promise<PagefindResultData>;
}

interface PagefindResponse {
  results: PagefindResult[];
}

interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string, options?: object): Promise<PagefindResponse>;
}

function element<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`De zoekpagina mist #${id}`);
  return found as T;
}

const form = element<HTMLFormElement>('search-form');
const field = element<HTMLInputElement>('search-q');
const filters = element<HTMLFieldSetElement>('search-filters');
const unavailable = element<HTMLElement>('search-unavailable');
const status = element<HTMLElement>('search-status');
const list = element<HTMLOListElement>('search-results');
const moreRow = element<HTMLElement>('search-more-row');
const moreButton = element<HTMLButtonElement>('search-more');
const selects = {
  type: document.getElementById('search-type') as HTMLSelectElement | null,
  neighbourhood: document.getElementById('search-neighbourhood') as HTMLSelectElement | null,
  year: document.getElementById('search-year') as HTMLSelectElement | null,
  order: document.getElementById('search-order') as HTMLSelectElement | null,
};

/** Loads Pagefind from the built site; only this page ever does. */
async function loadPagefind(): Promise<Pagefind> {
  const pagefind = (await import(/* @vite-ignore */ PAGEFIND_URL)) as Pagefind;
  // In the page, not in Pagefind's web worker: a search takes milliseconds, and the worker
  // script would add 13 KB (gzip) to the first query (docs/performance.md).
  await pagefind.options({ excerptLength: 24, noWorker: true });
  await pagefind.init();
  return pagefind;
}

/** A select only keeps a value it offers; a shared link with an unknown filter falls back to "all". */
function choose(select: HTMLSelectElement | null, value: string): string {
  if (!select) return '';
  select.value = value;
  if (select.value !== value) select.value = select.options[0]?.value ?? '';
  return select.value;
}

function stateFromForm(): SearchState {
  return {
    query: field.value.replace(/\s+/g, ' ').trim(),
    type: selects.type?.value ?? '',
    neighbourhood: selects.neighbourhood?.value ?? '',
    year: selects.year?.value ?? '',
    order: selects.order?.value === 'nieuwste' ? 'nieuwste' : 'relevantie',
  };
}

function showState(state: SearchState): SearchState {
  field.value = state.query;
  return {
    query: state.query,
    type: choose(selects.type, state.type),
    neighbourhood: choose(selects.neighbourhood, state.neighbourhood),
    year: choose(selects.year, state.year),
    order: choose(selects.order, state.order) === 'nieuwste' ? 'nieuwste' : 'relevantie',
  };
}

function resultItem(data: PagefindResultData): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'westwint-search__result';
  const heading = document.createElement('h2');
  heading.className = 'nl-heading nl-heading--level-3 westwint-search__result-title';
  const link = document.createElement('a');
  link.className = 'nl-link';
  // Results come from our own index; still, only ever link within the site.
  link.href = data.url.startsWith('/') && !data.url.startsWith('//') ? data.url : '/';
  link.textContent = data.meta.title || data.url;
  heading.append(link);
  item.append(heading);
  const facts = [data.meta.type, data.meta.date].filter(Boolean).join(' · ');
  if (facts) {
    const meta = document.createElement('p');
    meta.className = 'nl-paragraph westwint-search__result-meta';
    meta.textContent = facts;
    item.append(meta);
  }
  const excerpt = document.createElement('p');
  excerpt.className = 'nl-paragraph westwint-search__result-excerpt';
  for (const part of excerptParts(data.excerpt)) {
    if (part.marked) {
      const mark = document.createElement('mark');
      mark.textContent = part.text;
      excerpt.append(mark);
    } else {
      excerpt.append(part.text);
    }
  }
  item.append(excerpt);
  return item;
}

let pagefind: Promise<Pagefind> | undefined;
/** Each search gets a number; an answer to an older search is dropped. */
let generation = 0;
let results: PagefindResult[] = [];
let shown = 0;

function clearResults(): void {
  results = [];
  shown = 0;
  list.replaceChildren();
  list.hidden = true;
  moreRow.hidden = true;
}

function updateMore(): void {
  moreRow.hidden = shown >= results.length;
  const text = moreRow.querySelector('.westwint-search__more-shown');
  if (text) text.textContent = s.shown(shown, results.length);
}

async function showMore(id: number, count: number): Promise<HTMLLIElement[]> {
  const next = await Promise.all(results.slice(shown, shown + count).map((result) => result.data()));
  if (id !== generation) return [];
  const items = next.map(resultItem);
  list.append(...items);
  shown += items.length;
  list.hidden = shown === 0;
  updateMore();
  return items;
}

async function search(state: SearchState): Promise<void> {
  const id = ++generation;
  const address = `${location.pathname}${searchQueryString(state)}`;
  if (address !== `${location.pathname}${location.search}`) history.replaceState(history.state, '', address);
  if (!state.query) {
    clearResults();
    status.textContent = '';
    return;
  }
  let engine: Pagefind;
  try {
    engine = await (pagefind ??= loadPagefind());
  } catch {
    return; // showUnavailable() has told the resident already.
  }
  const response = await engine.search(searchTerms(state.query), pagefindOptions(state));
  if (id !== generation) return;
  clearResults();
  results = response.results;
  await showMore(id, FIRST_PAGE_SIZE);
  if (id !== generation) return;
  const filtered = state.type || state.neighbourhood || state.year;
  status.textContent = [
    s.count(results.length, state.query),
    filtered ? s.filtered : '',
    results.length === 0 ? s.noResultsHelp : '',
  ]
    .filter(Boolean)
    .join(' ');
}

function showUnavailable(): void {
  const title = unavailable.querySelector('h2');
  const text = unavailable.querySelector('p');
  if (title) title.textContent = s.failedTitle;
  if (text) text.textContent = s.failed;
  unavailable.hidden = false;
  filters.hidden = true;
  status.textContent = s.failedTitle;
}

const searchSoon = debounce((state: SearchState) => void search(state), TYPING_PAUSE_MS);

function start(): void {
  const initial = showState(readSearchState(new URLSearchParams(location.search)));
  unavailable.hidden = true;
  filters.hidden = false;
  filters.disabled = false;

  pagefind = loadPagefind();
  pagefind.catch(showUnavailable);

  field.addEventListener('input', () => {
    const state = stateFromForm();
    if (state.query.length > 0 && state.query.length < MIN_TYPED) {
      searchSoon.cancel();
      return;
    }
    // No preload of the letters typed so far: a prefix like "hui" spans index chunks that the
    // finished word "huisbezoek" does not need (docs/performance.md).
    searchSoon(state);
  });
  for (const select of Object.values(selects)) {
    select?.addEventListener('change', () => {
      searchSoon.cancel();
      void search(stateFromForm());
    });
  }
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    searchSoon.cancel();
    void search(stateFromForm());
  });
  moreButton.addEventListener('click', async () => {
    const added = await showMore(generation, MORE_PAGE_SIZE);
    // The button may disappear once everything is shown: keep focus on the first new result.
    added[0]?.querySelector('a')?.focus();
  });

  // A shared link (?q=…) shows its results at once.
  void search(initial);
}

start();
