import { describe, expect, it } from 'vitest';
import { aliasClashes } from '../../src/lib/content/checks';
import { isNotFoundPage, robotsOf, TAKEN_ADDRESSES, UNLISTED_PATHS } from '../../src/lib/urls/fixed-pages';

describe('the list of fixed pages', () => {
  it('keeps search, the thank-you pages and 404 out of search engines and the sitemap, and only those', () => {
    expect([...UNLISTED_PATHS].sort()).toEqual([
      '/404.html',
      '/feedback/bedankt/',
      '/ideeen/bedankt/',
      '/nieuwsbrief/aangemeld/',
      '/zoeken/',
    ]);
    expect(robotsOf('/zoeken/')).toBe('noindex, follow');
    expect(robotsOf('/ideeen/bedankt/')).toBe('noindex');
    expect(robotsOf('/nieuws/')).toBeUndefined();
    expect(robotsOf('/privacy/')).toBeUndefined();
  });

  it('knows the 404 page however its address is written while it is built', () => {
    for (const path of ['/404', '/404/', '/404.html']) {
      expect(isNotFoundPage(path), path).toBe(true);
      expect(robotsOf(path), path).toBe('noindex');
    }
    expect(isNotFoundPage('/4040/')).toBe(false);
  });

  it('reserves its addresses: a page file or old address that takes one stops the build', () => {
    expect(TAKEN_ADDRESSES).toEqual(
      expect.arrayContaining(['/', '/nieuws/', '/zoeken/', '/rss.xml', '/404']),
    );
    expect(
      aliasClashes([{ file: 'content/paginas/nieuws.md', url: '/nieuws/', aliases: [] }], TAKEN_ADDRESSES),
    ).toEqual([
      'content/paginas/nieuws.md: het adres /nieuws/ is al in gebruik door een vaste pagina van de site; kies een andere bestandsnaam',
    ]);
    expect(
      aliasClashes([{ file: 'content/paginas/oud.md', url: '/oud/', aliases: ['/404'] }], TAKEN_ADDRESSES),
    ).toHaveLength(1);
  });
});
