/**
 * What the rules across files read of each content file, the same whether the file was loaded by
 * Astro (the build), is held by the editor at /admin/, or was read from disk (the tests): its
 * type, slug, old addresses, whether it is online, what it references, and the value of its
 * type's unique field.
 */
import { CONTENT_TYPES, isPublished, type TypeName } from '../model.ts';
import { referencesOf, streetFieldsOf } from '../schemas.ts';
import type { Street } from '../streets.ts';

export interface FileFacts {
  type: TypeName;
  /** As the build names it: content/nieuws/x.md. */
  file: string;
  id: string;
  aliases: readonly string[];
  /** Online in a production build: only then does it claim its old addresses. */
  published: boolean;
  /** Online and shown: an idea that is not public, or not answered, is online but only counted (content-type.ts). */
  shown: boolean;
  references: ReadonlyArray<{ field: string; type: TypeName; id: string }>;
  /** The value of its type's unique field (an edition's number). */
  unique?: unknown;
  /** The streets it names (works), as written: each must be in the street list. */
  streets?: ReadonlyArray<{ field: string; name: string }>;
}

/** What the rules read of content/site.yaml. */
export interface SettingsFacts {
  newsletterSignupAction: string;
  securityPolicy?: string | undefined;
}

export interface ContentFacts {
  files: FileFacts[];
  /** content/site.yaml, when it could be read. */
  settings?: SettingsFacts;
  /** The street list, content/straten.yaml, when it could be read. */
  streets?: readonly Street[];
}

/** A slug as Astro holds a reference ({ id }) or as the file and the editor write it. */
const idOf = (value: unknown): string | null =>
  typeof value === 'string'
    ? value
    : value && typeof value === 'object' && 'id' in value
      ? String(value.id)
      : null;

const listOf = (value: unknown): unknown[] =>
  Array.isArray(value) ? value : value === undefined ? [] : [value];

export interface LoadedFile {
  type: TypeName;
  file: string;
  id: string;
  /** The front matter, as the schema read it or as written. */
  data: Record<string, unknown>;
}

export function factsOfFile({ type, file, id, data }: LoadedFile, now: Date): FileFacts {
  const unique = CONTENT_TYPES[type].unique?.field;
  const published = isPublished(type, data, now);
  const shown = (CONTENT_TYPES[type] as { shown?: (data: unknown) => boolean }).shown;
  const streets = streetFieldsOf(type).flatMap((field) =>
    listOf(data[field]).flatMap((name) => (typeof name === 'string' ? [{ field, name }] : [])),
  );
  return {
    type,
    file,
    id,
    aliases: listOf(data.aliases).filter((alias): alias is string => typeof alias === 'string'),
    published,
    shown: published && (!shown || shown(data)),
    references: referencesOf(type).flatMap(({ field, type: target }) =>
      listOf(data[field]).flatMap((value) => {
        const referenced = idOf(value);
        return referenced === null ? [] : [{ field, type: target, id: referenced }];
      }),
    ),
    ...(unique && data[unique] !== undefined ? { unique: data[unique] } : {}),
    ...(streets.length > 0 ? { streets } : {}),
  };
}

export function factsOfSettings(data: Record<string, unknown>): SettingsFacts {
  const security = (data.security ?? {}) as Record<string, unknown>;
  return {
    newsletterSignupAction: String(data.newsletterSignupAction ?? ''),
    securityPolicy: typeof security.policy === 'string' ? security.policy : undefined,
  };
}
