import { describe, expect, it } from 'vitest';
import { addressClashes } from '../../src/lib/content/rules/addresses';
import { isNotFoundPage, robotsOf, TAKEN_ADDRESSES, UNLISTED_PATHS } from '../../src/lib/urls/fixed-pages';
import { fileFacts, lines } from '../helpers/file-facts';

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
    expect(lines(addressClashes([fileFacts('pages', 'nieuws')], TAKEN_ADDRESSES))).toEqual([
      'content/paginas/nieuws.md: het adres /nieuws/ is al in gebruik door een vaste pagina van de site; kies een andere bestandsnaam',
    ]);
    expect(addressClashes([fileFacts('pages', 'oud', { aliases: ['/404'] })], TAKEN_ADDRESSES)).toHaveLength(
      1,
    );
  });
});
