/**
 * The site's content, loaded and checked once per build. Pages ask `getSite()`
 * instead of calling getCollection themselves, so drafts, future items and
 * cross-file mistakes are handled in one place.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import { cspFromNetlifyToml, formActionProblem } from '../forms/form-action';
import { PUBLIC_DIR } from '../../consts';
import { ContentError } from './loader';
import { readPdf, untaggedPdfProblem, type PdfFacts } from './pdf';
import { groupByYear, isPublishedBy } from '../dates/amsterdam';
import { EDITOR_PREFIX, TAKEN_ADDRESSES } from '../urls/fixed-pages';
import { urls } from '../urls/routes';
import { aliasClashes, duplicateEditions, editorAddressClashes, missingReferences, pageNumberSlugs, type Reference } from './checks';

export type Theme = CollectionEntry<'themas'>;
export type Neighbourhood = CollectionEntry<'buurten'>;
export type Project = CollectionEntry<'projecten'>;
export type NewsItem = CollectionEntry<'nieuws'>;
export type Edition = CollectionEntry<'nieuwsbrief'>;
export type Page = CollectionEntry<'paginas'>;
export type Settings = CollectionEntry<'site'>['data'];

export interface Site {
  settings: Settings;
  themes: Theme[];
  neighbourhoods: Neighbourhood[];
  projects: Project[];
  /** Published news, newest first. */
  news: NewsItem[];
  /** Published news by Amsterdam year, newest year first: grouped once per build, not per list page. */
  newsByYear: Array<{ year: number; items: NewsItem[] }>;
  /** Published editions, newest first. */
  editions: Edition[];
  pages: Page[];
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

function fileOf(entry: { id: string; filePath?: string; collection: string }): string {
  return entry.filePath ?? `content/${entry.collection}/${entry.id}.md`;
}

function check(problems: string[]): void {
  if (problems.length > 0) {
    throw new ContentError('content', null, `${problems.length} fout(en) in de inhoud:\n  - ${problems.join('\n  - ')}`);
  }
}

function index<T extends { id: string }>(entries: T[], what: string): (id: string) => T {
  const map = new Map(entries.map((entry) => [entry.id, entry]));
  return (id) => {
    const found = map.get(id);
    if (!found) throw new Error(`Onbekende ${what}: ${id}`);
    return found;
  };
}

interface Collections {
  settings: Settings;
  themes: Theme[];
  neighbourhoods: Neighbourhood[];
  projects: Project[];
  allNews: NewsItem[];
  allEditions: Edition[];
  pages: Page[];
}

async function loadCollections(): Promise<Collections> {
  const [settingsEntries, themes, neighbourhoods, projects, allNews, allEditions, pages] = await Promise.all([
    getCollection('site'),
    getCollection('themas'),
    getCollection('buurten'),
    getCollection('projecten'),
    getCollection('nieuws'),
    getCollection('nieuwsbrief'),
    getCollection('paginas'),
  ]);
  const settings = settingsEntries[0]?.data;
  if (!settings) throw new ContentError('content/site.yaml', null, 'dit bestand ontbreekt of is leeg');
  return { settings, themes, neighbourhoods, projects, allNews, allEditions, pages };
}

/**
 * What one file's schema cannot check: references to other files, unique edition numbers, old
 * addresses that clash, settings that must agree with netlify.toml or name a page, and each
 * edition's PDF. Stops the build at the first kind of mistake, listing every file with it.
 * Returns the PDFs' facts, read once here.
 */
async function checkAcrossFiles(c: Collections, published: { news: Set<NewsItem>; editions: Set<Edition> }): Promise<Map<string, PdfFacts>> {
  const { settings, themes, neighbourhoods, projects, allNews, allEditions, pages } = c;
  const known = new Map<string, Set<string>>([
    ['themas', new Set(themes.map((t) => t.id))],
    ['buurten', new Set(neighbourhoods.map((n) => n.id))],
    ['projecten', new Set(projects.map((p) => p.id))],
  ]);
  const refs: Reference[] = [
    ...projects.flatMap((p) => [
      { file: fileOf(p), field: 'theme', collection: 'themas', id: p.data.theme.id },
      ...p.data.neighbourhoods.map((n) => ({ file: fileOf(p), field: 'neighbourhoods', collection: 'buurten', id: n.id })),
    ]),
    ...allNews.flatMap((n) => [
      ...n.data.projects.map((p) => ({ file: fileOf(n), field: 'projects', collection: 'projecten', id: p.id })),
      ...n.data.neighbourhoods.map((b) => ({ file: fileOf(n), field: 'neighbourhoods', collection: 'buurten', id: b.id })),
    ]),
  ];
  check(missingReferences(refs, known));
  check(duplicateEditions(allEditions.map((e) => ({ file: fileOf(e), edition: e.data.edition }))));
  check(pageNumberSlugs(allNews.map((n) => ({ file: fileOf(n), id: n.id })), urls.news()));

  const addressed = [
    ...themes.map((t) => ({ file: fileOf(t), url: urls.theme(t.id), aliases: [] })),
    ...neighbourhoods.map((n) => ({ file: fileOf(n), url: urls.neighbourhood(n.id), aliases: [] })),
    ...projects.map((p) => ({ file: fileOf(p), url: urls.project(p.id), aliases: p.data.aliases })),
    // Unpublished items reserve their address but get no redirects yet.
    ...allNews.map((n) => ({ file: fileOf(n), url: urls.newsItem(n.id), aliases: published.news.has(n) ? n.data.aliases : [] })),
    ...allEditions.map((e) => ({ file: fileOf(e), url: urls.edition(e.id), aliases: published.editions.has(e) ? e.data.aliases : [] })),
    ...pages.map((p) => ({ file: fileOf(p), url: urls.page(p.id), aliases: p.data.aliases })),
  ];
  check(aliasClashes(addressed, TAKEN_ADDRESSES));
  check(editorAddressClashes(addressed, EDITOR_PREFIX));

  // The sign-up's address must be allowed by the policy in netlify.toml, or the browser blocks the form.
  const formAction = formActionProblem(settings.newsletterSignupAction, cspFromNetlifyToml(readFileSync('netlify.toml', 'utf8')));
  check(formAction ? [`content/site.yaml: veld "newsletterSignupAction": ${formAction}`] : []);
  const policy = settings.security.policy;
  const ownPages = new Set([...pages.map((p) => urls.page(p.id)), ...TAKEN_ADDRESSES]);
  check(policy?.startsWith('/') && !ownPages.has(policy) ? [`content/site.yaml: veld "security.policy": ${policy} is geen pagina van deze site`] : []);

  const pdfs = new Map<string, PdfFacts>();
  for (const edition of allEditions) {
    const pdf = edition.data.pdf;
    if (!pdf) continue;
    const facts = await readPdf(join(PUBLIC_DIR, pdf));
    const problem = untaggedPdfProblem(facts, edition.data.date, pdf);
    check(problem ? [`${fileOf(edition)}: veld "pdf": ${problem}`] : []);
    pdfs.set(edition.id, facts);
  }
  return pdfs;
}

async function loadSite(): Promise<Site> {
  const collections = await loadCollections();
  const { settings, themes, neighbourhoods, projects, pages } = collections;
  const news = collections.allNews.filter((n) => isPublished(n)).sort(newestFirst);
  const editions = collections.allEditions
    .filter((e) => isPublished(e))
    .sort((a, b) => newestFirst(a, b) || b.data.edition - a.data.edition);
  const pdfs = await checkAcrossFiles(collections, { news: new Set(news), editions: new Set(editions) });

  themes.sort((a, b) => a.data.order - b.data.order || byTitle(a, b));
  neighbourhoods.sort(byTitle);
  projects.sort(byTitle);
  pages.sort(byTitle);

  // Grouped once per build, so a page's lookup costs the size of its answer, not of the archive.
  const projectsByTheme = groupBy(projects, (p) => [p.data.theme.id]);
  const projectsByNeighbourhood = groupBy(projects, (p) => p.data.neighbourhoods.map((n) => n.id));
  const newsByProject = groupBy(news, (n) => n.data.projects.map((p) => p.id));
  // News about a neighbourhood, or about a project in it.
  const neighbourhoodsOfProject = new Map(projects.map((p) => [p.id, p.data.neighbourhoods.map((n) => n.id)]));
  const newsByNeighbourhood = groupBy(news, (n) => [
    ...n.data.neighbourhoods.map((b) => b.id),
    ...n.data.projects.flatMap((p) => neighbourhoodsOfProject.get(p.id) ?? []),
  ]);

  return {
    settings,
    themes,
    neighbourhoods,
    projects,
    news,
    newsByYear: groupByYear(news, (n) => n.data.date),
    editions,
    pages,
    pdfOf: (edition) => pdfs.get(edition.id),
    theme: index(themes, 'thema'),
    neighbourhood: index(neighbourhoods, 'buurt'),
    project: index(projects, 'project'),
    projectsOfTheme: lookup(projectsByTheme),
    projectsIn: lookup(projectsByNeighbourhood),
    newsAbout: lookup(newsByProject),
    newsIn: lookup(newsByNeighbourhood),
  };
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

let site: Promise<Site> | undefined;

/** Loads and checks all content once; every page shares the result. */
export function getSite(): Promise<Site> {
  // In `astro dev` content changes while the server runs, so load afresh each time.
  if (import.meta.env.SHOW_UNPUBLISHED) return loadSite();
  site ??= loadSite();
  return site;
}

/** Where an alias should redirect to, for every published item. */
export function redirectsOf(s: Site): Array<{ from: string; to: string }> {
  return [
    ...s.projects.flatMap((p) => p.data.aliases.map((from) => ({ from, to: urls.project(p.id) }))),
    ...s.news.flatMap((n) => n.data.aliases.map((from) => ({ from, to: urls.newsItem(n.id) }))),
    ...s.editions.flatMap((e) => e.data.aliases.map((from) => ({ from, to: urls.edition(e.id) }))),
    ...s.pages.flatMap((p) => p.data.aliases.map((from) => ({ from, to: urls.page(p.id) }))),
  ];
}
