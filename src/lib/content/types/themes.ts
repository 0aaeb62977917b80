/** content/themas/: the four themes of the Stadsdeelvisie; every project belongs to one. */
import { z } from 'astro/zod';
import { urls } from '../../urls/routes.ts';
import type { CollectionEntry } from 'astro:content';
import { contentType } from '../content-type.ts';
import { EDITOR } from '../editor-settings.ts';
import { fields, summary, title } from '../field-kinds.ts';

const byTitle = (a: { title: string }, b: { title: string }) => a.title.localeCompare(b.title, 'nl');

export const themes = contentType({
  name: 'themes',
  folder: 'themas',
  schema: () =>
    fields({
      title: title('De naam van het thema.'),
      summary: summary('Eén of twee zinnen over het thema.'),
      order: z
        .number({ error: 'verwacht een volgnummer (1, 2, 3 …)' })
        .int()
        .positive()
        .register(EDITOR, { label: 'Volgorde', hint: "De plaats in de lijst van thema's: 1, 2, 3 …" }),
    }),
  page: urls.theme,
  fixedPages: [urls.themes()],
  published: 'always',
  order: (a, b) => a.order - b.order || byTitle(a, b),
  search: 'Thema',
  editor: {
    label: "Thema's",
    labelSingular: 'Thema',
    description: "De vier thema's van het programma.",
    bodyHint: 'Over het thema.',
  },
});

/** A theme as getContent() gives it to the pages. */
export type Theme = CollectionEntry<'themes'>;
