/**
 * The build's indexing step on tiny hand-made sites: it indexes only marked content,
 * ships no unused Pagefind interfaces, and stops the build when nothing is indexed.
 */
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, test } from 'vitest';
import { EXCLUDED, INDEX_CHUNK_SIZE, indexSite } from '../../src/integrations/pagefind';

const dirs: string[] = [];

function site(pages: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'westwint-index-'));
  dirs.push(dir);
  for (const [path, html] of Object.entries(pages)) {
    mkdirSync(join(dir, path), { recursive: true });
    writeFileSync(join(dir, path, 'index.html'), html);
  }
  return dir;
}

const page = (body: string) =>
  `<!doctype html><html lang="nl"><head><title>t</title></head><body><header>Menu kopregel</header>${body}</body></html>`;

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('indexSite', () => {
  test('indexes the marked content of each page, in Dutch, and ships only what the search page uses', async () => {
    const dir = site({
      'projecten/a': page(
        '<article data-pagefind-body><h1>Achter de voordeur</h1><p>Huisbezoeken bij gezinnen.</p><p><span class="utrecht-status-badge"><span class="westwint-visually-hidden">Projectstatus: </span>Afgerond</span></p><dl class="utrecht-data-list"><div class="utrecht-data-list__item"><dt class="utrecht-data-list__item-key">Thema</dt><dd class="utrecht-data-list__item-value">Wonen</dd></div></dl></article>',
      ),
      nieuws: page('<ul><li>Een lijst, niet gemarkeerd</li></ul>'),
    });
    const report = await indexSite(dir);
    expect(report.pages).toBe(1);
    const files = readdirSync(join(dir, 'pagefind'));
    expect(files).toContain('pagefind.js');
    expect(files.some((file) => file.startsWith('wasm.nl'))).toBe(true);
    expect(files.filter((file) => file.includes('-ui') || file.includes('highlight'))).toEqual([]);
    const fragments = join(dir, 'pagefind', 'fragment');
    const text = readdirSync(fragments)
      .map((file) => gunzipSync(readFileSync(join(fragments, file))).toString('utf8'))
      .join('');
    expect(text).toContain('Huisbezoeken bij gezinnen');
    expect(text).toContain('Wonen');
    // Fact labels, screen-reader-only labels and the header are not content.
    expect(text).not.toContain('Thema');
    expect(text).not.toContain('Projectstatus');
    expect(text).toContain('Afgerond');
    expect(text).not.toContain('kopregel');
  });

  test('stops the build when no page marks its content (Pagefind would index every page whole)', async () => {
    const dir = site({ a: page('<p>Geen data-pagefind-body hier</p>'), b: page('<p>En hier ook niet</p>') });
    await expect(indexSite(dir)).rejects.toThrow(/found no data-pagefind-body/);
    expect(existsSync(join(dir, 'pagefind', 'pagefind-ui.js'))).toBe(false);
  });
});

describe('index chunk size (PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE)', () => {
  /** 200 pages of 100 words each from a vocabulary of 20,000 made-up words. */
  function manyWords(): string {
    const pages: Record<string, string> = {};
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
    for (let p = 0; p < 200; p++) {
      const words = Array.from({ length: 100 }, () => `w${(next() % 20000).toString(36)}k`);
      pages[`p${p}`] = page(`<main data-pagefind-body><p>${words.join(' ')}</p></main>`);
    }
    // A list page, unmarked, as every real site has (indexSite refuses a site that marks every page).
    pages['lijst'] = page('<ul><li>Lijst</li></ul>');
    return site(pages);
  }

  function chunkSizes(dir: string): number[] {
    const folder = join(dir, 'pagefind', 'index');
    return readdirSync(folder).map((file) => readFileSync(join(folder, file)).byteLength);
  }

  test('the pinned Pagefind still honours it: smaller chunks than its default, so a query loads fewer bytes', async () => {
    const small = manyWords();
    const usual = manyWords();
    await indexSite(small, INDEX_CHUNK_SIZE);
    await indexSite(usual, 20_000);
    const [smallChunks, usualChunks] = [chunkSizes(small), chunkSizes(usual)];
    expect(
      smallChunks.length,
      `${smallChunks.length} chunks at ${INDEX_CHUNK_SIZE}, ${usualChunks.length} at 20,000`,
    ).toBeGreaterThan(usualChunks.length);
    expect(Math.max(...smallChunks)).toBeLessThan(Math.max(...usualChunks) / 2);
  }, 60_000);
});

describe('what the index leaves out', () => {
  test('names classes the site renders, so a renamed class cannot let labels back into excerpts', () => {
    const sources = ['src/components', 'src/lib/content']
      .flatMap((dir) =>
        readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((file) => join(dir, file)),
      )
      .filter((file) => /\.(astro|ts)$/.test(file))
      .map((file) => readFileSync(file, 'utf8'))
      .join('\n');
    // The footnotes' back-links are remark's own markup; the rest is the design system's.
    const ours = EXCLUDED.filter((selector) => /^\.(?:utrecht|nl|westwint)-/.test(selector));
    expect(ours.length).toBeGreaterThan(1);
    for (const selector of ours) expect(sources, selector).toContain(selector.slice(1));
  });
});
