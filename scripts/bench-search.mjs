#!/usr/bin/env node
/**
 * Search benchmark (npm run bench:search). Not a test: it prints figures for docs/performance.md.
 *
 * 1. Writes a synthetic site of 5,000 news items, 300 editions and 60 projects (plus a few items
 *    of the other content types and site.yaml) to a temporary content folder.
 * 2. Runs the production build, timing the whole build and the Pagefind step inside it
 *    (src/integrations/pagefind.ts logs its own duration), and measures the index.
 * 3. Serves the build the way Netlify does (its headers, gzip for text files) and, in
 *    Chromium, measures the bytes transferred for the first query and the time from the last
 *    keystroke to results on screen.
 *
 * Options: --news N --editions N --projects N (smaller runs), --runs N (browser runs per query),
 * --real (the repository's own content/ instead of the synthetic site), --keep (keep the folders).
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { launchBrowser } from './lib/chromium.ts';
import { ROOT, buildSite } from './lib/astro-build.ts';
import { serveWithNetlify } from './lib/local-netlify.ts';
import { writeFixture } from './lib/content-folder.ts';
import { folderBytes, syntheticSite } from '../tests/fixtures/synthetic-site.mjs';

const { values: args } = parseArgs({
  options: {
    news: { type: 'string', default: '5000' },
    editions: { type: 'string', default: '300' },
    projects: { type: 'string', default: '60' },
    runs: { type: 'string', default: '5' },
    keep: { type: 'boolean', default: false },
    real: { type: 'boolean', default: false },
  },
});
const COUNTS = { news: Number(args.news), editions: Number(args.editions), projects: Number(args.projects) };
const RUNS = Number(args.runs);
const QUERIES = ['huisbezoek', 'sloop Gladiolenstraat', 'nieuwsbrief 2012'];
/** The targets (docs/performance.md): first query ≤ 140 KB at 5,000 items (≤ 100 KB on the real site), results ≤ 300 ms, index ≤ 15 % of the build. */
const TARGETS = { firstQueryKB: args.real ? 100 : 140, resultsMs: 300, indexShare: 0.15 };

// ---------------------------------------------------------------- server

// scripts/lib/local-netlify.ts: Netlify's local emulation, as the browser tests use it (the
// production headers, 404s), with gzip on, counting every response at the server so that requests
// from Pagefind's web worker count too.

// ---------------------------------------------------------------- browser

/** Records, inside the page, when the last keystroke landed and when results showed. */
function installTimers() {
  window.__bench = { lastInput: 0, shown: [] };
  document.addEventListener('input', () => (window.__bench.lastInput = performance.now()), true);
  document.addEventListener('DOMContentLoaded', () => {
    const status = document.getElementById('search-status');
    if (!status) return;
    new MutationObserver(() =>
      window.__bench.shown.push({ at: performance.now(), text: status.textContent }),
    ).observe(status, {
      childList: true,
      characterData: true,
      subtree: true,
    });
  });
}

async function measureQuery(browser, server, query, { cpuSlowdown = 1 } = {}) {
  const baseUrl = server.url;
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  await context.addInitScript(installTimers);
  const page = await context.newPage();
  if (cpuSlowdown > 1) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
  }
  server.takeSent();
  await page.goto(`${baseUrl}/zoeken/`, { waitUntil: 'networkidle' });
  const loaded = server.takeSent().map((r) => ({ ...r, phase: 'load' }));
  await page.locator('#search-q').pressSequentially(query, { delay: 30 });
  await page.waitForFunction((q) => window.__bench.shown.some((s) => s.text.includes(`“${q}”`)), query, {
    timeout: 30_000,
  });
  await page.waitForLoadState('networkidle');
  const typed = server.takeSent().map((r) => ({ ...r, phase: 'query' }));
  const timing = await page.evaluate((q) => {
    const shown = window.__bench.shown.find((s) => s.text.includes(`“${q}”`));
    return { ms: shown.at - window.__bench.lastInput, status: shown.text };
  }, query);
  const results = await page.locator('#search-results > li').count();

  // A second, different query on the same page: the engine is warm, the index chunks may not be.
  const second = `${query.split(' ')[0]} bewoners`;
  await page.locator('#search-q').fill('');
  await page.locator('#search-q').pressSequentially(second, { delay: 30 });
  await page.waitForFunction((q) => window.__bench.shown.some((s) => s.text.includes(`“${q}”`)), second, {
    timeout: 30_000,
  });
  const warmMs = await page.evaluate((q) => {
    const shown = window.__bench.shown.find((s) => s.text.includes(`“${q}”`));
    return shown.at - window.__bench.lastInput;
  }, second);
  await context.close();

  // Each context starts with an empty cache, so every file counts once, as for a first visit.
  const list = [...loaded, ...typed];
  const sum = (items) => items.reduce((total, r) => total + r.bytes, 0);
  const isPage = (r) => r.path === '/zoeken/' || r.path === '/favicon.svg';
  return {
    query,
    ms: timing.ms,
    warmMs,
    results,
    status: timing.status,
    pageBytes: sum(list.filter(isPage)),
    searchBytes: sum(list.filter((r) => !isPage(r))),
    byFile: list.filter((r) => !isPage(r)).map((r) => ({ path: r.path, phase: r.phase, bytes: r.bytes })),
  };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const verdict = (ok) => (ok ? 'within target' : 'MISSES target');

// ---------------------------------------------------------------- run

// --real measures the site as it is: this repository's content/ (never deleted afterwards).
const contentDir = args.real ? join(ROOT, 'content') : writeFixture(syntheticSite(COUNTS));
console.log(
  args.real
    ? `Content: the real site (${contentDir})`
    : `Content: ${COUNTS.news} news items, ${COUNTS.editions} editions, ${COUNTS.projects} projects in ${contentDir}`,
);

const started = performance.now();
const build = buildSite(contentDir);
const buildMs = performance.now() - started;
if (!build.ok) {
  console.error(build.output.split('\n').slice(-40).join('\n'));
  throw new Error('The benchmark build failed (the last 40 lines of its output are above).');
}
const indexLine = /search index: (\d+) pages in (\d+) ms/.exec(build.output);
if (!indexLine) throw new Error('The build did not report its search index step.');
const indexedPages = Number(indexLine[1]);
const indexMs = Number(indexLine[2]);
const pagesLine = /(\d+) page\(s\) built in/.exec(build.output);
const index = folderBytes(join(build.outDir, 'pagefind'));
const site = folderBytes(build.outDir);

console.log('\nBuild');
console.log(`  pages built:            ${pagesLine?.[1] ?? '?'}`);
console.log(`  whole build:            ${(buildMs / 1000).toFixed(1)} s (astro build, wall clock)`);
console.log(`  search index step:      ${(indexMs / 1000).toFixed(1)} s for ${indexedPages} pages`);
console.log(`  build without index:    ${((buildMs - indexMs) / 1000).toFixed(1)} s`);
const share = indexMs / buildMs;
console.log(
  `  index share of build:   ${(share * 100).toFixed(1)} % (target ≤ ${TARGETS.indexShare * 100} %: ${verdict(share <= TARGETS.indexShare)})`,
);
console.log(
  `  index size:             ${kb(index.bytes)} in ${index.files} files (whole site ${(site.bytes / 1024 / 1024).toFixed(1)} MB)`,
);

const server = await serveWithNetlify(build.outDir, { gzip: true });
const browser = await launchBrowser();
const summary = [];
try {
  for (const query of QUERIES) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push(await measureQuery(browser, server, query));
    summary.push({ query, runs });
  }
  const throttled = await measureQuery(browser, server, QUERIES[0], { cpuSlowdown: 4 });

  console.log(`\nBrowser (Chromium, gzip like Netlify, empty cache, ${RUNS} runs per query, medians)`);
  for (const { query, runs } of summary) {
    const bytes = median(runs.map((r) => r.searchBytes));
    const ms = median(runs.map((r) => r.ms));
    console.log(`  “${query}”: ${runs[0].status}`);
    console.log(
      `    first query transferred: ${kb(bytes)} (target ≤ ${TARGETS.firstQueryKB} KB: ${verdict(bytes <= TARGETS.firstQueryKB * 1024)}); the page itself ${kb(runs[0].pageBytes)}`,
    );
    console.log(
      `    last keystroke → results: ${Math.round(ms)} ms (target ≤ ${TARGETS.resultsMs} ms: ${verdict(ms <= TARGETS.resultsMs)}); next query ${Math.round(median(runs.map((r) => r.warmMs)))} ms`,
    );
  }
  console.log(
    `  4× slower CPU (a budget phone), “${QUERIES[0]}”: ${Math.round(throttled.ms)} ms to results, next query ${Math.round(throttled.warmMs)} ms`,
  );
  for (const { query, runs } of summary) {
    console.log(`\n  Transferred for the first query of “${query}” (one run):`);
    for (const file of runs[0].byFile)
      console.log(
        `    ${kb(file.bytes).padStart(9)}  ${file.phase === 'load' ? 'page load ' : 'typing    '} ${file.path}`,
      );
  }
} finally {
  await browser.close();
  await server.close();
  if (!args.keep) {
    if (!args.real) rmSync(contentDir, { recursive: true, force: true });
    rmSync(build.outDir, { recursive: true, force: true });
  } else {
    console.log(`\nKept: ${contentDir} and ${build.outDir}`);
  }
}
