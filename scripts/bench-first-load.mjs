#!/usr/bin/env node
/**
 * `npm run bench:first-load`: what the first round trip carries, page by page kind: the HTML and
 * its render-blocking CSS, gzipped, for the heaviest page of each kind in the production build.
 * The budget is 14 KB (tests/budgets.ts; tests/dist/budgets.test.ts holds every page to it); this
 * prints the figures to compare two versions, e.g. before and after a restyle.
 *
 *   npm run build && npm run bench:first-load            a table
 *   npm run bench:first-load -- --json                   the same as JSON
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { load } from 'cheerio';
import { HTML_AND_CSS_GZIP_BUDGET } from '../tests/budgets.ts';
import { builtSiteDir } from './lib/local-netlify.ts';
import { PAGE_KINDS } from './lib/sitemap.ts';

const siteDir = builtSiteDir();
const gzip = (data) => gzipSync(data, { level: 9 }).length;

/** Every built page, as the address a visitor opens. */
function pages() {
  return readdirSync(siteDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html') && !file.startsWith(`admin${sep}`))
    .map((file) => {
      const path = `/${relative(siteDir, join(siteDir, file)).split(sep).join('/')}`;
      return { file, path: path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path };
    });
}

function weigh({ file, path }) {
  const html = readFileSync(join(siteDir, file), 'utf8');
  const $ = load(html);
  const inlineCss = $('style')
    .map((_, el) => $(el).text())
    .get()
    .join('\n');
  const linkedCss = $('link[rel~="stylesheet"]')
    .map((_, el) => $(el).attr('href'))
    .get()
    .filter((href) => href.startsWith('/'))
    .map((href) => readFileSync(join(siteDir, href.split('?')[0])));
  const linked = linkedCss.reduce((sum, css) => sum + gzip(css), 0);
  return {
    path,
    html: gzip(html),
    inlineCss: gzip(inlineCss),
    linkedCss: linked,
    total: gzip(html) + linked,
  };
}

const kindOf = (path) => PAGE_KINDS.find(([, pattern]) => pattern.test(path))?.[0] ?? 'other';
const heaviest = new Map();
for (const page of pages()) {
  const weight = weigh(page);
  const kind = kindOf(page.path);
  if ((heaviest.get(kind)?.total ?? -1) < weight.total) heaviest.set(kind, { kind, ...weight });
}
const rows = [...heaviest.values()].sort((a, b) => b.total - a.total);

if (process.argv.includes('--json')) {
  console.log(JSON.stringify(rows, null, 2));
} else {
  const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
  console.log(
    `First round trip (HTML + render-blocking CSS, gzip -9), budget ${kb(HTML_AND_CSS_GZIP_BUDGET)}:\n`,
  );
  console.log('| kind | heaviest page | total | of which inline CSS | linked CSS |');
  console.log('|---|---|---:|---:|---:|');
  for (const r of rows)
    console.log(`| ${r.kind} | ${r.path} | ${kb(r.total)} | ${kb(r.inlineCss)} | ${kb(r.linkedCss)} |`);
}
if (rows.some((r) => r.total > HTML_AND_CSS_GZIP_BUDGET)) process.exitCode = 1;
