/** content/paginas/: general pages (contact, privacy, accessibility), each at /<slug>/. */
import { urls } from '../../urls/routes.ts';
import type { CollectionEntry } from 'astro:content';
import { contentType } from '../content-type.ts';
import { aliases, changes, fields, summary, title, updated, withUpdated } from '../field-kinds.ts';

export const pages = contentType({
  name: 'pages',
  folder: 'paginas',
  schema: () =>
    fields({
      title: title('De titel van de pagina.'),
      summary: summary('Eén of twee zinnen over de pagina; ook voor zoekmachines.'),
      updated,
      wijzigingen: changes,
      aliases,
    }).superRefine(withUpdated),
  page: urls.page,
  fixedPages: [],
  published: 'always',
  order: (a, b) => a.title.localeCompare(b.title, 'nl'),
  search: 'Pagina',
  editor: {
    label: "Algemene pagina's",
    labelSingular: 'Pagina',
    description:
      "Losse pagina's zoals contact, privacy en toegankelijkheid. Het webadres is de bestandsnaam: /contact/.",
    bodyHint: 'De tekst van de pagina.',
  },
});

/** A general page as getContent() gives it to the pages. */
export type Page = CollectionEntry<'pages'>;
