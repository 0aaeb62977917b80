/**
 * Builds the search index at the end of every `astro build`, so `npm run build`, the
 * test builds and the benchmark all ship one. Pagefind reads the built HTML: the text
 * inside data-pagefind-body, and the data-pagefind-* tags of components/SearchFacts.astro.
 * Drafts and future items are never built, so they can never be found.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/** Where the index lives in the built site; the search page loads /pagefind/pagefind.js. */
export const INDEX_FOLDER = 'pagefind';

/**
 * Text inside the indexed body that is not content: labels of fact lists ("Thema",
 * "Buurten") and screen-reader-only labels would otherwise run into the excerpts
 * ("ThemaWonen en leven"), and footnote back-links add a stray arrow.
 */
export const EXCLUDED = [
  '.utrecht-data-list__item-key',
  '.westwint-visually-hidden',
  '.data-footnote-backref',
];

/** Pagefind's ready-made interfaces. The search page uses its own markup, so these need not ship. */
const UNUSED_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

export interface IndexReport {
  /** Pages with a data-pagefind-body, per language. */
  pages: number;
  milliseconds: number;
}

/**
 * Words per index chunk. A search loads the chunks its words fall in, so smaller chunks mean
 * fewer bytes for the first query on a large site (docs/performance.md has the figures). Pagefind
 * 1.6 reads this from an undocumented environment variable, so pagefind is pinned to one exact
 * version and tests/unit/search-integration.test.ts fails if an upgrade stops honouring it.
 */
export const INDEX_CHUNK_SIZE = 5000;
const CHUNK_SIZE_VARIABLE = 'PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE';

/** Indexes a built site folder in place. Throws when Pagefind reports any problem. */
export async function indexSite(siteDir: string, chunkSize = INDEX_CHUNK_SIZE): Promise<IndexReport> {
  const started = performance.now();
  // Pagefind's service process is started by createIndex and inherits this process's environment.
  process.env[CHUNK_SIZE_VARIABLE] = String(chunkSize);
  let htmlFiles = 0;
  try {
    const created = await pagefind.createIndex({ excludeSelectors: EXCLUDED });
    const index = created.index;
    if (!index || created.errors.length > 0) fail('could not start', created.errors);
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length > 0) fail(`could not read ${siteDir}`, added.errors);
    htmlFiles = added.page_count;
    const outputPath = join(siteDir, INDEX_FOLDER);
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) fail(`could not write ${outputPath}`, written.errors);
  } finally {
    await pagefind.close();
  }
  const folder = join(siteDir, INDEX_FOLDER);
  for (const file of UNUSED_FILES) rmSync(join(folder, file), { force: true });
  const entry = JSON.parse(readFileSync(join(folder, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  const pages = Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
  // Content pages mark their text with data-pagefind-body. When no page does, Pagefind
  // silently indexes every page whole, menus and footers included; the 404 page and the
  // lists are never marked, so "every file indexed" means the marks are gone.
  if (pages === 0 || pages >= htmlFiles) {
    fail('found no data-pagefind-body', [
      `${pages} of ${htmlFiles} HTML files would be indexed whole; mark the main content of content pages with data-pagefind-body`,
    ]);
  }
  return { pages, milliseconds: performance.now() - started };
}

function fail(what: string, errors: string[]): never {
  throw new Error(`Zoekindex (Pagefind) ${what}:\n  - ${errors.join('\n  - ')}`);
}

export default function pagefindIndex(): AstroIntegration {
  return {
    name: 'westwint:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const report = await indexSite(fileURLToPath(dir));
        // The benchmark reads this line to separate the index time from the rest of the build.
        logger.info(`search index: ${report.pages} pages in ${Math.round(report.milliseconds)} ms`);
      },
    },
  };
}
