/**
 * Gives each sitemap entry a lastmod: the date a built page states in its
 * <meta property="og:updated_time"> (news and editions: their date; lists, projects and
 * neighbourhoods: their newest item; see src/lib/page-meta.ts). Pages without one get
 * no lastmod rather than the build time, which would claim every page changed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { SitemapItem } from '@astrojs/sitemap';

const UPDATED = /<meta\s+property="og:updated_time"\s+content="([^"]+)"/;

/** The og:updated_time a page's HTML states, if any. */
export function lastmodFromHtml(html: string): string | undefined {
  return UPDATED.exec(html)?.[1];
}

/**
 * An integration that learns the output folder, and a `serialize` for @astrojs/sitemap that
 * reads each page's built HTML there. The sitemap is written after every page is built.
 */
export function sitemapLastmod(): { integration: AstroIntegration; serialize: (item: SitemapItem) => SitemapItem } {
  let outDir: URL | undefined;
  return {
    integration: {
      name: 'westwint-sitemap-lastmod',
      hooks: {
        'astro:config:done': ({ config }) => {
          outDir = config.outDir;
        },
      },
    },
    serialize: (item) => {
      if (!outDir) return item;
      const path = decodeURIComponent(new URL(item.url).pathname).replace(/^\/+/, '');
      const file = fileURLToPath(new URL(`${path}${path === '' || path.endsWith('/') ? 'index.html' : ''}`, outDir));
      if (!existsSync(file)) return item;
      const lastmod = lastmodFromHtml(readFileSync(file, 'utf8'));
      return lastmod ? { ...item, lastmod } : item;
    },
  };
}
