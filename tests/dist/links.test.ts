/**
 * linkinator over the production build, served like Netlify (headers, _redirects, 404):
 * zero broken internal links, images, stylesheets, scripts, feeds and #fragments, starting from
 * every sitemap page and the pages outside the sitemap, and following every internal link.
 * Absolute links to the site's own address (canonical, feeds, sitemap) are rewritten to the
 * local server so they are checked too. Links to other hosts are skipped: CI has no internet.
 * `npm run check:external` checks those (scripts/check-external-links.mjs).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { LinkChecker, LinkState, type LinkResult } from 'linkinator';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { builtSiteDir } from '../../scripts/lib/local-netlify.ts';
import { siteOrigin } from '../../scripts/lib/sitemap.ts';
import { pagesToCheck } from '../helpers/sitemap';

const siteDir = builtSiteDir();
const server = { url: inject('distUrl') };
let results: LinkResult[] = [];

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

beforeAll(async () => {
  const local = server.url;
  const origin = siteOrigin(siteDir);
  const checker = new LinkChecker();
  const outcome = await checker.check({
    path: pagesToCheck(siteDir).map((path) => local + path),
    recurse: true,
    checkFragments: true,
    concurrency: 8,
    timeout: 10_000,
    // The site's own absolute address (https://www.westwint.nl/...) → the local server.
    urlRewriteExpressions: [{ pattern: new RegExp(`^${escapeRegExp(origin)}`), replacement: local }],
    // Skipping is decided before the rewrite, so the site's own address counts as local too.
    linksToSkip: async (link) => !link.startsWith(local) && !link.startsWith(`${origin}/`) && link !== origin,
  });
  results = outcome.links;
}, 180_000);

afterAll(async () => {});

function describeBroken(link: LinkResult, local: string): string {
  const strip = (url?: string) => (url ?? '').replace(local, '');
  const detail = (link.failureDetails ?? [])
    .map((d) => (d instanceof Error ? d.message : `HTTP ${d.status}`))
    .filter(Boolean)
    .slice(0, 1)
    .join('');
  return `${strip(link.parent) || '(start)'}: [broken-link] ${strip(link.url)} (status ${link.status ?? '-'}${detail ? `, ${detail}` : ''})`;
}

describe('links in the built site', () => {
  test('the crawl visited every page and more', () => {
    const visitedPages = new Set(results.filter((r) => r.state === LinkState.OK).map((r) => r.url));
    expect(visitedPages.size).toBeGreaterThan(pagesToCheck(siteDir).length);
  });

  test('no broken internal link, image, feed, asset or #fragment', () => {
    const broken = results.filter((r) => r.state === LinkState.BROKEN);
    const lines = [...new Set(broken.map((link) => describeBroken(link, server.url)))].sort();
    expect(lines, `\n${lines.join('\n')}\n`).toEqual([]);
  });

  test('only links to other hosts are skipped', () => {
    const origin = siteOrigin(siteDir);
    const skippedLocal = results.filter(
      (r) => r.state === LinkState.SKIPPED && (r.url.startsWith(server.url) || r.url.startsWith(origin)),
    );
    expect(skippedLocal.map((r) => r.url)).toEqual([]);
  });
});

/** Every feed in the build (rss.xml files), as site paths. */
function feedPaths(dir: string): string[] {
  const found: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(join(folder, entry.name));
      else if (
        entry.name.endsWith('.xml') &&
        entry.name !== 'sitemap-index.xml' &&
        !entry.name.startsWith('sitemap-')
      ) {
        found.push(`/${relative(dir, join(folder, entry.name)).split(sep).join('/')}`);
      }
    }
  };
  walk(dir);
  return found.sort();
}

describe('links inside the feeds', () => {
  test('every item link, enclosure and self link of every feed answers on the site', async () => {
    const origin = siteOrigin(siteDir);
    const feeds = feedPaths(siteDir);
    expect(feeds, 'the site feed must be built').toContain('/rss.xml');
    const problems: string[] = [];
    for (const feed of feeds) {
      const xml = readFileSync(join(siteDir, feed), 'utf8');
      const urls = [
        ...[...xml.matchAll(/<link>\s*([^<\s]+)\s*<\/link>/g)].map((m) => m[1]!),
        ...[...xml.matchAll(/<(?:enclosure|atom:link)\b[^>]*?(?:url|href)="([^"]+)"/g)].map((m) => m[1]!),
      ].map((url) => url.replace(/&amp;/g, '&'));
      for (const url of new Set(urls.filter((u) => u.startsWith(origin)))) {
        const local = server.url + url.slice(origin.length);
        const response = await fetch(local, { redirect: 'follow' });
        if (response.status !== 200)
          problems.push(`${feed}: [broken-feed-link] ${url} answers HTTP ${response.status}`);
      }
    }
    expect(problems, `\n${problems.join('\n')}\n`).toEqual([]);
  });
});
