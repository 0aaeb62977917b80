/**
 * A page built once per item (every news item, every list page) must not walk the whole archive
 * while it renders: with 10,000 news items, 500 list pages that each look at every item make the
 * build grow with pages × items. Work on the whole archive happens once per build in
 * getContent() (src/lib/content/content.ts) or once per route in getStaticPaths. This builds a
 * site of a few hundred news items with the walks counted (WESTWINT_COUNT_ARCHIVE_WALKS) and
 * checks that their number stays far below the number of pages.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import type { BuildResult } from '../../scripts/lib/astro-build.ts';
import { CONTENT_TYPES, TYPE_NAMES } from '../../src/lib/content/model';
import { LARGE_SITE_NEWS, largeSite } from '../helpers/fixture';

/**
 * The dated types (news, editions, meetings, ideas, works): each is walked a few times per build,
 * by the routes and lists that cover it (getStaticPaths, its list, the search menus, the redirects,
 * the plain-language check), whatever the number of pages. Ten walks per dated type is far below
 * one per page: the large site has well over a hundred pages.
 */
const WALKS_PER_DATED_TYPE = 10;
const datedTypes = TYPE_NAMES.filter((name) => CONTENT_TYPES[name].dateOf).length;

let build: BuildResult;

beforeAll(() => {
  build = largeSite();
});

describe('pages built many times do not walk the whole archive', () => {
  test(`a build of ${LARGE_SITE_NEWS} news items walks each dated type a few times, not once per page`, () => {
    const newsPages = readdirSync(join(build.outDir, 'nieuws'), { withFileTypes: true }).filter((entry) =>
      entry.isDirectory(),
    ).length;
    expect(newsPages, 'every news item has its page').toBeGreaterThan(LARGE_SITE_NEWS);
    const walks = Number(/archive walks: (\d+)/.exec(build.output)?.[1]);
    // The counter is live: getStaticPaths walks the archive once per route.
    expect(walks).toBeGreaterThan(0);
    expect(walks, 'walks grow with the pages: compute it once in getContent() instead').toBeLessThan(
      WALKS_PER_DATED_TYPE * datedTypes,
    );
    expect(WALKS_PER_DATED_TYPE * datedTypes).toBeLessThan(newsPages / 2);
  });
});
