// @vitest-environment happy-dom
import { afterEach, describe, expect, test, vi } from 'vitest';
import {
  debounce,
  excerptParts,
  pagefindOptions,
  readSearchState,
  searchQueryString,
  searchTerms,
  type SearchState,
} from '../../src/lib/search/query';

const state = (overrides: Partial<SearchState> = {}): SearchState => ({
  query: '',
  type: '',
  neighbourhood: '',
  year: '',
  order: 'relevantie',
  ...overrides,
});

describe('readSearchState', () => {
  test('reads the words and filters of a shared link', () => {
    const params = new URLSearchParams(
      'q=sloop+Gladiolenstraat&soort=Nieuws&buurt=Heilust&jaar=2012&volgorde=nieuwste',
    );
    expect(readSearchState(params)).toEqual({
      query: 'sloop Gladiolenstraat',
      type: 'Nieuws',
      neighbourhood: 'Heilust',
      year: '2012',
      order: 'nieuwste',
    });
  });

  test('an empty address is an empty search', () => {
    expect(readSearchState(new URLSearchParams(''))).toEqual(state());
  });

  test('tidies spaces, limits the length and ignores a year or order it does not know', () => {
    const params = new URLSearchParams({
      q: `  huis   bezoek ${'x'.repeat(300)}`,
      jaar: '12',
      volgorde: 'willekeurig',
    });
    const read = readSearchState(params);
    expect(read.query.startsWith('huis bezoek x')).toBe(true);
    expect(read.query).toHaveLength(200);
    expect(read.year).toBe('');
    expect(read.order).toBe('relevantie');
  });
});

describe('searchQueryString', () => {
  test('writes only what differs from "everything", and reads back the same', () => {
    const search = state({ query: 'nieuwsbrief 2012', type: 'Nieuwsbrief', order: 'nieuwste' });
    const query = searchQueryString(search);
    expect(query).toBe('?q=nieuwsbrief+2012&soort=Nieuwsbrief&volgorde=nieuwste');
    expect(readSearchState(new URLSearchParams(query))).toEqual(search);
  });

  test('an empty search has no query string', () => {
    expect(searchQueryString(state())).toBe('');
  });

  test('encodes characters that mean something in an address', () => {
    const query = searchQueryString(state({ query: 'a&b=c #1' }));
    expect(new URLSearchParams(query).get('q')).toBe('a&b=c #1');
  });
});

describe('pagefindOptions', () => {
  test('no filters and relevance order by default', () => {
    expect(pagefindOptions(state({ query: 'huisbezoek' }))).toEqual({ filters: {} });
  });

  test('each chosen filter, and the date sort for newest first', () => {
    expect(
      pagefindOptions(
        state({ type: 'Project', neighbourhood: 'Kaalheide', year: '2013', order: 'nieuwste' }),
      ),
    ).toEqual({
      filters: { soort: 'Project', buurt: 'Kaalheide', jaar: '2013' },
      sort: { datum: 'desc' },
    });
  });
});

describe('excerptParts', () => {
  test('splits highlighted words from the text around them', () => {
    expect(excerptParts('Door middel van <mark>huisbezoeken</mark> willen we')).toEqual([
      { text: 'Door middel van ', marked: false },
      { text: 'huisbezoeken', marked: true },
      { text: ' willen we', marked: false },
    ]);
  });

  test('decodes entities to plain text, which the page puts in text nodes', () => {
    expect(excerptParts('Tom &amp; Jerry &lt;b&gt; &#39;t &#x263A; <mark>caf&eacute;</mark>')).toEqual([
      { text: "Tom & Jerry <b> 't \u263a ", marked: false },
      { text: 'café', marked: true },
    ]);
  });

  test('any other tag is read as markup: only its text is kept, never an element or attribute', () => {
    const parts = excerptParts('<img src=x onerror=alert(1)><b>vet</b> <mark>sloop</mark>');
    expect(parts).toEqual([
      { text: 'vet ', marked: false },
      { text: 'sloop', marked: true },
    ]);
  });

  test('adjacent highlights merge and an empty excerpt has no parts', () => {
    expect(excerptParts('<mark>sloop</mark><mark>werk</mark>')).toEqual([
      { text: 'sloopwerk', marked: true },
    ]);
    expect(excerptParts('')).toEqual([]);
  });
});

describe('debounce', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  test('runs once, after the pause, with the last arguments', () => {
    vi.useFakeTimers();
    const seen: string[] = [];
    const typed = debounce((word: string) => seen.push(word), 150);
    typed('h');
    typed('hu');
    vi.advanceTimersByTime(149);
    typed('huis');
    vi.advanceTimersByTime(149);
    expect(seen).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(seen).toEqual(['huis']);
  });

  test('cancel drops the waiting call', () => {
    vi.useFakeTimers();
    const seen: string[] = [];
    const typed = debounce((word: string) => seen.push(word), 150);
    typed('sloop');
    typed.cancel();
    vi.advanceTimersByTime(500);
    expect(seen).toEqual([]);
  });
});

describe('searchTerms', () => {
  test('leaves out Dutch stop words when another word remains', () => {
    expect(searchTerms('de sloop van de Gladiolenstraat')).toBe('sloop Gladiolenstraat');
    expect(searchTerms('Het park in Heilust')).toBe('park Heilust');
    expect(searchTerms('huisbezoek')).toBe('huisbezoek');
  });

  test('keeps a query of stop words only as typed, so it still finds something', () => {
    expect(searchTerms('wat is dat')).toBe('wat is dat');
  });

  test('keeps words that only start like a stop word', () => {
    expect(searchTerms('dennen eenden vandaag')).toBe('dennen eenden vandaag');
  });
});
