/**
 * The design system on every built page (src/design/, src/integrations/design.ts): the CSS a page
 * carries sets every custom property it needs, and the page renders no modifier whose rules were
 * left out of it (src/design/components.ts, `without`), so no element silently loses its look.
 * tests/unit/design-tokens.test.ts checks the theme against each component on its own.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { describe, expect, test } from 'vitest';
import { builtSiteDir } from '../../scripts/lib/local-netlify.ts';
import { COMPONENTS } from '../../src/design/components';
import { customPropertiesOf } from '../../src/design/custom-properties';
import { classLikeWords } from '../../src/design/page-css';
import { htmlFiles, pathOfFile } from '../helpers/sitemap';

const siteDir = builtSiteDir();
// The editor has its own look; a newsletter's mail carries its values resolved (mail.ts).
const files = htmlFiles(siteDir).filter(
  (file) => !file.startsWith('admin/') && !file.endsWith('/mail/index.html'),
);
const leftOut = Object.values(COMPONENTS).flatMap((component) => component.without ?? []);

/** The page's CSS: what it inlines and what it links from the site. */
function cssOf($: cheerio.CheerioAPI): string {
  const inline = $('style')
    .map((_, element) => $(element).text())
    .get();
  const linked = $('link[rel~="stylesheet"]')
    .map((_, element) => $(element).attr('href') ?? '')
    .get()
    .filter((href) => href.startsWith('/'))
    .map((href) => readFileSync(join(siteDir, href), 'utf8'));
  return [...inline, ...linked].join('\n');
}

describe('the design system on every built page', () => {
  test('there are pages to check', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  test('no script of the site adds a left-out modifier either', () => {
    const scripts = readdirSync(join(siteDir, '_astro')).filter((file) => file.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(0);
    const words = new Set(
      scripts.flatMap((file) => [...classLikeWords(readFileSync(join(siteDir, '_astro', file), 'utf8'))]),
    );
    expect(leftOut.filter((modifier) => words.has(modifier))).toEqual([]);
  });

  for (const file of files) {
    const path = pathOfFile(file);
    test(`${path}: every custom property its CSS needs is set, and no left-out modifier is used`, () => {
      const $ = cheerio.load(readFileSync(join(siteDir, file), 'utf8'));
      const css = cssOf($);
      expect(css.length, 'the page carries CSS').toBeGreaterThan(1000);
      expect(
        [...customPropertiesOf(css).missing],
        'read without a fallback, and not set on this page',
      ).toEqual([]);
      const used = leftOut.filter((modifier) => $(`.${modifier}`).length > 0);
      expect(used, 'modifiers whose rules src/design/components.ts leaves out').toEqual([]);
    });
  }
});
