import { describe, expect, it } from 'vitest';
import { startOfAmsterdamDay } from '../../src/lib/dates/amsterdam';
import { pageFacts } from '../../src/lib/head/page-meta';

const day = startOfAmsterdamDay;
const news = (id: string, date: string, projects: string[] = [], neighbourhoods: string[] = []) => ({
  id,
  data: { date: day(date), projects: projects.map((p) => ({ id: p })), neighbourhoods: neighbourhoods.map((n) => ({ id: n })) },
});
const allNews = [
  news('nieuwste', '2014-09-15', ['park-west'], ['heilust']),
  news('ouder', '2013-03-01', ['park-west']),
  news('oudste', '2011-12-08', [], ['kaalheide']),
];
const site = {
  news: allNews,
  editions: [{ id: 'heilust-2', data: { date: day('2015-01-10') } }],
  projects: [{ id: 'park-west', data: {} }, { id: 'stil-project', data: {} }],
  neighbourhoods: [{ id: 'heilust' }, { id: 'kaalheide' }, { id: 'leeg' }],
  newsAbout: (id: string) => allNews.filter((n) => n.data.projects.some((p) => p.id === id)),
  newsIn: (id: string) => allNews.filter((n) => n.data.neighbourhoods.some((b) => b.id === id)),
} as unknown as Parameters<typeof pageFacts>[1];

describe('pageFacts', () => {
  it('knows news items and editions as articles with their date', () => {
    expect(pageFacts('/nieuws/ouder/', site)).toEqual({ article: { published: day('2013-03-01'), section: 'Nieuws' }, lastmod: day('2013-03-01') });
    expect(pageFacts('/nieuwsbrief/heilust-2/', site).article?.published).toEqual(day('2015-01-10'));
  });

  it('dates a project or neighbourhood by its newest news, and leaves it undated without news', () => {
    expect(pageFacts('/projecten/park-west/', site)).toEqual({ lastmod: day('2014-09-15') });
    expect(pageFacts('/projecten/stil-project/', site)).toEqual({});
    expect(pageFacts('/buurten/kaalheide/', site)).toEqual({ lastmod: day('2011-12-08') });
    expect(pageFacts('/buurten/leeg/', site)).toEqual({});
  });

  it('dates lists by their newest entry', () => {
    expect(pageFacts('/', site).lastmod).toEqual(day('2015-01-10'));
    expect(pageFacts('/nieuws/', site).lastmod).toEqual(day('2014-09-15'));
    expect(pageFacts('/nieuwsbrief/', site).lastmod).toEqual(day('2015-01-10'));
    expect(pageFacts('/nieuws/archief/2013/', site).lastmod).toEqual(day('2013-03-01'));
  });

  it('leaves pages it cannot date undated', () => {
    expect(pageFacts('/volgen/', site)).toEqual({});
    expect(pageFacts('/over-het-programma/', site)).toEqual({});
    expect(pageFacts('/nieuws/9/', site)).toEqual({});
  });
});
