import { describe, expect, it } from 'vitest';
import type { ImageMetadata } from 'astro';
import { startOfAmsterdamDay } from '../../src/lib/dates/amsterdam';
import { articleMeta, imageOf, listMeta, newest } from '../../src/lib/head/page-meta';
import { pageDate, recordPageDate } from '../../src/lib/head/page-dates';

const day = startOfAmsterdamDay;
const entry = (date: string) => ({ data: { date: day(date) } });
const picture = { src: '/park.jpg', width: 800, height: 600, format: 'jpg' } as ImageMetadata;

describe('newest', () => {
  it('picks the latest date, skipping what is missing', () => {
    expect(newest(day('2013-03-01'), undefined, day('2015-01-10'), null, day('2011-12-08'))).toEqual(day('2015-01-10'));
  });

  it('is null when there is no date at all', () => {
    expect(newest()).toBeNull();
    expect(newest(undefined, null)).toBeNull();
  });
});

describe('listMeta', () => {
  it('dates a list by its newest entry, in whatever order it comes', () => {
    expect(listMeta([entry('2013-03-01'), entry('2014-09-15'), entry('2011-12-08')])).toEqual({ lastmod: day('2014-09-15') });
  });

  it('leaves an empty list undated', () => {
    expect(listMeta([])).toEqual({ lastmod: null });
  });
});

describe('articleMeta', () => {
  it('is an article published and last changed on its date, with its image when there is one', () => {
    expect(articleMeta(day('2011-12-08'), 'Nieuws')).toEqual({ article: { published: day('2011-12-08'), section: 'Nieuws' }, lastmod: day('2011-12-08') });
    expect(articleMeta(day('2011-12-08'), 'Nieuws', { src: picture, alt: 'Het park' }).image).toEqual({ src: picture, alt: 'Het park' });
  });
});

describe('imageOf', () => {
  it('shares an image only together with its description', () => {
    expect(imageOf({ image: picture, imageAlt: 'Het park' })).toEqual({ src: picture, alt: 'Het park' });
    expect(imageOf({ image: picture })).toBeUndefined();
    expect(imageOf({})).toBeUndefined();
  });
});

describe('page dates for the sitemap', () => {
  it('keeps the date each page stated, null for undated pages, and knows no date for pages never built', () => {
    recordPageDate('/test/gedateerd/', day('2012-04-01'));
    recordPageDate('/test/ongedateerd/', null);
    expect(pageDate('/test/gedateerd/')).toEqual(day('2012-04-01'));
    expect(pageDate('/test/ongedateerd/')).toBeNull();
    expect(pageDate('/test/nooit-gebouwd/')).toBeUndefined();
  });
});
