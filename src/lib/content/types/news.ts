/** content/nieuws/: news items, newest first, online from their date. */
import { NEWS_SUMMARY_MAX } from '../../../consts.ts';
import { urls } from '../../urls/routes.ts';
import type { CollectionEntry } from 'astro:content';
import { contentType } from '../content-type.ts';
import {
  aliases,
  changes,
  day,
  draft,
  fields,
  imageFields,
  relations,
  summary,
  title,
  TODAY,
  updated,
  withImageAlt,
  withUpdated,
} from '../field-kinds.ts';
import { neighbourhoods } from './neighbourhoods.ts';
import { projects } from './projects.ts';

export const news = contentType({
  name: 'news',
  folder: 'nieuws',
  schema: (tools) =>
    fields({
      title: title('De kop van het bericht. Daaruit wordt ook de bestandsnaam en het webadres gemaakt.'),
      date: day({
        label: 'Datum',
        hint: 'De datum van het bericht. Een datum in de toekomst verschijnt op die dag.',
        options: TODAY,
      }),
      summary: summary(
        `Korte samenvatting, hoogstens ${NEWS_SUMMARY_MAX} tekens. Staat in lijsten en in de RSS-feed.`,
        NEWS_SUMMARY_MAX,
      ),
      projects: relations(tools, projects, {
        label: 'Projecten',
        hint: 'De projecten waar het bericht over gaat.',
      }).default([]),
      neighbourhoods: relations(tools, neighbourhoods, {
        label: 'Buurten',
        hint: 'De buurten waar het bericht over gaat.',
      }).default([]),
      ...imageFields(tools.image),
      updated,
      wijzigingen: changes,
      draft,
      aliases,
    })
      .superRefine(withImageAlt)
      .superRefine(withUpdated),
  page: urls.newsItem,
  fixedPages: [urls.news(), urls.newsArchive(), urls.newsFeed()],
  published: 'from-date',
  dateOf: (data) => data.date,
  order: (a, b) => b.date.getTime() - a.date.getTime(),
  numberedList: urls.news(),
  search: 'Nieuws',
  editor: {
    label: 'Nieuwsberichten',
    labelSingular: 'Nieuwsbericht',
    description: 'Nieuws uit de buurten en over de projecten. Het nieuwste staat bovenaan de site.',
    bodyHint: "De tekst van het bericht. Gebruik tussenkoppen en korte alinea's.",
    options: {
      sortable_fields: { fields: ['date', 'title'], default: { field: 'date', direction: 'descending' } },
      summary: '{{date}} · {{title}}',
    },
  },
  newItem: {
    choice: 'Een nieuwsbericht',
    ask: ['title', 'date', 'summary', 'projects', 'neighbourhoods'],
    body: 'Schrijf hier het bericht. Begin met het belangrijkste.',
  },
});

/** A news item as getContent() gives it to the pages. */
export type NewsItem = CollectionEntry<'news'>;
