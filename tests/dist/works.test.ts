/**
 * Works in the built site, read against content/werkzaamheden/ as it is: works whose last day has
 * passed have left "Nu en binnenkort" on /werkzaamheden/ and on their streets' pages, and are in
 * the archive of the year they ended; the others are listed now, soonest first. Each has its
 * calendar file, all day from the first day to the day after the last.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { expect, test } from 'vitest';
import { ROOT } from '../../scripts/lib/astro-build.ts';
import { builtSiteDir } from '../../scripts/lib/local-netlify.ts';
import { frontMatterFields } from '../../src/lib/content/front-matter';
import { addDays, amsterdamDay } from '../../src/lib/dates/amsterdam';
import { streetSlug } from '../../src/lib/content/streets';

const siteDir = builtSiteDir();
const worksDir = join(ROOT, 'content/werkzaamheden');
/** A day as the file holds it: YAML reads an unquoted 2016-12-09 as a Date. */
const dayOf = (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value));
const works = (existsSync(worksDir) ? readdirSync(worksDir) : [])
  .filter((name) => name.endsWith('.md'))
  .map((name) => {
    const data = frontMatterFields(readFileSync(join(worksDir, name), 'utf8'));
    return {
      slug: name.replace(/\.md$/, ''),
      first: dayOf(data.start),
      last: dayOf(data.end),
      streets: data.streets as string[],
      draft: data.draft === true,
    };
  })
  .filter((w) => !w.draft);
// The build ran today or, near midnight, yesterday: a job ending on either day is left out.
const today = amsterdamDay(new Date());
const settled = works.filter((w) => w.last !== today && w.last !== addDays(today, -1));

const page = (path: string) => cheerio.load(readFileSync(join(siteDir, path, 'index.html'), 'utf8'));
/** The works linked under "Nu en binnenkort" on a page, in order. */
const listedNow = (path: string) =>
  page(path)('section[aria-labelledby="nu-en-binnenkort"] .utrecht-card a')
    .map((_, a) => a.attribs.href)
    .get();

test('works leave "now" after their last day, for the archive of the year they ended', () => {
  expect(works.length).toBeGreaterThan(0);
  const now = listedNow('werkzaamheden');
  for (const w of settled) {
    const address = `/werkzaamheden/${w.slug}/`;
    const over = w.last < today;
    expect(now.includes(address), `${address} (last day ${w.last}) under "Nu en binnenkort"`).toBe(!over);
    for (const street of w.streets) {
      expect(
        listedNow(`werkzaamheden/straat/${streetSlug(street)}`).includes(address),
        `${address} in ${street}`,
      ).toBe(!over);
    }
    const archive = join(siteDir, 'werkzaamheden/archief', w.last.slice(0, 4), 'index.html');
    const inArchive = existsSync(archive) && readFileSync(archive, 'utf8').includes(`href="${address}"`);
    expect(inArchive, `${address} in the archive of ${w.last.slice(0, 4)}`).toBe(over);
  }
  // Soonest first.
  const starts = now.map((address) => works.find((w) => `/werkzaamheden/${w.slug}/` === address)!.first);
  expect(starts).toEqual([...starts].sort());
});

test('each job of works has its all-day calendar file', () => {
  for (const w of works) {
    const text = readFileSync(join(siteDir, 'werkzaamheden', `${w.slug}.ics`), 'utf8');
    expect(text).toContain(`DTSTART;VALUE=DATE:${w.first.replaceAll('-', '')}`);
    expect(text).toContain(`DTEND;VALUE=DATE:${addDays(w.last, 1).replaceAll('-', '')}`);
    expect(text).toContain(`UID:werkzaamheden-${w.slug}@westwint.nl`);
  }
});
