/**
 * Wires each collection's loader to its schema. The schemas themselves, the contract
 * with the editors, are in src/lib/content/schemas.ts.
 */
import { join } from 'node:path';
import { defineCollection, reference } from 'astro:content';
import { CONTENT_DIR } from './consts';
import { markdownCollection, yamlRecord } from './lib/content/loader';
import { contentSchemas } from './lib/content/schemas';

const loader = (folder: string) => markdownCollection(join(CONTENT_DIR, folder));

export const collections = {
  themas: defineCollection({ loader: loader('themas'), schema: ({ image }) => contentSchemas({ image, reference }).themas }),
  buurten: defineCollection({ loader: loader('buurten'), schema: ({ image }) => contentSchemas({ image, reference }).buurten }),
  projecten: defineCollection({ loader: loader('projecten'), schema: ({ image }) => contentSchemas({ image, reference }).projecten }),
  nieuws: defineCollection({ loader: loader('nieuws'), schema: ({ image }) => contentSchemas({ image, reference }).nieuws }),
  nieuwsbrief: defineCollection({ loader: loader('nieuwsbrief'), schema: ({ image }) => contentSchemas({ image, reference }).nieuwsbrief }),
  paginas: defineCollection({ loader: loader('paginas'), schema: ({ image }) => contentSchemas({ image, reference }).paginas }),
  site: defineCollection({
    loader: yamlRecord(join(CONTENT_DIR, 'site.yaml'), 'site'),
    schema: ({ image }) => contentSchemas({ image, reference }).site,
  }),
};
