import { describe, expect, it } from 'vitest';
import type { SitemapItem } from '@astrojs/sitemap';
import { withLastmod } from '../../src/integrations/sitemap-lastmod';
import { addDays, startOfAmsterdamDay } from '../../src/lib/dates/amsterdam';
import { recordPageDate } from '../../src/lib/head/page-dates';
import {
  redirectsFile,
  robotsTxt,
  securityTxt,
  securityTxtExpiry,
  securityTxtRenewalDays,
} from '../../src/lib/urls/deploy-files';

describe('redirectsFile', () => {
  it('writes one permanent redirect per old address, sorted', () => {
    const text = redirectsFile([
      { from: '/kerkrade-west/over', to: '/over-het-programma/' },
      { from: '/Deelprojecten/Park_West', to: '/projecten/park-west/' },
    ]);
    const rules = text.split('\n').filter((line) => line && !line.startsWith('#'));
    expect(rules).toEqual([
      '/Deelprojecten/Park_West /projecten/park-west/ 301',
      '/kerkrade-west/over /over-het-programma/ 301',
    ]);
  });

  it('refuses an address with white space, which would shift the columns', () => {
    expect(() => redirectsFile([{ from: '/oud adres', to: '/nieuw/' }])).toThrow(/spatie/);
  });
});

describe('robotsTxt', () => {
  it('points at the sitemap index under the site address', () => {
    expect(robotsTxt('https://voorbeeld.test')).toContain(
      'Sitemap: https://voorbeeld.test/sitemap-index.xml',
    );
    expect(robotsTxt(new URL('https://www.westwint.nl/'))).toMatch(/^User-agent: \*\nAllow: \/\n/);
  });
});

describe('withLastmod (the sitemap’s serialize)', () => {
  it('writes the date the page stated, in Amsterdam time', () => {
    recordPageDate('/test-sitemap/bericht/', startOfAmsterdamDay('2011-12-08'));
    expect(
      withLastmod({ url: 'https://www.westwint.nl/test-sitemap/bericht/' } as SitemapItem),
    ).toMatchObject({ lastmod: '2011-12-08T00:00:00+01:00' });
  });

  it('writes no lastmod for a page without a date', () => {
    recordPageDate('/test-sitemap/over/', null);
    expect(
      withLastmod({ url: 'https://www.westwint.nl/test-sitemap/over/' } as SitemapItem),
    ).not.toHaveProperty('lastmod');
  });

  it('stops when a listed page never stated whether it has a date', () => {
    expect(() => withLastmod({ url: 'https://www.westwint.nl/test-sitemap/nieuw/' } as SitemapItem)).toThrow(
      '/test-sitemap/nieuw/ staat in de sitemap',
    );
  });
});

describe('securityTxt', () => {
  const security = {
    contact: 'mailto:info@westwint.nl',
    languages: ['nl', 'en'],
    policy: '/kwetsbaarheid-melden/',
  };

  it('writes the fields RFC 9116 asks for, with absolute addresses under the site', () => {
    expect(securityTxt(security, 'https://www.westwint.nl', '2027-01-01')).toBe(
      [
        'Contact: mailto:info@westwint.nl',
        'Expires: 2027-06-30T00:00:00+02:00',
        'Preferred-Languages: nl, en',
        'Canonical: https://www.westwint.nl/.well-known/security.txt',
        'Policy: https://www.westwint.nl/kwetsbaarheid-melden/',
        '',
      ].join('\n'),
    );
  });

  it('leaves out the policy when there is none', () => {
    expect(
      securityTxt({ ...security, policy: undefined }, 'https://voorbeeld.test', '2027-01-01'),
    ).not.toContain('Policy:');
  });
});

describe('security.txt never goes stale', () => {
  const daysBetween = (from: string, to: Date) =>
    Math.round((to.getTime() - startOfAmsterdamDay(from).getTime()) / 86_400_000);

  it('holds for 180 days from the day it is built: less than a year, as RFC 9116 asks', () => {
    expect(securityTxtExpiry('2027-01-01')).toEqual(startOfAmsterdamDay('2027-06-30'));
    expect(daysBetween('2026-12-04', securityTxtExpiry('2026-12-04'))).toBe(180);
  });

  it('is built again by the scheduled build on a day of the last week its expiry is more than 30 days away', () => {
    const built = '2026-12-04';
    const days = securityTxtRenewalDays(built);
    expect(days).toEqual([
      '2027-04-26',
      '2027-04-27',
      '2027-04-28',
      '2027-04-29',
      '2027-04-30',
      '2027-05-01',
      '2027-05-02',
    ]);
    for (const day of days) expect(daysBetween(day, securityTxtExpiry(built))).toBeGreaterThan(30);
  });

  it('so a site built once and then left alone always serves a file that holds for more than 30 days', () => {
    // Each build lists its own renewal days; the scheduled build runs on the first of them.
    let built = '2026-12-04';
    for (let day = built; day < '2031-01-01'; day = addDays(day, 1)) {
      expect(daysBetween(day, securityTxtExpiry(built)), `on ${day}, built ${built}`).toBeGreaterThan(30);
      if (securityTxtRenewalDays(built)[0] === day) built = day;
    }
  });
});
