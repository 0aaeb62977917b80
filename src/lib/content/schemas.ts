/**
 * The schemas of the content types (model.ts), made for each use: the collections Astro loads
 * (collectionSchema), the files as written, which the editor and the build's first check of
 * each file read (fileSchemas), and any tools a caller brings (contentSchemas: `npm run nieuw`,
 * the tests). And what is read off them: a file's problems, what a type references, whether it
 * has an image.
 */
import type { ImageFunction } from 'astro/content/config';
import { z } from 'astro/zod';
import type { SchemaTools } from './field-kinds.ts';
import { schemaNode } from './json-schema.ts';
import { CONTENT_TYPES, TYPE_NAMES, type SchemaOf, type TypeName } from './model.ts';
import type { Problem } from './rules/problem.ts';

export type ContentSchemas = { [K in TypeName]: SchemaOf<K> };

function makeSchemas(tools: SchemaTools): ContentSchemas {
  return Object.fromEntries(
    TYPE_NAMES.map((name) => [name, CONTENT_TYPES[name].schema(tools)]),
  ) as ContentSchemas;
}

/** Every type's schema, made with the tools given (the unit tests, `npm run nieuw`). */
export function contentSchemas(tools: SchemaTools): ContentSchemas {
  return makeSchemas(tools);
}

/** Stands in for Astro's image(): the path as written. collectionSchema() puts the real one in. */
const pathAsImage = (() => z.string()) as unknown as ImageFunction;
let shared: ContentSchemas | undefined;

/** Whether a type's items have an image, which Astro resolves next to each file. */
export function hasImage(name: TypeName): boolean {
  return 'image' in (fileSchemas()[name] as unknown as z.ZodObject).shape;
}

/**
 * One collection's schema for src/content.config.ts. Astro asks for it once per entry, with an
 * image() that resolves paths next to that entry. Making Zod schemas is slow, so the schemas are
 * made once and, for the types with an image, only that field is made per entry; refinements and
 * messages stay as they are.
 */
export function collectionSchema<K extends TypeName>(
  name: K,
  { image, reference }: SchemaTools,
): SchemaOf<K> {
  shared ??= makeSchemas({ image: pathAsImage, reference });
  const schema = shared[name];
  if (!hasImage(name)) return schema;
  return (schema as unknown as z.ZodObject).safeExtend({
    image: image().optional(),
  }) as unknown as SchemaOf<K>;
}

const anyFileExists = () => true;
/** A relation as the file holds it: the other file's slug. */
const slugOf = (collection: string) => z.string().transform((id) => ({ id, collection }));
const fileSchemasByCheck = new WeakMap<(sitePath: string) => boolean, ContentSchemas>();

/**
 * The schemas of the files as they are written, as the editor and the build's first check of each
 * file read them: an image is its path, a relation the other file's slug. Made once per
 * `publicFileExists` (making Zod schemas is slow).
 */
export function fileSchemas(publicFileExists?: (sitePath: string) => boolean): ContentSchemas {
  const key = publicFileExists ?? anyFileExists;
  let schemas = fileSchemasByCheck.get(key);
  if (!schemas) {
    schemas = makeSchemas({ image: pathAsImage, reference: slugOf, publicFileExists: key });
    fileSchemasByCheck.set(key, schemas);
  }
  return schemas;
}

/** What is wrong in one file's front matter (or content/site.yaml), field by field, in the schema's words. */
export function fileProblems(schema: z.ZodType, data: unknown, file: string): Problem[] {
  const result = schema.safeParse(data);
  if (result.success) return [];
  return result.error.issues.map((issue) => ({
    files: [file],
    field: issue.path.length > 0 ? issue.path.join('.') : null,
    issue: { kind: 'field', expected: issue.message },
  }));
}

/** The fields of a type that name streets from the street list (content/straten.yaml), read off its schema. */
export function streetFieldsOf(name: TypeName): readonly string[] {
  let found = streetFieldsByType.get(name);
  if (!found) {
    const properties = schemaNode(fileSchemas()[name]).properties ?? {};
    found = Object.entries(properties).flatMap(([field, node]) => (node.widget === 'street' ? [field] : []));
    streetFieldsByType.set(name, found);
  }
  return found;
}

const streetFieldsByType = new Map<TypeName, readonly string[]>();

/** A field that names items of another type. */
export interface Reference {
  field: string;
  type: TypeName;
}

const referencesByType = new Map<TypeName, readonly Reference[]>();

/** The fields of a type that name items of another type, read off its schema (the relation fields). */
export function referencesOf(name: TypeName): readonly Reference[] {
  let found = referencesByType.get(name);
  if (!found) {
    const properties = schemaNode(fileSchemas()[name]).properties ?? {};
    found = Object.entries(properties).flatMap(([field, node]) =>
      node.widget === 'relation' && node.collection ? [{ field, type: node.collection as TypeName }] : [],
    );
    referencesByType.set(name, found);
  }
  return found;
}
