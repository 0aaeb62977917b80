#!/usr/bin/env node
/**
 * Search benchmark (npm run bench:search). Not a test: it prints figures for docs/performance.md.
 *
 * 1. Writes a synthetic site of 5,000 news items, 300 editions and 60 projects (plus themes,
 *    neighbourhoods, pages and site.yaml) to a temporary content folder.
 * 2. Runs the production build, timing the whole build and the Pagefind step inside it
 *    (src/integrations/pagefind.ts logs its own duration), and measures the index.
 * 3. Serves the build the way Netlify does (netlify.toml headers, gzip for text files) and, in
 *    Chromium, measures the bytes transferred for the first query and the time from the last
 *    keystroke to results on screen.
 *
 * Options: --news N --editions N --projects N (smaller runs), --runs N (browser runs per query),
 * --keep (keep the content and build folders).
 */
import { readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { suggestSlug as slugOf } from '../src/lib/content/slugs.ts';
import { launchBrowser } from '../tests/helpers/browser.ts';
import { buildSite } from '../tests/helpers/build.ts';
import { serveSite } from '../tests/helpers/server.ts';
import { SITE_YAML, md, writeFixture } from '../tests/helpers/fixture.ts';

const { values: args } = parseArgs({
  options: {
    news: { type: 'string', default: '5000' },
    editions: { type: 'string', default: '300' },
    projects: { type: 'string', default: '60' },
    runs: { type: 'string', default: '5' },
    keep: { type: 'boolean', default: false },
  },
});
const COUNTS = { news: Number(args.news), editions: Number(args.editions), projects: Number(args.projects) };
const RUNS = Number(args.runs);
const QUERIES = ['huisbezoek', 'sloop Gladiolenstraat', 'nieuwsbrief 2012'];
const TARGETS = { firstQueryKB: 150, resultsMs: 300, indexShare: 0.2 };

// ---------------------------------------------------------------- content

/** A small seeded generator, so every run indexes the same text. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = random(20111208);
const pick = (list) => list[Math.floor(rand() * list.length)];
const between = (low, high) => low + Math.floor(rand() * (high - low + 1));

const STREETS = ['Gladiolenstraat', 'Heilustraat', 'Anjelierstraat', 'Tulpenstraat', 'Kaalheidersteenweg', 'Chevremontstraat', 'Hamstraat', 'Oude Maastrichterweg', 'Rolduckerweg', 'Dr. Ariënsstraat', 'Sint Pieterstraat', 'Nieuwstraat', 'Vliegveldweg', 'Bleijerheiderstraat', 'Holzstraat'];
const PLACES = ['Heilust', 'Kaalheide', 'Chevremont', 'Bleijerheide', 'Holz', 'Spekholzerheide', 'Terwinselen', 'Haanrade'];
/** The most frequent Dutch words: they make up about 40 % of running text. */
const COMMON = (
  'de het een en van in op te dat die is met voor zijn er niet aan om ook als bij door over naar ' +
  'worden wordt werd kan zal zullen nog maar dan wel al uit tot onder na meer veel geen deze dit ' +
  'wij we u ze hun ons onze uw hij zij men hier daar waar wanneer hoe wat wie omdat want of dus'
).split(' ');
/** Words of this programme's subject, moderately frequent. */
const TOPIC = (
  'bewoners buurt wijk huis woning woningen sloop nieuwbouw renovatie tuin park groen speelplek school ' +
  'gemeente corporatie plan planning bouw bouwen uitvoering overleg avond bijeenkomst informatie vragen ' +
  'straat stoep verkeer parkeren fietspad veiligheid verlichting bomen water riolering energie isolatie ' +
  'zonnepanelen buurthuis wijkcentrum jongeren ouderen gezinnen zorg welzijn vrijwilligers activiteiten ' +
  'huisbezoeken huisbezoek keukentafel gesprek ideeën wensen ontwerp tekening schets inspraak besluit ' +
  'raad college wethouder provincie subsidie geld begroting afspraken overeenkomst partners samenwerking ' +
  'kinderen spelen sport voetbal wandelen hond markt winkel bibliotheek kerk monument geschiedenis mijn ' +
  'steenkool mijnwerkers vroeger toekomst leefbaarheid schoon heel veilig trots samen eerste tweede ' +
  'week maand jaar voorjaar zomer najaar winter januari februari maart april mei juni juli augustus ' +
  'september oktober november december start klaar gereed fase deel aannemer sloopwerk bouwhekken ' +
  'omleiding afsluiting bereikbaarheid bus halte route kaart tekening nieuwsbrief website bericht'
)
  .split(' ')
  .filter((word) => !word.startsWith('huisbezoek'));
/**
 * A long tail of rarer words, as real text has: 4,000 made-up Dutch-sounding words, each
 * picked with a Zipf-like weight, so the index has realistic sizes per word.
 */
const SYLLABLES = 'ber ken sto wij lan mer tel ho ge ver ont be aar dijk straat hof veld berg dal bos molen kamp haag broek'.split(' ');
const RARE = Array.from({ length: 4000 }, (_, i) => {
  const parts = [SYLLABLES[i % SYLLABLES.length], SYLLABLES[Math.floor(i / SYLLABLES.length) % SYLLABLES.length], SYLLABLES[Math.floor(i / 529) % SYLLABLES.length]];
  return `${parts.join('')}${i % 7 === 0 ? 'en' : ''}`;
});
/** Zipf: the word of rank r is picked with weight 1/r. */
function zipfPicker(words) {
  const cumulative = [];
  let total = 0;
  for (let rank = 1; rank <= words.length; rank++) cumulative.push((total += 1 / rank));
  return () => {
    const target = rand() * total;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (cumulative[middle] < target) low = middle + 1;
      else high = middle;
    }
    return words[low];
  };
}
const pickCommon = zipfPicker(COMMON);
const pickTopic = zipfPicker(TOPIC);
const pickRare = zipfPicker(RARE);
const word = () => {
  const roll = rand();
  return roll < 0.45 ? pickCommon() : roll < 0.8 ? pickTopic() : pickRare();
};

function sentence() {
  const words = Array.from({ length: between(8, 18) }, word);
  if (rand() < 0.08) words.splice(between(1, words.length - 1), 0, 'aan de', pick(STREETS));
  if (rand() < 0.08) words.splice(between(1, words.length - 1), 0, 'in', pick(PLACES));
  // Home visits are one project's subject: a word that a few hundred items mention, not all.
  if (rand() < 0.01) words.splice(between(1, words.length - 1), 0, pick(['huisbezoek', 'huisbezoeken']));
  const text = words.join(' ');
  return `${text[0].toUpperCase()}${text.slice(1)}.`;
}

const paragraph = (sentences) => Array.from({ length: sentences }, sentence).join(' ');
const body = (paragraphs) => Array.from({ length: paragraphs }, () => paragraph(between(3, 6))).join('\n\n');
const quoted = (text) => JSON.stringify(text);

function day(rangeStart, rangeEnd) {
  const ms = rangeStart.getTime() + rand() * (rangeEnd.getTime() - rangeStart.getTime());
  return new Date(ms).toISOString().slice(0, 10);
}

function syntheticSite() {
  const files = {
    'site.yaml': SITE_YAML,
  };
  const themes = ['Wonen en leven', 'Natuur en duurzaamheid', 'Werk en economie', 'Verkeer en bereikbaarheid'];
  themes.forEach((title, i) => {
    files[`themas/${slugOf(title)}.md`] = md(`title: ${title}\nsummary: ${sentence()}\norder: ${i + 1}`, body(2));
  });
  for (const title of PLACES) files[`buurten/${slugOf(title)}.md`] = md(`title: ${title}\nsummary: ${sentence()}`, body(2));
  for (const title of ['Over het programma', 'Contact', 'Privacy']) {
    files[`paginas/${slugOf(title)}.md`] = md(`title: ${title}\nsummary: ${sentence()}`, body(3));
  }

  const projects = [];
  for (let i = 1; i <= COUNTS.projects; i++) {
    const title = i === 1 ? 'Achter de voordeur' : `${pick(['Herinrichting', 'Sloop en nieuwbouw', 'Renovatie', 'Groen plan', 'Speelplek'])} ${pick(STREETS)} ${i}`;
    const slug = slugOf(title);
    projects.push(slug);
    const text = i === 1 ? `Door middel van huisbezoeken willen we de bewoners beter leren kennen.\n\n${body(4)}` : body(between(3, 6));
    files[`projecten/${slug}.md`] = md(
      `title: ${quoted(title)}
summary: ${quoted(sentence())}
theme: ${slugOf(pick(themes))}
neighbourhoods: [${[...new Set([pick(PLACES), pick(PLACES)])].map(slugOf).join(', ')}]
status: ${pick(['gepland', 'in-uitvoering', 'afgerond'])}`,
      text,
    );
  }

  for (let i = 1; i <= COUNTS.editions; i++) {
    const date = day(new Date('2009-01-01'), new Date('2024-12-31'));
    files[`nieuwsbrief/heilust-${i}.md`] = md(
      `title: Nieuwsbrief Heilust ${i}\nedition: ${i}\ndate: ${date}\nsummary: ${quoted(sentence())}`,
      body(between(4, 8)),
    );
  }

  for (let i = 1; i <= COUNTS.news; i++) {
    const date = day(new Date('2009-01-01'), new Date('2024-12-31'));
    const title = `${pick(['Start', 'Nieuws over', 'Bijeenkomst over', 'Planning', 'Afronding', 'Sloop', 'Uitnodiging'])} ${pickTopic()} ${pick(STREETS)}`;
    const linked = rand() < 0.5 ? [pick(projects)] : [];
    files[`nieuws/bericht-${i}.md`] = md(
      `title: ${quoted(`${title} (${i})`)}
date: ${date}
summary: ${quoted(sentence().slice(0, 280))}
projects: [${linked.join(', ')}]
neighbourhoods: [${rand() < 0.6 ? slugOf(pick(PLACES)) : ''}]`,
      body(between(2, 5)),
    );
  }
  return files;
}

function folderBytes(dir) {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      const inner = folderBytes(path);
      bytes += inner.bytes;
      files += inner.files;
    } else {
      bytes += statSync(path).size;
      files += 1;
    }
  }
  return { bytes, files };
}

// ---------------------------------------------------------------- server

// tests/helpers/server.ts: the same Netlify stand-in the browser tests use (netlify.toml
// headers, 404s), with gzip on, counting every response at the server so that requests
// from Pagefind's web worker count too.

// ---------------------------------------------------------------- browser

/** Records, inside the page, when the last keystroke landed and when results showed. */
function installTimers() {
  window.__bench = { lastInput: 0, shown: [] };
  document.addEventListener('input', () => (window.__bench.lastInput = performance.now()), true);
  document.addEventListener('DOMContentLoaded', () => {
    const status = document.getElementById('search-status');
    if (!status) return;
    new MutationObserver(() => window.__bench.shown.push({ at: performance.now(), text: status.textContent })).observe(status, {
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
  await page.waitForFunction((q) => window.__bench.shown.some((s) => s.text.includes(`“${q}”`)), query, { timeout: 30_000 });
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
  await page.waitForFunction((q) => window.__bench.shown.some((s) => s.text.includes(`“${q}”`)), second, { timeout: 30_000 });
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

const files = syntheticSite();
const contentDir = writeFixture(files);
console.log(`Content: ${COUNTS.news} news items, ${COUNTS.editions} editions, ${COUNTS.projects} projects (${Object.keys(files).length} files) in ${contentDir}`);

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
const share = indexMs / (buildMs - indexMs);
console.log(`  index adds:             ${(share * 100).toFixed(1)} % (target < ${TARGETS.indexShare * 100} %: ${verdict(share < TARGETS.indexShare)})`);
console.log(`  index size:             ${kb(index.bytes)} in ${index.files} files (whole site ${(site.bytes / 1024 / 1024).toFixed(1)} MB)`);

const server = await serveSite(build.outDir, { gzip: true });
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
    console.log(`    first query transferred: ${kb(bytes)} (target ≤ ${TARGETS.firstQueryKB} KB: ${verdict(bytes <= TARGETS.firstQueryKB * 1024)}); the page itself ${kb(runs[0].pageBytes)}`);
    console.log(`    last keystroke → results: ${Math.round(ms)} ms (target ≤ ${TARGETS.resultsMs} ms: ${verdict(ms <= TARGETS.resultsMs)}); next query ${Math.round(median(runs.map((r) => r.warmMs)))} ms`);
  }
  console.log(`  4× slower CPU (a budget phone), “${QUERIES[0]}”: ${Math.round(throttled.ms)} ms to results, next query ${Math.round(throttled.warmMs)} ms`);
  console.log('\n  Transferred for the first query of “' + QUERIES[0] + '” (one run):');
  for (const file of summary[0].runs[0].byFile) console.log(`    ${kb(file.bytes).padStart(9)}  ${file.phase === 'load' ? 'page load ' : 'typing    '} ${file.path}`);
} finally {
  await browser.close();
  await server.close();
  if (!args.keep) {
    rmSync(contentDir, { recursive: true, force: true });
    rmSync(build.outDir, { recursive: true, force: true });
  } else {
    console.log(`\nKept: ${contentDir} and ${build.outDir}`);
  }
}
