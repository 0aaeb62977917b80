/**
 * Which pages the quality checks visit: every URL in the built sitemap, plus the pages
 * that are deliberately left out of the sitemap (404, thank-you pages, search). Pages
 * added later appear in the sitemap and so are checked without anyone editing a test.
 */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { sitemapUrls } from '../../scripts/lib/sitemap.ts';
import { UNLISTED_PATHS } from '../../src/lib/urls/fixed-pages.ts';

/**
 * Pages that must exist but are not in the sitemap (no search engine should list them), from
 * the site's one list of fixed pages. They are checked like every other page; a missing one
 * fails the checks (404), it is never skipped.
 */
export const PAGES_OUTSIDE_SITEMAP = UNLISTED_PATHS;

/**
 * Pages in a state that only a script produces, checked like pages: the search page showing
 * results ("west" is in most pages, so there are always results to look at).
 */
export const PAGE_STATES = ['/zoeken/?q=west'] as const;

/** Every page to check, as a path on the local server: sitemap pages, then the extra pages and states. */
export function pagesToCheck(siteDir: string): string[] {
  const paths = sitemapUrls(siteDir).map((url) => {
    const { pathname, search } = new URL(url);
    return pathname + search;
  });
  return [...new Set([...paths, ...PAGES_OUTSIDE_SITEMAP, ...PAGE_STATES])];
}

/**
 * HTML files that are not pages of the site: the editor (tests/dist/admin.test.ts checks it) and
 * the mails announcing an edition (tests/builds/newsletter-mail.test.ts checks them).
 */
const NOT_PAGES = /^(admin\/|nieuwsbrief\/[^/]+\/mail\/)/;

/** Every built page's .html file, as a path relative to the site folder with forward slashes. */
export function htmlFiles(siteDir: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.html')) found.push(relative(siteDir, full).split(sep).join('/'));
    }
  };
  walk(siteDir);
  return found.filter((file) => !NOT_PAGES.test(file)).sort();
}

/** The URL path a built file is served at: `a/b/index.html` → `/a/b/`, `404.html` → `/404.html`. */
export function pathOfFile(file: string): string {
  if (file === 'index.html') return '/';
  if (file.endsWith('/index.html')) return `/${file.slice(0, -'index.html'.length)}`;
  return `/${file}`;
}

/** The built file for a page path: `/a/` → `a/index.html`. */
export function fileOfPath(path: string): string {
  const clean = path.split(/[?#]/)[0]!;
  return clean.endsWith('/') ? `${clean.slice(1)}index.html` : clean.slice(1);
}
