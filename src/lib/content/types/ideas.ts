/**
 * content/ideeen/: the ideas residents sent with "Goede ideeën in West!", each tracked until it
 * has an answer. The function submission-created writes a new one (src/lib/ideas/); an editor
 * answers it. Only an idea that is public and answered is shown (its page, its words, its
 * answer); every idea that is not a draft is counted.
 */
import { z } from 'astro/zod';
import { IDEA_MAX_LENGTH } from '../../../consts.ts';
import { amsterdamYear } from '../../dates/amsterdam.ts';
import { urls } from '../../urls/routes.ts';
import type { CollectionEntry } from 'astro:content';
import { contentType } from '../content-type.ts';
import { BUILD_CHECKS, EDITOR } from '../editor-settings.ts';
import { choice, day, draft, fields, relations, text } from '../field-kinds.ts';
import { ANSWER_WITHIN_DAYS, waitingTooLong } from '../../ideas/counts.ts';
import { SUBMISSION_ID } from '../../ideas/records.ts';
import { REFERENCE } from '../../ideas/reference.ts';
import { IDEA_STATUS_LABELS, isAnswer, WAITING } from '../../ideas/status.ts';
import { ideaText } from '../../../strings/ideas.ts';
import { neighbourhoods } from './neighbourhoods.ts';
import { projects } from './projects.ts';

export { IDEA_STATUS_LABELS, isAnswer, WAITING, type IdeaStatus } from '../../ideas/status.ts';

export const REFERENCE_EXAMPLE = '2027-014';

/** Whether an idea is shown on the site: public and answered, so an editor has read it. */
export const isShown = (data: { public: boolean; status: string }): boolean =>
  data.public && isAnswer(data.status);

export const ideas = contentType({
  name: 'ideas',
  folder: 'ideeen',
  schema: (tools) =>
    fields({
      received: day({
        label: 'Ontvangen op',
        hint: 'De dag dat het idee binnenkwam. Het formulier vult dit zelf in.',
      }),
      status: choice(IDEA_STATUS_LABELS, {
        label: 'Stand van zaken',
        hint: `Ontvangen: nog geen antwoord. Elke andere keuze is een antwoord: schrijf het dan in de tekst hieronder en vul "Beantwoord op" in. ${BUILD_CHECKS}`,
      }),
      projects: relations(tools, projects, {
        label: 'Projecten',
        hint: 'De projecten waar het idee over gaat.',
      }).default([]),
      neighbourhoods: relations(tools, neighbourhoods, {
        label: 'Buurten',
        hint: 'De buurten waar het idee over gaat.',
      }).default([]),
      public: z.boolean({ error: 'verwacht true of false' }).register(EDITOR, {
        label: 'Openbaar',
        hint: 'Aan als de bewoner toestemming gaf: dan staan het idee (zonder naam) en het antwoord op de site. Uit: het idee telt alleen mee in de aantallen. Zet dit nooit aan zonder toestemming.',
      }),
      idea: text('het idee')
        .max(IDEA_MAX_LENGTH, { error: `het idee is hoogstens ${IDEA_MAX_LENGTH} tekens` })
        .register(EDITOR, {
          label: 'Het idee',
          widget: 'text',
          hint: `De woorden van de bewoner zoals ze op de site mogen staan. U mag inkorten; haal namen, adressen en andere persoonlijke gegevens weg. Verplicht als het idee openbaar is en beantwoord. ${BUILD_CHECKS}`,
        })
        .optional(),
      answered: day({
        label: 'Beantwoord op',
        hint: `De dag van het laatste antwoord; niet vóór "Ontvangen op". Verplicht bij elk antwoord. Een nieuw antwoord met een nieuwe stand is weer nieuws in de RSS-feed. ${BUILD_CHECKS}`,
      }).optional(),
      wantsReply: z
        .boolean({ error: 'verwacht true of false' })
        .register(EDITOR, {
          label: 'Wil antwoord per mail',
          hint: 'Aan als de bewoner een e-mailadres gaf. Het adres staat alleen in Netlify Forms; schrijf de bewoner daar vandaan terug.',
        })
        .default(false),
      submission: z
        .string({ error: 'verwacht het nummer van de inzending (tekst)' })
        .trim()
        .regex(SUBMISSION_ID, {
          error: 'verwacht het nummer van de inzending in Netlify Forms, zonder spaties',
        })
        .register(EDITOR, {
          label: 'Inzending in Netlify Forms',
          hint: 'Het nummer waaronder de inzending in Netlify Forms staat. Daar vindt u het volledige idee en het e-mailadres.',
        })
        .optional(),
      draft,
    }).superRefine((data, ctx) => {
      if (!isAnswer(data.status)) return;
      if (!data.answered) {
        ctx.addIssue({
          code: 'custom',
          path: ['answered'],
          message: 'een antwoord heeft de datum van het antwoord nodig (answered), JJJJ-MM-DD',
        });
      } else if (data.answered < data.received) {
        ctx.addIssue({
          code: 'custom',
          path: ['answered'],
          message: 'de datum van het antwoord ligt vóór de dag dat het idee binnenkwam (received)',
        });
      }
      if (data.public && !data.idea) {
        ctx.addIssue({
          code: 'custom',
          path: ['idea'],
          message:
            'een openbaar idee met een antwoord staat op de site: schrijf het idee in "idea", zonder persoonlijke gegevens',
        });
      }
    }),
  page: urls.idea,
  fixedPages: [urls.ideas(), urls.ideasFeed()],
  published: 'unless-draft',
  shown: (data) => isShown(data),
  fileName: {
    pattern: REFERENCE,
    form: 'het jaar en een volgnummer van drie cijfers (JJJJ-NNN)',
    example: REFERENCE_EXAMPLE,
  },
  body: {
    requiredWhen: (data) =>
      typeof data.status === 'string' &&
      Object.hasOwn(IDEA_STATUS_LABELS, data.status) &&
      isAnswer(data.status),
    expected:
      'een idee met een antwoord (elke stand behalve ontvangen) heeft het antwoord als tekst onder de velden',
  },
  // /ideeen/ counts the ideas of "this year": the first of January after one came in, it is built again.
  rebuildOn: (data) => [`${amsterdamYear(data.received) + 1}-01-01`],
  // Shown ideas are answered: they are dated by their latest answer.
  dateOf: (data) => data.answered ?? data.received,
  order: (a, b) =>
    (b.answered ?? b.received).getTime() - (a.answered ?? a.received).getTime() ||
    b.received.getTime() - a.received.getTime(),
  warning: (items, today) => {
    const late = waitingTooLong(items, today);
    if (late.length === 0) return null;
    return [
      `Ideeën: ${late.length} ${late.length === 1 ? 'idee wacht' : 'ideeën wachten'} langer dan ${ANSWER_WITHIN_DAYS} dagen op antwoord. Dit houdt niets tegen; de site wordt gewoon gebouwd.`,
      ...late.map(({ idea, days }) => `  - ${idea.file}: ${ideaText.waitingTooLong(days)}`),
    ].join('\n');
  },
  search: 'Ideeën',
  editor: {
    label: 'Ideeën',
    labelSingular: 'Idee',
    description:
      'De ideeën van bewoners uit het formulier "Goede ideeën in West!". Ze komen vanzelf binnen, met de stand "Ontvangen". Beantwoord elk idee binnen 28 dagen.',
    bodyHint:
      'Het antwoord van het programma, in gewone taal: wat we met het idee doen, en waarom. Verplicht bij elk antwoord. Staat op de site als het idee openbaar is.',
    options: {
      // An idea has no title: the editor names it by the day it came in (its list by the summary below).
      identifier_field: 'received',
      create: false,
      sortable_fields: {
        fields: ['received', 'answered', 'status'],
        default: { field: 'received', direction: 'ascending' },
      },
      // Waiting ideas first: grouped apart, the oldest on top.
      view_groups: {
        groups: [{ name: 'wacht', label: 'Wacht op antwoord', field: 'status', pattern: WAITING }],
        default: 'wacht',
      },
      view_filters: {
        filters: [{ name: 'wacht', label: 'Wacht op antwoord', field: 'status', pattern: WAITING }],
      },
      summary: '{{slug}} · {{status}} · ontvangen {{received}}',
    },
  },
});

/** An idea as getContent() gives it to the pages. */
export type Idea = CollectionEntry<'ideas'>;
