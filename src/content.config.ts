/**
 * Wires each collection's loader to its schema. The schemas themselves, the contract
 * with the editors, are in src/lib/content/schemas.ts.
 */
import { join } from 'node:path';
import { defineCollection, reference } from 'astro:content';
import { CONTENT_DIR } from './consts';
import { markdownCollection, yamlRecord } from './lib/content/loader';
import { collectionSchema, type CollectionName } from './lib/content/schemas';

const loader = (folder: Exclude<CollectionName, 'site'>) =>
  markdownCollection(folder, join(CONTENT_DIR, folder));

export const collections = {
  themas: defineCollection({
    loader: loader('themas'),
    schema: ({ image }) => collectionSchema('themas', { image, reference }),
  }),
  buurten: defineCollection({
    loader: loader('buurten'),
    schema: ({ image }) => collectionSchema('buurten', { image, reference }),
  }),
  projecten: defineCollection({
    loader: loader('projecten'),
    schema: ({ image }) => collectionSchema('projecten', { image, reference }),
  }),
  nieuws: defineCollection({
    loader: loader('nieuws'),
    schema: ({ image }) => collectionSchema('nieuws', { image, reference }),
  }),
  nieuwsbrief: defineCollection({
    loader: loader('nieuwsbrief'),
    schema: ({ image }) => collectionSchema('nieuwsbrief', { image, reference }),
  }),
  agenda: defineCollection({
    loader: loader('agenda'),
    schema: ({ image }) => collectionSchema('agenda', { image, reference }),
  }),
  paginas: defineCollection({
    loader: loader('paginas'),
    schema: ({ image }) => collectionSchema('paginas', { image, reference }),
  }),
  site: defineCollection({
    loader: yamlRecord(join(CONTENT_DIR, 'site.yaml'), 'site'),
    schema: ({ image }) => collectionSchema('site', { image, reference }),
  }),
};
