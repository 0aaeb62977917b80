#!/usr/bin/env node
/**
 * Build benchmark (npm run bench:build -- --news N). Not a test: it prints figures for
 * docs/performance.md.
 *
 * 1. Writes a synthetic site to the content contract: N news items, each naming one project and
 *    one neighbourhood, N/16 editions, 60 projects (tests/fixtures/synthetic-site.mjs).
 * 2. Builds this site, and a bare Astro site on the same Markdown files: one content collection
 *    (news, editions and projects), one page per item, the same unified + remark-gfm Markdown
 *    pipeline, and a Pagefind index. One after the other, `--runs` times each (default 2);
 *    the best time counts.
 * 3. Prints both times, the ratio, milliseconds per news item and per page, each build's peak
 *    memory, and the CPU seconds each build used (user and system, the build's processes and
 *    Pagefind's together, read from /proc on Linux): on a shared machine wall time varies by tens
 *    of per cent between runs of the same build, CPU time much less.
 *
 * Options: --news N (default 5000), --meetings N (agenda items, default 0), --runs N, --keep
 * (keep the content and build folders).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT, buildSite } from './lib/astro-build.ts';
import { writeFixture } from './lib/content-folder.ts';
import { syntheticSite } from '../tests/fixtures/synthetic-site.mjs';

const { values: args } = parseArgs({
  options: {
    news: { type: 'string', default: '5000' },
    meetings: { type: 'string', default: '0' },
    runs: { type: 'string', default: '2' },
    keep: { type: 'boolean', default: false },
  },
});
const NEWS = Number(args.news);
const RUNS = Number(args.runs);
const TARGET_RATIO = 1.5;
const MEMORY_LIMIT_MB = 2048;

// Every build reports its peak memory on exit (resident set of the build's Node process).
const work = mkdtempSync(join(tmpdir(), 'westwint-bench-build-'));
const peakReporter = join(work, 'peak-memory.mjs');
writeFileSync(
  peakReporter,
  "process.on('exit', () => process.stderr.write(`\\npeak-rss-kb ${process.resourceUsage().maxRSS}\\n`));\n",
);
const measured = { NODE_OPTIONS: `--import=${peakReporter}` };

function peakMb(output) {
  const match = /peak-rss-kb (\d+)/.exec(output);
  return match ? Number(match[1]) / 1024 : Number.NaN;
}

// ---------------------------------------------------------------- the bare site

/** A bare Astro site inside the project (so it finds node_modules), reading the corpus's Markdown. */
function writeBareSite(dir) {
  mkdirSync(join(dir, 'src/pages'), { recursive: true });
  writeFileSync(join(dir, 'package.json'), '{ "type": "module", "private": true }\n');
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import * as pagefind from 'pagefind';

export default defineConfig({
  site: 'https://bare.example',
  cacheDir: process.env.BARE_CACHE_DIR,
  markdown: { processor: unified({ gfm: false, remarkPlugins: [remarkGfm] }) },
  integrations: [{
    name: 'bare-pagefind',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const site = fileURLToPath(dir);
        const { index } = await pagefind.createIndex();
        await index.addDirectory({ path: site });
        await index.writeFiles({ outputPath: join(site, 'pagefind') });
        await pagefind.close();
      },
    },
  }],
});
`,
  );
  writeFileSync(
    join(dir, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

export const collections = {
  items: defineCollection({
    loader: glob({ pattern: '{nieuws,nieuwsbrief,projecten}/**/*.md', base: process.env.BARE_CONTENT_DIR }),
    schema: z.looseObject({ title: z.string() }),
  }),
};
`,
  );
  writeFileSync(
    join(dir, 'src/pages/[...id].astro'),
    `---
import { getCollection, render } from 'astro:content';

export async function getStaticPaths() {
  return (await getCollection('items')).map((item) => ({ params: { id: item.id }, props: { item } }));
}

const { item } = Astro.props;
const { Content } = await render(item);
---
<html lang="nl"><head><meta charset="utf-8"><title>{item.data.title}</title></head>
<body><main data-pagefind-body><h1>{item.data.title}</h1><Content /></main></body></html>
`,
  );
}

function buildBare(dir, contentDir) {
  const cacheDir = mkdtempSync(join(tmpdir(), 'westwint-bare-cache-'));
  const result = spawnSync(
    process.execPath,
    [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--root', dir],
    {
      cwd: ROOT,
      encoding: 'utf8',
      env: {
        ...process.env,
        ...measured,
        ASTRO_TELEMETRY_DISABLED: '1',
        BARE_CONTENT_DIR: contentDir,
        BARE_CACHE_DIR: cacheDir,
        NO_COLOR: '1',
      },
    },
  );
  rmSync(cacheDir, { recursive: true, force: true });
  return { ok: result.status === 0, output: `${result.stdout}\n${result.stderr}` };
}

// ---------------------------------------------------------------- run

const counts = {
  news: NEWS,
  editions: Math.round(NEWS / 16),
  projects: 60,
  meetings: Number(args.meetings),
  linkAll: true,
};
const files = syntheticSite(counts);
const contentDir = writeFixture(files);
const bareDir = join(ROOT, '.cache/bench-build', `bare-${process.pid}`);
writeBareSite(bareDir);
console.log(
  `Content: ${counts.news} news items, ${counts.editions} editions, ${counts.projects} projects, ${counts.meetings} meetings (${Object.keys(files).length} files)`,
);

/** CPU seconds used by this process's finished children so far (Linux: cutime + cstime in /proc/self/stat, 100 ticks a second). */
function childrenCpuSeconds() {
  const stat = readFileSync('/proc/self/stat', 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[13]) + Number(fields[14])) / 100;
}

function timed(label, build) {
  const started = performance.now();
  const cpuBefore = childrenCpuSeconds();
  const result = build();
  const seconds = (performance.now() - started) / 1000;
  const cpu = childrenCpuSeconds() - cpuBefore;
  if (!result.ok) {
    console.error(result.output.split('\n').slice(-40).join('\n'));
    throw new Error(`The ${label} build failed (its last 40 lines are above).`);
  }
  const peak = peakMb(result.output);
  console.log(
    `  ${label.padEnd(10)} ${seconds.toFixed(1).padStart(6)} s, ${cpu.toFixed(1)} CPU s, peak memory ${Math.round(peak)} MB`,
  );
  return { seconds, cpu, peak, output: result.output };
}

const site = [];
const bare = [];
try {
  for (let run = 1; run <= RUNS; run++) {
    console.log(`Run ${run}`);
    site.push(
      timed('this site', () => {
        const result = buildSite(contentDir, measured);
        rmSync(result.outDir, { recursive: true, force: true });
        return result;
      }),
    );
    bare.push(timed('bare Astro', () => buildBare(bareDir, contentDir)));
  }
} finally {
  if (!args.keep) {
    rmSync(contentDir, { recursive: true, force: true });
    rmSync(bareDir, { recursive: true, force: true });
  } else {
    console.log(`Kept: ${contentDir} and ${bareDir}`);
  }
  rmSync(work, { recursive: true, force: true });
}

const best = (runs, key = 'seconds') => Math.min(...runs.map((r) => r[key]));
const ours = best(site);
const theirs = best(bare);
const ratio = ours / theirs;
const peak = Math.max(...site.map((r) => r.peak));
const pages = Number(/(\d+) page\(s\) built/.exec(site.at(-1).output)?.[1] ?? Number.NaN);
const indexMs = Number(/search index: \d+ pages in (\d+) ms/.exec(site.at(-1).output)?.[1] ?? Number.NaN);
console.log(`\nBest of ${RUNS}, ${NEWS} news items`);
console.log(
  `  this site:   ${ours.toFixed(1)} s (${((ours * 1000) / NEWS).toFixed(2)} ms per news item; search index ${(indexMs / 1000).toFixed(1)} s)`,
);
console.log(`  pages:       ${pages} built, ${((ours * 1000) / pages).toFixed(2)} ms per page`);
console.log(
  `  CPU:         ${best(site, 'cpu').toFixed(1)} s for this site (${((best(site, 'cpu') * 1000) / pages).toFixed(2)} ms per page), ${best(bare, 'cpu').toFixed(1)} s for the bare site`,
);
console.log(
  `  bare Astro:  ${theirs.toFixed(1)} s (${((theirs * 1000) / NEWS).toFixed(2)} ms per news item)`,
);
console.log(
  `  ratio:       ${ratio.toFixed(2)}× (target ≤ ${TARGET_RATIO}×: ${ratio <= TARGET_RATIO ? 'within target' : 'MISSES target'})`,
);
console.log(
  `  peak memory: ${Math.round(peak)} MB for this site (limit ${MEMORY_LIMIT_MB} MB: ${peak < MEMORY_LIMIT_MB ? 'within' : 'OVER'})`,
);
