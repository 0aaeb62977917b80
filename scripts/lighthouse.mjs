#!/usr/bin/env node
/**
 * `npm run lighthouse`: Lighthouse (mobile settings, the default) on the key pages of the
 * production build, served by Netlify's local emulation (its headers and redirects), in the machine's Chromium.
 * Writes the scores and every audit that is not perfect to docs/lighthouse.md, and the full
 * reports to reports/lighthouse/*.json. Not part of CI: scores vary with the machine's load.
 *
 * Uses dist/ (or WESTWINT_SITE_DIR); CHROMIUM_PATH picks another Chromium.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { findChromium } from './lib/chromium.ts';
import { builtSiteDir, serveWithNetlify } from './lib/local-netlify.ts';
import { keyPages } from './lib/sitemap.ts';

const ROOT = resolve(import.meta.dirname, '..');
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

const siteDir = builtSiteDir();
const PAGES = keyPages(siteDir).map(({ label, path }) => [label, path]);

const server = await serveWithNetlify(siteDir);
const chrome = await chromeLauncher.launch({
  chromePath: findChromium(),
  chromeFlags: [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--no-first-run',
    '--disable-background-networking',
  ],
});
mkdirSync(join(ROOT, 'reports/lighthouse'), { recursive: true });

const rows = [];
const findings = [];
try {
  for (const [name, path] of PAGES) {
    const result = await lighthouse(server.url + path, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: CATEGORIES,
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
    const { lhr } = result;
    const slug = name
      .toLowerCase()
      .normalize('NFD')
      .replace(/[^a-z]+/g, '-');
    writeFileSync(join(ROOT, 'reports/lighthouse', `${slug}.json`), JSON.stringify(lhr, null, 2));
    const scores = CATEGORIES.map((id) => Math.round((lhr.categories[id]?.score ?? 0) * 100));
    rows.push(`| ${name} | \`${path}\` | ${scores.join(' | ')} |`);
    console.log(`${name.padEnd(20)} ${path.padEnd(45)} ${scores.join('  ')}`);
    for (const id of CATEGORIES) {
      for (const ref of lhr.categories[id].auditRefs) {
        const audit = lhr.audits[ref.id];
        if (ref.weight > 0 && audit.score !== null && audit.score < 1) {
          findings.push(
            `- ${name}, ${lhr.categories[id].title}: ${audit.title} (${audit.displayValue ?? `score ${audit.score}`})`,
          );
        }
      }
    }
  }
} finally {
  chrome.kill();
  await server.close();
}

const date = new Date().toISOString().slice(0, 10);
const markdown = `# Lighthouse scores

Measured with \`npm run lighthouse\` (scripts/lighthouse.mjs) on ${date}: Lighthouse ${lighthouse.version ?? '12'}
with its default mobile settings (simulated slow 4G and a mid-range phone), against the production
build served by Netlify's local emulation (\`@netlify/dev\`, with the production headers), in Debian's Chromium. Target: 100 in all four.
Scores move a few points with the load on the machine; the checks that must never slip are in
\`npm test\`. The full reports are in \`reports/lighthouse/\` (not kept in git).

| Page | Address | Performance | Accessibility | Best practices | SEO |
|---|---|---|---|---|---|
${rows.join('\n')}

## Audits that were not perfect

${findings.length ? findings.join('\n') : 'None: every scored audit passed on every page.'}

## On purpose

- The search page carries \`noindex\`: a page of search results should not itself be listed by
  search engines (it would be an endless set of thin pages). Lighthouse's SEO audit "Page is
  blocked from indexing" therefore fails there, and its SEO score cannot reach 100.
`;
writeFileSync(join(ROOT, 'docs/lighthouse.md'), markdown);
console.log(`Wrote docs/lighthouse.md and reports/lighthouse/*.json`);
