/** content/agenda/: meetings residents can come to, soonest first; what is over goes to the archive by itself. */
import { NEWS_SUMMARY_MAX } from '../../../consts.ts';
import { dayAfter, endProblem, isOver, lastDay, meetingTime } from '../../agenda/when.ts';
import { urls } from '../../urls/routes.ts';
import type { CollectionEntry } from 'astro:content';
import { contentType } from '../content-type.ts';
import { BUILD_CHECKS, EDITOR } from '../editor-settings.ts';
import { aliases, day, draft, fields, moment, relations, summary, text, title } from '../field-kinds.ts';
import { neighbourhoods } from './neighbourhoods.ts';
import { projects } from './projects.ts';

export const meetings = contentType({
  name: 'meetings',
  folder: 'agenda',
  schema: (tools) =>
    fields({
      title: title(
        'Wat er gebeurt, kort: bijvoorbeeld "Bewonersavond over Park West". Daaruit wordt ook de bestandsnaam gemaakt.',
      ),
      summary: summary(
        `Eén of twee zinnen, hoogstens ${NEWS_SUMMARY_MAX} tekens. Staat in de agenda en in de RSS-feed.`,
        NEWS_SUMMARY_MAX,
      ),
      start: moment({
        label: 'Begin',
        hint: 'Datum en tijd, bijvoorbeeld 2027-03-25 19:30. Duurt het de hele dag? Schrijf dan alleen de datum: 2027-03-25.',
      }),
      end: moment({
        label: 'Einde',
        hint: `Net als het begin: 2027-03-25 21:00, of bij een hele dag de laatste dag. Niet vóór het begin. Leeg: alleen de begintijd staat op de site en in agenda's duurt het een uur. ${BUILD_CHECKS}`,
      }).optional(),
      location: text('een plaats').register(EDITOR, {
        label: 'Plaats',
        hint: "De naam van de plek, bijvoorbeeld Buurtkamer 't Westhoes, of online.",
      }),
      address: text('een adres')
        .register(EDITOR, {
          label: 'Adres',
          hint: 'Straat en huisnummer, en als het kan postcode en plaats: Kampstraat 1, 6466 AB Kerkrade.',
        })
        .optional(),
      projects: relations(tools, projects, {
        label: 'Projecten',
        hint: 'De projecten waar de bijeenkomst over gaat.',
      }).default([]),
      neighbourhoods: relations(tools, neighbourhoods, {
        label: 'Buurten',
        hint: 'De buurten waar de bijeenkomst voor is.',
      }).default([]),
      cancelled: text('de reden dat de bijeenkomst niet doorgaat')
        .register(EDITOR, {
          label: 'Afgelast',
          widget: 'text',
          hint: 'Gaat de bijeenkomst niet door? Schrijf hier in één zin waarom. Verwijder een bijeenkomst nooit: dan horen de agenda’s van bewoners het niet. Zet ook "Bijgewerkt op" op vandaag.',
        })
        .optional(),
      updated: day({
        label: 'Bijgewerkt op',
        hint: 'De dag dat u de bijeenkomst verzette of afgelastte. Dan nemen de agenda’s van bewoners de wijziging over.',
      }).optional(),
      draft,
      aliases,
    }).superRefine((data, ctx) => {
      const problem = data.end && endProblem(data.start, data.end);
      if (problem) ctx.addIssue({ code: 'custom', path: ['end'], message: problem });
    }),
  page: urls.meeting,
  fixedPages: [urls.agenda()],
  published: 'unless-draft',
  dateOf: (data) => data.start.instant,
  order: (a, b) =>
    a.start.instant.getTime() - b.start.instant.getTime() || a.title.localeCompare(b.title, 'nl'),
  over: (data, today) => isOver(meetingTime(data), today),
  // The build after its last day moves it from what is coming to the archive.
  rebuildOn: (data) => [dayAfter(lastDay(meetingTime(data)))],
  search: 'Agenda',
  editor: {
    label: 'Agenda',
    labelSingular: 'Bijeenkomst',
    description:
      'Bewonersavonden, informatiemarkten, open dagen en spreekuren. Wat voorbij is, gaat vanzelf naar het archief.',
    bodyHint: 'Wat er gebeurt, of u zich moet aanmelden, en wat u mee moet nemen.',
    options: {
      sortable_fields: { fields: ['start', 'title'], default: { field: 'start', direction: 'descending' } },
      summary: '{{start}} · {{title}}',
    },
  },
  newItem: {
    choice: 'Een bijeenkomst in de agenda',
    ask: ['title', 'summary', 'start', 'end', 'location', 'address', 'projects', 'neighbourhoods'],
    body: 'Schrijf hier wat er gebeurt, of bewoners zich moeten aanmelden, en wat ze mee moeten nemen.',
  },
});

/** A meeting as getContent() gives it to the pages. */
export type Meeting = CollectionEntry<'meetings'>;
