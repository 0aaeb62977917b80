/**
 * content/werkzaamheden/: works in the streets (demolition, sewers, paving), each with its days,
 * its streets from the street list (content/straten.yaml, which gives their buurten), what
 * residents will notice and whom to call. Soonest first; what is over goes to the archive by itself.
 */
import { z } from 'astro/zod';
import { NEWS_SUMMARY_MAX } from '../../../consts.ts';
import { urls } from '../../urls/routes.ts';
import type { CollectionEntry } from 'astro:content';
import { EFFECT_LABELS } from '../../works/effects.ts';
import { endProblem, isOver, rebuildDays } from '../../works/period.ts';
import { contact, phone } from '../contact.ts';
import { contentType } from '../content-type.ts';
import { BUILD_CHECKS, EDITOR } from '../editor-settings.ts';
import { aliases, choice, day, draft, fields, relations, summary, text, title } from '../field-kinds.ts';
import { PHONE_EXAMPLE } from '../phone.ts';
import { streetNames } from '../streets.ts';
import { projects } from './projects.ts';

export const works = contentType({
  name: 'works',
  folder: 'werkzaamheden',
  schema: (tools) =>
    fields({
      title: title(
        'Wat er gebeurt en waar, kort: bijvoorbeeld "Nieuwe riolering in de Lupinestraat". Daaruit wordt ook de bestandsnaam gemaakt.',
      ),
      summary: summary(
        `Eén of twee zinnen, hoogstens ${NEWS_SUMMARY_MAX} tekens: wat bewoners merken. Staat in lijsten, in de RSS-feed en op de brief.`,
        NEWS_SUMMARY_MAX,
      ),
      start: day({
        label: 'Eerste dag',
        hint: 'De dag dat het werk begint, bijvoorbeeld 2027-04-12.',
      }),
      end: day({
        label: 'Laatste dag',
        hint: `De laatste dag van het werk, bijvoorbeeld 2027-04-30. Niet vóór de eerste dag. ${BUILD_CHECKS}`,
      }),
      streets: streetNames({
        label: 'Straten',
        hint: `De straten waar gewerkt wordt, ten minste één, zoals ze in de stratenlijst staan (Instellingen, Straten). Daaruit volgen de buurten. ${BUILD_CHECKS}`,
      }),
      effects: z
        .array(
          choice(EFFECT_LABELS, {
            label: 'Wat merkt u',
          }),
          { error: 'verwacht een lijst van keuzes' },
        )
        .register(EDITOR, {
          label: 'Wat merkt u',
          item: 'gevolg',
          hint: 'Wat bewoners merken: kies alles wat klopt.',
        })
        .default([]),
      hours: text('de werktijden')
        .register(EDITOR, {
          label: 'Werktijden',
          hint: 'Wanneer er gewerkt wordt, bijvoorbeeld: maandag tot en met vrijdag, 7.00 tot 16.00 uur.',
        })
        .optional(),
      projects: relations(tools, projects, {
        label: 'Projecten',
        hint: 'De projecten waar het werk bij hoort.',
      }).default([]),
      contact: contact({
        urgentPhone: phone({
          label: 'Telefoonnummer bij spoed',
          hint: `Voor buiten de werktijden, bijvoorbeeld ${PHONE_EXAMPLE}. Mag leeg. ${BUILD_CHECKS}`,
        }).optional(),
      })
        .register(EDITOR, {
          label: 'Contact',
          hint: 'Wie bewoners bellen met vragen over dit werk. Leeg: dan staat het contact van het eerste project er, of anders het algemene nummer van het programma.',
        })
        .optional(),
      cancelled: text('de reden dat het werk niet doorgaat')
        .register(EDITOR, {
          label: 'Afgelast of uitgesteld',
          widget: 'text',
          hint: 'Gaat het werk niet door, of later? Schrijf hier in één zin waarom. Verwijder het werk nooit: dan horen de agenda’s van bewoners het niet. Zet ook "Bijgewerkt op" op vandaag.',
        })
        .optional(),
      updated: day({
        label: 'Bijgewerkt op',
        hint: 'De dag dat u de data, de straten of het contact veranderde. Staat op de brief, en de agenda’s van bewoners nemen de wijziging over.',
      }).optional(),
      draft,
      aliases,
    }).superRefine((data, ctx) => {
      const problem = endProblem(data);
      if (problem) ctx.addIssue({ code: 'custom', path: ['end'], message: problem });
    }),
  page: urls.worksItem,
  fixedPages: [urls.works()],
  published: 'unless-draft',
  dateOf: (data) => data.start,
  order: (a, b) =>
    a.start.getTime() - b.start.getTime() ||
    a.end.getTime() - b.end.getTime() ||
    a.title.localeCompare(b.title, 'nl'),
  over: (data, today) => isOver(data, today),
  rebuildOn: (data) => rebuildDays(data),
  search: 'Werkzaamheden',
  editor: {
    label: 'Werkzaamheden',
    labelSingular: 'Werkzaamheden',
    description:
      'Werk in de straat: slopen, bouwen, riolering, bestrating. Met de dagen, de straten en wie bewoners kunnen bellen. Wat voorbij is, gaat vanzelf naar het archief.',
    bodyHint:
      'Wat er gebeurt, en wat bewoners kunnen doen: waar ze wel kunnen parkeren, wanneer het afval wordt opgehaald. Houd het kort (hoogstens 250 woorden): dan past de brief op één A4.',
    options: {
      sortable_fields: { fields: ['start', 'title'], default: { field: 'start', direction: 'descending' } },
      summary: '{{start}} · {{title}}',
    },
  },
  newItem: {
    choice: 'Werkzaamheden in de straat',
    ask: ['title', 'summary', 'start', 'end', 'streets', 'effects', 'hours', 'projects'],
    body: 'Schrijf hier wat er gebeurt en wat bewoners kunnen doen: waar ze wel kunnen parkeren, wanneer het afval wordt opgehaald.',
  },
});

/** Works as getContent() gives them to the pages. */
export type Works = CollectionEntry<'works'>;
