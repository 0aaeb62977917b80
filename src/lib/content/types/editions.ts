/** content/nieuwsbrief/: the editions of the Nieuwsbrief Heilust, each with its PDF when it has one. */
import { z } from 'astro/zod';
import { urls } from '../../urls/routes.ts';
import type { CollectionEntry } from 'astro:content';
import { contentType } from '../content-type.ts';
import { BUILD_CHECKS, EDITOR } from '../editor-settings.ts';
import { aliases, day, draft, fields, pdf, summary, title, TODAY } from '../field-kinds.ts';

export const editions = contentType({
  name: 'editions',
  folder: 'nieuwsbrief',
  schema: (tools) =>
    fields({
      title: title('Bijvoorbeeld: Nieuwsbrief Heilust, editie 9'),
      edition: z
        .number({ error: 'verwacht een editienummer (1, 2, 3 …)' })
        .int({ error: 'een editienummer is een heel getal' })
        .positive({ error: 'een editienummer is groter dan 0' })
        .register(EDITOR, {
          label: 'Editienummer',
          hint: `Een heel getal; elk nummer maar één keer. ${BUILD_CHECKS}`,
        }),
      date: day({
        label: 'Datum van verschijnen',
        hint: 'De dag waarop de editie verschijnt.',
        options: TODAY,
      }),
      summary: summary('Wat er in deze editie staat, in één of twee zinnen.'),
      pdf: pdf(tools.publicFileExists ?? (() => true)).optional(),
      draft,
      aliases,
    }),
  page: urls.edition,
  fixedPages: [urls.editions(), urls.editionsFeed()],
  published: 'from-date',
  dateOf: (data) => data.date,
  order: (a, b) => b.date.getTime() - a.date.getTime() || b.edition - a.edition,
  unique: { field: 'edition', one: 'editie' },
  search: 'Nieuwsbrief',
  editor: {
    label: 'Nieuwsbrief Heilust',
    labelSingular: 'Editie',
    description: 'Elke editie van de Nieuwsbrief Heilust, met de PDF als die er is.',
    bodyHint: 'De inhoud van de editie als tekst, zodat iedereen haar kan lezen, ook zonder PDF.',
    options: {
      // heilust-9.md for edition 9, as docs/redactie.md asks.
      slug: 'heilust-{{fields.edition}}',
      sortable_fields: {
        fields: ['edition', 'date'],
        default: { field: 'edition', direction: 'descending' },
      },
      summary: '{{edition}} · {{title}}',
    },
  },
  newItem: {
    choice: 'Een editie van de Nieuwsbrief Heilust',
    ask: ['title', 'edition', 'date', 'summary'],
    body: 'Schrijf hier wat er in deze editie staat.',
  },
});

/** An edition as getContent() gives it to the pages. */
export type Edition = CollectionEntry<'editions'>;
