/**
 * Performance budgets on the built files of every page (tests/budgets.ts): HTML plus
 * render-blocking CSS within 14 KB gzipped, no JavaScript except where a feature needs it
 * and then within its budget, no inline script, and every <img> with width and height.
 * What actually loads in the browser is checked again in tests/browser/pages.test.ts.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as cheerio from 'cheerio';
import { describe, expect, test } from 'vitest';
import { HTML_AND_CSS_GZIP_BUDGET, scriptBudgetFor } from '../budgets';
import { builtSiteDir } from '../../scripts/lib/local-netlify.ts';
import { htmlFiles, pathOfFile } from '../helpers/sitemap';

const siteDir = builtSiteDir();
const files = htmlFiles(siteDir);

const gzipBytes = (data: string | Buffer) => gzipSync(data, { level: 9 }).length;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** A site-absolute or page-relative URL from the HTML, as a file in the build. */
function fileFor(pagePath: string, url: string): string {
  const { pathname } = new URL(url, `http://site${pagePath}`);
  return join(siteDir, decodeURIComponent(pathname));
}

/** A script file and every module it imports statically, each once. */
function scriptWithImports(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  for (const match of code.matchAll(/(?:\bfrom\s*|\bimport\s*)["']([^"']+\.m?js)["']/g)) {
    const specifier = match[1]!;
    const target = specifier.startsWith('/') ? join(siteDir, specifier) : join(dirname(file), specifier);
    if (existsSync(target)) scriptWithImports(target, seen);
  }
  return seen;
}

/** Scripts the browser runs: no type, or a JavaScript or module type (JSON-LD is data). */
function isExecutable(type: string | undefined): boolean {
  return (
    type === undefined ||
    type === '' ||
    type === 'module' ||
    /^(text|application)\/(java|ecma)script$/i.test(type)
  );
}

describe('budgets of every built page', () => {
  test('there are pages to check', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  for (const file of files) {
    const path = pathOfFile(file);

    test(`${path}: HTML + render-blocking CSS ≤ ${kb(HTML_AND_CSS_GZIP_BUDGET)} gzip, scripts within budget, images sized`, () => {
      const html = readFileSync(join(siteDir, file), 'utf8');
      const $ = cheerio.load(html);
      const problems: string[] = [];

      // Render-blocking: the page itself and any stylesheet it links (the site inlines its CSS).
      const stylesheets = $('link[rel~="stylesheet"]')
        .map((_, el) => $(el).attr('href'))
        .get()
        .filter((href) => !/^https?:/.test(href));
      const cssBytes = stylesheets.reduce(
        (sum, href) => sum + gzipBytes(readFileSync(fileFor(path, href))),
        0,
      );
      const total = gzipBytes(html) + cssBytes;
      if (total > HTML_AND_CSS_GZIP_BUDGET) {
        problems.push(
          `${path}: [html-css-budget] HTML + render-blocking CSS is ${kb(total)} gzip, over the ${kb(HTML_AND_CSS_GZIP_BUDGET)} budget ` +
            `(HTML ${kb(gzipBytes(html))}, linked CSS ${kb(cssBytes)}: ${stylesheets.join(', ') || 'none'})`,
        );
      }

      const scripts = $('script')
        .toArray()
        .filter((el) => isExecutable($(el).attr('type')));
      for (const el of scripts) {
        if (!$(el).attr('src')) {
          problems.push(
            `${path}: [inline-script] an inline <script> would be blocked by the CSP (script-src 'self'): ${$.html(el).slice(0, 120)}`,
          );
        }
      }
      const sources = scripts.map((el) => $(el).attr('src')).filter((src): src is string => Boolean(src));
      const scriptFiles = new Set<string>();
      for (const src of sources) {
        if (/^(https?:)?\/\//.test(src)) {
          problems.push(`${path}: [third-party-script] script from another host: ${src}`);
          continue;
        }
        const scriptFile = fileFor(path, src);
        if (!existsSync(scriptFile)) problems.push(`${path}: [missing-script] ${src} is not in the build`);
        else scriptWithImports(scriptFile, scriptFiles);
      }
      const scriptBytes = [...scriptFiles].reduce((sum, f) => sum + gzipBytes(readFileSync(f)), 0);
      const budget = scriptBudgetFor(path);
      const names = [...scriptFiles].map((f) => posix.basename(f)).join(', ');
      if (!budget && scriptBytes > 0) {
        problems.push(
          `${path}: [no-javascript] this page may load no JavaScript, but loads ${kb(scriptBytes)} gzip (${names}); ` +
            'remove the script, or give the feature a budget in tests/budgets.ts',
        );
      } else if (budget && scriptBytes > budget.gzipBytes) {
        problems.push(
          `${path}: [javascript-budget] scripts are ${kb(scriptBytes)} gzip, over the ${kb(budget.gzipBytes)} budget for ${budget.feature} (${names})`,
        );
      }

      $('img').each((_, el) => {
        const width = $(el).attr('width');
        const height = $(el).attr('height');
        if (!/^\d+$/.test(width ?? '') || !/^\d+$/.test(height ?? '')) {
          problems.push(
            `${path}: [img-size] <img src="${$(el).attr('src')}"> needs numeric width and height (has width=${width}, height=${height}), or the page jumps while it loads`,
          );
        }
      });

      expect(problems, `\n${problems.join('\n')}\n`).toEqual([]);
    });
  }
});

/** What a script reads or watches to lay out by the window's size. */
const WINDOW_SIZE =
  /\b(innerWidth|innerHeight|outerWidth|outerHeight|matchMedia|visualViewport|clientWidth|ResizeObserver)\b|["']resize["']/;

test('no script of the public pages reads the window’s size, so the sweep’s narrowing a page to 320 px lays it out as a load at 320 px would', () => {
  const scripts = ['_astro', 'pagefind'].flatMap((folder) =>
    readdirSync(join(siteDir, folder), { recursive: true, encoding: 'utf8' })
      .filter((name) => /\.m?js$/.test(name))
      .map((name) => join(folder, name)),
  );
  expect(scripts.length).toBeGreaterThan(1);
  expect(scripts.filter((file) => WINDOW_SIZE.test(readFileSync(join(siteDir, file), 'utf8')))).toEqual([]);
});
