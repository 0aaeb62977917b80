/**
 * The site's content, loaded and checked once per build. Pages ask `getContent()` instead of
 * calling getCollection themselves, so drafts, future items and cross-file mistakes are handled
 * in one place, and every relation between items (news per project, per neighbourhood, per
 * year) is worked out once here and read by the pages.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { dayAfter, isOver, lastDay, meetingTime } from '../agenda/when';
import { amsterdamDay, groupByYear, isPublishedBy } from '../dates/amsterdam';
import { urls } from '../urls/routes';
import { CONTENT_DIR } from '../../consts';
import { measureItems, readabilityWarning } from '../readability/report';
import { readWordList } from '../readability/word-list';
import type { ContentFacts } from './across-files';
import { checkAcrossFiles, factsOf, type Collections } from './cross-file-checks';
import { ContentError } from './loader';
import type { PdfFacts } from './pdf';

export type Theme = CollectionEntry<'themas'>;
export type Neighbourhood = CollectionEntry<'buurten'>;
export type Project = CollectionEntry<'projecten'>;
export type NewsItem = CollectionEntry<'nieuws'>;
export type Edition = CollectionEntry<'nieuwsbrief'>;
export type Page = CollectionEntry<'paginas'>;
export type Meeting = CollectionEntry<'agenda'>;
export type Settings = CollectionEntry<'site'>['data'];

export interface Content {
  settings: Settings;
  themes: Theme[];
  neighbourhoods: Neighbourhood[];
  projects: Project[];
  /** Published news, newest first. */
  news: NewsItem[];
  /** Published news by Amsterdam year, newest year first. */
  newsByYear: Array<{ year: number; items: NewsItem[] }>;
  /** Published editions, newest first. */
  editions: Edition[];
  pages: Page[];
  /** Published meetings (not drafts), soonest first. */
  meetings: Meeting[];
  /** What is coming: meetings whose last day is today or later, soonest first. */
  upcoming: Meeting[];
  /** Meetings that are over, by Amsterdam year, newest year and newest meeting first. */
  pastMeetingsByYear: Array<{ year: number; items: Meeting[] }>;
  /** The Amsterdam day this build ran: what is coming is counted from it. */
  today: string;
  /**
   * Days (JJJJ-MM-DD, Amsterdam) on which the site must be built again: a finished news item or
   * edition goes online, or a meeting's last day is over and it moves to the archive. In order.
   */
  waitingDays: string[];
  /** What the rules across files read of every file, drafts included (the editor checks against it too). */
  facts: ContentFacts;
  /** Size, pages and tags of an edition's PDF, when it has one. */
  pdfOf(edition: Edition): PdfFacts | undefined;
  theme(id: string): Theme;
  neighbourhood(id: string): Neighbourhood;
  project(id: string): Project;
  projectsOfTheme(id: string): Project[];
  projectsIn(neighbourhoodId: string): Project[];
  newsAbout(projectId: string): NewsItem[];
  /** News about the neighbourhood or about a project in it, newest first. */
  newsIn(neighbourhoodId: string): NewsItem[];
  /** The neighbourhoods a news item is about: its own, and those of its projects. */
  neighbourhoodsOf(item: NewsItem): Neighbourhood[];
  /** Coming meetings about a project, soonest first. */
  meetingsAbout(projectId: string): Meeting[];
  /** Coming meetings for a neighbourhood or about a project in it, soonest first. */
  meetingsIn(neighbourhoodId: string): Meeting[];
  /** The neighbourhoods a meeting is for: its own, and those of its projects. */
  neighbourhoodsOfMeeting(meeting: Meeting): Neighbourhood[];
}

const byTitle = (a: { data: { title: string } }, b: { data: { title: string } }) =>
  a.data.title.localeCompare(b.data.title, 'nl');

const newestFirst = (a: { data: { date: Date } }, b: { data: { date: Date } }) =>
  b.data.date.getTime() - a.data.date.getTime();

/** `astro dev` shows drafts and future items so editors can preview them; builds never do. */
export function isPublished(entry: { data: { date: Date; draft: boolean } }, now = new Date()): boolean {
  if (import.meta.env.SHOW_UNPUBLISHED) return true;
  return !entry.data.draft && isPublishedBy(entry.data.date, now);
}

function index<T extends { id: string }>(entries: T[], what: string): (id: string) => T {
  const map = new Map(entries.map((entry) => [entry.id, entry]));
  return (id) => {
    const found = map.get(id);
    if (!found) throw new Error(`Onbekende ${what}: ${id}`);
    return found;
  };
}

async function loadCollections(): Promise<Collections> {
  const [settingsEntries, themes, neighbourhoods, projects, allNews, allEditions, allMeetings, pages] =
    await Promise.all([
      getCollection('site'),
      getCollection('themas'),
      getCollection('buurten'),
      getCollection('projecten'),
      getCollection('nieuws'),
      getCollection('nieuwsbrief'),
      getCollection('agenda'),
      getCollection('paginas'),
    ]);
  const settings = settingsEntries[0]?.data;
  if (!settings) throw new ContentError('content/site.yaml', null, 'dit bestand ontbreekt of is leeg');
  return { settings, themes, neighbourhoods, projects, allNews, allEditions, allMeetings, pages };
}

/** Each entry under every key it names (once per key, in the order given). */
function groupBy<T>(entries: readonly T[], keysOf: (entry: T) => string[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const entry of entries) {
    for (const key of new Set(keysOf(entry))) {
      const group = groups.get(key);
      if (group) group.push(entry);
      else groups.set(key, [entry]);
    }
  }
  return groups;
}

const lookup =
  <T>(groups: ReadonlyMap<string, T[]>) =>
  (key: string): T[] =>
    groups.get(key) ?? [];

async function loadContent(): Promise<Content> {
  const collections = await loadCollections();
  const { settings, themes, neighbourhoods, projects, pages } = collections;
  const now = new Date();
  const news = collections.allNews.filter((n) => isPublished(n, now)).sort(newestFirst);
  const editions = collections.allEditions
    .filter((e) => isPublished(e, now))
    .sort((a, b) => newestFirst(a, b) || b.data.edition - a.data.edition);
  const today = amsterdamDay(now);
  const whenOf = (m: Meeting) => meetingTime(m.data);
  const meetings = collections.allMeetings
    .filter((m) => import.meta.env.SHOW_UNPUBLISHED || !m.data.draft)
    .sort((a, b) => a.data.start.instant.getTime() - b.data.start.instant.getTime() || byTitle(a, b));
  const facts = factsOf(collections, {
    news: new Set(news),
    editions: new Set(editions),
    meetings: new Set(meetings),
  });
  const pdfs = await checkAcrossFiles(facts, collections.allEditions);
  // A meeting is measured as an item dated on its start.
  const meetingTexts = meetings.map((m) => ({
    ...m,
    data: { summary: m.data.summary, date: m.data.start.instant, updated: m.data.updated },
  }));
  if (!import.meta.env.SHOW_UNPUBLISHED)
    warnAboutReadability(
      [...news, ...editions, ...projects, ...themes, ...neighbourhoods, ...pages, ...meetingTexts],
      now,
    );

  themes.sort((a, b) => a.data.order - b.data.order || byTitle(a, b));
  neighbourhoods.sort(byTitle);
  projects.sort(byTitle);
  pages.sort(byTitle);

  const neighbourhood = index(neighbourhoods, 'buurt');
  // Grouped once per build, so a page's lookup costs the size of its answer, not of the archive.
  const projectsByTheme = groupBy(projects, (p) => [p.data.theme.id]);
  const projectsByNeighbourhood = groupBy(projects, (p) => p.data.neighbourhoods.map((n) => n.id));
  const newsByProject = groupBy(news, (n) => n.data.projects.map((p) => p.id));
  // News about a project counts for that project's neighbourhoods too.
  const neighbourhoodsOfProject = new Map(
    projects.map((p) => [p.id, p.data.neighbourhoods.map((n) => n.id)]),
  );
  const neighbourhoodIdsOf = (item: NewsItem) => [
    ...new Set([
      ...item.data.neighbourhoods.map((b) => b.id),
      ...item.data.projects.flatMap((p) => neighbourhoodsOfProject.get(p.id) ?? []),
    ]),
  ];
  const newsByNeighbourhood = groupBy(news, neighbourhoodIdsOf);

  const newsByYear = groupByYear(news, (n) => n.data.date);

  const upcoming = meetings.filter((m) => !isOver(whenOf(m), today));
  const past = meetings.filter((m) => isOver(whenOf(m), today)).reverse();
  const neighbourhoodIdsOfMeeting = (m: Meeting) => [
    ...new Set([
      ...m.data.neighbourhoods.map((b) => b.id),
      ...m.data.projects.flatMap((p) => neighbourhoodsOfProject.get(p.id) ?? []),
    ]),
  ];
  const upcomingByProject = groupBy(upcoming, (m) => m.data.projects.map((p) => p.id));
  const upcomingByNeighbourhood = groupBy(upcoming, neighbourhoodIdsOfMeeting);
  // The build after a meeting's last day moves it to the archive.
  const meetingDays = meetings.map((m) => dayAfter(lastDay(whenOf(m)))).filter((day) => day > today);

  return {
    settings,
    themes,
    neighbourhoods,
    projects,
    news: countedWalks(news),
    newsByYear,
    editions: countedWalks(editions),
    pages,
    meetings,
    upcoming,
    pastMeetingsByYear: groupByYear(past, (m) => m.data.start.instant),
    today,
    waitingDays: [
      ...new Set([...waitingDays([...collections.allNews, ...collections.allEditions], now), ...meetingDays]),
    ].sort(),
    facts,
    pdfOf: (edition) => pdfs.get(edition.id),
    theme: index(themes, 'thema'),
    neighbourhood,
    project: index(projects, 'project'),
    projectsOfTheme: lookup(projectsByTheme),
    projectsIn: lookup(projectsByNeighbourhood),
    newsAbout: lookup(newsByProject),
    newsIn: lookup(newsByNeighbourhood),
    neighbourhoodsOf: (item) => neighbourhoodIdsOf(item).map(neighbourhood),
    meetingsAbout: lookup(upcomingByProject),
    meetingsIn: lookup(upcomingByNeighbourhood),
    neighbourhoodsOfMeeting: (m) => neighbourhoodIdsOfMeeting(m).map(neighbourhood),
  };
}

/** Dated items older than this are the archive: `npm run leesbaarheid` measures them, the build does not. */
const RECENT_DAYS = 365;

/**
 * Once per production build: which items miss the plain-language thresholds (never an error).
 * Items without a date, and dated items put online or updated in the last year: those are the
 * texts editors are writing. Measuring costs about 2 ms an item, which an archive of 10,000
 * would add to every build.
 */
function warnAboutReadability(
  entries: ReadonlyArray<{
    id: string;
    collection: string;
    filePath?: string;
    body?: string;
    data: { summary: string; date?: Date; updated?: Date };
  }>,
  now: Date,
): void {
  const since = now.getTime() - RECENT_DAYS * 86_400_000;
  const recent = entries.filter(
    ({ data }) => !data.date || Math.max(data.date.getTime(), data.updated?.getTime() ?? 0) >= since,
  );
  const wordList = readWordList(CONTENT_DIR);
  const items = recent.map((e) => ({
    file: e.filePath ?? `content/${e.collection}/${e.id}.md`,
    summary: e.data.summary,
    body: e.body ?? '',
  }));
  const warning = readabilityWarning(measureItems(items, wordList.entries));
  for (const line of [...wordList.problems, ...(warning ? [warning] : [])]) console.warn(line);
}

/** The future days on which a finished item (not a draft) goes online, each once, in order. */
function waitingDays(entries: ReadonlyArray<{ data: { date: Date; draft: boolean } }>, now: Date): string[] {
  const days = entries
    .filter((e) => !e.data.draft && !isPublishedBy(e.data.date, now))
    .map((e) => amsterdamDay(e.data.date));
  return [...new Set(days)].sort();
}

/** Array methods that look at every item; slice, at and length do not. */
const WALKS = new Set<PropertyKey>([
  Symbol.iterator,
  'map',
  'filter',
  'forEach',
  'reduce',
  'reduceRight',
  'some',
  'every',
  'find',
  'findIndex',
  'findLast',
  'findLastIndex',
  'flatMap',
  'sort',
  'toSorted',
  'indexOf',
  'lastIndexOf',
  'includes',
  'entries',
  'values',
  'keys',
  'join',
]);

/**
 * A measurement, on only when WESTWINT_COUNT_ARCHIVE_WALKS is set (tests/builds/archive-cost.test.ts):
 * counts every walk over the whole list of news or editions and prints the total when the build
 * ends. A page built once per item must not walk the archive, or a build grows with items × pages.
 */
function countedWalks<T>(list: T[]): T[] {
  if (!process.env.WESTWINT_COUNT_ARCHIVE_WALKS) return list;
  const counter = ((globalThis as { archiveWalks?: { count: number } }).archiveWalks ??= (() => {
    const created = { count: 0 };
    process.once('exit', () => console.log(`archive walks: ${created.count}`));
    return created;
  })());
  return new Proxy(list, {
    get(target, key, receiver) {
      if (WALKS.has(key)) counter.count += 1;
      return Reflect.get(target, key, receiver);
    },
  });
}

let content: Promise<Content> | undefined;

/** Loads and checks all content once; every page shares the result. */
export function getContent(): Promise<Content> {
  // In `astro dev` content changes while the server runs, so load afresh each time.
  if (import.meta.env.SHOW_UNPUBLISHED) return loadContent();
  content ??= loadContent();
  return content;
}

/** Where an alias should redirect to, for every published item. */
export function redirectsOf(c: Content): Array<{ from: string; to: string }> {
  return [
    ...c.projects.flatMap((p) => p.data.aliases.map((from) => ({ from, to: urls.project(p.id) }))),
    ...c.news.flatMap((n) => n.data.aliases.map((from) => ({ from, to: urls.newsItem(n.id) }))),
    ...c.editions.flatMap((e) => e.data.aliases.map((from) => ({ from, to: urls.edition(e.id) }))),
    ...c.meetings.flatMap((m) => m.data.aliases.map((from) => ({ from, to: urls.meeting(m.id) }))),
    ...c.pages.flatMap((p) => p.data.aliases.map((from) => ({ from, to: urls.page(p.id) }))),
  ];
}
