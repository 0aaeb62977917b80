/**
 * The content model: what every field of every content file may hold, with the Dutch message an
 * editor sees when it does not, and how the editor at /admin/ shows the field (its label, hint
 * and widget, registered in EDITOR beside the field). The editor's configuration is generated
 * from these schemas (src/lib/admin/cms-config.ts), so a pattern, a length or a list of choices
 * is written once. docs/redactie.md describes every field; keep the two in step.
 *
 * Plain Zod, so the collections (src/content.config.ts), the editor in the browser, the unit tests
 * and other tools can all use it (imports carry their .ts extension, so `node` runs it as it is:
 * npm run nieuw). Astro's `image()` and `reference()` only exist inside Astro, and whether a file
 * exists only on disk, so they are passed in.
 */
import type { ImageFunction } from 'astro/content/config';
import { z } from 'astro/zod';
import { NEWS_SUMMARY_MAX } from '../../consts.ts';
import { orList, t } from '../../strings.ts';
import { MOMENT_FORM, endProblem, momentText, readMoment } from '../agenda/when.ts';
import { isCalendarDay, startOfAmsterdamDay } from '../dates/amsterdam.ts';
import { unknownFieldMessage } from './checks.ts';

/** The collections a field may point to by slug. */
export type ReferencedCollection = 'themas' | 'buurten' | 'projecten';

export interface SchemaTools {
  image: ImageFunction;
  reference: (collection: ReferencedCollection) => z.ZodType<{ id: string; collection: string }>;
  /** Whether a file is in public/ at this site path (/nieuwsbrief/pdf/heilust-1.pdf); not checked when left out. */
  publicFileExists?: (sitePath: string) => boolean;
}

export const PROJECT_STATUSES = ['gepland', 'in-uitvoering', 'afgerond'] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];

/** How the editor at /admin/ shows a field. What the schema already says (type, required, lengths, patterns, choices) is not repeated here. */
export interface EditorField {
  label: string;
  hint?: string;
  /**
   * The editor's widget where the type alone does not tell: text (several lines), datetime, image,
   * relation, pdf (the editor's own PDF field, src/admin/pdf-field.ts, which checks the tags), or
   * moment (a meeting's start or end: a day with a time, or a day alone, as text).
   */
  widget?: 'text' | 'datetime' | 'image' | 'relation' | 'pdf' | 'moment';
  /** A relation's collection. */
  collection?: ReferencedCollection;
  /** A list's name for one item ("alias" in aliases). */
  item?: string;
  /** What the editor shows for each choice. */
  choiceLabels?: Readonly<Record<string, string>>;
  /** Further settings of Sveltia CMS for this field, as its configuration names them. */
  options?: Readonly<Record<string, unknown>>;
}

/** Every field's editor settings, keyed by the field's schema. */
export const EDITOR = z.registry<EditorField>();

/** Hints end with this where a rule reads more than the field: the editor runs it when saving (src/admin/checks.ts). */
export const BUILD_CHECKS =
  'Dit wordt bij het opslaan gecontroleerd, met de regels van de bouw; klopt het niet, dan wordt het item niet opgeslagen en staat hier wat er mis is.';

/** Strict: a typo such as `draf: true` stops the build instead of being ignored. */
function fields<T extends z.core.$ZodLooseShape>(shape: T) {
  const known = Object.keys(shape);
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys' ? unknownFieldMessage(issue.keys, known) : undefined,
  });
}

const text = (what: string) =>
  z
    .string({ error: `verwacht ${what} (tekst)` })
    .trim()
    .min(1, { error: `${what} mag niet leeg zijn` });

const title = (hint: string) => text('een titel').register(EDITOR, { label: 'Titel', hint });

const summary = (hint: string) =>
  text('een samenvatting').register(EDITOR, { label: 'Samenvatting', widget: 'text', hint });

/** An address on this site or another site over HTTPS. */
const SITE_OR_HTTPS = /^(\/|https:\/\/)/;
const siteOrHttps = (error: string) => z.string().regex(SITE_OR_HTTPS, { error });
const httpsAddress = () => z.string().regex(/^https:\/\/\S+$/, { error: 'verwacht een https-adres' });

/**
 * YAML reads an unquoted 2011-12-08 as a Date at UTC midnight; both forms mean an Amsterdam day.
 * The editor writes the day as 2011-12-08, by default today.
 */
/** What is expected of a day that does not exist or is written another way (the loader reads raw text too). */
export const notADay = (text: string) =>
  `"${text}" is geen bestaande datum; schrijf JJJJ-MM-DD, bijvoorbeeld 2011-12-08`;

const day = (editor: EditorField) =>
  z
    .union([z.date(), z.string()], { error: 'verwacht een datum als JJJJ-MM-DD, bijvoorbeeld 2011-12-08' })
    .transform((value, ctx) => {
      const iso = value instanceof Date ? value.toISOString().slice(0, 10) : value.trim();
      if (!isCalendarDay(iso)) {
        ctx.addIssue({ code: 'custom', message: notADay(iso) });
        return z.NEVER;
      }
      return startOfAmsterdamDay(iso);
    })
    .register(EDITOR, { widget: 'datetime', ...editor });

const TODAY = { default: '{{now}}' };

/** A meeting's start or end (src/lib/agenda/when.ts): a day and a time in Amsterdam, or a day alone. */
const moment = (editor: EditorField) =>
  z
    .union([z.date(), z.string()], { error: MOMENT_FORM })
    .transform((value, ctx) => {
      const text = momentText(value);
      const read = typeof text === 'string' ? readMoment(text) : text;
      if ('problem' in read) {
        ctx.addIssue({ code: 'custom', message: read.problem });
        return z.NEVER;
      }
      return read;
    })
    .register(EDITOR, { widget: 'moment', ...editor });

const aliases = z
  .array(
    z
      .string()
      .regex(/^\/[^\s?#]*$/, { error: 'een oud adres begint met "/" en bevat geen spaties, "?" of "#"' })
      .register(EDITOR, { label: 'Oud adres' }),
    { error: 'verwacht een lijst van oude adressen' },
  )
  .register(EDITOR, {
    label: 'Oude adressen',
    item: 'alias',
    options: { label_singular: 'oud adres' },
    hint: `Oude webadressen die naar deze pagina moeten leiden, elk beginnend met /. Een adres mag maar bij één pagina staan, geen bestaand adres van de site zijn en niet met /admin beginnen. ${BUILD_CHECKS}`,
  })
  .default([]);

const draft = z
  .boolean({ error: 'verwacht true of false' })
  .register(EDITOR, {
    label: 'Concept (nog niet publiceren)',
    hint: 'Aan: het bestand wordt bewaard, maar komt nergens op de site. Zet het uit om te publiceren.',
  })
  .default(false);

/** When an item was last changed in substance, and what changed (short notes, shown to residents). */
const updated = day({
  label: 'Bijgewerkt op',
  hint: 'Alleen als de inhoud echt is aangepast na het plaatsen; niet vóór de datum van het bericht.',
}).optional();
const changes = z
  .array(
    text('een korte beschrijving van de wijziging')
      .max(200, { error: 'een wijziging is hoogstens 200 tekens' })
      .register(EDITOR, { label: 'Wijziging' }),
    { error: 'verwacht een lijst van korte beschrijvingen van wat er is gewijzigd' },
  )
  .register(EDITOR, {
    label: 'Wat is er gewijzigd',
    item: 'wijziging',
    options: { label_singular: 'wijziging' },
    hint: `Korte zinnen (hoogstens 200 tekens), alleen samen met "Bijgewerkt op". ${BUILD_CHECKS}`,
  })
  .optional();

/** Change notes belong to a date, and an item cannot be updated before it was published. */
function withUpdated<
  T extends { updated?: Date | undefined; wijzigingen?: string[] | undefined; date?: Date },
>(data: T, ctx: z.RefinementCtx) {
  if (data.wijzigingen && !data.updated) {
    ctx.addIssue({
      code: 'custom',
      path: ['updated'],
      message: 'wijzigingen staan er, maar de datum updated ontbreekt',
    });
  }
  if (data.updated && data.date && data.updated < data.date) {
    ctx.addIssue({
      code: 'custom',
      path: ['updated'],
      message:
        'de datum updated ligt vóór de datum van het bericht (date); een bericht kan niet eerder bijgewerkt zijn dan geplaatst',
    });
  }
}

/** Where an edition's PDF is uploaded, and the site path its field holds. */
export const PDF_FOLDER = { media_folder: '/public/nieuwsbrief/pdf', public_folder: '/nieuwsbrief/pdf' };

const pdf = (publicFileExists: (sitePath: string) => boolean) =>
  z
    .string()
    .regex(/^\/(?!.*\.\.)[^\s?#]+\.pdf$/i, { error: 'verwacht een pad als /nieuwsbrief/pdf/heilust-1.pdf' })
    .refine(publicFileExists, { error: (issue) => `het bestand public${String(issue.input)} bestaat niet` })
    .register(EDITOR, {
      label: 'PDF',
      widget: 'pdf',
      options: { accept: 'application/pdf', ...PDF_FOLDER },
      hint: `Een toegankelijke (getagde) PDF met Nederlands als documenttaal; verplicht getagd vanaf 23 september 2018. Noem het bestand naar de editie, bijvoorbeeld heilust-9.pdf. ${BUILD_CHECKS}`,
    });

/** An image needs its description: screen reader users must know what it shows. */
function withImageAlt<T extends { image?: unknown; imageAlt?: string | undefined }>(
  data: T,
  ctx: z.RefinementCtx,
) {
  if (data.image && !data.imageAlt) {
    ctx.addIssue({
      code: 'custom',
      path: ['imageAlt'],
      message: 'een afbeelding heeft een beschrijving (imageAlt) nodig',
    });
  }
  if (data.imageAlt && !data.image) {
    ctx.addIssue({ code: 'custom', path: ['image'], message: 'imageAlt staat er, maar image ontbreekt' });
  }
}

/** Images are stored next to the item, in afbeeldingen/, and written as ./afbeeldingen/naam.jpg. */
const IMAGE_FIELD: EditorField = {
  label: 'Afbeelding',
  widget: 'image',
  options: {
    choose_url: false,
    media_folder: 'afbeeldingen',
    public_folder: './afbeeldingen',
    accept: 'image/jpeg,image/png,image/webp',
  },
  hint: 'Een foto of tekening (JPG, PNG of WebP) bovenaan de pagina. Vul dan ook de beschrijving in.',
};

const imageAlt = text('een beschrijving van de afbeelding').register(EDITOR, {
  label: 'Beschrijving van de afbeelding',
  hint: `Wat er op de afbeelding te zien is, voor wie haar niet ziet. Verplicht als er een afbeelding is, en alleen dan. ${BUILD_CHECKS}`,
});

/** Every collection's schema, made with the image() and reference() given (the unit tests, other tools). */
export function contentSchemas(tools: SchemaTools): ContentSchemas {
  return makeSchemas(tools);
}

/** Stands in for Astro's image() in the shared schemas; collectionSchema() puts the real one in. */
const placeholderImage = (() => z.string()) as unknown as ImageFunction;
let shared: ContentSchemas | undefined;

/**
 * One collection's schema for content.config.ts. Astro asks for it once per entry, with an
 * image() that resolves paths next to that entry. Making Zod schemas is slow, so the schemas are
 * made once and, for the collections with an image, only that field is made per entry;
 * refinements and messages stay as they are.
 */
export function collectionSchema<K extends keyof ContentSchemas>(
  name: K,
  { image, reference }: SchemaTools,
): ContentSchemas[K] {
  shared ??= makeSchemas({ image: placeholderImage, reference });
  const schema = shared[name];
  if (name !== 'projecten' && name !== 'nieuws') return schema;
  return (schema as ContentSchemas['nieuws']).safeExtend({
    image: image().optional(),
  }) as unknown as ContentSchemas[K];
}

/**
 * The schemas of the files as they are written, as the editor and the build's first check of each
 * file read them: an image is its path, a relation the other file's slug. Made once per
 * `publicFileExists` (making Zod schemas is slow).
 */
export function fileSchemas(publicFileExists?: (sitePath: string) => boolean): ContentSchemas {
  const key = publicFileExists ?? anyFileExists;
  let schemas = fileSchemasByCheck.get(key);
  if (!schemas) {
    schemas = makeSchemas({ image: placeholderImage, reference: slugOf, publicFileExists: key });
    fileSchemasByCheck.set(key, schemas);
  }
  return schemas;
}

const anyFileExists = () => true;
const slugOf = (collection: ReferencedCollection) => z.string().transform((id) => ({ id, collection }));
const fileSchemasByCheck = new WeakMap<(sitePath: string) => boolean, ContentSchemas>();

export type CollectionName = keyof ContentSchemas;

/**
 * content/moeilijke-woorden.yaml, the officialese the plain-language check looks for
 * (src/lib/readability/): here for the editor's form. The build reads it leniently
 * (word-list.ts), as a plain-language aid never stops a build.
 */
export const WORD_LIST_FILE = 'moeilijke-woorden.yaml';
export const WORD_LIST_SCHEMA = fields({
  woorden: z
    .array(
      fields({
        woord: text('het moeilijke woord').register(EDITOR, {
          label: 'Moeilijk woord',
          hint: 'Een werkwoord als heel werkwoord (verstrekken): dan worden ook verstrekt, verstrekte en verstrekking gevonden.',
        }),
        beter: text('een gewoon woord').register(EDITOR, {
          label: 'Gewoon woord',
          hint: 'Wat u in de plaats schrijft, bijvoorbeeld geven.',
        }),
      }),
    )
    .register(EDITOR, {
      label: 'Woorden',
      options: { label_singular: 'woord', summary: '{{fields.woord}} → {{fields.beter}}' },
      hint: 'Ambtelijke woorden met een gewoon woord ervoor. Het voorbeeld en de bouw wijzen ze aan.',
    }),
});

/** A mistake in one file: the field (a key path such as partners.0.url; null for the file as a whole) and what is expected. */
export interface FieldProblem {
  field: string | null;
  message: string;
}

/** What is wrong in one file's front matter (or content/site.yaml), field by field, in the words the build stops with. */
export function fileProblems(
  collection: CollectionName,
  data: unknown,
  publicFileExists?: (sitePath: string) => boolean,
): FieldProblem[] {
  const result = fileSchemas(publicFileExists)[collection].safeParse(data);
  if (result.success) return [];
  return result.error.issues.map((issue) => ({
    field: issue.path.length > 0 ? issue.path.join('.') : null,
    message: issue.message,
  }));
}

function makeSchemas({ image, reference, publicFileExists = anyFileExists }: SchemaTools) {
  /** A choice from the files of another collection, stored as their file name (the slug). */
  const relation = (collection: ReferencedCollection, editor: EditorField) =>
    reference(collection).register(EDITOR, { widget: 'relation', collection, ...editor });
  const relations = (collection: 'projecten' | 'buurten', editor: EditorField) =>
    z
      .array(reference(collection), { error: `verwacht een lijst van namen uit content/${collection}/` })
      .register(EDITOR, { widget: 'relation', collection, ...editor });
  const picture = () => image().register(EDITOR, IMAGE_FIELD).optional();

  return {
    themas: fields({
      title: title('De naam van het thema.'),
      summary: summary('Eén of twee zinnen over het thema.'),
      order: z
        .number({ error: 'verwacht een volgnummer (1, 2, 3 …)' })
        .int()
        .positive()
        .register(EDITOR, { label: 'Volgorde', hint: "De plaats in de lijst van thema's: 1, 2, 3 …" }),
    }),

    buurten: fields({
      title: title('De naam van de buurt.'),
      summary: summary('Eén of twee zinnen over de buurt.'),
    }),

    projecten: fields({
      title: title('De naam van het project.'),
      summary: summary('Eén of twee zinnen over het project; staat in lijsten.'),
      theme: relation('themas', { label: 'Thema', hint: 'Het thema waar het project bij hoort.' }),
      neighbourhoods: relations('buurten', {
        label: 'Buurten',
        hint: 'De buurt of buurten van het project, ten minste één.',
      }).min(1, {
        error: 'noem ten minste één buurt',
      }),
      status: z
        .enum(PROJECT_STATUSES, { error: `verwacht ${orList(PROJECT_STATUSES)}` })
        .register(EDITOR, {
          label: 'Stand van zaken',
          choiceLabels: t.statusLabel,
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
      image: picture(),
      imageAlt: imageAlt.optional(),
      updated,
      wijzigingen: changes,
      aliases,
    })
      .superRefine(withImageAlt)
      .superRefine(withUpdated),

    nieuws: fields({
      title: title('De kop van het bericht. Daaruit wordt ook de bestandsnaam en het webadres gemaakt.'),
      date: day({
        label: 'Datum',
        hint: 'De datum van het bericht. Een datum in de toekomst verschijnt op die dag.',
        options: TODAY,
      }),
      summary: text('een samenvatting')
        .max(NEWS_SUMMARY_MAX, { error: `een samenvatting is hoogstens ${NEWS_SUMMARY_MAX} tekens` })
        .register(EDITOR, {
          label: 'Samenvatting',
          widget: 'text',
          hint: `Korte samenvatting, hoogstens ${NEWS_SUMMARY_MAX} tekens. Staat in lijsten en in de RSS-feed.`,
        }),
      projects: relations('projecten', {
        label: 'Projecten',
        hint: 'De projecten waar het bericht over gaat.',
      }).default([]),
      neighbourhoods: relations('buurten', {
        label: 'Buurten',
        hint: 'De buurten waar het bericht over gaat.',
      }).default([]),
      image: picture(),
      imageAlt: imageAlt.optional(),
      updated,
      wijzigingen: changes,
      draft,
      aliases,
    })
      .superRefine(withImageAlt)
      .superRefine(withUpdated),

    nieuwsbrief: fields({
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
      pdf: pdf(publicFileExists).optional(),
      draft,
      aliases,
    }),

    agenda: fields({
      title: title(
        'Wat er gebeurt, kort: bijvoorbeeld "Bewonersavond over Park West". Daaruit wordt ook de bestandsnaam gemaakt.',
      ),
      summary: text('een samenvatting')
        .max(NEWS_SUMMARY_MAX, { error: `een samenvatting is hoogstens ${NEWS_SUMMARY_MAX} tekens` })
        .register(EDITOR, {
          label: 'Samenvatting',
          widget: 'text',
          hint: `Eén of twee zinnen, hoogstens ${NEWS_SUMMARY_MAX} tekens. Staat in de agenda en in de RSS-feed.`,
        }),
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
      projects: relations('projecten', {
        label: 'Projecten',
        hint: 'De projecten waar de bijeenkomst over gaat.',
      }).default([]),
      neighbourhoods: relations('buurten', {
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

    paginas: fields({
      title: title('De titel van de pagina.'),
      summary: summary('Eén of twee zinnen over de pagina; ook voor zoekmachines.'),
      updated,
      wijzigingen: changes,
      aliases,
    }).superRefine(withUpdated),

    /** content/site.yaml: one record of site-wide settings. */
    site: fields({
      name: text('de naam van de site').register(EDITOR, {
        label: 'Naam van de site',
        hint: 'Staat bovenaan elke pagina en in de titel van de tab.',
      }),
      tagline: text('een ondertitel').register(EDITOR, {
        label: 'Ondertitel',
        hint: 'Eén regel onder de naam.',
      }),
      description: text('een beschrijving').register(EDITOR, {
        label: 'Beschrijving',
        widget: 'text',
        hint: 'Voor zoekmachines en de RSS-feed.',
      }),
      partners: z
        .array(
          fields({
            name: text('een partnernaam').register(EDITOR, { label: 'Naam' }),
            url: httpsAddress().register(EDITOR, { label: 'Website', options: { type: 'url' } }),
          }),
        )
        .min(1)
        .register(EDITOR, {
          label: 'Partners',
          options: { label_singular: 'partner', summary: '{{fields.name}}' },
          hint: 'Onderaan elke pagina, met een link naar hun site.',
        }),
      social: fields({
        label: text('een accountnaam').register(EDITOR, {
          label: 'Accountnaam',
          hint: 'Bijvoorbeeld @Westwintaanruim',
        }),
        url: httpsAddress().register(EDITOR, { label: 'Adres', options: { type: 'url' } }),
      }).register(EDITOR, { label: 'Account op X' }),
      navigation: z
        .array(
          fields({
            label: text('een linktekst').register(EDITOR, { label: 'Tekst', hint: 'Het woord in het menu.' }),
            href: siteOrHttps('een link begint met / of https://').register(EDITOR, {
              label: 'Adres',
              hint: 'Begint met / (een pagina van deze site) of https://',
            }),
          }),
        )
        .min(1)
        .register(EDITOR, {
          label: 'Menu',
          options: { label_singular: 'menu-onderdeel', summary: '{{fields.label}}' },
          hint: 'De onderdelen van het hoofdmenu, in deze volgorde.',
        }),
      newsletterSignupAction: siteOrHttps('verwacht een adres dat begint met / of https://').register(
        EDITOR,
        {
          label: 'Adres van het aanmeldformulier voor de nieuwsbrief',
          hint: `Waar het aanmeldformulier naartoe gaat. Een adres op een andere site moet ook in de beveiligingsregels van de site staan. ${BUILD_CHECKS}`,
        },
      ),
      security: fields({
        contact: z
          .string()
          .regex(/^(mailto:[^\s@]+@[^\s@]+|https:\/\/\S+|tel:\+?[\d ]+)$/, {
            error: 'verwacht mailto:naam@domein.nl, een https-adres of tel:+31…',
          })
          .register(EDITOR, { label: 'Contact', hint: 'mailto:naam@domein.nl, een https-adres of tel:+31…' }),
        expires: day({
          label: 'Geldig tot',
          hint: 'Hoogstens een jaar vooruit. Vernieuw op tijd: de tests falen vanaf 30 dagen ervoor.',
        }),
        languages: z
          .array(
            z
              .string()
              .regex(/^[a-z]{2}(-[A-Z]{2})?$/, { error: 'verwacht een taalcode als nl of en' })
              .register(EDITOR, { label: 'Taalcode' }),
          )
          .min(1)
          .register(EDITOR, {
            label: 'Talen',
            item: 'language',
            options: { label_singular: 'taal' },
            hint: 'Taalcodes, bijvoorbeeld nl en en.',
          }),
        policy: siteOrHttps('verwacht een adres dat begint met / of https://')
          .register(EDITOR, { label: 'Pagina over melden', hint: 'Bijvoorbeeld /kwetsbaarheid-melden/' })
          .optional(),
      }).register(EDITOR, { label: 'Beveiligingsproblemen melden (security.txt)' }),
    }),
  };
}

export type ContentSchemas = ReturnType<typeof makeSchemas>;
