/**
 * The build's rules for one entry the editor at /admin/ is about to save (src/admin/checks.ts):
 * the file's own fields (the schemas) and the rules across files (across-files.ts) against the
 * other entries the editor has loaded. Every problem comes in the build's own words, with the
 * field it names, so the editor can refuse the save and say why next to the field.
 */
import {
  problemsAcrossFiles,
  SETTINGS_FILE,
  type ContentFacts,
  type FileFacts,
} from '../content/across-files.ts';
import { fieldOfLine, problemLine } from '../content/checks.ts';
import { fileProblems, type CollectionName } from '../content/schemas.ts';
import { slugFromPath } from '../content/slugs.ts';
import { isCalendarDay, isPublishedBy, startOfAmsterdamDay } from '../dates/amsterdam.ts';

/** The editor's name for the settings in content/site.yaml (a file collection). */
export const SETTINGS_COLLECTION = 'instellingen';

/** An entry as the editor holds it: its collection, its file and its fields (the Markdown text under `body`). */
export interface LoadedEntry {
  collection: string;
  path: string;
  data: Record<string, unknown>;
}

export interface EntryProblem {
  /** The field the problem is about (a key path such as partners.0.url), or null for the entry as a whole. */
  field: string | null;
  /** What is expected, as the build says it. */
  message: string;
  /** The line the build stops with: file, field, message. */
  line: string;
}

/** The schema an entry's file is checked by; the list of hard words has none the build stops on. */
const schemaOf = (entry: LoadedEntry): CollectionName | null =>
  entry.collection === SETTINGS_COLLECTION
    ? entry.path === SETTINGS_FILE
      ? 'site'
      : null
    : entry.collection in FOLDER_FACTS
      ? (entry.collection as CollectionName)
      : null;

/** Empty values as the editor leaves them out of the file (output.omit_empty_optional_fields). */
function written(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(written);
  if (value === null || typeof value !== 'object' || value instanceof Date) return value;
  const kept = Object.entries(value).flatMap(([key, field]) => {
    const out = written(field);
    const empty =
      out === '' ||
      out === null ||
      out === undefined ||
      (Array.isArray(out) && out.length === 0) ||
      (typeof out === 'object' && !(out instanceof Date) && Object.keys(out as object).length === 0);
    return empty ? [] : [[key, out] as const];
  });
  return Object.fromEntries(kept);
}

/** The front matter of an entry: its fields without the Markdown text, as written to the file. */
export function frontMatterOf(entry: LoadedEntry): Record<string, unknown> {
  const { body: _body, ...fields } = entry.data;
  return written(fields) as Record<string, unknown>;
}

const texts = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

function isOnline(data: Record<string, unknown>, now: Date): boolean {
  const date =
    data.date instanceof Date
      ? data.date
      : typeof data.date === 'string' && isCalendarDay(data.date)
        ? startOfAmsterdamDay(data.date)
        : null;
  return data.draft !== true && date !== null && isPublishedBy(date, now);
}

const base = (entry: LoadedEntry, data: Record<string, unknown>): FileFacts => ({
  file: entry.path,
  id: slugFromPath(entry.path),
  aliases: texts(data.aliases),
});

/** What the rules across files read of an entry of each folder collection. */
const FOLDER_FACTS = {
  themas: (facts: ContentFacts, entry: LoadedEntry, data: Record<string, unknown>) =>
    facts.themes.push(base(entry, data)),
  buurten: (facts: ContentFacts, entry: LoadedEntry, data: Record<string, unknown>) =>
    facts.neighbourhoods.push(base(entry, data)),
  projecten: (facts: ContentFacts, entry: LoadedEntry, data: Record<string, unknown>) =>
    facts.projects.push({
      ...base(entry, data),
      theme: String(data.theme ?? ''),
      neighbourhoods: texts(data.neighbourhoods),
    }),
  nieuws: (facts: ContentFacts, entry: LoadedEntry, data: Record<string, unknown>, now: Date) =>
    facts.news.push({
      ...base(entry, data),
      published: isOnline(data, now),
      projects: texts(data.projects),
      neighbourhoods: texts(data.neighbourhoods),
    }),
  nieuwsbrief: (facts: ContentFacts, entry: LoadedEntry, data: Record<string, unknown>, now: Date) =>
    facts.editions.push({
      ...base(entry, data),
      published: isOnline(data, now),
      edition: Number(data.edition),
    }),
  agenda: (facts: ContentFacts, entry: LoadedEntry, data: Record<string, unknown>) =>
    facts.meetings.push({
      ...base(entry, data),
      published: data.draft !== true,
      projects: texts(data.projects),
      neighbourhoods: texts(data.neighbourhoods),
    }),
  paginas: (facts: ContentFacts, entry: LoadedEntry, data: Record<string, unknown>) =>
    facts.pages.push(base(entry, data)),
};

/** Every collection whose entries the rules read, by the editor's names. */
export const CHECKED_COLLECTIONS: readonly string[] = [...Object.keys(FOLDER_FACTS), SETTINGS_COLLECTION];

/** The facts of every entry, as the build gathers them from the files. */
export function factsOfEntries(entries: readonly LoadedEntry[], now: Date): ContentFacts {
  const facts: ContentFacts = {
    themes: [],
    neighbourhoods: [],
    projects: [],
    news: [],
    editions: [],
    meetings: [],
    pages: [],
  };
  for (const entry of entries) {
    const data = frontMatterOf(entry);
    if (entry.collection === SETTINGS_COLLECTION) {
      if (entry.path !== SETTINGS_FILE) continue;
      const security = (data.security ?? {}) as Record<string, unknown>;
      facts.settings = {
        newsletterSignupAction: String(data.newsletterSignupAction ?? ''),
        securityPolicy: typeof security.policy === 'string' ? security.policy : undefined,
      };
    } else if (entry.collection in FOLDER_FACTS) {
      FOLDER_FACTS[entry.collection as keyof typeof FOLDER_FACTS](facts, entry, data, now);
    }
  }
  return facts;
}

/** The facts with this entry's own in place of its saved version's. */
export function withEntry(facts: ContentFacts, entry: LoadedEntry, now: Date): ContentFacts {
  const own = factsOfEntries([entry], now);
  const others = <T extends FileFacts>(list: readonly T[]) => list.filter((item) => item.file !== entry.path);
  return {
    themes: [...others(facts.themes), ...own.themes],
    neighbourhoods: [...others(facts.neighbourhoods), ...own.neighbourhoods],
    projects: [...others(facts.projects), ...own.projects],
    news: [...others(facts.news), ...own.news],
    editions: [...others(facts.editions), ...own.editions],
    meetings: [...others(facts.meetings ?? []), ...own.meetings],
    pages: [...others(facts.pages), ...own.pages],
    ...((own.settings ?? facts.settings) ? { settings: own.settings ?? facts.settings } : {}),
  };
}

/**
 * Every problem the build would stop on because of this entry. `facts` are those of every other
 * file (this entry's saved version among them is replaced); without them only the entry's own
 * fields are checked.
 */
export function problemsOfEntry(
  entry: LoadedEntry,
  facts: ContentFacts | null,
  now = new Date(),
): EntryProblem[] {
  const schema = schemaOf(entry);
  if (!schema) return [];
  const file = schema === 'site' ? SETTINGS_FILE : entry.path;
  const own = fileProblems(schema, frontMatterOf(entry)).map(({ field, message }) => ({
    field,
    message,
    line: problemLine(file, field, message),
  }));
  if (own.length > 0 || !facts) return own;
  return problemsAcrossFiles(withEntry(facts, entry, now))
    .flat()
    .filter(
      (line) =>
        line.startsWith(`${file}:`) ||
        line.includes(`${file} en `) ||
        line.includes(` en ${file}:`) ||
        line.endsWith(` ${file}`),
    )
    .map((line) => {
      const field = fieldOfLine(line);
      const message = field
        ? line.slice(line.indexOf(`veld "${field}": `) + `veld "${field}": `.length)
        : line.slice(line.indexOf(': ') + 2);
      return { field, message, line };
    });
}
