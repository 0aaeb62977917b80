#!/usr/bin/env node
/**
 * `npm run check:external`: checks every link from the built site to another website
 * (partners, social media, sources in the content). Needs the internet, so it is not part
 * of `npm test` or CI; run it now and then, and before a release. Internal links are
 * checked in CI by tests/build/links.test.ts.
 *
 * Uses dist/ (or WESTWINT_SITE_DIR). Exits with 1 when a link is broken.
 */
import { LinkChecker, LinkState } from 'linkinator';
import { builtSiteDir, serveWithNetlify } from './lib/local-netlify.ts';
import { siteOrigin as originOf } from './lib/sitemap.ts';

const siteDir = builtSiteDir();
const siteOrigin = originOf(siteDir);

const server = await serveWithNetlify(siteDir);
const local = server.url;
const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

try {
  const checker = new LinkChecker();
  let checked = 0;
  checker.on('link', (result) => {
    if (!result.url.startsWith(local) && result.state !== LinkState.SKIPPED) {
      checked += 1;
      if (checked % 10 === 0) process.stdout.write(`  ${checked} external links checked\n`);
    }
  });
  const { links } = await checker.check({
    path: [`${local}/`, `${local}/404.html`],
    // Crawl our own pages (the sitemap finds them all); check links to elsewhere once each.
    sitemap: `${local}/sitemap-index.xml`,
    recurse: true,
    concurrency: 4,
    timeout: 20_000,
    retry: true,
    retryErrors: true,
    retryErrorsCount: 2,
    urlRewriteExpressions: [{ pattern: new RegExp(`^${escapeRegExp(siteOrigin)}`), replacement: local }],
    // Some sites refuse robots or answer 403/429 to automated checks; those are reported, not failed.
    statusCodes: { 403: 'warn', 429: 'warn', 999: 'warn' },
  });
  const external = links.filter((link) => !link.url.startsWith(local));
  const broken = external.filter((link) => link.state === LinkState.BROKEN);
  const byUrl = new Map();
  for (const link of broken) {
    const pages = byUrl.get(link.url) ?? { status: link.status, pages: new Set() };
    pages.pages.add((link.parent ?? '').replace(local, ''));
    byUrl.set(link.url, pages);
  }
  console.log(`\n${new Set(external.map((l) => l.url)).size} external links checked, ${byUrl.size} broken.`);
  for (const [url, { status, pages }] of byUrl) {
    console.log(
      `BROKEN ${url} (status ${status ?? 'no answer'}) on ${[...pages].slice(0, 5).join(', ')}${pages.size > 5 ? ', …' : ''}`,
    );
  }
  process.exitCode = byUrl.size > 0 ? 1 : 0;
} finally {
  await server.close();
}
