/**
 * What describes a content type, once: everything else (the collections, getContent()'s loading
 * and publishing, the rules across files, the editor's configuration and its checks before
 * saving, the search facts, `npm run nieuw`, the test helpers) derives from it. The descriptions
 * are in src/lib/content/types/, the list of them in model.ts.
 */
import type { z } from 'astro/zod';
import type { SchemaTools } from './field-kinds.ts';

/** How "published" is decided: always; unless a draft; or unless a draft or dated after today (`date`). */
export type Publishing = 'always' | 'unless-draft' | 'from-date';

export interface ContentType<Name extends string = string, Schema extends z.ZodType = z.ZodType> {
  /** Its name in code: the Astro collection and getContent()'s lists. */
  name: Name;
  /** content/<folder>/<slug>.md, in Dutch as editors know it; also the editor's collection. */
  folder: string;
  /** One file's front matter (fields.ts); what it references, and whether it has an image, are read from it. */
  schema: (tools: SchemaTools) => Schema;
  /** The address of an item's page. */
  page: (slug: string) => string;
  /** Its lists and feeds: addresses that exist apart from any file, which no file or old address may take. */
  fixedPages: readonly string[];
  published: Publishing;
  /**
   * Whether a published item is shown on the site (an idea: public and answered). One that is not
   * has no page and its words appear nowhere, not in a list, a feed, search or the editor's data:
   * it is only counted (getContent()'s `counted`). Every published item is shown when left out.
   */
  shown?: (data: z.output<Schema>) => boolean;
  /** A form the file name must have besides being a slug (an idea's reference, 2027-014). */
  fileName?: { pattern: RegExp; form: string; example: string };
  /** When the Markdown text may not be empty, read from the front matter as written, and what is expected then. */
  body?: { requiredWhen: (data: Record<string, unknown>) => boolean; expected: string };
  /** The moment an item is dated by (search's year filter and order, the plain-language check's "recent"). */
  dateOf?: (data: z.output<Schema>) => Date;
  /** How its items are listed: getContent()'s order. */
  order: (a: z.output<Schema>, b: z.output<Schema>) => number;
  /** For a type of things that happen: whether an item is over on `today` (JJJJ-MM-DD), and so in the archive. */
  over?: (data: z.output<Schema>, today: string) => boolean;
  /** Days (JJJJ-MM-DD, Amsterdam) on which the site must be built again because of an item, besides the day it goes online. */
  rebuildOn?: (data: z.output<Schema>) => string[];
  /** A field whose value is used once in the type, and what one item is called ("editie"). */
  unique?: { field: string; one: string };
  /** Its list's first page, when the list is paged by number (/nieuws/2/): no file may be named by a number alone. */
  numberedList?: string;
  /** A warning the build prints (never an error) about the items online, or null: an idea waiting too long. */
  warning?: (items: ReadonlyArray<{ file: string; data: z.output<Schema> }>, today: string) => string | null;
  /** What a resident sees as its kind in search results and the search filter. */
  search: string;
  editor: {
    label: string;
    labelSingular: string;
    description: string;
    /** The hint under the Markdown text. */
    bodyHint: string;
    /** Further settings of Sveltia CMS for the collection (slug, sortable_fields, summary). */
    options?: Readonly<Record<string, unknown>>;
  };
  /** `npm run nieuw` can make one: how it is offered, the fields it asks for in order, the text it starts with. */
  newItem?: { choice: string; ask: readonly string[]; body: string };
}

/** Keeps a description's own name and schema types, so everything derived from it is typed. */
export function contentType<const Name extends string, Schema extends z.ZodType>(
  type: ContentType<Name, Schema>,
): ContentType<Name, Schema> {
  return type;
}
