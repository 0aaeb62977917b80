/**
 * Ideas in the built site: an idea that is not public, or not yet answered, shows its words
 * nowhere (not in a page, a feed, the search index, the editor's data files or any other file);
 * /ideeen/ counts every idea that is not a draft; the answers are in the feeds, once per status.
 * Read against content/ideeen/ as it is, so a new idea file is checked as it arrives.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as cheerio from 'cheerio';
import { describe, expect, test } from 'vitest';
import { ROOT } from '../../scripts/lib/astro-build.ts';
import { builtSiteDir } from '../../scripts/lib/local-netlify.ts';
import { frontMatterFields } from '../../src/lib/content/front-matter';
import { IDEA_STATUS_LABELS } from '../../src/lib/ideas/status';

const siteDir = builtSiteDir();
const ideasDir = join(ROOT, 'content/ideeen');

interface IdeaFile {
  reference: string;
  data: Record<string, unknown>;
  answer: string;
}

const ideas: IdeaFile[] = readdirSync(ideasDir)
  .filter((name) => name.endsWith('.md'))
  .map((name) => {
    const text = readFileSync(join(ideasDir, name), 'utf8');
    const answer = text.slice(text.indexOf('---', 3) + 3).trim();
    return { reference: name.replace(/\.md$/, ''), data: frontMatterFields(text), answer };
  });
/** A day as the file holds it: YAML reads an unquoted 2016-12-09 as a Date. */
const dayOf = (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value));
const counted = ideas.filter((idea) => idea.data.draft !== true);
const shown = counted.filter((idea) => idea.data.public === true && idea.data.status !== 'ontvangen');
const hidden = ideas.filter((idea) => !shown.includes(idea));

/** Sentences long enough to be this idea's own words, not a phrase any page may hold. */
const sentencesOf = (text: string) =>
  text
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .split(/(?<=[.!?])\s+/)
    .map((sentence) => decoded(sentence.trim()))
    .filter((sentence) => sentence.length >= 25);

/** Text with HTML's and XML's character references resolved, twice (a feed holds escaped HTML). */
function decoded(text: string): string {
  const once = (t: string) =>
    t
      .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
      .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
      .replace(
        /&(quot|apos|lt|gt|nbsp);/g,
        (_, name: string) => ({ quot: '"', apos: "'", lt: '<', gt: '>', nbsp: ' ' })[name as 'quot'],
      )
      .replace(/&amp;/g, '&');
  // Markdown makes quotes typographic ('t becomes ’t): compare them plain.
  return once(once(text)).replace(/[‘’]/g, "'").replace(/[“”„]/g, '"');
}

/** Every file of the build as text; gzipped files (the search index) unpacked, references resolved. */
function everyFile(dir: string): Array<{ path: string; text: string }> {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .flatMap((entry) => {
      const path = join(entry.parentPath, entry.name);
      if (/\.(avif|webp|jpe?g|png|pdf|woff2?|wasm|ico)$/i.test(path)) return [];
      const bytes = readFileSync(path);
      const raw = bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes;
      return [{ path: path.slice(siteDir.length + 1), text: decoded(raw.toString('utf8')) }];
    });
}
const files = everyFile(siteDir);
const inFiles = (sentence: string) => files.filter((file) => file.text.includes(sentence)).map((f) => f.path);

describe('the ideas in content/', () => {
  test('hold at least one idea of each kind the site treats apart', () => {
    expect(shown.length).toBeGreaterThanOrEqual(3);
    expect(hidden.some((idea) => idea.data.public === false && idea.data.status !== 'ontvangen')).toBe(true);
    expect(hidden.some((idea) => idea.data.status === 'ontvangen' && idea.data.public === true)).toBe(true);
  });
});

describe('an idea that is not shown', () => {
  const wordsOf = (idea: IdeaFile) => [
    ...sentencesOf(String(idea.data.idea ?? '')),
    ...sentencesOf(idea.answer),
  ];
  test('at least one of them has words to look for (an answer not shown)', () => {
    expect(hidden.some((idea) => wordsOf(idea).length > 0)).toBe(true);
  });
  for (const idea of hidden) {
    const words = wordsOf(idea);
    test(`${idea.reference}: its words and its answer are in no file of the build (${words.length} sentences)`, () => {
      for (const sentence of words) expect(inFiles(sentence), sentence).toEqual([]);
    });
    test(`${idea.reference}: has no page`, () => {
      expect(files.some((file) => file.path.startsWith(`ideeen/${idea.reference}/`))).toBe(false);
    });
  }
});

describe('an answered public idea', () => {
  test('has its page, its words and its answer, and is in the search index', () => {
    for (const idea of shown) {
      const page = files.find((file) => file.path === `ideeen/${idea.reference}/index.html`);
      expect(page, idea.reference).toBeDefined();
      for (const sentence of [...sentencesOf(String(idea.data.idea)), ...sentencesOf(idea.answer)])
        expect(page!.text.replace(/<[^>]+>/g, ''), sentence).toContain(sentence);
      const indexed = files.filter(
        (file) =>
          file.path.startsWith('pagefind/fragment/') && file.text.includes(`/ideeen/${idea.reference}/`),
      );
      expect(indexed).toHaveLength(1);
      expect(indexed[0]!.text).toContain('Ideeën');
    }
  });

  test('is in the site feed and the answers feed, with a guid per idea and status', () => {
    for (const feed of ['rss.xml', 'ideeen/rss.xml']) {
      const xml = readFileSync(join(siteDir, feed), 'utf8');
      for (const idea of shown) {
        const guid = `/ideeen/${idea.reference}/#${String(idea.data.status)}-${dayOf(idea.data.answered)}</guid>`;
        expect(xml, `${feed}: ${idea.reference}`).toContain(guid);
      }
      expect(xml.match(/<guid isPermaLink="false">[^<]*\/ideeen\//g) ?? []).toHaveLength(shown.length);
    }
  });
});

describe('/ideeen/ counts every idea that is not a draft', () => {
  const $ = cheerio.load(readFileSync(join(siteDir, 'ideeen/index.html'), 'utf8'));
  const facts = new Map(
    $('.utrecht-data-list__item')
      .toArray()
      .map((item) => [$(item).find('dt').text().trim(), Number($(item).find('dd').text().trim())]),
  );
  // The build's year in Amsterdam: the test runs the day the site was built.
  const year = Number(
    new Intl.DateTimeFormat('en', { timeZone: 'Europe/Amsterdam', year: 'numeric' }).format(new Date()),
  );
  const byStatus = (status: string) => counted.filter((idea) => idea.data.status === status).length;

  test('this year, in all, answered and by status', () => {
    const receivedYear = (idea: IdeaFile) => dayOf(idea.data.received).slice(0, 4);
    expect(facts.get(`Binnengekomen in ${year}`)).toBe(
      counted.filter((idea) => receivedYear(idea) === String(year)).length,
    );
    expect(facts.get('Binnengekomen in totaal')).toBe(counted.length);
    expect(facts.get('Beantwoord')).toBe(counted.length - byStatus('ontvangen'));
    expect(facts.get('Wacht nog op antwoord')).toBe(byStatus('ontvangen'));
    for (const [status, label] of Object.entries(IDEA_STATUS_LABELS).filter(([s]) => s !== 'ontvangen'))
      expect(facts.get(label), label).toBe(byStatus(status));
    expect(counted.length).toBeGreaterThan(shown.length);
  });

  test('lists the newest answers, newest first', () => {
    const links = $('[aria-labelledby="idea-answers"] a')
      .toArray()
      .map((a) => $(a).attr('href'));
    const newestFirst = [...shown]
      .sort((a, b) => dayOf(b.data.answered).localeCompare(dayOf(a.data.answered)))
      .map((idea) => `/ideeen/${idea.reference}/`);
    expect(links).toEqual(newestFirst.slice(0, 5));
  });
});

describe("the newsletter's mail", () => {
  const editionsDir = join(ROOT, 'content/nieuwsbrief');
  const editions = readdirSync(editionsDir)
    .filter((name) => name.endsWith('.md'))
    .map((name) => ({
      slug: name.replace(/\.md$/, ''),
      date: dayOf(frontMatterFields(readFileSync(join(editionsDir, name), 'utf8')).date),
    }))
    .sort((a, b) => a.date.localeCompare(b.date));

  test('of each edition lists the answers given since the edition before and before its own day: each answer once', () => {
    let listed = 0;
    editions.forEach((edition, i) => {
      const since = editions[i - 1]?.date ?? '';
      const html = readFileSync(join(siteDir, 'nieuwsbrief', edition.slug, 'mail/index.html'), 'utf8');
      for (const idea of shown) {
        const answered = dayOf(idea.data.answered);
        const expected = answered >= since && answered < edition.date;
        expect(html.includes(`/ideeen/${idea.reference}/`), `${edition.slug}: ${idea.reference}`).toBe(
          expected,
        );
        if (expected) listed += 1;
      }
    });
    expect(listed).toBeGreaterThan(0);
  });
});

describe("the editor's count of waiting ideas (/admin/ideeen.json)", () => {
  test('holds only how many wait and since when: no reference, project or word of an idea', () => {
    const data = JSON.parse(readFileSync(join(siteDir, 'admin/ideeen.json'), 'utf8')) as Record<
      string,
      unknown
    >;
    const waiting = counted.filter((idea) => idea.data.status === 'ontvangen');
    expect(Object.keys(data).sort()).toEqual(
      waiting.length > 0 ? ['oldestReceived', 'waiting'] : ['waiting'],
    );
    expect(data.waiting).toBe(waiting.length);
    if (waiting.length > 0)
      expect(data.oldestReceived).toBe(waiting.map((idea) => dayOf(idea.data.received)).sort()[0]);
  });
});
