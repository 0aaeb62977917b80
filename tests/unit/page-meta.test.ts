import { describe, expect, it } from 'vitest';
import type { ImageMetadata } from 'astro';
import { startOfAmsterdamDay } from '../../src/lib/dates/amsterdam';
import { articleMeta, imageOf, itemMeta, listMeta, newest } from '../../src/lib/head/page-meta';
import { pageDate, recordPageDate } from '../../src/lib/head/page-dates';

const day = startOfAmsterdamDay;
const entry = (date: string) => ({ data: { date: day(date) } });
const picture = { src: '/park.jpg', width: 800, height: 600, format: 'jpg' } as ImageMetadata;

describe('newest', () => {
  it('picks the latest date, skipping what is missing', () => {
    expect(newest(day('2013-03-01'), undefined, day('2015-01-10'), null, day('2011-12-08'))).toEqual(
      day('2015-01-10'),
    );
  });

  it('is null when there is no date at all', () => {
    expect(newest()).toBeNull();
    expect(newest(undefined, null)).toBeNull();
  });
});

describe('listMeta', () => {
  it('dates a list by its newest entry, in whatever order it comes', () => {
    expect(listMeta([entry('2013-03-01'), entry('2014-09-15'), entry('2011-12-08')])).toEqual({
      lastmod: day('2014-09-15'),
    });
  });

  it('leaves an empty list undated', () => {
    expect(listMeta([])).toEqual({ lastmod: null });
  });
});

describe('articleMeta', () => {
  it('is an article published and last changed on its date, with its image when there is one', () => {
    expect(articleMeta(day('2011-12-08'), 'Nieuws')).toEqual({
      article: { published: day('2011-12-08'), section: 'Nieuws' },
      lastmod: day('2011-12-08'),
    });
    expect(
      articleMeta(day('2011-12-08'), 'Nieuws', { image: { src: picture, alt: 'Het park' } }).image,
    ).toEqual({ src: picture, alt: 'Het park' });
  });

  it('was last changed on its update, when it has one', () => {
    expect(articleMeta(day('2011-12-08'), 'Nieuws', { updated: day('2012-01-10') })).toMatchObject({
      lastmod: day('2012-01-10'),
      updated: day('2012-01-10'),
    });
  });
});

describe('itemMeta', () => {
  it('dates a project by its own update or its newest news, whichever is later', () => {
    expect(itemMeta(day('2016-12-19'), [entry('2015-06-01')])).toEqual({
      lastmod: day('2016-12-19'),
      updated: day('2016-12-19'),
    });
    expect(itemMeta(day('2012-01-01'), [entry('2015-06-01')])).toEqual({
      lastmod: day('2015-06-01'),
      updated: day('2012-01-01'),
    });
    expect(itemMeta(undefined, [entry('2015-06-01')])).toEqual({ lastmod: day('2015-06-01') });
  });

  it('leaves a page without update or news undated', () => {
    expect(itemMeta(undefined)).toEqual({ lastmod: null });
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
