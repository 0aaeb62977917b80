/**
 * The site's content, loaded and checked once per build. Pages ask `getContent()` instead of
 * calling getCollection themselves, so drafts, future items and cross-file mistakes are handled in
 * one place, by each content type's description (model.ts), and every relation between items
 * (what names a project, what is about a neighbourhood, the archive by year) is worked out once
 * here, for every type alike, and read by the pages.
 */
import { join } from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import { amsterdamDay, groupByYear } from '../dates/amsterdam';
import { CONTENT_DIR, PUBLIC_DIR } from '../../consts';
import { measureItems, readabilityWarning } from '../readability/report';
import { readWordList } from '../readability/word-list';
import { securityTxtRenewalDays } from '../urls/deploy-files';
import { CONTENT_TYPES, isPublished, TYPE_NAMES, type TypeName } from './model';
import type { PdfFacts } from './pdf';
import { readEditionPdfs } from './pdf-file';
import { factsOfFile, factsOfSettings, type ContentFacts } from './rules/facts';
import { problemIn } from './rules/problem';
import { stopOnProblemsAcrossFiles } from './rules/run-rules';
import { stopOn } from './rules/wording';
import { SETTINGS_FILE } from './settings';
import { lookUpStreet, type Street } from './streets';
import { streetFieldsOf } from './schemas';
import type { Edition } from './types/editions';
import type { Neighbourhood } from './types/neighbourhoods';

export type Entry<K extends TypeName> = CollectionEntry<K>;
export type Settings = CollectionEntry<'site'>['data'];

/** Every type's items. */
export type Items = { [K in TypeName]: Array<Entry<K>> };

export interface Content {
  settings: Settings;
  /** The street list (content/straten.yaml), each street with its buurt when known; empty without the file. */
  streets: readonly Street[];
  /** Every type's items online and shown, in the type's order (model.ts). */
  items: Items;
  /**
   * Every type's items online, shown or not (an idea that is not public, or not yet answered), in
   * the type's order: only to count. Their words appear nowhere on the site.
   */
  counted: Items;
  /** An item online, by its slug (references are checked, so a missing one is a mistake in code). */
  get<K extends TypeName>(type: K, id: string): Entry<K>;
  /** The items of a type whose `field` names the item `id`: the projects of a theme ('projects', 'theme', id). */
  naming<K extends TypeName>(type: K, field: string, id: string): Array<Entry<K>>;
  /** The items of a type about a project (their `projects` field names it). */
  about<K extends TypeName>(type: K, projectId: string): Array<Entry<K>>;
  /** The items of a type about a neighbourhood: they name it, or a project in it, or a street in it (works: only their streets). */
  inNeighbourhood<K extends TypeName>(type: K, neighbourhoodId: string): Array<Entry<K>>;
  /** The neighbourhoods an item is about: its own, and those of its projects. */
  neighbourhoodsOf(entry: Entry<TypeName>): Neighbourhood[];
  /**
   * What an item is about, by title, as a reader may filter on it: its projects, unless left out
   * their themes, and the neighbourhoods it names itself; each once.
   */
  topicsOf(entry: Entry<TypeName>, options?: { withThemes?: boolean }): string[];
  /** A dated type's items by Amsterdam year (its date), newest year first, each year in the type's order. */
  byYear<K extends TypeName>(type: K): Array<{ year: number; items: Array<Entry<K>> }>;
  /** Whether an item of a type of things that happen is over today, and so in the archive. */
  isOver(entry: Entry<TypeName>): boolean;
  /** The items of a type of things that happen that are not over: soonest first. */
  coming<K extends TypeName>(type: K): Array<Entry<K>>;
  /** Those that are over, by Amsterdam year, newest year and newest item first. */
  pastByYear<K extends TypeName>(type: K): Array<{ year: number; items: Array<Entry<K>> }>;
  /** The Amsterdam day this build ran: what is coming is counted from it. */
  today: string;
  /**
   * Days (JJJJ-MM-DD, Amsterdam) on which the site must be built again: an item goes online, a
   * meeting's last day is over and it moves to the archive, security.txt is renewed. In order.
   */
  waitingDays: string[];
  /** What the rules across files read of every file, drafts included (the editor checks against it too). */
  facts: ContentFacts;
  /** Size, pages and tags of an edition's PDF, when it has one. */
  pdfOf(edition: Edition): PdfFacts | undefined;
}

/** `astro dev` shows drafts and future items so editors can preview them; builds never do. */
const SHOW_UNPUBLISHED = Boolean(import.meta.env.SHOW_UNPUBLISHED);

type AnyEntry = Entry<TypeName>;
const typeOf = (entry: AnyEntry) => entry.collection as TypeName;
/** The loose view of a type's description, for code that works on every type alike. */
const describe = (type: TypeName) =>
  CONTENT_TYPES[type] as {
    folder: string;
    order: (a: unknown, b: unknown) => number;
    dateOf?: (data: unknown) => Date;
    over?: (data: unknown, today: string) => boolean;
    rebuildOn?: (data: unknown) => string[];
    shown?: (data: unknown) => boolean;
    warning?: (items: ReadonlyArray<{ file: string; data: unknown }>, today: string) => string | null;
    published: string;
  };

/** As the build names a file: content/<folder>/<id>.md. */
const fileOf = (entry: AnyEntry) =>
  entry.filePath ?? join(CONTENT_DIR, describe(typeOf(entry)).folder, `${entry.id}.md`);

/** The slugs a field names, whether it holds one reference or a list. */
const idsIn = (value: unknown): string[] =>
  (Array.isArray(value) ? value : value ? [value] : []).flatMap((ref: { id?: string }) =>
    ref?.id ? [ref.id] : [],
  );

/** Every type's items as loaded, drafts and future items included. */
async function loadAll(): Promise<Items> {
  const loaded = await Promise.all(TYPE_NAMES.map((name) => getCollection(name)));
  return Object.fromEntries(TYPE_NAMES.map((name, i) => [name, loaded[i]])) as Items;
}

async function loadStreets(): Promise<Street[]> {
  return (await getCollection('streets'))[0]?.data.streets ?? [];
}

async function loadSettings(): Promise<Settings> {
  const settings = (await getCollection('site'))[0]?.data;
  if (!settings) stopOn([problemIn(SETTINGS_FILE, null, { kind: 'missing-file' })]);
  return settings!;
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

/** Worked out the first time a page asks, then kept: a page's lookup costs the size of its answer, not of the archive. */
function memo<T>(make: (key: string) => T): (key: string) => T {
  const made = new Map<string, T>();
  return (key) => {
    if (!made.has(key)) made.set(key, make(key));
    return made.get(key)!;
  };
}

async function loadContent(): Promise<Content> {
  const [all, settings, streets] = await Promise.all([loadAll(), loadSettings(), loadStreets()]);
  const now = new Date();
  const today = amsterdamDay(now);
  const facts = { ...contentFacts(all, settings, now), streets };
  stopOnProblemsAcrossFiles(facts);
  const pdfs = await readEditionPdfs(
    all.editions.map((e) => ({ id: e.id, file: fileOf(e), date: e.data.date, pdf: e.data.pdf })),
    PUBLIC_DIR,
  );

  const counted = Object.fromEntries(
    TYPE_NAMES.map((name) => {
      const loaded = all[name] as AnyEntry[];
      const online = SHOW_UNPUBLISHED ? loaded : loaded.filter((e) => isPublished(name, e.data, now));
      return [name, [...online].sort((a, b) => describe(name).order(a.data, b.data))];
    }),
  ) as Items;
  const items = Object.fromEntries(
    TYPE_NAMES.map((name) => {
      const { dateOf, shown } = describe(name);
      const listed = shown ? (counted[name] as AnyEntry[]).filter((e) => shown(e.data)) : counted[name];
      // The archive (the dated types) is what grows; its walks are counted (tests/builds/archive-cost.test.ts).
      return [name, dateOf ? countedWalks(listed) : listed];
    }),
  ) as Items;
  if (!SHOW_UNPUBLISHED) {
    warnAboutReadability(items, now);
    for (const name of TYPE_NAMES) {
      const files = (counted[name] as AnyEntry[]).map((e) => ({ file: fileOf(e), data: e.data }));
      const warning = describe(name).warning?.(files, today);
      if (warning) console.warn(warning);
    }
  }

  const byId = memo((type) => new Map((items[type as TypeName] as AnyEntry[]).map((e) => [e.id, e])));
  const get = <K extends TypeName>(type: K, id: string): Entry<K> => {
    const found = byId(type).get(id);
    if (!found) throw new Error(`Onbekend item in ${describe(type).folder}: ${id}`);
    return found as Entry<K>;
  };
  const neighbourhoodIds = (entry: AnyEntry): string[] => {
    const data = entry.data as Record<string, unknown>;
    // An item that names streets is in the buurten of its streets, not of its projects.
    const streetFields = streetFieldsOf(typeOf(entry));
    if (streetFields.length > 0) {
      const named = streetFields.flatMap((field) => (Array.isArray(data[field]) ? data[field] : []));
      const inStreets = named.flatMap((name: string) => {
        const found = lookUpStreet(name, streets);
        return found.street?.neighbourhood ? [found.street.neighbourhood] : [];
      });
      return [...new Set([...idsIn(data.neighbourhoods), ...inStreets])];
    }
    const throughProjects = idsIn(data.projects).flatMap((id) =>
      idsIn(get('projects', id).data.neighbourhoods),
    );
    return [...new Set([...idsIn(data.neighbourhoods), ...throughProjects])];
  };
  const naming = memo((key) => {
    const [type, field] = key.split(' ') as [TypeName, string];
    return groupBy(items[type] as AnyEntry[], (e) => idsIn((e.data as Record<string, unknown>)[field]));
  });
  const inNeighbourhood = memo((type) => groupBy(items[type as TypeName] as AnyEntry[], neighbourhoodIds));
  const byYear = memo((type) => {
    const { dateOf } = describe(type as TypeName);
    if (!dateOf) throw new Error(`${type} heeft geen datum om per jaar te ordenen`);
    return groupByYear(items[type as TypeName] as AnyEntry[], (e) => dateOf(e.data));
  });
  const isOver = (entry: AnyEntry) => {
    const { over } = describe(typeOf(entry));
    if (!over) throw new Error(`${typeOf(entry)} gebeurt niet op een dag: niets ervan is voorbij`);
    return over(entry.data, today);
  };
  const coming = memo((type) => (items[type as TypeName] as AnyEntry[]).filter((e) => !isOver(e)));
  const pastByYear = memo((type) => {
    const past = (items[type as TypeName] as AnyEntry[]).filter(isOver).reverse();
    return groupByYear(past, (e) => describe(type as TypeName).dateOf!(e.data));
  });

  return {
    settings,
    streets,
    items,
    counted,
    get,
    naming: <K extends TypeName>(type: K, field: string, id: string) =>
      (naming(`${type} ${field}`).get(id) ?? []) as Array<Entry<K>>,
    about: <K extends TypeName>(type: K, projectId: string) =>
      (naming(`${type} projects`).get(projectId) ?? []) as Array<Entry<K>>,
    inNeighbourhood: <K extends TypeName>(type: K, neighbourhoodId: string) =>
      (inNeighbourhood(type).get(neighbourhoodId) ?? []) as Array<Entry<K>>,
    neighbourhoodsOf: (entry) => neighbourhoodIds(entry).map((id) => get('neighbourhoods', id)),
    topicsOf: (entry, { withThemes = true } = {}) => {
      const data = entry.data as { projects?: unknown; neighbourhoods?: unknown };
      const projects = idsIn(data.projects).map((id) => get('projects', id));
      return [
        ...new Set([
          ...projects.map((p) => p.data.title),
          ...(withThemes ? projects.map((p) => get('themes', p.data.theme.id).data.title) : []),
          ...idsIn(data.neighbourhoods).map((id) => get('neighbourhoods', id).data.title),
        ]),
      ];
    },
    byYear: <K extends TypeName>(type: K) => byYear(type) as Array<{ year: number; items: Array<Entry<K>> }>,
    isOver,
    coming: <K extends TypeName>(type: K) => coming(type) as Array<Entry<K>>,
    pastByYear: <K extends TypeName>(type: K) =>
      pastByYear(type) as Array<{ year: number; items: Array<Entry<K>> }>,
    today,
    waitingDays: waitingDays(all, today),
    facts,
    pdfOf: (edition) => pdfs.get(edition.id),
  };
}

/** What the rules across files read of every file, drafts included. */
function contentFacts(all: Items, settings: Settings, now: Date): ContentFacts {
  return {
    files: TYPE_NAMES.flatMap((type) =>
      (all[type] as AnyEntry[]).map((entry) =>
        factsOfFile(
          { type, file: fileOf(entry), id: entry.id, data: entry.data as Record<string, unknown> },
          now,
        ),
      ),
    ),
    settings: factsOfSettings(settings),
  };
}

/**
 * The days after today on which the site must be built again, each once, in order: the day a
 * finished item (not a draft) of a type published from its date goes online, the days its type
 * names for it (rebuildOn: the day after a meeting, which moves it to the archive), and the days
 * that renew security.txt before it would go stale.
 */
function waitingDays(all: Items, today: string): string[] {
  const days = TYPE_NAMES.flatMap((name) => {
    const { published, rebuildOn } = describe(name);
    return (all[name] as AnyEntry[])
      .filter((entry) => (entry.data as { draft?: boolean }).draft !== true)
      .flatMap((entry) => [
        ...(published === 'from-date' ? [amsterdamDay((entry.data as { date: Date }).date)] : []),
        ...(rebuildOn?.(entry.data) ?? []),
      ]);
  });
  return [...new Set([...days, ...securityTxtRenewalDays(today)].filter((day) => day > today))].sort();
}

/** Dated items older than this are the archive: `npm run leesbaarheid` measures them, the build does not. */
const RECENT_DAYS = 365;

/**
 * Once per production build: which items miss the plain-language thresholds (never an error).
 * Items without a date, and dated items put online or updated in the last year: those are the
 * texts editors are writing. Measuring costs about 2 ms an item, which an archive of 10,000
 * would add to every build.
 */
function warnAboutReadability(items: Items, now: Date): void {
  const since = now.getTime() - RECENT_DAYS * 86_400_000;
  const recent = TYPE_NAMES.flatMap((name) => {
    const { dateOf } = describe(name);
    return (items[name] as AnyEntry[]).filter((entry) => {
      const data = entry.data as { updated?: Date };
      return !dateOf || Math.max(dateOf(entry.data).getTime(), data.updated?.getTime() ?? 0) >= since;
    });
  });
  const wordList = readWordList(CONTENT_DIR);
  const measured = recent.map((e) => ({
    file: fileOf(e),
    summary: (e.data as { summary: string }).summary,
    body: e.body ?? '',
  }));
  const warning = readabilityWarning(measureItems(measured, wordList.entries));
  for (const line of [...wordList.problems, ...(warning ? [warning] : [])]) console.warn(line);
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
 * counts every walk over a whole dated type and prints the total when the build ends. A page built
 * once per item must not walk the archive, or a build grows with items × items.
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
  if (SHOW_UNPUBLISHED) return loadContent();
  content ??= loadContent();
  return content;
}

/** Where each old address of an item online should redirect to. */
export function redirectsOf(c: Content): Array<{ from: string; to: string }> {
  return TYPE_NAMES.flatMap((name) =>
    (c.items[name] as AnyEntry[]).flatMap((entry) => {
      const aliases = (entry.data as { aliases?: string[] }).aliases ?? [];
      return aliases.map((from) => ({ from, to: CONTENT_TYPES[name].page(entry.id) }));
    }),
  );
}
