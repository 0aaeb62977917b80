/**
 * A page that is built many times (every news item, every list page) must not walk the whole
 * archive while it renders: with 10,000 news items, 500 list pages that each look at every item
 * make the build grow with pages × items. Work on the whole archive happens once per build in
 * getSite() (src/lib/content/site.ts: lists, lookups, news by year), or in getStaticPaths, which
 * runs once per route. This reads the source of every such page, layout and component and fails,
 * naming the file and line, where the render walks site.news or site.editions.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/lib/astro-build.ts';

const WALK = /\bsite\.(news|editions)\s*\.\s*(map|filter|find|findIndex|findLast|some|every|forEach|reduce|flatMap|sort|toSorted|indexOf|includes|entries|values)\s*\(|\.\.\.\s*site\.(news|editions)\b/;

function astroFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.astro'))
    .map((name) => join(dir, name));
}

/** The source without its getStaticPaths function (runs once per route, not per page); line numbers kept. */
function withoutStaticPaths(source: string): string {
  const found = /export\s+(async\s+function\s+getStaticPaths|const\s+getStaticPaths)/.exec(source);
  if (!found) return source;
  // The body starts at the first "{" after the parameters: after "=>" for an arrow function.
  const bodyFrom = found[1]!.startsWith('const') ? source.indexOf('=>', found.index) : found.index;
  let depth = 0;
  for (let i = source.indexOf('{', bodyFrom); i < source.length; i++) {
    if (source[i] === '{') depth++;
    else if (source[i] === '}' && --depth === 0) {
      const removed = source.slice(found.index, i + 1);
      return source.slice(0, found.index) + '\n'.repeat(removed.split('\n').length - 1) + source.slice(i + 1);
    }
  }
  return source;
}

/** Files rendered for many pages: dynamic routes, the layout and every component. */
const files = [
  ...astroFiles(join(ROOT, 'src/pages')).filter((file) => /getStaticPaths/.test(readFileSync(file, 'utf8'))),
  ...astroFiles(join(ROOT, 'src/layouts')),
  ...astroFiles(join(ROOT, 'src/components')),
];

describe('pages built many times do not walk the whole archive', () => {
  it('finds the dynamic routes, the layout and the components', () => {
    const shown = files.map((file) => relative(ROOT, file));
    expect(shown).toEqual(expect.arrayContaining(['src/pages/nieuws/[...page].astro', 'src/pages/nieuws/[slug].astro', 'src/layouts/Base.astro', 'src/components/YearLinks.astro']));
  });

  it('the check itself: it sees a walk in a render and ignores one in getStaticPaths', () => {
    const page = `---
export async function getStaticPaths() {
  const site = await getSite();
  return site.news.map((item) => ({ params: { slug: item.id } }));
}
const years = site.news.map((n) => n.data.date);
---`;
    const render = withoutStaticPaths(page);
    expect(render.split('\n').findIndex((line) => WALK.test(line))).toBe(5);
    const arrow = 'export const getStaticPaths = (async ({ paginate }) => {\n  return paginate([...site.news], { pageSize: 20 });\n}) satisfies GetStaticPaths;';
    expect(WALK.test(withoutStaticPaths(arrow))).toBe(false);
    expect(WALK.test(withoutStaticPaths(page.replace('const years = site.news.map((n) => n.data.date);', '')))).toBe(false);
  });

  it.each(files.map((file) => [relative(ROOT, file), file]))('%s', (_, file) => {
    const lines = withoutStaticPaths(readFileSync(file, 'utf8')).split('\n');
    const walks = lines.flatMap((line, i) => (WALK.test(line) ? [`line ${i + 1}: ${line.trim()}`] : []));
    expect(walks, 'walks the archive while rendering; compute it once in getSite() instead').toEqual([]);
  });
});
