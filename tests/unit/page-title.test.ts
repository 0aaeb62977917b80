import { describe, expect, test } from 'vitest';
import { pageTitle, TITLE_MAX_LENGTH } from '../../src/lib/head/page-title';

const site = { siteName: 'West wint aan ruimte', tagline: 'Samen werken aan Kerkrade-West' };

describe('pageTitle', () => {
  test('adds the site name to a page title that leaves room for it', () => {
    expect(pageTitle({ ...site, title: 'Park West', isHome: false })).toBe(
      'Park West | West wint aan ruimte',
    );
  });

  test('leaves the site name off when the whole would be too long', () => {
    const title = 'Eerste resultaten van Achter de voordeur: bewoners zijn tevreden';
    expect(pageTitle({ ...site, title, isHome: false })).toBe(title);
  });

  test('home: name and tagline when they fit, else the name alone', () => {
    expect(pageTitle({ ...site, title: 'Home', isHome: true })).toBe(
      'West wint aan ruimte: Samen werken aan Kerkrade-West',
    );
    const long = { ...site, tagline: 'Samen werken aan een groen en leefbaar Kerkrade-West' };
    const result = pageTitle({ ...long, title: 'Home', isHome: true });
    expect(result).toBe('West wint aan ruimte');
    expect(result.length).toBeLessThanOrEqual(TITLE_MAX_LENGTH);
  });
});
