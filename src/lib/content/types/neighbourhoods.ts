/** content/buurten/: the neighbourhoods of Kerkrade-West. */
import { urls } from '../../urls/routes.ts';
import type { CollectionEntry } from 'astro:content';
import { contentType } from '../content-type.ts';
import { fields, summary, title } from '../field-kinds.ts';

export const neighbourhoods = contentType({
  name: 'neighbourhoods',
  folder: 'buurten',
  schema: () =>
    fields({
      title: title('De naam van de buurt.'),
      summary: summary('Eén of twee zinnen over de buurt.'),
    }),
  page: urls.neighbourhood,
  fixedPages: [urls.neighbourhoods()],
  published: 'always',
  order: (a, b) => a.title.localeCompare(b.title, 'nl'),
  search: 'Buurt',
  editor: {
    label: 'Buurten',
    labelSingular: 'Buurt',
    description: 'De buurten van Kerkrade-West.',
    bodyHint: 'Over de buurt.',
  },
});

/** A neighbourhood as getContent() gives it to the pages. */
export type Neighbourhood = CollectionEntry<'neighbourhoods'>;
