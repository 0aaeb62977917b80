import { describe, expect, it } from 'vitest';
import { redirectsFile, robotsTxt } from '../../src/lib/urls/deploy-files';
import { lastmodFromHtml } from '../../src/integrations/sitemap-lastmod';

describe('redirectsFile', () => {
  it('writes one permanent redirect per old address, sorted', () => {
    const text = redirectsFile([
      { from: '/kerkrade-west/over', to: '/over-het-programma/' },
      { from: '/Deelprojecten/Park_West', to: '/projecten/park-west/' },
    ]);
    const rules = text.split('\n').filter((line) => line && !line.startsWith('#'));
    expect(rules).toEqual(['/Deelprojecten/Park_West /projecten/park-west/ 301', '/kerkrade-west/over /over-het-programma/ 301']);
  });

  it('refuses an address with white space, which would shift the columns', () => {
    expect(() => redirectsFile([{ from: '/oud adres', to: '/nieuw/' }])).toThrow(/spatie/);
  });
});

describe('robotsTxt', () => {
  it('points at the sitemap index under the site address', () => {
    expect(robotsTxt('https://voorbeeld.test')).toContain('Sitemap: https://voorbeeld.test/sitemap-index.xml');
    expect(robotsTxt(new URL('https://www.westwint.nl/'))).toMatch(/^User-agent: \*\nAllow: \/\n/);
  });
});

describe('lastmodFromHtml', () => {
  it('reads the og:updated_time a page states', () => {
    expect(lastmodFromHtml('<head><meta property="og:updated_time" content="2011-12-08T00:00:00+01:00"></head>')).toBe('2011-12-08T00:00:00+01:00');
  });

  it('gives nothing for a page without one', () => {
    expect(lastmodFromHtml('<head><meta property="og:type" content="website"></head>')).toBeUndefined();
  });
});
