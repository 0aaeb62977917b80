/** content/projecten/: the programme's sub-projects, each under one theme and in one or more neighbourhoods. */
import { z } from 'astro/zod';
import { urls } from '../../urls/routes.ts';
import type { CollectionEntry } from 'astro:content';
import { contacts } from '../contact.ts';
import { contentType } from '../content-type.ts';
import { EDITOR } from '../editor-settings.ts';
import {
  aliases,
  changes,
  choice,
  fields,
  imageFields,
  relation,
  relations,
  summary,
  text,
  title,
  updated,
  withImageAlt,
  withUpdated,
} from '../field-kinds.ts';
import { phases } from '../planning.ts';
import { phaseRebuildDays } from '../../planning/phases.ts';
import { neighbourhoods } from './neighbourhoods.ts';
import { themes } from './themes.ts';

/** Where a project stands: the values editors write, and what residents and editors read. */
export const PROJECT_STATUS_LABELS = {
  gepland: 'Gepland',
  'in-uitvoering': 'In uitvoering',
  afgerond: 'Afgerond',
} as const;
export type ProjectStatus = keyof typeof PROJECT_STATUS_LABELS;

export const projects = contentType({
  name: 'projects',
  folder: 'projecten',
  schema: (tools) =>
    fields({
      title: title('De naam van het project.'),
      summary: summary('Eén of twee zinnen over het project; staat in lijsten.'),
      theme: relation(tools, themes, { label: 'Thema', hint: 'Het thema waar het project bij hoort.' }),
      neighbourhoods: relations(tools, neighbourhoods, {
        label: 'Buurten',
        hint: 'De buurt of buurten van het project, ten minste één.',
      }).min(1, { error: 'noem ten minste één buurt' }),
      status: choice(PROJECT_STATUS_LABELS, {
        label: 'Stand van zaken',
        hint: 'Gepland, in uitvoering of afgerond.',
      }),
      partners: z
        .array(text('een partnernaam').register(EDITOR, { label: 'Partner' }))
        .register(EDITOR, {
          label: 'Partners',
          item: 'partner',
          options: { label_singular: 'partner' },
          hint: 'Wie meedoen, bijvoorbeeld Gemeente Kerkrade.',
        })
        .default([]),
      contacts: contacts(
        'Wie bewoners kunnen bellen of mailen met vragen over het project. Staat bovenaan de pagina: "Vragen? Bel …".',
      ),
      phases: phases(
        'De planning: de fasen van het project. Op de pagina staan ze op volgorde, elk met "Afgerond", "Nu bezig" of "Later" op de dag van vandaag.',
      ),
      ...imageFields(tools.image),
      updated,
      wijzigingen: changes,
      aliases,
    })
      .superRefine(withImageAlt)
      .superRefine(withUpdated),
  page: urls.project,
  fixedPages: [urls.projects()],
  published: 'always',
  order: (a, b) => a.title.localeCompare(b.title, 'nl'),
  // A phase's mark changes on its first day and on the day after its last.
  rebuildOn: (data) => phaseRebuildDays(data.phases),
  search: 'Project',
  editor: {
    label: 'Projecten',
    labelSingular: 'Project',
    description: 'De deelprojecten van het programma, elk bij één thema en één of meer buurten.',
    bodyHint: 'Over het project: wat er gebeurt, waar, en wanneer.',
  },
  newItem: {
    choice: 'Een project',
    ask: ['title', 'summary', 'theme', 'neighbourhoods', 'status'],
    body: 'Schrijf hier wat het project is, voor wie, en wat er gebeurt.',
  },
});

/** A project as getContent() gives it to the pages. */
export type Project = CollectionEntry<'projects'>;
