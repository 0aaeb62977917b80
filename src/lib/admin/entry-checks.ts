/**
 * The build's rules for one entry the editor at /admin/ is about to save (src/admin/refuse-save.ts):
 * the file's own fields (the schemas) and the rules across files against the other entries the
 * editor has loaded, through the same facts the build reads (src/lib/content/rules/). Problems
 * come back as data, naming their files and field; the editor words them as the build does.
 */
import { CONTENT_TYPES, TYPE_NAMES, typeInFolder } from '../content/model.ts';
import { factsOfFile, factsOfSettings, type ContentFacts } from '../content/rules/facts.ts';
import { problemsAcrossFiles } from '../content/rules/run-rules.ts';
import { filesOf, type Problem } from '../content/rules/problem.ts';
import { fileFormProblems } from '../content/file-form.ts';
import { fileProblems, fileSchemas } from '../content/schemas.ts';
import { SETTINGS_FILE, SETTINGS_SCHEMA } from '../content/settings.ts';
import { slugFromPath } from '../content/slugs.ts';
import { STREETS_FILE, STREETS_SCHEMA, streetsOf } from '../content/streets.ts';

/** The editor's name for the settings in content/site.yaml (a file collection). */
export const SETTINGS_COLLECTION = 'instellingen';

/** Every collection whose entries the rules read, by the editor's names. */
export const CHECKED_COLLECTIONS: readonly string[] = [
  ...TYPE_NAMES.map((name) => CONTENT_TYPES[name].folder),
  SETTINGS_COLLECTION,
];

/** An entry as the editor holds it: its collection, its file and its fields (the Markdown text under `body`). */
export interface LoadedEntry {
  collection: string;
  path: string;
  data: Record<string, unknown>;
}

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

const isSettings = (entry: LoadedEntry) =>
  entry.collection === SETTINGS_COLLECTION && entry.path === SETTINGS_FILE;
/** The street list, a file of the settings collection (content/straten.yaml). */
const isStreets = (entry: LoadedEntry) =>
  entry.collection === SETTINGS_COLLECTION && entry.path === STREETS_FILE;

/** The facts of every entry, as the build gathers them from the files. */
export function factsOfEntries(entries: readonly LoadedEntry[], now: Date): ContentFacts {
  const facts: ContentFacts = { files: [] };
  for (const entry of entries) {
    const data = frontMatterOf(entry);
    const type = typeInFolder(entry.collection);
    if (isSettings(entry)) facts.settings = factsOfSettings(data);
    else if (isStreets(entry)) facts.streets = streetsOf(data);
    else if (type)
      facts.files.push(factsOfFile({ type, file: entry.path, id: slugFromPath(entry.path), data }, now));
  }
  return facts;
}

/** The facts with this entry's own in place of its saved version's. */
export function withEntry(facts: ContentFacts, entry: LoadedEntry, now: Date): ContentFacts {
  const own = factsOfEntries([entry], now);
  const settings = own.settings ?? facts.settings;
  const streets = own.streets ?? facts.streets;
  return {
    files: [...facts.files.filter((file) => file.file !== entry.path), ...own.files],
    ...(settings ? { settings } : {}),
    ...(streets ? { streets } : {}),
  };
}

/**
 * Every problem the build would stop on because of this entry: those in its own file, and those
 * in other files that name it (an old address elsewhere that is this entry's own address), unless
 * the same clash is already reported in its own file. `facts` are those of every other file (this
 * entry's saved version among them is replaced); without them only the entry's own fields are
 * checked. The list of hard words has no rule the build stops on.
 */
export function problemsOfEntry(entry: LoadedEntry, facts: ContentFacts | null, now = new Date()): Problem[] {
  const type = typeInFolder(entry.collection);
  const schema = isSettings(entry)
    ? SETTINGS_SCHEMA
    : isStreets(entry)
      ? STREETS_SCHEMA
      : type
        ? fileSchemas()[type]
        : null;
  if (!schema) return [];
  const file = isSettings(entry) ? SETTINGS_FILE : entry.path;
  const data = frontMatterOf(entry);
  const markdown = typeof entry.data.body === 'string' ? entry.data.body : '';
  const own = [
    ...fileProblems(schema, data, file),
    ...(type && !isSettings(entry) ? fileFormProblems(type, file, data, markdown) : []),
  ];
  if (own.length > 0 || !facts) return own;
  const all = problemsAcrossFiles(withEntry(facts, entry, now)).flat();
  const inFile = all.filter((problem) => problem.files.includes(file));
  const clashes = new Set(
    inFile.flatMap((problem) => (problem.issue.kind === 'alias-taken' ? [problem.issue.owner] : [])),
  );
  const namingIt = all.filter(
    (problem) =>
      !problem.files.includes(file) &&
      filesOf(problem).includes(file) &&
      !problem.files.some((f) => clashes.has(f)),
  );
  return [...inFile, ...namingIt];
}
