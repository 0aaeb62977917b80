/**
 * One collection per content type (src/lib/content/model.ts), each loaded strictly from its folder
 * and read by its schema, the settings in content/site.yaml and the street list in content/straten.yaml.
 */
import { join } from 'node:path';
import type { ImageFunction } from 'astro/content/config';
import type { Loader } from 'astro/loaders';
import { defineCollection, reference } from 'astro:content';
import { CONTENT_DIR } from './consts';
import { markdownCollection, yamlRecord } from './lib/content/loader';
import { CONTENT_TYPES, TYPE_NAMES, type SchemaOf, type TypeName } from './lib/content/model';
import { collectionSchema } from './lib/content/schemas';
import { SETTINGS_SCHEMA } from './lib/content/settings';
import { STREETS_SCHEMA } from './lib/content/streets';

/** What Astro reads of a collection: its loader, and its schema, typed per content type. */
type TypeCollections = {
  [K in TypeName]: { loader: Loader; schema: (context: { image: ImageFunction }) => SchemaOf<K> };
};

const collectionOf = (name: TypeName) =>
  defineCollection({
    loader: markdownCollection(name, join(CONTENT_DIR, CONTENT_TYPES[name].folder)),
    schema: ({ image }) => collectionSchema(name, { image, reference }),
  });

export const collections = {
  ...(Object.fromEntries(TYPE_NAMES.map((name) => [name, collectionOf(name)])) as TypeCollections),
  site: defineCollection({
    loader: yamlRecord(join(CONTENT_DIR, 'site.yaml'), 'site'),
    schema: SETTINGS_SCHEMA,
  }),
  // The street list: without it, no works can name a street (src/lib/content/streets.ts).
  streets: defineCollection({
    loader: yamlRecord(join(CONTENT_DIR, 'straten.yaml'), 'streets', STREETS_SCHEMA, { optional: true }),
    schema: STREETS_SCHEMA,
  }),
};
