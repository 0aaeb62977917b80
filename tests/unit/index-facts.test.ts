import { describe, expect, test } from 'vitest';
import { startOfAmsterdamDay } from '../../src/lib/dates/amsterdam';
import { searchMenus, searchTags } from '../../src/lib/search/index-facts';

describe('searchTags', () => {
  test('a project: its type and neighbourhoods, no date', () => {
    expect(searchTags({ type: 'projects', neighbourhoods: ['Kaalheide', 'Heilust', 'Kaalheide'] })).toEqual([
      { attribute: 'data-pagefind-filter', key: 'soort', value: 'Project' },
      { attribute: 'data-pagefind-meta', key: 'type', value: 'Project' },
      { attribute: 'data-pagefind-filter', key: 'buurt', value: 'Heilust' },
      { attribute: 'data-pagefind-filter', key: 'buurt', value: 'Kaalheide' },
    ]);
  });

  test('a news item: year, Dutch date and sort key, all in Amsterdam time', () => {
    // 1 January 2012, 00:00 in Amsterdam is still 31 December 2011 in UTC.
    const tags = searchTags({ type: 'news', date: startOfAmsterdamDay('2012-01-01') });
    expect(tags).toContainEqual({ attribute: 'data-pagefind-filter', key: 'jaar', value: '2012' });
    expect(tags).toContainEqual({ attribute: 'data-pagefind-meta', key: 'date', value: '1 januari 2012' });
    expect(tags).toContainEqual({ attribute: 'data-pagefind-sort', key: 'datum', value: '2012-01-01' });
  });
});

describe('searchMenus', () => {
  const dated = (day: string) => ({ data: { date: startOfAmsterdamDay(day) } });
  const named = (title: string) => ({ data: { title } });

  test('only types the site has, neighbourhoods alphabetically, years newest first', () => {
    const menus = searchMenus({
      news: [dated('2013-05-01'), dated('2011-12-08'), dated('2013-01-01')],
      editions: [dated('2012-03-15')],
      meetings: [{ data: { start: { instant: startOfAmsterdamDay('2017-04-22') } } }],
      works: [{ data: { start: startOfAmsterdamDay('2013-03-04') } }],
      projects: [{ data: {} }],
      themes: [],
      neighbourhoods: [named('Kaalheide'), named('Chevremont'), named('Heilust')],
      pages: [{ data: {} }],
      ideas: [
        {
          data: { received: startOfAmsterdamDay('2015-02-01'), answered: startOfAmsterdamDay('2016-03-01') },
        },
      ],
    });
    expect(menus).toEqual({
      types: ['Nieuws', 'Nieuwsbrief', 'Agenda', 'Werkzaamheden', 'Project', 'Buurt', 'Pagina', 'Ideeën'],
      neighbourhoods: ['Chevremont', 'Heilust', 'Kaalheide'],
      years: [2017, 2016, 2013, 2012, 2011],
    });
  });
});
