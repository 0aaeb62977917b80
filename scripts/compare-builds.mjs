#!/usr/bin/env node
/**
 * Compares two production builds page by page, for a change that should leave the site as it was
 * (a refactoring): the text and the links of every page exactly, its markup with whitespace
 * collapsed, and every other file as it is. Content-hashed names of assets and CSP hashes are
 * masked, and so is each calendar file's DTSTAMP (the moment it was made). Pagefind's index and
 * the editor's bundle are not compared. Prints each difference and exits 1 when there is one.
 *
 *   WESTWINT_CLOCK=2026-12-04T11:00:00Z NODE_OPTIONS="--import ./scripts/lib/fixed-clock.mjs" \
 *     npm run build -- --outDir /tmp/before      (on the commit before, and again after)
 *   node scripts/compare-builds.mjs /tmp/before /tmp/after
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';

const [before, after] = process.argv.slice(2);
if (!before || !after) {
  console.error('Usage: node scripts/compare-builds.mjs <build before> <build after>');
  process.exit(2);
}

const filesIn = (dir) =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter(
    (file) =>
      statSync(join(dir, file)).isFile() &&
      !/^(pagefind|_astro)\//.test(file) &&
      !/^admin\/.*\.(js|css|woff2?)$/.test(file),
  );
const masked = (text) =>
  text
    .replace(/(_astro\/[^"'\s)]*?)\.[A-Za-z0-9_-]{8}\.(js|css|jpg|png|webp|svg|avif)/g, '$1.[hash].$2')
    .replace(/(\/admin\/assets\/[\w-]+?)-[A-Za-z0-9_-]{8}\.(js|css)/g, '$1-[hash].$2')
    .replace(/sha256-[A-Za-z0-9+/=]+/g, 'sha256-[hash]')
    .replace(/DTSTAMP:\d{8}T\d{6}Z/g, 'DTSTAMP:[moment]');
const textOf = ($) => `${$('title').text()} | ${$('body').text().replace(/\s+/g, ' ').trim()}`;
const linksOf = ($) =>
  $('[href],[src],[srcset],[action],[content]')
    .map((_, el) =>
      ['href', 'src', 'srcset', 'action', 'content'].map((name) => $(el).attr(name) ?? '').join(' '),
    )
    .get()
    .join('\n');
const markupOf = (html) => html.replace(/\s+/g, ' ').replace(/> </g, '><').trim();

let differences = 0;
const report = (file, what, x = '', y = '') => {
  differences += 1;
  const at = [...x].findIndex((c, i) => c !== y[i]);
  console.log(
    `${file}: ${what}${at < 0 ? '' : `\n  before: …${x.slice(Math.max(0, at - 80), at + 120)}\n  after:  …${y.slice(Math.max(0, at - 80), at + 120)}`}`,
  );
};

const [a, b] = [new Set(filesIn(before)), new Set(filesIn(after))];
for (const file of a) if (!b.has(file)) report(file, 'only before');
for (const file of b) if (!a.has(file)) report(file, 'only after');
let pages = 0;
const both = [...a].filter((file) => b.has(file)).sort();
for (const file of both) {
  const [x, y] = [before, after].map((dir) => masked(readFileSync(join(dir, file), 'utf8')));
  if (!file.endsWith('.html')) {
    if (x !== y) report(file, 'content', x, y);
    continue;
  }
  pages += 1;
  const [$x, $y] = [load(x), load(y)];
  if (textOf($x) !== textOf($y)) report(file, 'text', textOf($x), textOf($y));
  else if (linksOf($x) !== linksOf($y)) report(file, 'links', linksOf($x), linksOf($y));
  else if (markupOf(x) !== markupOf(y)) report(file, 'markup', markupOf(x), markupOf(y));
}
console.log(`${pages} pages and ${both.length - pages} other files compared: ${differences} difference(s)`);
process.exit(differences > 0 ? 1 : 0);
