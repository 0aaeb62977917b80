/**
 * What a Dutch public body's site must have, checked on the production build of the real
 * content: the accessibility statement in the government's model form, linked from every page,
 * and /.well-known/security.txt with the fields RFC 9116 asks for.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { describe, expect, test } from 'vitest';
import { builtSiteDir } from '../../scripts/lib/local-netlify.ts';
import { htmlFiles, pathOfFile } from '../helpers/sitemap';

const siteDir = builtSiteDir();
const read = (file: string) => readFileSync(join(siteDir, file), 'utf8');

describe('the accessibility statement (toegankelijkheidsverklaring)', () => {
  const $ = cheerio.load(read('toegankelijkheid/index.html'));
  const headings = $('main h2')
    .map((_, h) => $(h).text())
    .get();
  const text = $('main').text();

  test('follows the model: site, status, basis, what is not accessible, reporting, date', () => {
    expect($('h1').text()).toBe('Toegankelijkheidsverklaring');
    expect(headings).toEqual(
      expect.arrayContaining([
        'Over welke website gaat deze verklaring?',
        'Hoe toegankelijk is de website?',
        'Waarop is dit gebaseerd?',
        'Wat is nog niet toegankelijk?',
        'Loopt u tegen een probleem aan?',
        'Datum van deze verklaring',
      ]),
    );
    expect(text).toMatch(/Status: [A-E]\. /);
    expect(text).toContain('23 september 2018');
    expect(text).toMatch(/Binnen \d+ werkdagen/);
    expect(text).toMatch(/opgesteld op \d{1,2} [a-z]+ \d{4}/);
    expect($('main a[href^="mailto:"]').length).toBeGreaterThan(0);
  });

  test('is linked from the footer of every page', () => {
    for (const file of htmlFiles(siteDir)) {
      const page = cheerio.load(read(file));
      expect(
        page('footer a[href="/toegankelijkheid/"]').length,
        `${pathOfFile(file)} links to the statement`,
      ).toBe(1);
    }
  });
});

describe('/.well-known/security.txt', () => {
  test('has a contact, an expiry, languages, its canonical address and the policy, and the policy page exists', () => {
    expect(existsSync(join(siteDir, '.well-known/security.txt'))).toBe(true);
    const fields = new Map(
      read('.well-known/security.txt')
        .trim()
        .split('\n')
        .map((line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 2)] as const),
    );
    expect(fields.get('Contact')).toMatch(/^(mailto:|https:\/\/|tel:)/);
    // Counted from the day of the build: more than 30 days ahead, less than a year (RFC 9116).
    const daysAhead = (Date.parse(fields.get('Expires')!) - Date.now()) / 86_400_000;
    expect(daysAhead).toBeGreaterThan(30);
    expect(daysAhead).toBeLessThan(365);
    expect(fields.get('Preferred-Languages')).toBe('nl, en');
    expect(fields.get('Canonical')).toMatch(/^https:\/\/[^/]+\/\.well-known\/security\.txt$/);
    const policy = new URL(fields.get('Policy')!).pathname;
    expect(existsSync(join(siteDir, policy, 'index.html')), `${policy} is a built page`).toBe(true);
  });
});
