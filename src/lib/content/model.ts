/**
 * The content model: every content type, each described once in src/lib/content/types/, in the
 * order the editor's collections and the search filter list them. The settings (content/site.yaml)
 * are one record apart (settings.ts).
 */
import type { z } from 'astro/zod';
import { isCalendarDay, isPublishedBy, startOfAmsterdamDay } from '../dates/amsterdam.ts';
import { editions } from './types/editions.ts';
import { ideas } from './types/ideas.ts';
import { meetings } from './types/meetings.ts';
import { neighbourhoods } from './types/neighbourhoods.ts';
import { news } from './types/news.ts';
import { pages } from './types/pages.ts';
import { projects } from './types/projects.ts';
import { themes } from './types/themes.ts';
import { works } from './types/works.ts';

export const CONTENT_TYPES = {
  news,
  editions,
  meetings,
  works,
  projects,
  themes,
  neighbourhoods,
  pages,
  ideas,
} as const;

export type TypeName = keyof typeof CONTENT_TYPES;
export type ContentTypes = typeof CONTENT_TYPES;
export const TYPE_NAMES = Object.keys(CONTENT_TYPES) as TypeName[];

/** A type's schema, and the data of one of its files once the schema has read it. */
export type SchemaOf<K extends TypeName> = ReturnType<ContentTypes[K]['schema']>;
export type DataOf<K extends TypeName> = z.output<SchemaOf<K>>;

/** The type whose files are in content/<folder>/ (the editor's collection of that name). */
export function typeInFolder(folder: string): TypeName | undefined {
  return TYPE_NAMES.find((name) => CONTENT_TYPES[name].folder === folder);
}

/** A day as the schema reads it, or as a file or the editor holds it (2011-12-08, or YAML's Date). */
function dayOf(value: unknown): Date | null {
  if (value instanceof Date) return value;
  return typeof value === 'string' && isCalendarDay(value.trim()) ? startOfAmsterdamDay(value.trim()) : null;
}

/**
 * Whether an item is online in a production build at `now`, by its type's rule: drafts never
 * are, and an item of a type published from its date only from that Amsterdam day. Reads the
 * data as the schema made it or as written in the file, so the build, the editor and the tests
 * decide alike.
 */
export function isPublished(type: TypeName, data: object, now: Date): boolean {
  const { draft, date: written } = data as { draft?: unknown; date?: unknown };
  const rule = CONTENT_TYPES[type].published;
  if (rule === 'always') return true;
  if (draft === true) return false;
  if (rule === 'unless-draft') return true;
  const date = dayOf(written);
  return date !== null && isPublishedBy(date, now);
}
